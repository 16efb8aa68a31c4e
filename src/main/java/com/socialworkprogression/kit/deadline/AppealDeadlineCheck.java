package com.socialworkprogression.kit.deadline;

import static com.socialworkprogression.process.Variables.required;
import static com.socialworkprogression.process.Variables.text;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.process.Decisions;
import com.socialworkprogression.process.RuleRefusal;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * An appeal is made in writing, with its grounds, by the appeal deadline (NELC-L3-15: ten working days
 * after the decision; RED-07: the window the process owner set). A late appeal is refused with the
 * deadline it missed. The rule to name comes from the task's input parameter appealRule.
 */
@Component("appealDeadlineCheck")
public class AppealDeadlineCheck implements TaskListener {

  private final Today today;

  public AppealDeadlineCheck(Today today) {
    this.today = today;
  }

  @Override
  public void notify(DelegateTask task) {
    String rule = text(task, "appealRule");
    String decision = text(task, "appealDecision");
    Decisions.requireOneOf(decision, rule, "Do you want to appeal?", "appeal", "accept");
    if (!decision.equals("appeal")) {
      return;
    }
    Date deadline = (Date) task.getVariable("appealDeadline");
    Date now = today.now();
    if (now.after(deadline)) {
      Object basis = task.getVariable("appealDeadlineBasis");
      throw RuleRefusal.of(rule, "The deadline for an appeal was the end of " + Dates.text(Dates.toLocalDate(deadline))
          + (basis == null ? "" : " (" + basis + ")") + ". An appeal can no longer be lodged.");
    }
    required(task, "appealGrounds", rule,
        "Give the grounds of your appeal: how the process was not followed correctly.");
    task.setVariable("appealLodgedOn", now);
  }
}
