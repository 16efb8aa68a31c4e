package com.socialworkprogression.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.support.NelcApplications;
import com.socialworkprogression.support.Rest;
import com.socialworkprogression.support.RestTest;
import com.socialworkprogression.support.SwpSpringTest;
import com.socialworkprogression.support.TestStaff;
import com.socialworkprogression.support.Workflow;
import com.socialworkprogression.tenancy.Role;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every engine entry point is behind authentication and authorization. */
class RestSecurityTest extends RestTest {


  @Test
  void unauthenticatedCallsGet401() {
    assertThat(rest.get(null, "/engine-rest/task").status()).isEqualTo(401);
    assertThat(rest.get(null, "/engine-rest/process-instance").status()).isEqualTo(401);
    assertThat(rest.get(null, "/engine-rest/user").status()).isEqualTo(401);
    assertThat(rest.get(null, "/api/authorities/nelc/staff").status()).isEqualTo(401);
  }

  @Test
  void aWrongPasswordGets401() {
    // Its own user: after a failed login the engine refuses that user for a few seconds, even with the right password.
    String user = "locked-" + System.nanoTime();
    User locked = engine.getIdentityService().newUser(user);
    locked.setPassword("Progress-2026");
    engine.getIdentityService().saveUser(locked);
    assertThat(rest.getWithPassword(user, "not-the-password", "/engine-rest/task").status()).isEqualTo(401);
    assertThat(rest.get("no.such.user", "/engine-rest/task").status()).isEqualTo(401);
  }

  @Test
  void anAuthenticatedUserIsServed() {
    assertThat(rest.get("lewis.brown", "/engine-rest/task").status()).isEqualTo(200);
  }

  @Test
  void taskQueriesWithExpressionsAreRefused() {
    String expression = "\"${currentUser()}\"";
    Rest.Response direct = rest.post("lewis.brown", "/engine-rest/task", "{\"assigneeExpression\": " + expression + "}");
    Rest.Response insideOr = rest.post("lewis.brown", "/engine-rest/task",
        "{\"orQueries\": [{\"assigneeExpression\": " + expression + "}]}");
    Rest.Response countInsideOr = rest.post("lewis.brown", "/engine-rest/task/count",
        "{\"orQueries\": [{\"candidateGroupsExpression\": \"${currentUserGroups()}\"}]}");
    Rest.Response viaQueryString = rest.get("lewis.brown", "/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D");
    for (Rest.Response response : new Rest.Response[] {direct, insideOr, countInsideOr, viaQueryString}) {
      assertThat(response.status()).as(response.body()).isIn(400, 403);
      assertThat(response.body()).containsIgnoringCase("expression");
    }
  }

  @Test
  void theTasksFormIsTheAuthoritysCamundaForm() throws Exception {
    String applicant = staff.socialWorker("nelc", "2", 6);
    ProcessInstance instance = NelcApplications.apply(workflow, "nelc", applicant);
    Task task = workflow.task(instance, "supportExpressionOfIntent");
    String form = workflow.as("lewis.brown", () -> {
      try (var in = engine.getFormService().getDeployedTaskForm(task.getId())) {
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(form).contains("\"id\": \"nelc-line-manager-support\"").contains("lineManagerDecision");
    Rest.Response viaRest = rest.get("lewis.brown", "/engine-rest/task/" + task.getId() + "/deployed-form");
    assertThat(viaRest.status()).isEqualTo(200);
    assertThat(viaRest.body()).contains("nelc-line-manager-support");
  }

  @Test
  void aUserCannotCompleteATaskThatIsNotTheirs() {
    String applicant = staff.socialWorker("nelc", "2", 6);
    ProcessInstance instance = NelcApplications.apply(workflow, "nelc", applicant);
    Task lineManagersTask = workflow.task(instance, "supportExpressionOfIntent");

    // Not theirs, not their group's: they cannot even see it.
    assertThatThrownBy(() -> workflow.as("tara.wilson", () -> engine.getTaskService().complete(lineManagersTask.getId())))
        .isInstanceOf(AuthorizationException.class);
    Rest.Response viaRest = rest.post("tara.wilson", "/engine-rest/task/" + lineManagersTask.getId() + "/complete", "{}");
    assertThat(viaRest.status()).isIn(403, 404);
    assertThat(workflow.task(instance, "supportExpressionOfIntent").getId()).isEqualTo(lineManagersTask.getId());
  }

  @Test
  void aColleagueInTheSameGroupCannotCompleteATaskSomeoneElseHasClaimed() {
    String secondPsw = "psw-" + System.nanoTime();
    User user = engine.getIdentityService().newUser(secondPsw);
    user.setPassword("Progress-2026");
    engine.getIdentityService().saveUser(user);
    engine.getIdentityService().createMembership(secondPsw, Role.STAFF.groupId("nelc"));
    engine.getIdentityService().createMembership(secondPsw, Role.PRINCIPAL_SOCIAL_WORKERS.groupId("nelc"));

    String applicant = staff.socialWorker("nelc", "2", 6);
    ProcessInstance instance = NelcApplications.apply(workflow, "nelc", applicant);
    workflow.complete("lewis.brown", instance, "supportExpressionOfIntent", Map.of("lineManagerDecision", "supported"));
    workflow.complete("tara.wilson", instance, "approveExpressionOfIntent", Map.of("teamManagerDecision", "approved"));
    Task appoint = workflow.task(instance, "appointLeadAssessor");
    workflow.as("sam.patel", () -> engine.getTaskService().claim(appoint.getId(), "sam.patel"));

    assertThatThrownBy(() -> workflow.as(secondPsw, () ->
        engine.getFormService().submitTaskForm(appoint.getId(), Map.of("leadAssessor", "priya.shah"))))
        .isInstanceOf(RuleRefusal.class)
        .hasMessageContaining("assigned to sam.patel");
    Rest.Response viaRest = rest.post(secondPsw, "/engine-rest/task/" + appoint.getId() + "/submit-form",
        "{\"variables\": {\"leadAssessor\": {\"value\": \"priya.shah\"}}}");
    assertThat(viaRest.status()).isEqualTo(400);
    assertThat(viaRest.body()).contains("assigned to sam.patel");
    assertThat(workflow.task(instance, "appointLeadAssessor").getAssignee()).isEqualTo("sam.patel");
  }

  @Test
  void anUnclaimedGroupTaskMustBeClaimedBeforeItIsCompleted() {
    String applicant = staff.socialWorker("nelc", "2", 6);
    ProcessInstance instance = NelcApplications.apply(workflow, "nelc", applicant);
    workflow.complete("lewis.brown", instance, "supportExpressionOfIntent", Map.of("lineManagerDecision", "supported"));
    workflow.complete("tara.wilson", instance, "approveExpressionOfIntent", Map.of("teamManagerDecision", "approved"));
    Task appoint = workflow.task(instance, "appointLeadAssessor");
    assertThatThrownBy(() -> workflow.as("sam.patel", () ->
        engine.getFormService().submitTaskForm(appoint.getId(), Map.of("leadAssessor", "priya.shah"))))
        .isInstanceOf(RuleRefusal.class)
        .hasMessageContaining("claim it first");
  }
}
