package com.socialworkprogression.redbridge;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.process.Variables;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.staff.StaffMember;
import java.time.LocalDate;
import java.time.Period;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * RED-01, RED-02: progression is assessed at the diarised six-monthly PMR, and the worker asks at least
 * a week before it. A later request is not lost: it is attached to the following PMR and the worker is
 * told the date. Input parameters: noticeBefore ("P7D") and pmrInterval ("P6M").
 */
@Component("redbridgePmrScheduling")
public class PmrScheduling implements JavaDelegate {

  private final StaffDirectory directory;
  private final Today today;

  public PmrScheduling(StaffDirectory directory, Today today) {
    this.directory = directory;
    this.today = today;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StaffMember member = directory.get(execution.getTenantId(), (String) execution.getVariable("applicant"));
    LocalDate diarised = member.nextPmrDate();
    if (diarised == null) {
      throw RuleRefusal.of("RED-01", "No PMR is diarised for you in the staff directory. Ask your manager to diarise "
          + "your next Performance Management Review, then ask again.");
    }
    LocalDate named = Dates.toLocalDate(Variables.required(execution, "pmrDate", "RED-02",
        "Give the date of your next diarised PMR."));
    if (!named.equals(diarised)) {
      throw RuleRefusal.of("RED-02", "Your next PMR is diarised for " + Dates.text(diarised) + ", not "
          + Dates.text(named) + ". Name that date, or ask your manager to change the diary.");
    }
    Period notice = Period.parse(String.valueOf(execution.getVariable("noticeBefore")));
    Period interval = Period.parse(String.valueOf(execution.getVariable("pmrInterval")));
    LocalDate pmr = diarised;
    boolean moved = today.date().isAfter(diarised.minus(notice));
    if (moved) {
      pmr = diarised.plus(interval);
      execution.setVariable("requestedPmrDateText", Dates.text(diarised));
    }
    execution.setVariable("movedToNextPmr", moved);
    execution.setVariable("pmrDate", Dates.startOfDay(pmr));
    execution.setVariable("pmrDateText", Dates.text(pmr));
  }
}
