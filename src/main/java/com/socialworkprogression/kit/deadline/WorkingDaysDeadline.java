package com.socialworkprogression.kit.deadline;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.WorkingDays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sets a deadline a number of working days after a date, as the end of that day (UK time).
 * Input parameters, set in the diagram: startDate (a date or ISO text), workingDays, deadlineVariable.
 * Also writes &lt;deadlineVariable&gt;Text, e.g. "6 January 2027", and &lt;deadlineVariable&gt;Basis, e.g.
 * "10 working days after 18 December 2026", for forms and messages.
 */
@Component("workingDaysDeadline")
public class WorkingDaysDeadline implements JavaDelegate {

  private final WorkingDays workingDays;

  public WorkingDaysDeadline(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object start = execution.getVariable("startDate");
    if (start == null) {
      throw new IllegalStateException("workingDaysDeadline needs the input parameter startDate in " + execution.getCurrentActivityId());
    }
    int days = Integer.parseInt(String.valueOf(execution.getVariable("workingDays")).trim());
    String variable = String.valueOf(execution.getVariable("deadlineVariable"));
    var from = Dates.toLocalDate(start);
    var deadline = workingDays.add(from, days);
    // Input parameters are local to this task: write the result to the process instance.
    execution.getProcessInstance().setVariable(variable, Dates.endOfDay(deadline));
    execution.getProcessInstance().setVariable(variable + "Text", Dates.text(deadline));
    execution.getProcessInstance().setVariable(variable + "Basis", days + " working days after " + Dates.text(from));
  }
}
