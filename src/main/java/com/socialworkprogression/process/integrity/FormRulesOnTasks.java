package com.socialworkprogression.process.integrity;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.process.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task's own Camunda Form, applied by the server when a person completes the task, whichever way
 * they do it (Tasklist's submit-form, REST /task/{id}/complete or /submit-form, the Java API).
 *
 * <ol>
 *   <li>{@link #WHEN_COMPLETING} (a built-in complete listener, after "only the assignee completes" and
 *       before the diagram's own complete listeners): a value not of its field's kind or form is
 *       refused at once (with everything else the form finds), so the route's checks only ever see
 *       well-formed values. Otherwise what the form is missing or does not allow is held.</li>
 *   <li>{@link #WHEN_LEAVING} (a built-in end listener of the task's activity, after every complete
 *       listener and before the route moves on): what was held is refused. So where the route has its
 *       own rule about an answer (NELC-L3-03, RED-03, ...), that rule's refusal is the one the person
 *       sees; the form's refusal covers everything else. Nothing has been saved or sent by then.</li>
 * </ol>
 * Work the engine does itself (no authenticated user: timers, the job executor) is not checked.
 */
final class FormRulesOnTasks {

  private static final Logger LOG = LoggerFactory.getLogger(FormRulesOnTasks.class);

  static final TaskListener WHEN_COMPLETING = FormRulesOnTasks::completing;
  static final ExecutionListener WHEN_LEAVING = FormRulesOnTasks::leaving;

  private FormRulesOnTasks() {}

  private static void completing(DelegateTask task) {
    if (CurrentUser.id().isEmpty()) {
      return;
    }
    CamundaForm form;
    try {
      form = DeployedForms.ofTask(task.getId());
    } catch (NotFoundException e) {
      LOG.warn("Task '{}' ({}): its form is not deployed, so its rules cannot be applied: {}", task.getName(),
          task.getTaskDefinitionKey(), e.getMessage());
      return;
    }
    List<FormRules.Problem> problems = FormRules.check(form, task.getVariables(), today());
    if (!of(problems, FormRules.Stage.WELL_FORMED).isEmpty()) {
      // Refused now, before the route's checks see a malformed value; every problem is named at once.
      throw new FormRuleRefusal(problems);
    }
    List<FormRules.Problem> incomplete = of(problems, FormRules.Stage.COMPLETE);
    if (!incomplete.isEmpty()) {
      HeldFormProblems.hold(task.getExecutionId(), incomplete);
    }
  }

  private static void leaving(DelegateExecution execution) {
    List<FormRules.Problem> held = HeldFormProblems.take(execution.getId());
    if (held != null) {
      throw new FormRuleRefusal(held);
    }
  }

  static List<FormRules.Problem> of(List<FormRules.Problem> problems, FormRules.Stage stage) {
    return problems.stream().filter(problem -> problem.stage() == stage).toList();
  }

  static LocalDate today() {
    return Dates.toLocalDate(ClockUtil.getCurrentTime());
  }
}
