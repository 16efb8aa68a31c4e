package com.socialworkprogression.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.support.SampleFiles;
import com.socialworkprogression.support.NelcApplications;
import com.socialworkprogression.support.SwpSpringTest;
import com.socialworkprogression.support.TestStaff;
import com.socialworkprogression.support.Workflow;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shared Tasklist filters work for every user, and show each only their own and their roles' tasks. */
@SwpSpringTest
class TasklistFiltersTest {

  @Autowired ProcessEngine engine;
  @Autowired StaffDirectory directory;
  @Autowired AuthoritySetup authoritySetup;

  @Test
  void panelDecisionsHoldsTheConfiguredPanelTasksOfEveryAuthority() {
    TaskQueryImpl query = engine.getFilterService().getFilter(filter(AuthoritySetup.PANEL_DECISIONS)).getQuery();
    assertThat(query.getKeys()).containsExactly(
        "recordPanelDecision", "setUpAppealsPanel", "chaseAppealsPanelSetup", "recordAppealDecision",
        "recordLevelTwoDecision", "decideProgression", "reviewAppeal", "checkPortfolioEvidence", "confirmCriteria", "decideOnReceipt",
        "recordLocalPanelDecision", "decideEarlyPanel");
  }

  @Test
  void aStartUpAfterTheConfigurationChangedUpdatesTheFilter() {
    Filter panel = engine.getFilterService().getFilter(filter(AuthoritySetup.PANEL_DECISIONS));
    // As an older release left it: NELC's panel tasks only, and another description.
    panel.setQuery(engine.getTaskService().createTaskQuery().taskDefinitionKeyIn("recordPanelDecision", "recordAppealDecision"));
    panel.setProperties(Map.of("priority", 10, "description", "Progression Review Panel and Appeals Panel steps"));
    engine.getFilterService().saveFilter(panel);

    authoritySetup.apply();

    Filter updated = engine.getFilterService().getFilter(panel.getId());
    assertThat(updated.<TaskQueryImpl>getQuery().getKeys()).containsExactlyElementsOf(authoritySetup.panelTasks())
        .contains("decideProgression", "reviewAppeal");
    assertThat(updated.getProperties()).containsEntry("description",
        "Panel and progression decisions you take part in, claimed or not").containsKey("variables");
    assertThat(engine.getFilterService().createFilterQuery().filterName(AuthoritySetup.PANEL_DECISIONS).count())
        .as("the same filter, updated, not a second one").isOne();
  }

  @Test
  void aRedbridgeHeadOfServiceFindsTheDecisionInPanelDecisions() {
    Workflow workflow = new Workflow(engine);
    LocalDate pmr = LocalDate.now(Dates.UK).plusMonths(1);
    String worker = new TestStaff(engine.getIdentityService(), directory).redbridgeWorker("2", pmr);
    ProcessInstance instance = workflow.start(worker, "redbridge", "redbridgeProgressionReview",
        Map.of("pmrDate", pmr.toString(), "reviewReason", "Ready for the next level."));
    workflow.attach(worker, instance, "compilePortfolio", "portfolio.pdf", SampleFiles.pdf("Portfolio"));
    workflow.complete(worker, instance, "compilePortfolio", Map.of(
        "courtWorkCaseStudy", "Care proceedings.", "multiAgencyCaseStudy", "Strategy meetings.",
        "childrenCaseStudy", "Direct work.", "basicRequirementsEvidence", "Visits in timescale.",
        "recordsUpToDate", true, "peerSupportEvidence", "Buddy to two NQSWs.", "cpdRecord", "Court skills.",
        "criteriaMapping", "Criteria 1-8 mapped."));
    try {
      workflow.clock(pmr);
      workflow.complete("mark.ellis", instance, "reviewAtPmr", Map.of(
          "pmrFeedback", "Strong court work.", "pmrSummary", "Meets the criteria.", "pmrDecision", "supported"));
    } finally {
      ClockUtil.reset();
    }

    List<Task> headOfService = workflow.as("helen.baker",
        () -> engine.getFilterService().list(filter(AuthoritySetup.PANEL_DECISIONS)));
    assertThat(headOfService).filteredOn(task -> task.getProcessInstanceId().equals(instance.getId()))
        .extracting(Task::getTaskDefinitionKey).containsExactly("decideProgression");
    assertThat(headOfService).extracting(Task::getTenantId).containsOnly("redbridge");
    List<Task> nelcPsw = workflow.as("sam.patel", () -> engine.getFilterService().list(filter(AuthoritySetup.PANEL_DECISIONS)));
    assertThat(nelcPsw).extracting(Task::getProcessInstanceId).doesNotContain(instance.getId());
  }

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
