package com.socialworkprogression.kit.panels;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.kit.StepSettings;
import com.socialworkprogression.panels.PanelCalendars;
import com.socialworkprogression.panels.PanelDefinition;
import com.socialworkprogression.panels.PanelSitting;
import com.socialworkprogression.panels.SittingStore;
import com.socialworkprogression.panels.SittingVariables;
import com.socialworkprogression.staff.People;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Kit block "Join the next panel sitting" (service task, after the submission): the application is
 * listed for the sitting it aimed at if it is in by that sitting's cut-off (the end of the day, UK time);
 * otherwise for the next sitting whose cut-off it meets. Nothing submitted is lost either way: a late
 * entry is simply heard later (LEI-L3-04: "late entries will not be considered" for that sitting).
 *
 * Inputs: panel; optional chairedBy (only that person's sittings). Outputs: the sitting's variables ({@link SittingVariables}); panelSittingFound (false when
 * no sitting takes it yet: the diagram then waits for the message panelSittingScheduled, which
 * scheduling a sitting sends); movedToLaterSitting and missedSittingDateText when it missed the one it
 * aimed at.
 */
@Component("joinPanelSitting")
public class JoinPanelSitting implements JavaDelegate {

  private final PanelCalendars calendars;
  private final SittingStore sittings;
  private final People people;
  private final Today today;

  public JoinPanelSitting(PanelCalendars calendars, SittingStore sittings, People people, Today today) {
    this.calendars = calendars;
    this.sittings = sittings;
    this.people = people;
    this.today = today;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String tenantId = execution.getTenantId();
    StepSettings settings = new StepSettings(execution, "Join the next panel sitting", execution.getCurrentActivityName());
    String panelId = settings.text("panel");
    PanelDefinition panel = calendars.required(tenantId, panelId);
    NextSitting next = new NextSitting(sittings, tenantId, panel, settings);
    LocalDate submittedOn = today.date();
    Optional<PanelSitting> aimed = Optional.ofNullable((String) execution.getVariable("panelSittingId"))
        .flatMap(sittings::find).filter(sitting -> sitting.panelId().equals(panelId) && next.accepts(sitting));
    Optional<PanelSitting> joined = aimed.filter(sitting -> sitting.takesSubmissionOn(submittedOn))
        .or(() -> next.takingOn(submittedOn));
    boolean moved = aimed.isPresent() && !aimed.equals(joined);
    execution.setVariable("movedToLaterSitting", moved);
    execution.setVariable("missedSittingDateText", moved ? Dates.text(aimed.get().sitsOn()) : "");
    execution.setVariable("panelSittingFound", joined.isPresent());
    if (joined.isEmpty()) {
      execution.getProcessInstance().setVariables(SittingVariables.none(panel));
      execution.setVariable("panelId", panelId);
      return;
    }
    PanelSitting sitting = joined.get();
    sittings.list(sitting.id(), execution.getProcessInstanceId(), tenantId, (String) execution.getVariable("applicant"),
        today.now().toInstant());
    sittings.moveAway(execution.getProcessInstanceId(), sitting.id());
    execution.getProcessInstance().setVariables(SittingVariables.of(panel, sitting, people));
  }
}
