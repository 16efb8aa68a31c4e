package com.socialworkprogression.pmr;

import static com.socialworkprogression.process.Variables.required;
import static com.socialworkprogression.process.Variables.text;

import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.process.Decisions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * RED-04: at the PMR the manager gives feedback, writes the précis for the PMR summary sheet and
 * records whether progression is supported.
 */
@Component("pmrReviewCheck")
public class PmrReviewCheck implements TaskListener {

  private final Today today;

  public PmrReviewCheck(Today today) {
    this.today = today;
  }

  @Override
  public void notify(DelegateTask task) {
    required(task, "pmrFeedback", "RED-04", "Give your feedback on the portfolio.");
    required(task, "pmrSummary", "RED-04", "Write the précis of the evidence for the PMR summary sheet.");
    String decision = text(task, "pmrDecision");
    Decisions.requireOneOf(decision, "RED-04", "Is progression supported?", "supported", "notSupported");
    task.setVariable("pmrReviewedOn", today.now());
    if (decision.equals("notSupported")) {
      required(task, "notSupportedReasons", "RED-07", "Say why progression is not supported; the worker may appeal.");
      task.setVariable("notSupportedOn", today.now());
      task.setVariable("notSupportedBy", "your line manager");
    }
  }
}
