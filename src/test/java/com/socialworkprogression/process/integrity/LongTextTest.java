package com.socialworkprogression.process.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.support.Rest;
import com.socialworkprogression.support.RestTest;
import com.socialworkprogression.support.SwpSpringTest;
import com.socialworkprogression.support.TestStaff;
import com.socialworkprogression.support.Workflow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reflective statement of 20,000 characters, far over the 4,000 of the engine's text column, saves
 * and shows again: through the Java API, through REST as a String, in history, and after being
 * changed to a short text and back.
 */
class LongTextTest extends RestTest {

  static final ObjectMapper JSON = new ObjectMapper();


  /** Text of exactly that length, with accents, a dash, markup characters and a character outside the BMP. */
  static String statement(int length) {
    String paragraph = "Reflection on practice — Année 2026: I led the core group <safeguarding & review>; 👪 the family "
        + "felt heard.\n";
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      text.append(paragraph);
    }
    text.setLength(length);
    if (Character.isHighSurrogate(text.charAt(length - 1))) {
      text.setCharAt(length - 1, '.');
    }
    return text.toString();
  }

  @Test
  @DisplayName("A 20,000-character statement in a start form saves, and reads back whole as a String through the Java API, REST and history")
  void aLongStatementInTheStartForm() throws Exception {
    String applicant = staff.socialWorker("nelc", "2", 6);
    String statement = statement(20_000);

    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("readinessStatement", Map.of("value", statement, "type", "String"));
    variables.put("experienceSummary", Map.of("value", "Five years post-qualifying.", "type", "String"));
    variables.put("portfolioCommitment", Map.of("value", true, "type", "Boolean"));
    Rest.Response started = rest.post(applicant,
        "/engine-rest/process-definition/key/nelcSeniorSocialWorker/tenant-id/nelc/submit-form",
        JSON.writeValueAsString(Map.of("variables", variables)));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = JSON.readTree(started.body()).get("id").asText();

    TypedValue typed = engine.getRuntimeService().getVariableTyped(instanceId, "readinessStatement");
    assertThat(typed.getType()).isEqualTo(ValueType.STRING);
    assertThat(typed.getValue()).isEqualTo(statement);

    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
    Rest.Response formVariables = rest.get("lewis.brown", "/engine-rest/task/" + task.getId() + "/form-variables");
    assertThat(formVariables.status()).as(formVariables.body()).isEqualTo(200);
    JsonNode shown = JSON.readTree(formVariables.body()).get("readinessStatement");
    assertThat(shown.get("type").asText()).isEqualTo("String");
    assertThat(shown.get("value").asText()).isEqualTo(statement);

    Rest.Response instanceVariables = rest.get("admin", "/engine-rest/process-instance/" + instanceId + "/variables");
    assertThat(instanceVariables.status()).as(instanceVariables.body()).isEqualTo(200);
    JsonNode variable = JSON.readTree(instanceVariables.body()).get("readinessStatement");
    assertThat(variable.get("type").asText()).isEqualTo("String");
    assertThat(variable.get("value").asText()).isEqualTo(statement);

    HistoricVariableInstance history = historic(instanceId, "readinessStatement");
    assertThat(history.getTypeName()).isEqualTo("string");
    assertThat(history.getValue()).isEqualTo(statement);
    Rest.Response viaHistory = rest.get("admin",
        "/engine-rest/history/variable-instance?processInstanceId=" + instanceId + "&variableName=readinessStatement");
    JsonNode historic = JSON.readTree(viaHistory.body()).get(0);
    assertThat(historic.get("type").asText()).isEqualTo("String");
    assertThat(historic.get("value").asText()).isEqualTo(statement);
  }

  @Test
  @DisplayName("A long text in a task form saves; the form-field history keeps its start, the variable's history all of it")
  void aLongTextInATaskForm() throws Exception {
    String applicant = staff.socialWorker("nelc", "2", 6);
    ProcessInstance instance = workflow.start(applicant, "nelc", "nelcSeniorSocialWorker", Map.of(
        "readinessStatement", "Ready.", "experienceSummary", "Five years.", "portfolioCommitment", true));
    Task task = workflow.task(instance, "supportExpressionOfIntent");
    String notes = statement(12_345);

    Rest.Response submitted = rest.post("lewis.brown", "/engine-rest/task/" + task.getId() + "/submit-form",
        JSON.writeValueAsString(Map.of("variables", Map.of(
            "lineManagerDecision", Map.of("value", "supported", "type", "String"),
            "developmentDiscussion", Map.of("value", notes, "type", "String")))));
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);
    assertThat(workflow.variable(instance, "developmentDiscussion")).isEqualTo(notes);

    List<HistoricDetail> formFields = engine.getHistoryService().createHistoricDetailQuery()
        .processInstanceId(instance.getId()).formFields().list();
    HistoricFormField field = formFields.stream().map(HistoricFormField.class::cast)
        .filter(each -> each.getFieldId().equals("developmentDiscussion")).findFirst().orElseThrow();
    assertThat((String) field.getFieldValue()).hasSizeLessThanOrEqualTo(4000)
        .startsWith(notes.substring(0, 3000)).endsWith("the full text is in the variable's history]");
    HistoricVariableUpdate update = engine.getHistoryService().createHistoricDetailQuery()
        .processInstanceId(instance.getId()).variableUpdates().list().stream().map(HistoricVariableUpdate.class::cast)
        .filter(each -> each.getVariableName().equals("developmentDiscussion")).findFirst().orElseThrow();
    assertThat(update.getValue()).isEqualTo(notes);
    assertThat(historic(instance.getId(), "developmentDiscussion").getValue()).isEqualTo(notes);
  }

  @Test
  @DisplayName("A long text changed to a short one and back reads back each time; 4,000 characters stay in the text column")
  void longToShortAndBack() {
    String applicant = staff.socialWorker("nelc", "2", 6);
    ProcessInstance instance = workflow.start(applicant, "nelc", "nelcSeniorSocialWorker", Map.of(
        "readinessStatement", statement(20_000), "experienceSummary", "Five years.", "portfolioCommitment", true));
    String id = instance.getId();
    assertThat(serializer(id, "readinessStatement")).isEqualTo(LongTextSerializer.NAME);

    engine.getRuntimeService().setVariable(id, "readinessStatement", "Short now.");
    assertThat(engine.getRuntimeService().getVariable(id, "readinessStatement")).isEqualTo("Short now.");
    assertThat(serializer(id, "readinessStatement")).isEqualTo("string");
    assertThat(historic(id, "readinessStatement").getValue()).isEqualTo("Short now.");

    String longer = statement(25_000);
    engine.getRuntimeService().setVariable(id, "readinessStatement", longer);
    assertThat(engine.getRuntimeService().getVariable(id, "readinessStatement")).isEqualTo(longer);
    assertThat(historic(id, "readinessStatement").getValue()).isEqualTo(longer);

    String atTheLimit = statement(4000);
    engine.getRuntimeService().setVariable(id, "readinessStatement", atTheLimit);
    assertThat(serializer(id, "readinessStatement")).isEqualTo("string");
    assertThat(engine.getRuntimeService().getVariable(id, "readinessStatement")).isEqualTo(atTheLimit);
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(id)
        .variableValueEquals("readinessStatement", atTheLimit).count()).as("still searchable by value").isEqualTo(1);

    engine.getRuntimeService().setVariable(id, "readinessStatement", statement(4001));
    assertThat(serializer(id, "readinessStatement")).isEqualTo(LongTextSerializer.NAME);
    assertThat(engine.getRuntimeService().getVariable(id, "readinessStatement")).isEqualTo(statement(4001));
  }

  private HistoricVariableInstance historic(String instanceId, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName(name).singleResult();
  }

  private String serializer(String instanceId, String name) {
    return ((VariableInstanceEntity) engine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(instanceId).variableName(name).singleResult()).getSerializerName();
  }
}
