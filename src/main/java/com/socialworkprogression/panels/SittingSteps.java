package com.socialworkprogression.panels;

import com.socialworkprogression.documents.Caller;
import com.socialworkprogression.process.SystemAccess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;

import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Completes a member's step from a sitting's page, as Tasklist would: as the logged-in user (claiming a
 * members' task first), with the step's own form fields typed as its form types them, so every check the
 * route makes on the step applies. A refusal leaves the step as it was, with the reason.
 */
@Component
public class SittingSteps {

  /** The step was not completed; the message says why and how to put it right. */
  public static class StepRefused extends RuntimeException {
    StepRefused(String message) {
      super(message);
    }
  }

  private final TaskService tasks;
  private final FormService forms;
  private final SittingStore store;

  public SittingSteps(TaskService tasks, FormService forms, SittingStore store) {
    this.tasks = tasks;
    this.forms = forms;
    this.store = store;
  }

  /** The step's name, once completed. */
  public String complete(Caller caller, PanelSitting sitting, String taskId, Map<String, String> entered) {
    Task task = SystemAccess.run(() -> tasks.createTaskQuery().taskId(taskId).singleResult());
    boolean listedHere = task != null && store.listings(sitting.id()).stream()
        .anyMatch(listing -> listing.applicationId().equals(task.getProcessInstanceId()));
    if (!listedHere) {
      throw new PanelRefusal(HttpStatus.NOT_FOUND, "That step is not open on an application listed for this sitting. "
          + "Someone may have completed it already: reload the sitting's page.");
    }
    String form = SystemAccess.run(() -> read(forms.getDeployedTaskForm(taskId)));
    Map<String, Object> values = new HashMap<>();
    for (FormFields.Item item : FormFields.of(form, Map.of())) {
      if (item.isText() || item.readOnly()) {
        continue;
      }
      String text = entered.get(item.key());
      if ("checkbox".equals(item.kind())) {
        values.put(item.key(), "true".equals(text));
      } else if (text != null && !text.isBlank()) {
        values.put(item.key(), typed(item, text.trim()));
      }
    }
    try {
      if (task.getAssignee() == null) {
        tasks.claim(taskId, caller.userId());
      } else if (!task.getAssignee().equals(caller.userId())) {
        throw new StepRefused("'" + task.getName() + "' is for " + task.getAssignee() + ", not you; only they can complete it.");
      }
      forms.submitTaskForm(taskId, values);
      return task.getName();
    } catch (ProcessEngineException e) {
      throw new StepRefused(reason(e));
    }
  }

  private static Object typed(FormFields.Item item, String text) {
    if ("number".equals(item.kind())) {
      try {
        return text.contains(".") ? (Object) Double.valueOf(text) : (Object) Long.valueOf(text);
      } catch (NumberFormatException e) {
        return text;
      }
    }
    return text;
  }

  /** The refusal's own words (a rule's, or the form's), not the engine's wrapping. */
  private static String reason(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException) {
        return cause.getMessage();
      }
    }
    return e.getMessage();
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
