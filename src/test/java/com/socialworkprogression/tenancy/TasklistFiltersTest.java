package com.socialworkprogression.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.support.NelcApplications;
import com.socialworkprogression.support.SwpSpringTest;
import com.socialworkprogression.support.TestStaff;
import com.socialworkprogression.support.Workflow;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shared Tasklist filters work for every user, and show each only their own and their roles' tasks. */
@SwpSpringTest
class TasklistFiltersTest {

  @Autowired ProcessEngine engine;
  @Autowired StaffDirectory directory;

  @Test
  void myTasksAndMyTeamsTasks() {
    Workflow workflow = new Workflow(engine);
    String applicant = new TestStaff(engine.getIdentityService(), directory).socialWorker("nelc", "2", 6);
    ProcessInstance instance = NelcApplications.apply(workflow, "nelc", applicant);

    List<Task> lineManagersTasks = workflow.as("lewis.brown", () -> engine.getFilterService().list(filter(AuthoritySetup.MY_TASKS)));
    assertThat(lineManagersTasks).extracting(Task::getProcessInstanceId).contains(instance.getId());
    assertThat(lineManagersTasks).extracting(Task::getAssignee).containsOnly("lewis.brown");
    List<Task> applicantsTasks = workflow.as(applicant, () -> engine.getFilterService().list(filter(AuthoritySetup.MY_TASKS)));
    assertThat(applicantsTasks).isEmpty();

    workflow.complete("lewis.brown", instance, "supportExpressionOfIntent", Map.of("lineManagerDecision", "supported"));
    workflow.complete("tara.wilson", instance, "approveExpressionOfIntent", Map.of("teamManagerDecision", "approved"));
    List<Task> pswTeam = workflow.as("sam.patel", () -> engine.getFilterService().list(filter(AuthoritySetup.MY_TEAMS_TASKS)));
    assertThat(pswTeam).extracting(Task::getTaskDefinitionKey).contains("appointLeadAssessor");
    List<Task> lineManagersTeam = workflow.as("lewis.brown", () -> engine.getFilterService().list(filter(AuthoritySetup.MY_TEAMS_TASKS)));
    assertThat(lineManagersTeam).extracting(Task::getProcessInstanceId).doesNotContain(instance.getId());
  }

  @Test
  void theTaskCardShowsTheApplicantsName(@org.springframework.boot.test.web.server.LocalServerPort int port) {
    Workflow workflow = new Workflow(engine);
    String applicant = new TestStaff(engine.getIdentityService(), directory).socialWorker("nelc", "2", 6);
    ProcessInstance instance = NelcApplications.apply(workflow, "nelc", applicant);
    String name = (String) workflow.variable(instance, "applicantName");
    // Tasklist lists a filter's tasks through REST (HAL), embedding the variables the filter names.
    var response = new com.socialworkprogression.support.Rest(port).getHal("lewis.brown",
        "/engine-rest/filter/" + filter(AuthoritySetup.MY_TASKS) + "/list");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).contains("\"name\":\"applicantName\"").contains(name);
  }

  @Test
  void usersCannotCreateFiltersOfTheirOwn() {
    Workflow workflow = new Workflow(engine);
    assertThatThrownBy(() -> workflow.as("lewis.brown", () -> {
      Filter filter = engine.getFilterService().newTaskFilter("Everything");
      filter.setQuery(engine.getTaskService().createTaskQuery());
      return engine.getFilterService().saveFilter(filter);
    })).isInstanceOf(AuthorizationException.class);
  }

  private String filter(String name) {
    return engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
  }
}
