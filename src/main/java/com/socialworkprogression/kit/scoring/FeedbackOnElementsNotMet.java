package com.socialworkprogression.kit.scoring;

import com.socialworkprogression.kit.CheckOnSubmit;
import com.socialworkprogression.kit.StepSettings;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.process.Variables;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Kit block "Check: feedback on every element not met" (on completing a panel's decision). When the
 * panel does not progress the worker, each element the scoring marked not met needs its feedback
 * (feedback&lt;Key&gt;), and the decision needs overall feedback (NELC-L3-14: "full feedback").
 *
 * Inputs: feedbackWhenField and feedbackWhenOutcome (e.g. panelDecision, defer), overallFeedbackField,
 * feedbackRule; optional feedbackTextVariable (e.g. elementFeedbackText): the feedback on each element not
 * met, in plain words for an email, one "- title: feedback" a line (empty when the outcome needs none).
 * The elements come from scoredElements, written by "Score elements against a pass mark".
 */
@Component("feedbackOnElementsNotMet")
public class FeedbackOnElementsNotMet extends CheckOnSubmit {

  public FeedbackOnElementsNotMet() {
    super("Check: feedback on every element not met");
  }

  @Override
  protected void check(DelegateExecution step, StepSettings settings) {
    String textVariable = settings.text("feedbackTextVariable", "");
    if (!settings.text("feedbackWhenOutcome").equals(Variables.text(step, settings.text("feedbackWhenField")))) {
      if (!textVariable.isEmpty()) {
        step.setVariable(textVariable, "");
      }
      return;
    }
    String rule = settings.text("feedbackRule", "");
    List<String> missing = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Object scored = step.getVariable(ScoredElement.SCORED_ELEMENTS);
    if (scored instanceof SpinJsonNode elements) {
      for (SpinJsonNode element : elements.elements()) {
        String key = element.prop("key").stringValue();
        boolean met = element.prop("met").boolValue();
        String feedback = Variables.text(step, ScoredElement.feedbackField(key));
        if (!met && feedback.isEmpty()) {
          missing.add(element.prop("title").stringValue());
        } else if (!met) {
          text.append(text.isEmpty() ? "" : "\n").append("- ").append(element.prop("title").stringValue())
              .append(": ").append(feedback.strip());
        }
      }
    }
    if (!missing.isEmpty()) {
      throw RuleRefusal.of(rule, "A deferral gives full feedback on every element not met. Add feedback on: "
          + String.join("; ", missing) + ".");
    }
    if (Variables.text(step, settings.text("overallFeedbackField")).isEmpty()) {
      throw RuleRefusal.of(rule, "Add the panel's overall feedback and suggestions for how the worker can develop.");
    }
    if (!textVariable.isEmpty()) {
      step.setVariable(textVariable, text.isEmpty() ? "None: every element was met." : text.toString());
    }
  }
}
