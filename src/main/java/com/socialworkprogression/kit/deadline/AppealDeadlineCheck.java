package com.socialworkprogression.kit.deadline;

import static com.socialworkprogression.process.Variables.required;
import static com.socialworkprogression.process.Variables.text;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.kit.CheckOnSubmit;
import com.socialworkprogression.kit.StepSettings;
import com.socialworkprogression.process.Decisions;
import com.socialworkprogression.process.RuleRefusal;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Kit block "Check: an appeal lodged in time" (on completing the worker's appeal task). An appeal is made
 * in writing, with its grounds, by the appeal deadline (NELC-L3-15: ten working days after the decision;
 * RED-07: the window the process owner set); a late one is refused with the deadline it missed.
 *
 * Inputs: appealRule; appealGroundsPrompt (what to say when the grounds are missing). Reads appealDecision (appeal or accept), appealGrounds, appealDeadline and
 * appealDeadlineBasis; writes appealLodgedOn.
 */
@Component("appealDeadlineCheck")
public class AppealDeadlineCheck extends CheckOnSubmit {

  private final Today today;

  public AppealDeadlineCheck(Today today) {
    super("Check: an appeal lodged in time");
    this.today = today;
  }

  @Override
  protected void check(DelegateExecution step, StepSettings settings) {
    String rule = settings.text("appealRule");
    String decision = text(step, "appealDecision");
    Decisions.requireOneOf(decision, rule, "Do you want to appeal?", "appeal", "accept");
    if (!decision.equals("appeal")) {
      return;
    }
    Date deadline = (Date) step.getVariable("appealDeadline");
    Date now = today.now();
    if (now.after(deadline)) {
      Object basis = step.getVariable("appealDeadlineBasis");
      throw RuleRefusal.of(rule, "The deadline for an appeal was the end of " + Dates.text(Dates.toLocalDate(deadline))
          + (basis == null ? "" : " (" + basis + ")") + ". An appeal can no longer be lodged.");
    }
    required(step, "appealGrounds", rule, settings.text("appealGroundsPrompt", "Give the grounds of your appeal."));
    step.setVariable("appealLodgedOn", now);
  }
}
