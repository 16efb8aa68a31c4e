package com.socialworkprogression.progression;

import static com.socialworkprogression.process.Variables.required;

import com.socialworkprogression.calendar.Today;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** RED-06: the manager completes the Appointment Form for HR (Pay and Contracts); HR's deadline runs from then. */
@Component("appointmentFormCheck")
public class AppointmentFormCheck implements TaskListener {

  private final Today today;

  public AppointmentFormCheck(Today today) {
    this.today = today;
  }

  @Override
  public void notify(DelegateTask task) {
    required(task, "appointmentPost", "RED-06", "Give the post the worker is appointed to.");
    required(task, "appointmentTeam", "RED-06", "Give the team.");
    required(task, "appointmentGrade", "RED-06", "Give the grade.");
    task.setVariable("appointmentFormCompletedOn", today.now());
  }
}
