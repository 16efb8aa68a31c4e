package com.socialworkprogression.kit.scoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.socialworkprogression.kit.rules.RuleTables;
import com.socialworkprogression.kit.StepSettings;
import com.socialworkprogression.process.RuleRefusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Kit block "Score elements against a pass mark" (service task after the scoring form). The elements and
 * the scale come from the diagram; whether a score meets an element comes from the route's decision
 * table (inputs element and score, output met), where the process owner keeps the pass mark.
 *
 * Inputs: elements (Map: key to title; the form's fields are score&lt;Key&gt;), lowestScore, highestScore,
 * elementMetDecision, scoreRule. Writes &lt;key&gt;Met, scoreTable (Markdown), elementsNotMet,
 * allElementsMet and scoredElements (JSON: key, title, score, met) for the steps after it.
 */
@Component("scoreElements")
public class ScoreElements implements JavaDelegate {

  private final RuleTables tables;
  private final ObjectMapper json = new ObjectMapper();

  public ScoreElements(RuleTables tables) {
    this.tables = tables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StepSettings settings = new StepSettings(execution, "Score elements against a pass mark",
        execution.getCurrentActivityName());
    int lowest = settings.number("lowestScore");
    int highest = settings.number("highestScore");
    String rule = settings.text("scoreRule", "");
    String table = settings.text("elementMetDecision");
    StringBuilder markdown = new StringBuilder("| Element | Score | Met |\n|---|---|---|\n");
    ArrayNode scored = json.createArrayNode();
    List<String> notMet = new ArrayList<>();
    for (Map.Entry<String, String> element : settings.map("elements").entrySet()) {
      String key = element.getKey();
      String title = element.getValue();
      int score = score(execution, ScoredElement.scoreField(key), title, lowest, highest, rule);
      Object met = tables.single(execution, table, Map.of("element", key, "score", score)).get("met");
      boolean isMet = Boolean.TRUE.equals(met);
      execution.setVariable(ScoredElement.metField(key), isMet);
      markdown.append("| ").append(title).append(" | ").append(score).append(" | ").append(isMet ? "Met" : "Not met").append(" |\n");
      scored.addObject().put("key", key).put("title", title).put("score", score).put("met", isMet);
      if (!isMet) {
        notMet.add(title);
      }
    }
    execution.setVariable("scoreTable", markdown.toString());
    execution.setVariable("elementsNotMet", notMet.isEmpty() ? "None" : String.join("; ", notMet));
    execution.setVariable("allElementsMet", notMet.isEmpty());
    execution.setVariable(ScoredElement.SCORED_ELEMENTS, SpinValues.jsonValue(scored.toString()).create());
  }

  private static int score(DelegateExecution execution, String field, String title, int lowest, int highest, String rule) {
    Object value = execution.getVariable(field);
    if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())
        || number.intValue() < lowest || number.intValue() > highest) {
      throw RuleRefusal.of(rule, "Score '" + title + "' with a whole number from " + lowest + " to " + highest
          + (value == null ? "." : "; " + value + " is not one."));
    }
    return number.intValue();
  }
}
