package com.socialworkprogression.appeal;

import static com.socialworkprogression.process.Variables.required;
import static com.socialworkprogression.process.Variables.text;

import com.socialworkprogression.process.Decisions;
import com.socialworkprogression.process.RuleRefusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * RED-07: on appeal the Head of Service agrees progression only where there is suitable and sufficient
 * evidence that the criteria are met and the appointment is in line with the team's business needs.
 */
@Component("appealReviewCheck")
public class AppealReviewCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String outcome = text(task, "appealOutcome");
    Decisions.requireOneOf(outcome, "RED-07", "Do you agree the progression on appeal?", "agreed", "refused");
    required(task, "appealReasons", "RED-07", "Give the reasons for your decision on the appeal.");
    boolean evidence = Boolean.TRUE.equals(task.getVariable("evidenceSufficient"));
    boolean businessNeeds = Boolean.TRUE.equals(task.getVariable("fitsBusinessNeeds"));
    if (outcome.equals("agreed") && !(evidence && businessNeeds)) {
      throw RuleRefusal.of("RED-07", "Progression can be agreed on appeal only when there is suitable and sufficient "
          + "evidence that the criteria are met and the appointment is in line with the team's business needs. "
          + (evidence ? "" : "You have not confirmed the evidence. ")
          + (businessNeeds ? "" : "You have not confirmed the business needs. ")
          + "Confirm both, or refuse the appeal.");
    }
  }
}
