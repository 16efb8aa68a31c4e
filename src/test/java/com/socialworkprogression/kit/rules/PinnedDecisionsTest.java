package com.socialworkprogression.kit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.support.NelcApplications;
import com.socialworkprogression.support.Rest;
import com.socialworkprogression.support.SwpSpringTest;
import com.socialworkprogression.support.TestStaff;
import com.socialworkprogression.support.Workflow;
import com.socialworkprogression.tenancy.TenantDeployments;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process owner changes a decision table's rule by deploying a new version. Applications started
 * after it use the new rule; applications already running keep the version they started with, to
 * their end. Tested on the engine's Java API, in "othershire", the authority only the tests have.
 */
@SwpSpringTest
class PinnedDecisionsTest {

  static final String TENANT = "othershire";
  static final String PASS_MARK = "kitPassMark";

  @Autowired ProcessEngine engine;
  @Autowired TenantDeployments deployments;
  @Autowired StaffDirectory directory;

  @Test
  void aNewPassMarkAppliesToNewApplicationsAndTheOldOneToRunningApplications() throws IOException {
    deploy("pinned-decisions.bpmn", resource("pinned-decisions.bpmn"));
    deploy("pass-mark.dmn", passMark(3));
    int passAtThree = latest(PASS_MARK).getVersion();
    ProcessInstance running = start();

    deploy("pass-mark.dmn", passMark(2));
    int passAtTwo = latest(PASS_MARK).getVersion();
    ProcessInstance started = start();

    assertThat(pinned(running)).containsEntry(PASS_MARK, passAtThree);
    assertThat(pinned(started)).containsEntry(PASS_MARK, passAtTwo);

    // Both are scored 2 after the change.
    score(running, 2);
    score(started, 2);
    assertThat(variable(running, "metInJava")).as("running: the pass mark it started with, in Java").isEqualTo(false);
    assertThat(variable(running, "metInTable")).as("running: in a business rule task").isEqualTo(false);
    assertThat(variable(started, "metInJava")).as("new: the new pass mark, in Java").isEqualTo(true);
    assertThat(variable(started, "metInTable")).as("new: in a business rule task").isEqualTo(true);
  }

  @Test
  void anApplicationThatPinnedNothingPinsTheLatestVersionWhenItFirstDecides() throws IOException {
    deploy("pinned-decisions.bpmn", resource("pinned-decisions.bpmn"));
    deploy("pass-mark.dmn", passMark(3));
    ProcessInstance older = start();
    // As an application started before pinning existed.
    engine.getRuntimeService().removeVariable(older.getId(), PinnedDecisions.VARIABLE);

    deploy("pass-mark.dmn", passMark(2));
    score(older, 2);

    assertThat(variable(older, "metInJava")).isEqualTo(true);
    assertThat(variable(older, "metInTable")).isEqualTo(true);
    assertThat(pinned(older)).containsEntry(PASS_MARK, latest(PASS_MARK).getVersion());
  }

  @Test
  void nelcsRoutePinsItsDecisionTablesAtTheStart() throws IOException {
    deployments.deploy(TENANT, deployments.resourcesOf("nelc"));
    Map<String, Integer> atStart = pinned(startNelcRoute());
    assertThat(atStart).containsOnlyKeys("nelcSeniorEligibility", "nelcElementMet", "nelcPositions")
        .containsEntry("nelcElementMet", latest("nelcElementMet").getVersion())
        .containsEntry("nelcSeniorEligibility", latest("nelcSeniorEligibility").getVersion());

    // A process owner lowers the pass mark: a score of 2 (partly met) now meets an element.
    String table = Files.readString(Path.of("processes/nelc/element-met.dmn"))
        .replace("<text>&gt;= 3</text>", "<text>&gt;= 2</text>");
    deploy("element-met.dmn", table.getBytes(StandardCharsets.UTF_8));
    Map<String, Integer> afterTheChange = pinned(startNelcRoute());

    assertThat(afterTheChange.get("nelcElementMet")).isEqualTo(atStart.get("nelcElementMet") + 1);
    assertThat(afterTheChange.get("nelcSeniorEligibility")).isEqualTo(atStart.get("nelcSeniorEligibility"));
    assertThat(met(atStart.get("nelcElementMet"), 2)).as("the running application's pass mark").isFalse();
    assertThat(met(afterTheChange.get("nelcElementMet"), 2)).as("the new application's pass mark").isTrue();
  }

  @Test
  void tasklistAndCockpitShowThePinnedVersionsAsText(@LocalServerPort int port) {
    String applicant = new TestStaff(engine.getIdentityService(), directory).socialWorker("nelc", "2", 6);
    ProcessInstance application = NelcApplications.apply(new Workflow(engine), "nelc", applicant);
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(application.getId()).singleResult();
    Rest rest = new Rest(port);

    // What Tasklist asks for to fill a Camunda Form: every variable, deserialized.
    Rest.Response formVariables = rest.get("lewis.brown", "/engine-rest/task/" + task.getId() + "/form-variables");
    assertThat(formVariables.status()).as(formVariables.body()).isEqualTo(200);
    assertThat(formVariables.body()).contains("\"decisionVersions\":{\"type\":\"String\",\"value\":\"{\\\"nelcElementMet\\\":");
    Rest.Response cockpit = rest.get("oscar.fisher", "/engine-rest/process-instance/" + application.getId() + "/variables");
    assertThat(cockpit.status()).isEqualTo(200);
    assertThat(cockpit.body()).contains("nelcSeniorEligibility");
  }

  @Test
  void anAdministratorMigratesARunningApplicationThroughRestAndItKeepsItsPinnedTables(@LocalServerPort int port)
      throws Exception {
    deploy("pinned-decisions.bpmn", resource("pinned-decisions.bpmn"));
    deploy("pass-mark.dmn", passMark(3));
    String from = latestProcess().getId();
    ProcessInstance running = start();
    Map<String, Integer> pins = pinned(running);
    deploy("pass-mark.dmn", passMark(2));
    deploy("pinned-decisions.bpmn", new String(resource("pinned-decisions.bpmn"), StandardCharsets.UTF_8)
        .replace("name=\"Score\"", "name=\"Score the evidence\"").getBytes(StandardCharsets.UTF_8));
    String to = latestProcess().getId();
    Rest rest = new Rest(port);
    ObjectMapper json = new ObjectMapper();

    // As docs/process-owners.md shows it: generate a plan, then execute it for the running applications.
    Rest.Response plan = rest.post("admin", "/engine-rest/migration/generate",
        "{\"sourceProcessDefinitionId\": \"" + from + "\", \"targetProcessDefinitionId\": \"" + to
            + "\", \"updateEventTriggers\": true}");
    assertThat(plan.status()).as(plan.body()).isEqualTo(200);
    String execute = "{\"migrationPlan\": " + plan.body() + ", \"processInstanceIds\": [\"" + running.getId()
        + "\"], \"skipCustomListeners\": true}";
    Rest.Response byProcessOwner = rest.post(processOwner(), "/engine-rest/migration/execute", execute);
    assertThat(byProcessOwner.status()).as("process owners do not migrate").isEqualTo(403);
    Rest.Response migrated = rest.post("admin", "/engine-rest/migration/execute", execute);
    assertThat(migrated.status()).as(migrated.body()).isEqualTo(204);

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(running.getId())
        .singleResult().getProcessDefinitionId()).isEqualTo(to);
    assertThat(pinned(running)).as("the tables it started with").isEqualTo(pins);
    score(running, 2);
    assertThat(variable(running, "metInTable")).isEqualTo(false);
    assertThat(json.readTree(plan.body()).path("instructions").size()).isPositive();
  }

  // ---- helpers ----------------------------------------------------------------------------------------

  /**
   * NELC's route started at the line manager's step (skipping the eligibility check, which needs
   * othershire's staff), by a social worker of othershire, so that the tenant check applies.
   */
  ProcessInstance startNelcRoute() {
    engine.getIdentityService().setAuthentication("o.applicant", List.of("othershire-staff", "othershire-social-workers"),
        List.of(TENANT));
    try {
      return engine.getRuntimeService().createProcessInstanceByKey("nelcSeniorSocialWorker")
          .processDefinitionTenantId(TENANT).startBeforeActivity("supportExpressionOfIntent")
          .setVariables(Map.of("applicant", "o.applicant", "lineManager", "o.manager")).execute();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  boolean met(int elementMetVersion, int score) {
    return engine.getDecisionService().evaluateDecisionByKey("nelcElementMet").decisionDefinitionTenantId(TENANT)
        .version(elementMetVersion).variables(Variables.createVariables().putValue("element", "caseFiles")
            .putValue("score", score)).evaluate().getSingleResult().<Boolean>getSingleEntry();
  }

  ProcessInstance start() {
    return engine.getRuntimeService().createProcessInstanceByKey("kitPinnedDecisions").processDefinitionTenantId(TENANT)
        .execute();
  }

  void score(ProcessInstance instance, int score) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("score")
        .singleResult();
    engine.getTaskService().complete(task.getId(), Map.of("score", score));
  }

  Object variable(ProcessInstance instance, String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }

  Map<String, Integer> pinned(ProcessInstance instance) {
    return PinnedDecisions.read(engine.getRuntimeService().getVariableTyped(instance.getId(), PinnedDecisions.VARIABLE, false));
  }

  /** othershire's process owner, with the demo password. */
  String processOwner() {
    String id = "othershire.owner";
    if (engine.getIdentityService().createUserQuery().userId(id).count() == 0) {
      org.camunda.bpm.engine.identity.User user = engine.getIdentityService().newUser(id);
      user.setPassword("Progress-2026");
      engine.getIdentityService().saveUser(user);
      engine.getIdentityService().createMembership(id, "othershire-staff");
      engine.getIdentityService().createMembership(id, "othershire-process-owners");
    }
    return id;
  }

  org.camunda.bpm.engine.repository.ProcessDefinition latestProcess() {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("kitPinnedDecisions")
        .tenantIdIn(TENANT).latestVersion().singleResult();
  }

  DecisionDefinition latest(String key) {
    return engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(key).tenantIdIn(TENANT)
        .latestVersion().singleResult();
  }

  /** As a process owner deploys from Modeler: one changed file, to their authority. */
  void deploy(String name, byte[] content) {
    engine.getRepositoryService().createDeployment().tenantId(TENANT).name("PinnedDecisionsTest").source("Camunda Modeler")
        .addInputStream(name, new java.io.ByteArrayInputStream(content)).deploy();
  }

  static byte[] passMark(int score) throws IOException {
    return new String(resource("pass-mark.dmn"), StandardCharsets.UTF_8)
        .replace("<text>&gt;= 3</text>", "<text>&gt;= " + score + "</text>").getBytes(StandardCharsets.UTF_8);
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = PinnedDecisionsTest.class.getResourceAsStream("/kit/rules/" + name)) {
      return in.readAllBytes();
    }
  }
}
