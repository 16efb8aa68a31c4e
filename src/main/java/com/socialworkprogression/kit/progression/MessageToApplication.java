package com.socialworkprogression.kit.progression;

import com.socialworkprogression.kit.StepSettings;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.process.SystemAccess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Kit block "Tell the person's running application" (service task): a step started on its own, e.g. the ASYE
 * co-ordinator pausing a worker's ASYE (NELC-ASYE-01), reaches the application it is about: the running one of that
 * route for that person, in the same authority. With none running, it is refused with what to check, and nothing
 * is saved.
 *
 * Inputs: route (the application's process key); person (the user id, e.g. ${applicant}); message (the message the
 * application waits for); carry (comma-separated variables of this step to hand over); rule.
 */
@Component("messageToApplication")
public class MessageToApplication implements JavaDelegate {

  private final RuntimeService runtime;

  public MessageToApplication(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StepSettings settings = new StepSettings(execution, "Tell the person's running application", execution.getCurrentActivityName());
    String route = settings.text("route");
    String person = settings.text("person");
    String message = settings.text("message");
    List<ProcessInstance> running = SystemAccess.run(() -> runtime.createProcessInstanceQuery().tenantIdIn(execution.getTenantId())
        .processDefinitionKey(route).variableValueEquals("applicant", person).list());
    if (running.isEmpty()) {
      throw RuleRefusal.of(settings.text("rule", ""), "'" + person + "' has no application of this kind running, so there "
          + "is nothing to change. Check the user id.");
    }
    Map<String, Object> carried = new HashMap<>();
    for (String name : settings.list("carry", "")) {
      carried.put(name, execution.getVariable(name));
    }
    try {
      SystemAccess.run(() -> runtime.createMessageCorrelation(message)
          .processInstanceId(running.get(0).getId()).setVariables(carried).correlateWithResult());
    } catch (org.camunda.bpm.engine.MismatchingMessageCorrelationException notYet) {
      // The application has not reached the point where it takes this (e.g. its first step is still open).
      throw RuleRefusal.of(settings.text("rule", ""), "The application of '" + person + "' is not under way yet, so its "
          + "dates cannot move: finish its first step (for example choosing the co-ordinator), then try again. Nothing was saved.");
    }
  }
}
