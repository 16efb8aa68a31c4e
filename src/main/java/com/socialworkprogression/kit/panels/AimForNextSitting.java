package com.socialworkprogression.kit.panels;

import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.kit.StepSettings;
import com.socialworkprogression.panels.PanelCalendars;
import com.socialworkprogression.panels.PanelDefinition;
import com.socialworkprogression.panels.SittingStore;
import com.socialworkprogression.panels.SittingVariables;
import com.socialworkprogression.staff.People;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Kit block "Aim for the next panel sitting" (service task): before the applicant prepares, tells the
 * application which sitting it can still reach and by when (the cut-off), so the preparation task is due
 * then and the forms show the date. Nothing is listed yet: that happens when it is submitted
 * ({@link JoinPanelSitting}). With no sitting scheduled the dates stay empty and the work goes on.
 *
 * Inputs: panel (a panel id from authorities/&lt;tenant&gt;.yaml); optional chairedBy (only that person's sittings,
 * for a local panel per manager). Output: the sitting's variables
 * ({@link SittingVariables}).
 */
@Component("aimForNextSitting")
public class AimForNextSitting implements JavaDelegate {

  private final PanelCalendars calendars;
  private final SittingStore sittings;
  private final People people;
  private final Today today;

  public AimForNextSitting(PanelCalendars calendars, SittingStore sittings, People people, Today today) {
    this.calendars = calendars;
    this.sittings = sittings;
    this.people = people;
    this.today = today;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StepSettings settings = new StepSettings(execution, "Aim for the next panel sitting", execution.getCurrentActivityName());
    PanelDefinition panel = calendars.required(execution.getTenantId(), settings.text("panel"));
    execution.getProcessInstance().setVariables(new NextSitting(sittings, execution.getTenantId(), panel, settings)
        .takingOn(today.date())
        .map(sitting -> SittingVariables.of(panel, sitting, people))
        .orElseGet(() -> SittingVariables.none(panel)));
  }
}
