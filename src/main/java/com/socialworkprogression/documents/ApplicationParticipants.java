package com.socialworkprogression.documents;

import com.socialworkprogression.kit.StepSettings;
import com.socialworkprogression.process.SystemAccess;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Who has a part in an application, and so may read its documents: the people it names (the applicant,
 * and whoever the route's "participants" property lists, e.g. a panel member chosen in a form), and
 * everyone who holds or held one of its tasks, as assignee or as a candidate (themselves or by a group).
 * A colleague with no part in it, and anyone from another authority, has none. Read from history, so it
 * holds after the application has ended, for as long as the application is kept.
 */
@Component
public class ApplicationParticipants {

  /** The process property (Modeler: Extension properties of the process) listing variables that name people. */
  public static final String PROPERTY = "participants";

  private final HistoryService history;
  private final RepositoryService repository;
  private final Map<String, List<String>> namedByDefinition = new ConcurrentHashMap<>();

  public ApplicationParticipants(HistoryService history, RepositoryService repository) {
    this.history = history;
    this.repository = repository;
  }

  /** The application, running or ended, while it is kept. */
  public Optional<HistoricProcessInstance> application(String applicationId) {
    return Optional.ofNullable(SystemAccess.run(() ->
        history.createHistoricProcessInstanceQuery().processInstanceId(applicationId).singleResult()));
  }

  public boolean hasPart(HistoricProcessInstance application, Caller caller) {
    String id = application.getId();
    return SystemAccess.run(() -> named(application, caller.userId())
        || history.createHistoricTaskInstanceQuery().processInstanceId(id).taskAssignee(caller.userId()).count() > 0
        || history.createHistoricTaskInstanceQuery().processInstanceId(id).taskHadCandidateUser(caller.userId()).count() > 0
        || caller.groupIds().stream().anyMatch(group ->
            history.createHistoricTaskInstanceQuery().processInstanceId(id).taskHadCandidateGroup(group).count() > 0));
  }

  private boolean named(HistoricProcessInstance application, String userId) {
    List<String> variables = namedByDefinition.computeIfAbsent(application.getProcessDefinitionId(),
        definitionId -> namingVariables(definitionId, application.getProcessDefinitionKey()));
    List<HistoricVariableInstance> values = history.createHistoricVariableInstanceQuery()
        .processInstanceId(application.getId()).variableNameIn(variables.toArray(String[]::new)).list();
    // A variable may name several people, comma-separated (a panel sitting's members: panelMembers).
    return values.stream().filter(value -> value.getValue() != null).anyMatch(value ->
        StepSettings.split(value.getValue().toString()).contains(userId));
  }

  /** "applicant" always; and what the route's participants property lists. */
  private List<String> namingVariables(String processDefinitionId, String processDefinitionKey) {
    Process process = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(processDefinitionKey);
    String listed = "";
    if (process != null && process.getExtensionElements() != null) {
      for (CamundaProperties properties : process.getExtensionElements().getChildElementsByType(CamundaProperties.class)) {
        for (CamundaProperty property : properties.getCamundaProperties()) {
          if (PROPERTY.equals(property.getCamundaName()) && property.getCamundaValue() != null) {
            listed = listed + "," + property.getCamundaValue();
          }
        }
      }
    }
    Set<String> names = new LinkedHashSet<>(List.of("applicant"));
    names.addAll(StepSettings.split(listed));
    return List.copyOf(names);
  }
}
