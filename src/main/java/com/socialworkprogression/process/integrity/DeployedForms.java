package com.socialworkprogression.process.integrity;

import com.socialworkprogression.process.SystemAccess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * The Camunda Form a task or a start event shows, as deployed: found the way Tasklist finds it
 * (camunda:formRef with its binding, or a camunda-forms: form key), through the engine's FormService.
 * Read without authorization checks: the person submitting may not have permission to read the
 * deployment, and the server applies the form whoever submits it.
 */
final class DeployedForms {

  private DeployedForms() {}

  static CamundaForm ofTask(String taskId) {
    return read(() -> Context.getProcessEngineConfiguration().getFormService().getDeployedTaskForm(taskId));
  }

  static CamundaForm ofStart(String processDefinitionId) {
    return read(() -> Context.getProcessEngineConfiguration().getFormService().getDeployedStartForm(processDefinitionId));
  }

  private static CamundaForm read(Supplier<InputStream> form) {
    String json = SystemAccess.run(() -> {
      try (InputStream in = form.get()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return CamundaForm.parse(json);
  }
}
