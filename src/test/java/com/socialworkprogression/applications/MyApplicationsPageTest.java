package com.socialworkprogression.applications;

import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.support.DerbyshireApplications;
import com.socialworkprogression.support.NelcApplications;
import com.socialworkprogression.support.PanelCalendar;
import com.socialworkprogression.support.RouteTest;
import com.socialworkprogression.support.SampleFiles;
import com.socialworkprogression.support.TasklistSessionClient;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "My applications" (/swp/applications) as a worker sees it, after driving two of her applications to known
 * states; and as a colleague and a worker of another authority, who see none of it.
 */
class MyApplicationsPageTest extends RouteTest {

  static final String ATM = "lewis.brown";

  @LocalServerPort int port;

  @Test
  @DisplayName("A worker sees each application: where it is and who holds it, what is due, what was done by whom, every reason given, and the documents")
  void aWorkerSeesHerApplications() throws Exception {
    String worker = levelOne();
    ProcessInstance first = start(worker);
    workflow.complete(ATM, first, "agreeReadiness", Map.of("readinessDecision", "ready"));
    workflow.complete("tara.wilson", first, "endorse", Map.of("endorsement", "endorsed"));
    workflow.attach(worker, first, "submitPieceOfWork", "court-report.pdf", SampleFiles.pdf("Court report"));
    workflow.complete(worker, first, "submitPieceOfWork", Map.of("pieceOfWorkKind", "courtReport",
        "pieceOfWorkSummary", "My analysis of risk."));
    workflow.complete("hugh.newton", first, "agreeProgressToPanel", Map.of("headOfServiceDecision", "notAgreed",
        "headOfServiceReasons", "The piece of work is not yet at Level 2: more analysis of risk."));
    ProcessInstance second = start(worker);

    String page = new TasklistSessionClient(port).logIn(worker).get("/swp/applications");
    assertThat(page).contains("My applications").contains("Progress from Level 1 to Level 2")
        .contains("In progress").contains("Agree readiness (ATM)").contains("Lewis Brown")
        .contains("Not now").contains("The piece of work is not yet at Level 2: more analysis of risk.")
        .contains("Agree progress to panel").contains("court-report.pdf").contains("Endorse (Team Manager)")
        .contains("Tara Wilson");
    assertThat(page.indexOf("In progress")).as("the running application first").isLessThan(page.indexOf("Not now"));
    assertThat(second.getId()).isNotBlank();

    String colleague = new TasklistSessionClient(port).logIn(levelOne()).get("/swp/applications");
    assertThat(colleague).contains("You have no applications").doesNotContain("court-report.pdf")
        .doesNotContain("not yet at Level 2");
    String elsewhere = new TasklistSessionClient(port).logIn(staff.derbyshireWorker("10", LocalDate.of(2024, 1, 1)))
        .get("/swp/applications");
    assertThat(elsewhere).contains("You have no applications").doesNotContain("Progress from Level 1 to Level 2");
  }

  @Test
  @DisplayName("The Principal Social Worker sees the pipeline by route and stage, overdue first, with filters; each application's page; and nothing of another authority")
  void thePrincipalSocialWorkersPipeline() throws Exception {
    String overdueWorker = levelOne();
    ProcessInstance overdue = start(overdueWorker);
    workflow.complete(ATM, overdue, "agreeReadiness", Map.of("readinessDecision", "ready"));
    workflow.complete("tara.wilson", overdue, "endorse", Map.of("endorsement", "endorsed"));
    workflow.attach(overdueWorker, overdue, "submitPieceOfWork", "assessment.pdf", SampleFiles.pdf("Assessment"));
    workflow.complete(overdueWorker, overdue, "submitPieceOfWork", Map.of("pieceOfWorkKind", "assessment", "pieceOfWorkSummary", "Risk."));
    workflow.complete("hugh.newton", overdue, "agreeProgressToPanel", Map.of("headOfServiceDecision", "agreed"));
    workflow.complete("sam.patel", overdue, "arrangePanel", Map.of("levelTwoPanelDate", MONDAY.plusDays(1).toString(),
        "levelTwoPanelPip", "priya.shah"));
    workflow.fire(overdue, "panelDay");
    ProcessInstance waiting = start(levelOne());
    ProcessInstance ended = start(levelOne());
    workflow.complete(ATM, ended, "agreeReadiness", Map.of("readinessDecision", "notYet", "notYetReasons", "More court work."));
    // Two weeks on, the panel's decision is overdue.
    workflow.clock(MONDAY.plusWeeks(2));

    TasklistSessionClient psw = new TasklistSessionClient(port).logIn("sam.patel");
    String page = psw.get("/swp/applications/all?route=Progress+from+Level+1+to+Level+2");
    String overdueName = directory.get("nelc", overdueWorker).fullName();
    assertThat(page).contains("By route and stage").contains("Record the panel&#39;s decision").contains("Agree readiness (ATM)")
        .contains("Overdue").contains(overdueName);
    assertThat(page.indexOf(overdueName)).as("overdue first")
        .isLessThan(page.indexOf(directory.get("nelc", (String) workflow.variable(waiting, "applicant")).fullName()));
    String endedOnly = psw.get("/swp/applications/all?status=ended&route=Progress+from+Level+1+to+Level+2");
    assertThat(endedOnly).doesNotContain(overdueName);
    assertThat(psw.status("/swp/applications/all?from=31+January")).as("a date in the wrong form, named back").isEqualTo(400);
    assertThat(psw.get("/swp/applications/" + overdue.getId())).contains("What has been done").contains("Set the panel");
    ProcessInstance elsewhere = workflow.start(staff.derbyshireWorker("11", LocalDate.of(2023, 1, 1)), "derbyshire",
        "derbyshireSeniorPractitionerPost", Map.of("postReference", "DCC-SP-1", "pqSpecialistAward", "held",
            "pqSpecialistAwardTitle", "Award", "supportingStatement", "Statement"));
    assertThat(psw.status("/swp/applications/" + elsewhere.getId())).as("another authority's application").isEqualTo(403);

    TasklistSessionClient worker = new TasklistSessionClient(port).logIn(overdueWorker);
    assertThat(worker.status("/swp/applications/all")).as("a worker has no pipeline").isEqualTo(403);
    assertThat(worker.status("/swp/applications/" + waiting.getId())).as("a colleague's application").isEqualTo(403);
    assertThat(worker.status("/swp/applications/" + overdue.getId())).as("her own").isEqualTo(200);
    assertThat(worker.status("/swp/applications/no-such-id")).isEqualTo(403);
  }

  @Test
  @DisplayName("After a deferral, a decision not met or a lapse, the worker sees the date she may apply again where her scheme sets one (NELC-L3-14, DER-10-05, DER-10-02); where it sets none, nothing is said")
  void theDateSheMayApplyAgain() throws Exception {
    // NELC, Senior Social Worker: deferred on 31 May 2027; eligible again three months later (NELC-L3-14).
    String nelcWorker = staff.socialWorker("nelc", "2", 8);
    ProcessInstance senior = NelcApplications.atScoring(workflow, nelcWorker, staff.caseload(nelcWorker));
    workflow.complete("priya.shah", senior, "scoreEvidence", Map.of("scoreSelfAssessment", 3L, "scoreCaseFiles", 3L,
        "scoreObservations", 3L, "scorePresentation", 2L, "scoreServiceUserViews", 1L, "scoreMentoringAndTraining", 3L));
    workflow.complete("priya.shah", senior, "writeAssessmentReport",
        Map.of("assessmentReport", "Two elements not met.", "leadAssessorRecommendation", "defer"));
    workflow.clock(LocalDate.of(2027, 5, 31));
    workflow.complete("sam.patel", senior, "recordPanelDecision", Map.of("panelTeamManager", "tom.hughes",
        "panelDate", "2027-05-31", "panelDecision", "defer", "feedbackPresentation", "Link theory to the risk analysis.",
        "feedbackServiceUserViews", "Seek the child's own view.", "panelFeedback", "Reapply once both are evidenced."));
    // A Level 1 worker whose Level 2 application was not taken forward: that scheme sets no date (NELC-L2-01).
    String notNow = levelOne();
    ProcessInstance levelTwo = start(notNow);
    workflow.complete(ATM, levelTwo, "agreeReadiness", Map.of("readinessDecision", "notYet", "notYetReasons", "More court work."));

    String nelcPage = new TasklistSessionClient(port).logIn(nelcWorker).get("/swp/applications");
    assertThat(nelcPage).contains("Reapply once both are evidenced.");
    assertThat(mayApplyAgainFrom(nelcPage)).containsExactly("31 August 2027");
    assertThat(mayApplyAgainFrom(new TasklistSessionClient(port).logIn("sam.patel").get("/swp/applications/" + senior.getId())))
        .as("the same date on the application's own page").containsExactly("31 August 2027");
    String notNowPage = new TasklistSessionClient(port).logIn(notNow).get("/swp/applications");
    assertThat(notNowPage).contains("Not now");
    assertThat(mayApplyAgainFrom(notNowPage)).isEmpty();

    // Derbyshire, grade 11: requested in the January window, not met at the February panel: the next window, 1 May
    // (DER-10-05); another request lapses at the close of the September window: the next, 1 January (DER-10-02).
    workflow.clock(LocalDate.of(2027, 1, 11));
    PanelCalendar.derbyshireGradeEleven(workflow).empty().schedule(LocalDate.of(2027, 2, 17));
    String derbyshireWorker = staff.derbyshireWorker("10", LocalDate.of(2024, 9, 1));
    ProcessInstance request = workflow.start(derbyshireWorker, "derbyshire", "derbyshireGradeEleven",
        Map.of("pqConsolidationCompleted", true));
    ProcessInstance panel = calledBy(request);
    workflow.attach(derbyshireWorker, panel, "buildPortfolio", "pq-consolidation.pdf", SampleFiles.pdf("PQ consolidation"));
    workflow.complete(derbyshireWorker, panel, "buildPortfolio", DerbyshireApplications.gradeElevenPortfolio());
    workflow.complete("karen.boyd", panel, "writeSupportingStatement", Map.of("lineManagerStatement",
        "Works autonomously on complex cases.", "lineManagerSignature", true));
    workflow.clock(LocalDate.of(2027, 2, 17));
    workflow.complete("sue.hart", panel, "recordPanelDecision", Map.of("panelDiscussion", "Discussed.",
        "panelDecision", "notMet", "panelFeedback", "Show more autonomous risk assessment."));
    String derbyshirePage = new TasklistSessionClient(port).logIn(derbyshireWorker).get("/swp/applications");
    assertThat(derbyshirePage).contains("Show more autonomous risk assessment.")
        .as("the advice the request handed its panel for a lapse is no decision's feedback")
        .doesNotContain("A request needs its portfolio inside the window");
    assertThat(mayApplyAgainFrom(derbyshirePage)).containsExactly("1 May 2027");

    workflow.clock(LocalDate.of(2027, 9, 6));
    String lapsing = staff.derbyshireWorker("10", LocalDate.of(2024, 9, 1));
    ProcessInstance lapsed = calledBy(workflow.start(lapsing, "derbyshire", "derbyshireGradeEleven",
        Map.of("pqConsolidationCompleted", true)));
    workflow.fire(lapsed, "portfolioNotIn");
    assertThat(mayApplyAgainFrom(new TasklistSessionClient(port).logIn(lapsing).get("/swp/applications")))
        .containsExactly("1 January 2028");
  }

  private static final Pattern APPLY_AGAIN = Pattern.compile(
      "May apply again from</dt>\\s*<dd class=\"govuk-summary-list__value\">([^<]*)</dd>");

  /** Every "May apply again from" date a page shows, in order. */
  static List<String> mayApplyAgainFrom(String page) {
    return APPLY_AGAIN.matcher(page).results().map(found -> found.group(1).trim()).toList();
  }

  /** The process an application called (its portfolio and panel). */
  private ProcessInstance calledBy(ProcessInstance application) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(application.getId()).singleResult();
  }

  private String levelOne() {
    return staff.nelcLevelOne();
  }

  private ProcessInstance start(String worker) {
    return workflow.start(worker, "nelc", "nelcLevelTwo", Map.of("supervisionDate", MONDAY.minusDays(3).toString(),
        "readinessSummary", "Ready."));
  }
}
