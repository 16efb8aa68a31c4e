package com.socialworkprogression.panels;

import com.socialworkprogression.documents.Caller;
import com.socialworkprogression.documents.DocumentStore;
import com.socialworkprogression.documents.StoredDocument;
import com.socialworkprogression.process.SystemAccess;
import com.socialworkprogression.staff.People;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * What a sitting's page shows of each application listed for it: who applied, the answers of the steps
 * the route names as its evidence (the authority's evidence-steps), the documents, the decision if
 * recorded, and the caller's own open steps, each with its form, so the panel works through them all in
 * one place. Read without authorization checks, after {@link PanelSittings#maySee} allowed the caller.
 */
@Component
public class SittingApplications {

  /** One completed step's answers, in its form's words. */
  public record Evidence(String stepName, List<FormFields.Item> items) {}

  /** One of the caller's open steps on the application, with its form. */
  public record OpenStep(String taskId, String name, List<FormFields.Item> items) {}

  public record ApplicationView(Listing listing, String applicantName, String teamManagerName, boolean running,
      List<Evidence> evidence, List<StoredDocument> documents, List<OpenStep> openSteps, String decisionShown) {}

  private final HistoryService history;
  private final RepositoryService repository;
  private final TaskService tasks;
  private final FormService forms;
  private final DocumentStore documents;
  private final EvidenceForms evidenceForms;
  private final People people;

  public SittingApplications(HistoryService history, RepositoryService repository, TaskService tasks, FormService forms,
      DocumentStore documents, EvidenceForms evidenceForms, People people) {
    this.history = history;
    this.repository = repository;
    this.tasks = tasks;
    this.forms = forms;
    this.documents = documents;
    this.evidenceForms = evidenceForms;
    this.people = people;
  }

  public ApplicationView view(Listing listing, PanelDefinition panel, Caller caller) {
    return SystemAccess.run(() -> {
      HistoricProcessInstance application = history.createHistoricProcessInstanceQuery()
          .processInstanceId(listing.applicationId()).singleResult();
      Map<String, Object> variables = new HashMap<>();
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
          .processInstanceId(listing.applicationId()).list()) {
        variables.put(variable.getName(), variable.getValue());
      }
      List<Evidence> evidence = new ArrayList<>();
      for (String stepId : panel.evidenceSteps()) {
        UserTask step = application == null ? null
            : repository.getBpmnModelInstance(application.getProcessDefinitionId()).getModelElementById(stepId);
        if (step != null && step.getCamundaFormRef() != null) {
          evidenceForms.json(listing.tenantId(), step.getCamundaFormRef()).ifPresent(json ->
              evidence.add(new Evidence(step.getName(), FormFields.of(json, variables).stream()
                  .filter(item -> !item.isText() && !item.shown().isBlank()).toList())));
        }
      }
      List<OpenStep> open = new ArrayList<>();
      for (Task task : tasks.createTaskQuery().processInstanceId(listing.applicationId()).list()) {
        if (isFor(task, caller)) {
          open.add(new OpenStep(task.getId(), task.getName(), FormFields.of(formOf(task.getId()), tasks.getVariables(task.getId()))));
        }
      }
      Object decision = variables.get("panelDecision");
      return new ApplicationView(listing, people.name(listing.tenantId(), listing.applicant()),
          text(variables.get("teamManagerName")), application != null && application.getEndTime() == null, evidence,
          documents.ofApplication(listing.applicationId()), open, decision == null ? "" : decision.toString());
    });
  }

  private boolean isFor(Task task, Caller caller) {
    if (task.getAssignee() != null) {
      return task.getAssignee().equals(caller.userId());
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if ("candidate".equals(link.getType()) && (caller.userId().equals(link.getUserId())
          || link.getGroupId() != null && caller.groupIds().contains(link.getGroupId()))) {
        return true;
      }
    }
    return false;
  }

  private String formOf(String taskId) {
    try (InputStream in = forms.getDeployedTaskForm(taskId)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
