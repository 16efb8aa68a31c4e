package com.socialworkprogression.nelc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.socialworkprogression.support.NelcApplications;
import com.socialworkprogression.support.Rest;
import com.socialworkprogression.support.SwpSpringTest;
import com.socialworkprogression.support.TestStaff;
import com.socialworkprogression.support.Workflow;
import com.socialworkprogression.staff.StaffDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two people working on one application at the same moment: the applicant and the Lead Assessor
 * complete different evidence tasks of the same portfolio at once, over REST as Tasklist does. Both
 * are saved; the portfolio's join waits for every element, and the route goes on to the scoring once
 * the join's asynchronous continuations have run (the job executor's work, done here by the test).
 */
@SwpSpringTest
class NelcEvidenceConcurrencyTest {

  static final int APPLICATIONS = 10;
  static final String LEAD_ASSESSOR = "priya.shah";
  static final String INDEPENDENT_OBSERVER = "peter.jones";

  @Autowired ProcessEngine engine;
  @Autowired StaffDirectory directory;
  @LocalServerPort int port;

  Workflow workflow;
  TestStaff staff;
  Rest rest;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    workflow = new Workflow(engine);
    staff = new TestStaff(engine.getIdentityService(), directory);
    rest = new Rest(port);
    workflow.clock(LocalDate.of(2026, 11, 23));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("The applicant and the Lead Assessor complete sibling evidence tasks of one application at the same moment: both succeed")
  void siblingEvidenceTasksCompletedAtTheSameMoment() throws Exception {
    List<String> applicants = new ArrayList<>();
    List<ProcessInstance> instances = new ArrayList<>();
    for (int i = 0; i < APPLICATIONS; i++) {
      String applicant = staff.socialWorker("nelc", "2", 8);
      applicants.add(applicant);
      instances.add(atThePortfolio(applicant));
    }

    List<String> refused = new ArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int i = 0; i < APPLICATIONS; i++) {
        ProcessInstance instance = instances.get(i);
        String applicant = applicants.get(i);
        String mentoring = workflow.task(instance, "submitMentoringAndTraining").getId();
        String observation = workflow.task(instance, "observePractice").getId();

        CyclicBarrier together = new CyclicBarrier(2);
        Future<Rest.Response> byApplicant = threads.submit(() -> {
          together.await(10, TimeUnit.SECONDS);
          return rest.post(applicant, "/engine-rest/task/" + mentoring + "/submit-form", """
              {"variables": {
                "mentoringEvidence": {"value": "Buddy to two ASYEs.", "type": "String"},
                "trainingRecord": {"value": "Court skills 2025; DA training 2026.", "type": "String"}}}""");
        });
        Future<Rest.Response> byLeadAssessor = threads.submit(() -> {
          together.await(10, TimeUnit.SECONDS);
          return rest.post(LEAD_ASSESSOR, "/engine-rest/task/" + observation + "/submit-form", """
              {"variables": {
                "firstObservationDate": {"value": "2027-01-12", "type": "String"},
                "firstObservationActivity": {"value": "CIN meeting", "type": "String"},
                "firstObservationEvaluation": {"value": "Confident chairing.", "type": "String"}}}""");
        });
        Rest.Response applicantsAnswer = byApplicant.get(60, TimeUnit.SECONDS);
        Rest.Response leadAssessorsAnswer = byLeadAssessor.get(60, TimeUnit.SECONDS);
        if (applicantsAnswer.status() != 204) {
          refused.add("application " + i + ", the applicant: " + applicantsAnswer.status() + " " + applicantsAnswer.body());
        }
        if (leadAssessorsAnswer.status() != 204) {
          refused.add("application " + i + ", the Lead Assessor: " + leadAssessorsAnswer.status() + " " + leadAssessorsAnswer.body());
        }
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(refused).as("completions refused, of %d pairs", APPLICATIONS).isEmpty();

    for (int i = 0; i < APPLICATIONS; i++) {
      ProcessInstance instance = instances.get(i);
      assertThat(workflow.variable(instance, "mentoringEvidence")).isEqualTo("Buddy to two ASYEs.");
      assertThat(workflow.variable(instance, "firstObservationEvaluation")).isEqualTo("Confident chairing.");
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKeyIn("submitMentoringAndTraining", "observePractice").count()).isZero();
      assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
          .activityId("evidenceJoin").count()).as("both arrivals wait for the job executor at the join").isEqualTo(2);

      // A sibling completed while the other two wait at the join, then the rest of the evidence.
      workflow.complete(INDEPENDENT_OBSERVER, instance, "observePracticeIndependently", Map.of(
          "secondObservationDate", "2027-02-02", "secondObservationActivity", "Home visit",
          "secondObservationEvaluation", "Skilled, child-centred."));
      restOfTheEvidence(instance, applicants.get(i));
      assertThat(instance).isWaitingAt("evidenceJoin").hasNotPassed("portfolioComplete");
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey("scoreEvidence").count()).as("no scoring before the join has run").isZero();

      workflow.runAsyncContinuations(instance);
      assertThat(instance).hasPassed("evidenceJoin", "portfolioComplete").isWaitingAt("scoreEvidence");
      assertThat(workflow.task(instance, "scoreEvidence").getAssignee()).isEqualTo(LEAD_ASSESSOR);

      List<HistoricTaskInstance> completed = engine.getHistoryService().createHistoricTaskInstanceQuery()
          .processInstanceId(instance.getId()).taskDefinitionKeyIn("submitMentoringAndTraining", "observePractice")
          .finished().list();
      assertThat(completed).hasSize(2).allSatisfy(task -> assertThat(task.getDeleteReason()).isEqualTo("completed"));
      List<HistoricActivityInstance> joins = engine.getHistoryService().createHistoricActivityInstanceQuery()
          .processInstanceId(instance.getId()).activityId("evidenceJoin").finished().list();
      assertThat(joins).as("each of the seven elements arrived at the join").hasSize(7);
    }
  }

  ProcessInstance atThePortfolio(String applicant) {
    ProcessInstance instance = NelcApplications.apply(workflow, "nelc", applicant);
    workflow.complete("lewis.brown", instance, "supportExpressionOfIntent", Map.of("lineManagerDecision", "supported"));
    workflow.complete("tara.wilson", instance, "approveExpressionOfIntent", Map.of("teamManagerDecision", "approved"));
    workflow.complete("sam.patel", instance, "appointLeadAssessor", Map.of("leadAssessor", LEAD_ASSESSOR));
    workflow.complete(LEAD_ASSESSOR, instance, "holdInitialMeeting", Map.of("initialMeetingDate", "2026-11-30",
        "supervisorAttended", true, "initialAssessment", "Good start.", "developmentPlan", "Mentoring log.",
        "panelPoints", "Panel in June", "independentObserver", INDEPENDENT_OBSERVER));
    return instance;
  }

  void restOfTheEvidence(ProcessInstance instance, String applicant) {
    List<String> caseload = staff.caseload(applicant);
    NelcApplications.attachSelfAssessment(workflow, instance, applicant);
    workflow.complete(applicant, instance, "submitSelfAssessment", Map.of("selfAssessmentRoute", "signatory",
        "selfAssessmentSummary", "Self-assessment against the ten KSS areas.", "selfAssessmentSignatory", "aisha.rahman"));
    workflow.complete("aisha.rahman", instance, "signOffSelfAssessment", Map.of("selfAssessmentConfirmed", true));
    workflow.complete(applicant, instance, "chooseCaseFiles",
        Map.of("workerCaseFile1", caseload.get(0), "workerCaseFile2", caseload.get(1)));
    workflow.complete(LEAD_ASSESSOR, instance, "examineCaseFiles", Map.of("caseFileFindings", "Records timely and complete."));
    NelcApplications.submitPresentationReport(workflow, instance, applicant);
    workflow.complete(LEAD_ASSESSOR, instance, "recordPresentation", NelcApplications.presentation());
    workflow.complete(LEAD_ASSESSOR, instance, "contactServiceUsers", Map.of("serviceUserCase1", caseload.get(2),
        "serviceUserCase2", caseload.get(3), "serviceUserViews", "Both families felt listened to."));
  }
}
