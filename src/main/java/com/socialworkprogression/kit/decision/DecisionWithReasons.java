package com.socialworkprogression.kit.decision;

import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.kit.StepSettings;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.process.Variables;
import com.socialworkprogression.staff.People;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Kit block "Check: a decision with reasons" (complete listener of a user task). The answer must be one
 * of the allowed outcomes; the outcomes that need reasons (a refusal, a deferral, an appeal) need them;
 * an outcome may also need confirmations ticked (RED-07: evidence and business needs).
 *
 * Inputs: decisionField, decisionOutcomes ("supported, notSupported"), decisionQuestion, decisionRule;
 * optional reasonsWhen (outcomes), reasonsField, reasonsPrompt, reasonsRule; confirmationsWhen,
 * confirmations (Map: tick-box field to what it confirms); decidedByVariable (records who decided, and
 * &lt;it&gt;Name); decidedOnVariable (records when).
 */
@Component("decisionWithReasons")
public class DecisionWithReasons implements TaskListener {

  private final People people;
  private final Today today;

  public DecisionWithReasons(People people, Today today) {
    this.people = people;
    this.today = today;
  }

  @Override
  public void notify(DelegateTask task) {
    StepSettings settings = new StepSettings(task, "Check: a decision with reasons", task.getName());
    String rule = settings.text("decisionRule", "");
    String outcome = Variables.text(task, settings.text("decisionField"));
    List<String> allowed = settings.list("decisionOutcomes");
    if (!allowed.contains(outcome)) {
      throw RuleRefusal.of(rule, "Answer '" + settings.text("decisionQuestion") + "'.");
    }
    if (settings.list("reasonsWhen", "").contains(outcome)) {
      Variables.required(task, settings.text("reasonsField"), settings.text("reasonsRule", rule),
          settings.text("reasonsPrompt"));
    }
    if (settings.list("confirmationsWhen", "").contains(outcome)) {
      requireConfirmations(task, settings.map("confirmations"), settings.text("confirmationsRule", rule));
    }
    String decidedBy = settings.text("decidedByVariable", "");
    if (!decidedBy.isEmpty()) {
      task.setVariable(decidedBy, task.getAssignee());
      task.setVariable(decidedBy + "Name", people.name(task.getTenantId(), task.getAssignee()));
    }
    String decidedOn = settings.text("decidedOnVariable", "");
    if (!decidedOn.isEmpty()) {
      task.setVariable(decidedOn, today.now());
    }
  }

  private static void requireConfirmations(DelegateTask task, Map<String, String> confirmations, String rule) {
    List<String> missing = new ArrayList<>();
    confirmations.forEach((field, what) -> {
      if (!Boolean.TRUE.equals(task.getVariable(field))) {
        missing.add(what);
      }
    });
    if (!missing.isEmpty()) {
      throw RuleRefusal.of(rule, "This answer needs you to confirm that " + String.join(", and that ", missing)
          + ". You have not confirmed " + (missing.size() == 1 ? "it" : "these") + ": confirm, or choose another answer.");
    }
  }
}
