package com.socialworkprogression.appeal;

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
 * NELC-L3-15: an appeal is made in writing, with clear reasons, within ten working days of the decision.
 * A late appeal is refused with the deadline it missed.
 */
@Component("appealDeadlineCheck")
public class AppealDeadlineCheck implements TaskListener {

  private final Today today;

  public AppealDeadlineCheck(Today today) {
    this.today = today;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = text(task, "appealDecision");
    Decisions.requireOneOf(decision, "NELC-L3-15", "Do you want to appeal?", "appeal", "accept");
    if (!decision.equals("appeal")) {
      return;
    }
    Date deadline = (Date) task.getVariable("appealDeadline");
    Date now = today.now();
    if (now.after(deadline)) {
      throw RuleRefusal.of("NELC-L3-15", "The deadline for an appeal was the end of "
          + Dates.text(Dates.toLocalDate(deadline)) + ", ten working days after the panel's decision of "
          + Dates.text(Dates.toLocalDate(task.getVariable("panelDecisionDate")))
          + ". An appeal can no longer be lodged; you may apply again once three months have passed since the decision.");
    }
    required(task, "appealGrounds", "NELC-L3-15",
        "Give the grounds of your appeal: how the process was not followed correctly.");
    task.setVariable("appealLodgedOn", now);
  }
}
