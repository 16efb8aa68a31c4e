package com.socialworkprogression.kit.deadline;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Kit block "Due in working days": a user task is due a number of working days (England and Wales bank
 * holidays excluded) after a date, by the end of that day, UK time, with no extra box in the diagram.
 * It is one input of the task, evaluated as the task starts and before its timers are created:
 *
 *   dueDate = ${dueIn.workingDays(execution, panelDecisionDate, 10, 'appealDeadline')}
 *
 * It also writes the deadline on the application as appealDeadline, with appealDeadlineText ("6 January
 * 2027") and appealDeadlineBasis ("10 working days after 18 December 2026"), so the task's due date, an
 * overdue timer, forms, messages and later steps all read the same date.
 */
@Component("dueIn")
public class DueInWorkingDays {

  private final WorkingDays workingDays;

  public DueInWorkingDays(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  public Date workingDays(DelegateExecution execution, Object from, Object days, String deadlineVariable) {
    LocalDate start = Dates.toLocalDate(from);
    if (start == null) {
      throw new IllegalStateException("A task is due " + days + " working days after a date that is not set ("
          + deadlineVariable + "). Check its 'dueDate' input in Camunda Modeler.");
    }
    int count = Integer.parseInt(String.valueOf(days).trim());
    LocalDate deadline = workingDays.add(start, count);
    execution.getProcessInstance().setVariable(deadlineVariable, Dates.endOfDay(deadline));
    execution.getProcessInstance().setVariable(deadlineVariable + "Text", Dates.text(deadline));
    execution.getProcessInstance().setVariable(deadlineVariable + "Basis", count + " working days after " + Dates.text(start));
    return Dates.endOfDay(deadline);
  }
}
