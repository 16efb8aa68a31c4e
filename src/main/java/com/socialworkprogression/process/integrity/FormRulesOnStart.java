package com.socialworkprogression.process.integrity;

import com.socialworkprogression.process.CurrentUser;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A start form's rules, applied by the server when a person starts a process whose start event has a
 * Camunda Form (Tasklist's start form, REST submit-form or start, the Java API): a built-in start
 * listener of the process's start event, so it runs before anything of the route. The submitted values
 * are the new instance's variables at that moment. Every problem is refused at once; the route's own
 * start checks come later in the diagram. No instance is created from a refused submission.
 */
final class FormRulesOnStart implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(FormRulesOnStart.class);

  static final FormRulesOnStart INSTANCE = new FormRulesOnStart();

  @Override
  public void notify(DelegateExecution execution) {
    if (CurrentUser.id().isEmpty()
        || !(execution instanceof ExecutionEntity entity)
        || !entity.isProcessInstanceStarting()
        || entity.getProcessInstance().getSuperExecution() != null) {
      return;
    }
    CamundaForm form;
    try {
      form = DeployedForms.ofStart(execution.getProcessDefinitionId());
    } catch (NotFoundException e) {
      LOG.warn("Process '{}': its start form is not deployed, so its rules cannot be applied: {}",
          execution.getProcessDefinitionId(), e.getMessage());
      return;
    }
    List<FormRules.Problem> problems = FormRules.check(form, execution.getVariables(), FormRulesOnTasks.today());
    if (!problems.isEmpty()) {
      throw new FormRuleRefusal(problems);
    }
  }
}
