package com.socialworkprogression.kit.deadline;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.Today;
import java.time.LocalDate;
import java.time.Period;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * NELC-L3-02: the completed portfolio is due within six months of the team manager's approval.
 * Input parameters: portfolioPeriod (ISO period, "P6M") and reminderBefore ("P1M").
 */
@Component("portfolioDeadlineSetter")
public class PortfolioDeadlineSetter implements JavaDelegate {

  private final Today today;

  public PortfolioDeadlineSetter(Today today) {
    this.today = today;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate approvedOn = today.date();
    LocalDate due = approvedOn.plus(Period.parse(String.valueOf(execution.getVariable("portfolioPeriod"))));
    Period reminderBefore = Period.parse(String.valueOf(execution.getVariable("reminderBefore")));
    execution.setVariable("approvedOn", Dates.startOfDay(approvedOn));
    execution.getProcessInstance().setVariable("portfolioReminderBefore", reminderBefore.toString());
    set(execution, due, reminderBefore, today);
  }

  /** Writes the deadline, the reminder date (never in the past) and the text forms show. */
  static void set(DelegateExecution execution, LocalDate due, Period reminderBefore, Today today) {
    var reminder = Dates.startOfDay(due.minus(reminderBefore));
    if (reminder.before(today.now())) {
      reminder = today.now();
    }
    execution.getProcessInstance().setVariable("portfolioDeadline", Dates.endOfDay(due));
    execution.getProcessInstance().setVariable("portfolioReminderDate", reminder);
    execution.getProcessInstance().setVariable("portfolioDueOn", Dates.text(due));
  }
}
