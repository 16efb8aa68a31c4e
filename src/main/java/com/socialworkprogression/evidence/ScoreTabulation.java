package com.socialworkprogression.evidence;

import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.process.SystemAccess;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * NELC-L3-11: tabulates the Lead Assessor's scores and marks each element met or not met by the
 * decision table named in the input parameter elementMetDecision (the pass mark lives there, where a
 * process owner can change it).
 */
@Component("scoreTabulation")
public class ScoreTabulation implements JavaDelegate {

  static final int LOWEST = 1;
  static final int HIGHEST = 4;

  private final DecisionService decisionService;

  public ScoreTabulation(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decision = String.valueOf(execution.getVariable("elementMetDecision"));
    StringBuilder table = new StringBuilder("| Element | Score | Met |\n|---|---|---|\n");
    List<String> notMet = new ArrayList<>();
    for (Element element : Element.values()) {
      int score = score(execution, element);
      boolean met = SystemAccess.run(() -> decisionService.evaluateDecisionByKey(decision)
          .decisionDefinitionTenantId(execution.getTenantId())
          .variables(Variables.createVariables().putValue("element", element.key()).putValue("score", score))
          .evaluate().getSingleResult().<Boolean>getSingleEntry());
      execution.setVariable(element.metVariable(), met);
      table.append("| ").append(element.title()).append(" | ").append(score).append(" | ")
          .append(met ? "Met" : "Not met").append(" |\n");
      if (!met) {
        notMet.add(element.title());
      }
    }
    execution.setVariable("scoreTable", table.toString());
    execution.setVariable("elementsNotMet", notMet.isEmpty() ? "None" : String.join("; ", notMet));
    execution.setVariable("allElementsMet", notMet.isEmpty());
  }

  private static int score(DelegateExecution execution, Element element) {
    Object value = execution.getVariable(element.scoreVariable());
    if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())
        || number.intValue() < LOWEST || number.intValue() > HIGHEST) {
      throw RuleRefusal.of("NELC-L3-11", "Score '" + element.title() + "' with a whole number from " + LOWEST + " to "
          + HIGHEST + (value == null ? "." : "; " + value + " is not one."));
    }
    return number.intValue();
  }
}
