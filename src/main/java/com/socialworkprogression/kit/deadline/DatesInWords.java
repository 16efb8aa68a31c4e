package com.socialworkprogression.kit.deadline;

import com.socialworkprogression.calendar.Dates;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Kit block "Dates in words", for the inputs of a step (most often a send task), so that an email says
 * "24 March 2027", never "2027-03-24", and names a date the application has not stored yet:
 *
 *   reapplyFrom = ${datesInWords.after(execution, panelDecisionDate, 'P3M', 'reapplyFrom')}
 *   appealHearingDateText = ${datesInWords.text(appealHearingDate)}
 *
 * after(...) writes the date on the application as reapplyFrom (start of that day, UK time) with
 * reapplyFromText ("18 March 2027"), and returns it; text(...) reads a Date or a form's ISO date and
 * returns it in words ("" when there is none). The period is an ISO period ("P3M", "P6M", "P14D").
 */
@Component("datesInWords")
public class DatesInWords {

  public Date after(DelegateExecution execution, Object from, String period, String variable) {
    LocalDate start = Dates.toLocalDate(from);
    if (start == null) {
      throw new IllegalStateException("A date " + period + " after a date that is not set (" + variable
          + "). Check the step's inputs in Camunda Modeler.");
    }
    LocalDate date = start.plus(Period.parse(period.trim()));
    execution.getProcessInstance().setVariable(variable, Dates.startOfDay(date));
    execution.getProcessInstance().setVariable(variable + "Text", Dates.text(date));
    return Dates.startOfDay(date);
  }

  public String text(Object date) {
    return Dates.text(Dates.toLocalDate(date));
  }
}
