package com.socialworkprogression.kit.progression;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.process.CurrentUser;
import com.socialworkprogression.process.Variables;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.staff.StaffMember;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the applicant's new level in the staff directory with its effective date. Input parameters:
 * newLevel, and effectiveDate when the scheme fixes it (RED-06: the PMR date, however late HR acts);
 * otherwise the date People and Culture entered (levelEffectiveDate), else today. NELC-L3-13, RED-06.
 */
@Component("levelChange")
public class LevelChangeRecorder implements JavaDelegate {

  private final StaffDirectory directory;
  private final Today today;

  public LevelChangeRecorder(StaffDirectory directory, Today today) {
    this.directory = directory;
    this.today = today;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String newLevel = String.valueOf(execution.getVariable("newLevel"));
    String reference = Variables.text(execution, "contractVariationReference");
    // The scheme's named date (the PMR, the panel's decision) when the diagram sets one; else People and Culture's.
    Object effective = Variables.text(execution, "effectiveDate").isEmpty()
        ? execution.getVariable("levelEffectiveDate") : execution.getVariable("effectiveDate");
    LocalDate effectiveOn = effective == null || effective.toString().isBlank() ? today.date() : Dates.toLocalDate(effective);
    StaffMember member = directory.get(execution.getTenantId(), (String) execution.getVariable("applicant"));
    directory.changeLevel(member, newLevel, effectiveOn, CurrentUser.id().orElse("system"),
        execution.getProcessInstanceId(), reference.isEmpty() ? "Recorded by the application's route"
        : "Contract variation " + reference, today.now().toInstant());
  }
}
