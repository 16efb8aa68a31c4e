package com.socialworkprogression.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.staff.StaffMember;
import com.socialworkprogression.support.NelcApplications;
import com.socialworkprogression.support.Rest;
import com.socialworkprogression.support.SwpSpringTest;
import com.socialworkprogression.support.TestStaff;
import com.socialworkprogression.support.Workflow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each authority is a tenant: its people see nothing of another authority's tasks, instances,
 * variables or history, through the Java API or REST. NELC and Redbridge run their own routes;
 * "othershire" is an authority only the tests have, running NELC's route, so that even the same
 * diagram in two authorities stays apart.
 */
@SwpSpringTest
class TenantIsolationTest {

  static final String OTHER = "othershire";

  @Autowired ProcessEngine engine;
  @Autowired StaffDirectory directory;
  @Autowired TenantDeployments deployments;
  @LocalServerPort int port;

  Workflow workflow;
  Rest rest;
  ProcessInstance nelcApplication;
  ProcessInstance otherApplication;
  ProcessInstance redbridgeApplication;
  String redbridgeWorker;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void twoAuthoritiesWithAnApplicationEach() {
    workflow = new Workflow(engine);
    rest = new Rest(port);
    deployments.deploy(OTHER, deployments.resourcesOf("nelc"));
    person("o.manager", Role.ASSISTANT_TEAM_MANAGERS, "9");
    person("o.teammanager", Role.TEAM_MANAGERS, "9");
    person("o.owner", Role.PROCESS_OWNERS, "9");
    person("o.hr", Role.PEOPLE_AND_CULTURE, "9");
    String otherWorker = "o.worker" + System.nanoTime();
    person(otherWorker, Role.SOCIAL_WORKERS, "2");
    directory.replaceCaseload(otherWorker, List.of("O-1", "O-2", "O-3", "O-4", "O-5"));

    nelcApplication = NelcApplications.apply(workflow, "nelc",
        new TestStaff(engine.getIdentityService(), directory).socialWorker("nelc", "2", 6));
    otherApplication = NelcApplications.apply(workflow, OTHER, otherWorker);

    LocalDate pmr = LocalDate.now(com.socialworkprogression.calendar.Dates.UK).plusMonths(1);
    redbridgeWorker = new TestStaff(engine.getIdentityService(), directory).redbridgeWorker("2", pmr);
    redbridgeApplication = workflow.start(redbridgeWorker, "redbridge", "redbridgeProgressionReview",
        java.util.Map.of("pmrDate", pmr.toString()));
  }

  @Test
  void nelcAndRedbridgeSeeNothingOfEachOther() throws Exception {
    List<Task> redbridgeTasks = workflow.as(redbridgeWorker, () -> engine.getTaskService().createTaskQuery().list());
    assertThat(redbridgeTasks).extracting(Task::getProcessInstanceId).containsExactly(redbridgeApplication.getId());
    assertThat(workflow.as("lewis.brown", () -> engine.getTaskService().createTaskQuery().list()))
        .extracting(Task::getTenantId).containsOnly("nelc");
    for (String[] owner : new String[][] {{"oscar.fisher", "nelc"}, {"robert.king", "redbridge"}}) {
      String own = owner[1].equals("nelc") ? nelcApplication.getId() : redbridgeApplication.getId();
      String theirs = owner[1].equals("nelc") ? redbridgeApplication.getId() : nelcApplication.getId();
      workflow.as(owner[0], () -> {
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().list())
            .extracting(ProcessInstance::getId).contains(own).doesNotContain(theirs);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().list())
            .extracting(HistoricProcessInstance::getId).contains(own).doesNotContain(theirs);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().list())
            .extracting(HistoricVariableInstance::getTenantId).containsOnly(owner[1]);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(theirs).count()).isZero();
      });
    }
    assertOnly(redbridgeWorker, "/engine-rest/task", "processInstanceId", redbridgeApplication, nelcApplication);
    assertOnly("lewis.brown", "/engine-rest/task", "processInstanceId", nelcApplication, redbridgeApplication);
    assertOnly("robert.king", "/engine-rest/process-instance", "id", redbridgeApplication, nelcApplication);
    assertOnly("oscar.fisher", "/engine-rest/process-instance", "id", nelcApplication, redbridgeApplication);
    assertOnly("robert.king", "/engine-rest/history/process-instance", "id", redbridgeApplication, nelcApplication);
    assertOnly("oscar.fisher", "/engine-rest/history/process-instance", "id", nelcApplication, redbridgeApplication);
    assertOnly("robert.king", "/engine-rest/history/variable-instance", "processInstanceId", redbridgeApplication, nelcApplication);
    assertOnly("oscar.fisher", "/engine-rest/variable-instance", "processInstanceId", nelcApplication, redbridgeApplication);
    assertThat(rest.get("robert.king", "/engine-rest/history/task?processInstanceId=" + nelcApplication.getId()).body())
        .isEqualTo("[]");
    assertThat(rest.get("julia.price", "/api/authorities/nelc/staff").status()).isEqualTo(403);
    assertThat(rest.get("hannah.lee", "/api/authorities/redbridge/staff").status()).isEqualTo(403);
  }

  @Test
  void throughTheJavaApiEachAuthoritySeesOnlyItsOwn() {
    List<Task> nelcTasks = workflow.as("lewis.brown", () -> engine.getTaskService().createTaskQuery().list());
    assertThat(nelcTasks).extracting(Task::getProcessInstanceId).contains(nelcApplication.getId());
    assertThat(nelcTasks).extracting(Task::getTenantId).containsOnly("nelc");

    List<Task> otherTasks = workflow.as("o.manager", () -> engine.getTaskService().createTaskQuery().list());
    assertThat(otherTasks).extracting(Task::getProcessInstanceId).contains(otherApplication.getId());
    assertThat(otherTasks).extracting(Task::getTenantId).containsOnly(OTHER);

    for (String[] owner : new String[][] {{"oscar.fisher", "nelc"}, {"o.owner", OTHER}}) {
      String own = owner[1].equals("nelc") ? nelcApplication.getId() : otherApplication.getId();
      String theirs = owner[1].equals("nelc") ? otherApplication.getId() : nelcApplication.getId();
      workflow.as(owner[0], () -> {
        List<ProcessInstance> instances = engine.getRuntimeService().createProcessInstanceQuery().list();
        assertThat(instances).extracting(ProcessInstance::getId).contains(own).doesNotContain(theirs);
        assertThat(instances).extracting(ProcessInstance::getTenantId).containsOnly(owner[1]);
        List<HistoricProcessInstance> history = engine.getHistoryService().createHistoricProcessInstanceQuery().list();
        assertThat(history).extracting(HistoricProcessInstance::getId).contains(own).doesNotContain(theirs);
        List<HistoricVariableInstance> variables = engine.getHistoryService().createHistoricVariableInstanceQuery().list();
        assertThat(variables).extracting(HistoricVariableInstance::getTenantId).containsOnly(owner[1]);
        assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(theirs).count()).isZero();
        assertThatThrownBy(() -> engine.getRuntimeService().getVariable(theirs, "applicant"))
            .isInstanceOf(ProcessEngineException.class);
      });
    }
  }

  @Test
  void throughRestEachAuthoritySeesOnlyItsOwn() throws Exception {
    assertOnly("lewis.brown", "/engine-rest/task", "processInstanceId", nelcApplication, otherApplication);
    assertOnly("o.manager", "/engine-rest/task", "processInstanceId", otherApplication, nelcApplication);
    assertOnly("oscar.fisher", "/engine-rest/process-instance", "id", nelcApplication, otherApplication);
    assertOnly("o.owner", "/engine-rest/process-instance", "id", otherApplication, nelcApplication);
    assertOnly("oscar.fisher", "/engine-rest/history/process-instance", "id", nelcApplication, otherApplication);
    assertOnly("oscar.fisher", "/engine-rest/variable-instance", "processInstanceId", nelcApplication, otherApplication);
    assertOnly("oscar.fisher", "/engine-rest/history/variable-instance", "processInstanceId", nelcApplication, otherApplication);
    assertOnly("o.owner", "/engine-rest/history/variable-instance", "processInstanceId", otherApplication, nelcApplication);

    Rest.Response theirVariables = rest.get("oscar.fisher", "/engine-rest/process-instance/" + otherApplication.getId() + "/variables");
    assertThat(theirVariables.status()).isNotEqualTo(200);
    assertThat(theirVariables.body()).doesNotContain("\"applicant\"");
  }

  @Test
  void theStaffDirectoryOfAnotherAuthorityIsRefused() {
    Rest.Response other = rest.get("hannah.lee", "/api/authorities/othershire/staff");
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.body()).contains("Only administrators and othershire's People and Culture team");
    assertThat(rest.get("o.hr", "/api/authorities/nelc/staff").status()).isEqualTo(403);
    assertThat(rest.get("hannah.lee", "/api/authorities/nelc/staff/o.manager").status()).isEqualTo(404);
    assertThat(rest.get("admin", "/api/authorities/othershire/staff").status()).isEqualTo(200);
  }

  private void assertOnly(String user, String path, String idField, ProcessInstance own, ProcessInstance theirs)
      throws Exception {
    Rest.Response response = rest.get(user, path);
    assertThat(response.status()).as(path + " as " + user).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    List<String> tenants = new ArrayList<>();
    for (JsonNode row : json.readTree(response.body())) {
      ids.add(row.path(idField).asText());
      tenants.add(row.path("tenantId").asText());
    }
    assertThat(ids).as(path + " as " + user).contains(own.getId()).doesNotContain(theirs.getId());
    assertThat(tenants).as(path + " as " + user).containsOnly(own.getTenantId());
  }

  private void person(String id, Role role, String level) {
    if (engine.getIdentityService().createUserQuery().userId(id).count() == 0) {
      User user = engine.getIdentityService().newUser(id);
      user.setFirstName("Other");
      user.setLastName(id);
      user.setPassword("Progress-2026");
      engine.getIdentityService().saveUser(user);
      engine.getIdentityService().createMembership(id, Role.STAFF.groupId(OTHER));
      engine.getIdentityService().createMembership(id, role.groupId(OTHER));
    }
    if (directory.find(OTHER, id).isEmpty()) {
      directory.save(new StaffMember(id, OTHER, "Other " + id, null, null, level, null, LocalDate.of(2019, 9, 1), false,
          null, "o.manager", "o.teammanager", null, true));
    }
  }
}
