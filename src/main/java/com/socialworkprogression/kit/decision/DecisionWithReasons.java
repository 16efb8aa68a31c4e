package com.socialworkprogression.kit.decision;

import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.kit.CheckOnSubmit;
import com.socialworkprogression.kit.StepSettings;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.process.Variables;
import com.socialworkprogression.staff.People;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Kit block "Check: a decision with reasons" (on completing a user step). The answer must be one
 * of the allowed outcomes; the outcomes that need reasons (a refusal, a deferral, an appeal) need them;
 * an outcome may also need confirmations ticked (RED-07: evidence and business needs).
 *
 * Inputs: decisionField, decisionOutcomes ("supported, notSupported"), decisionQuestion, decisionRule;
 * optional reasonsWhen (outcomes), reasonsField, reasonsPrompt, reasonsRule; decisionConfirmationsWhen,
 * decisionConfirmations (tick-box field = what it confirms); decidedByVariable (records who decided, and
 * &lt;it&gt;Name); decidedOnVariable (records when, in each variable named).
 */
@Component("decisionWithReasons")
public class DecisionWithReasons extends CheckOnSubmit {

  private final People people;
  private final Today today;

  public DecisionWithReasons(People people, Today today) {
    super("Check: a decision with reasons");
    this.people = people;
    this.today = today;
  }

  @Override
  protected void check(DelegateExecution step, StepSettings settings) {
    String rule = settings.text("decisionRule", "");
    String outcome = Variables.text(step, settings.text("decisionField"));
    List<String> allowed = settings.list("decisionOutcomes");
    if (!allowed.contains(outcome)) {
      throw RuleRefusal.of(rule, "Answer '" + settings.text("decisionQuestion") + "'.");
    }
    if (settings.list("reasonsWhen", "").contains(outcome)) {
      Variables.required(step, settings.text("reasonsField"), settings.text("reasonsRule", rule),
          settings.text("reasonsPrompt"));
    }
    if (settings.list("decisionConfirmationsWhen", "").contains(outcome)) {
      requireConfirmations(step, settings.map("decisionConfirmations"), rule);
    }
    String decidedBy = settings.text("decidedByVariable", "");
    if (!decidedBy.isEmpty()) {
      step.setVariable(decidedBy, completedBy(step));
      step.setVariable(decidedBy + "Name", people.name(step.getTenantId(), completedBy(step)));
    }
    for (String decidedOn : settings.list("decidedOnVariable", "")) {
      step.setVariable(decidedOn, today.now());
    }
  }

  private static void requireConfirmations(DelegateExecution step, Map<String, String> confirmations, String rule) {
    List<String> missing = new ArrayList<>();
    confirmations.forEach((field, what) -> {
      if (!Boolean.TRUE.equals(step.getVariable(field))) {
        missing.add(what);
      }
    });
    if (!missing.isEmpty()) {
      throw RuleRefusal.of(rule, "This answer needs you to confirm that " + String.join(", and that ", missing)
          + ". You have not confirmed " + (missing.size() == 1 ? "it" : "these") + ": confirm, or choose another answer.");
    }
  }
}
