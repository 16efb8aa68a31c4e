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
 * reapplyFromText ("18 March 2027"), and returns it; on(...) does the same with a date the application already
 * holds (the next application window's opening, nextWindowOpensOn); cleared(...) empties both, for a decision
 * taken again that no longer sets the date; text(...) reads a Date or a form's ISO date and returns it in words
 * ("" when there is none). The period is an ISO period ("P3M", "P6M", "P14D").
 *
 * The convention the pages rely on: the date a worker may apply again is the variable reapplyFrom (with
 * reapplyFromText), on the application or any process it called, written by one of these.
 */
@Component("datesInWords")
public class DatesInWords {

  public Date after(DelegateExecution execution, Object from, String period, String variable) {
    LocalDate start = Dates.toLocalDate(from);
    if (start == null) {
      throw new IllegalStateException("A date " + period + " after a date that is not set (" + variable
          + "). Check the step's inputs in Camunda Modeler.");
    }
    return store(execution, start.plus(Period.parse(period.trim())), variable);
  }

  public Date on(DelegateExecution execution, Object date, String variable) {
    LocalDate day = Dates.toLocalDate(date);
    if (day == null) {
      throw new IllegalStateException("A date to store as " + variable + " that is not set. Check the step's inputs in"
          + " Camunda Modeler.");
    }
    return store(execution, day, variable);
  }

  public Date cleared(DelegateExecution execution, String variable) {
    execution.getProcessInstance().setVariable(variable, null);
    execution.getProcessInstance().setVariable(variable + "Text", null);
    return null;
  }

  private static Date store(DelegateExecution execution, LocalDate date, String variable) {
    execution.getProcessInstance().setVariable(variable, Dates.startOfDay(date));
    execution.getProcessInstance().setVariable(variable + "Text", Dates.text(date));
    return Dates.startOfDay(date);
  }

  public String text(Object date) {
    return Dates.text(Dates.toLocalDate(date));
  }
}
