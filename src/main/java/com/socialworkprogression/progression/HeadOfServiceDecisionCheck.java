package com.socialworkprogression.progression;

import static com.socialworkprogression.process.Variables.required;
import static com.socialworkprogression.process.Variables.text;

import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.process.Decisions;
import com.socialworkprogression.staff.People;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** RED-05: the Head of Service decides, with reasons when they do not agree (the worker may appeal, RED-07). */
@Component("headOfServiceDecisionCheck")
public class HeadOfServiceDecisionCheck implements TaskListener {

  private final People people;
  private final Today today;

  public HeadOfServiceDecisionCheck(People people, Today today) {
    this.people = people;
    this.today = today;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = text(task, "headOfServiceDecision");
    Decisions.requireOneOf(decision, "RED-05", "Do you agree to the progression?", "agreed", "notAgreed");
    task.setVariable("headOfService", task.getAssignee());
    task.setVariable("headOfServiceName", people.name(task.getTenantId(), task.getAssignee()));
    if (decision.equals("notAgreed")) {
      required(task, "headOfServiceReasons", "RED-07", "Say why you do not agree; the worker may appeal.");
      task.setVariable("notSupportedOn", today.now());
      task.setVariable("notSupportedBy", "the Head of Service");
    }
  }
}
