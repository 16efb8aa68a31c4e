package com.socialworkprogression.kit.progression;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.kit.StepSettings;
import com.socialworkprogression.process.SystemAccess;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * NELC-L3-14: once a deferral is final (no appeal, or the appeal dismissed) it is recorded with the
 * date of the decision, from which the three months before a new application run.
 */
@Component("deferralRecord")
public class DeferralRecorder implements JavaDelegate {

  private final DeferralRecords deferrals;
  private final RepositoryService repositoryService;

  public DeferralRecorder(DeferralRecords deferrals, RepositoryService repositoryService) {
    this.deferrals = deferrals;
    this.repositoryService = repositoryService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String route = SystemAccess.run(() -> repositoryService.getProcessDefinition(execution.getProcessDefinitionId()).getKey());
    deferrals.record(execution.getTenantId(), (String) execution.getVariable("applicant"), route,
        Dates.toLocalDate(execution.getVariable(new StepSettings(execution, "Record a deferral",
            execution.getCurrentActivityName()).text("deferredOnVariable", "panelDecisionDate"))),
        execution.getProcessInstanceId());
  }
}
