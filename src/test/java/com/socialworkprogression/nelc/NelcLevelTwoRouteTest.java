package com.socialworkprogression.nelc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.socialworkprogression.documents.DocumentStore;
import com.socialworkprogression.documents.StoredDocument;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.support.RouteTest;
import com.socialworkprogression.support.SampleFiles;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * NELC: Level 1 to Level 2 (Experienced Social Worker), every path, each step done by the person Section 3 of the
 * handbook names. Rules: ../shared/SCHEMES.md NELC-L2-01, NELC-L2-02.
 */
class NelcLevelTwoRouteTest extends RouteTest {

  static final String ROUTE = "nelcLevelTwo";
  static final String ATM = "lewis.brown";
  static final String TEAM_MANAGER = "tara.wilson";
  static final String HEAD_OF_SERVICE = "hugh.newton";
  static final String PSW = "sam.patel";
  static final String PIP = "priya.shah";
  static final LocalDate PANEL = MONDAY.plusWeeks(3);

  @Autowired DocumentStore documents;

  @Test
  @DisplayName("NELC-L2-01, NELC-L2-02: readiness, endorsement, a piece of work, the Head of Service, the panel: ready, Level 2 from the panel's date")
  void levelTwoAgreed() {
    String worker = levelOne();
    ProcessInstance application = atThePanel(worker);
    assertThat(body(emailTo(worker, "Level 2 panel for "))).contains(com.socialworkprogression.calendar.Dates.text(PANEL))
        .contains("Priya Shah").contains("Lewis Brown");
    workflow.fire(application, "panelDay");
    assertThat(application).task("recordLevelTwoDecision").hasCandidateGroup("nelc-principal-social-workers");
    workflow.complete(PSW, application, "recordLevelTwoDecision", Map.of("reflectiveConversation",
        "Explored the assessment: clear analysis, the child's voice throughout.", "levelTwoDecision", "ready"));
    assertThat(application).hasPassed("recordLevelTwo", "notifyLevelTwo", "levelTwo").isEnded();
    assertThat(directory.get("nelc", worker).currentLevel()).isEqualTo("2");
    assertThat(directory.levelChanges("nelc", worker)).singleElement()
        .satisfies(change -> assertThat(change.effectiveOn()).isEqualTo(PANEL));
    assertThat(documents.ofApplication(application.getId())).extracting(StoredDocument::kind).contains(StoredDocument.Kind.LETTER);
  }

  @Test
  @DisplayName("NELC-L2-02: not ready: the reasons are required, a support plan is agreed and recorded, and the worker stays at Level 1")
  void notReadyWithASupportPlan() {
    String worker = levelOne();
    ProcessInstance application = atThePanel(worker);
    workflow.fire(application, "panelDay");
    assertThatThrownBy(() -> workflow.complete(PSW, application, "recordLevelTwoDecision", Map.of("reflectiveConversation",
        "Explored the report.", "levelTwoDecision", "notReady"))).isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L2-02");
    workflow.complete(PSW, application, "recordLevelTwoDecision", Map.of("reflectiveConversation", "Explored the report.",
        "levelTwoDecision", "notReady", "notReadyReasons", "Analysis of risk needs more depth."));
    assertThat(application).isWaitingAt("agreeSupportPlan").task().isAssignedTo(ATM);
    assertThatThrownBy(() -> workflow.complete(ATM, application, "agreeSupportPlan", Map.of("supportPlan", "Co-work two cases.")))
        .isInstanceOf(RuleRefusal.class).hasMessageContaining("when the plan is reviewed");
    workflow.complete(ATM, application, "agreeSupportPlan", Map.of("supportPlan", "Co-work two cases with a senior.",
        "supportPlanReview", "2027-03-01"));
    assertThat(application).hasPassed("notifySupportPlan", "supportPlanAgreed").isEnded();
    assertThat(directory.get("nelc", worker).currentLevel()).isEqualTo("1");
    assertThat(body(emailTo(worker, "Level 2 panel: your support plan"))).contains("Co-work two cases with a senior.")
        .contains("1 March 2027").contains("Analysis of risk needs more depth.");
  }

  @Test
  @DisplayName("NELC-L2-01: the ATM finds the worker not yet ready; the Team Manager does not endorse; the Head of Service does not agree: each tells the worker why")
  void notTakenForward() {
    ProcessInstance notReady = start(levelOne());
    workflow.complete(ATM, notReady, "agreeReadiness", Map.of("readinessDecision", "notYet", "notYetReasons", "More court work first."));
    assertThat(notReady).hasPassed("notifyNotProgressing", "notNow").isEnded();

    ProcessInstance notEndorsed = ready(levelOne());
    workflow.complete(TEAM_MANAGER, notEndorsed, "endorse", Map.of("endorsement", "notEndorsed", "notEndorsedReasons", "Six more months."));
    assertThat(notEndorsed).hasPassed("notifyNotProgressing").isEnded();

    String worker = levelOne();
    ProcessInstance notAgreed = submitted(worker);
    workflow.complete(HEAD_OF_SERVICE, notAgreed, "agreeProgressToPanel", Map.of("headOfServiceDecision", "notAgreed",
        "headOfServiceReasons", "The piece of work is not yet at Level 2."));
    assertThat(notAgreed).hasPassed("notifyNotProgressing", "notNow").isEnded();
    assertThat(body(emailTo(worker, "Your progression to Level 2 is not going ahead now"))).contains("not yet at Level 2");
  }

  @Test
  @DisplayName("NELC-L2-01: the piece of work must come as a document; NELC-L2-02: the panel's PIP cannot be the worker's own line manager or someone who is not a PIP")
  void pieceOfWorkAndThePanelsPip() {
    String worker = levelOne();
    ProcessInstance application = ready(worker);
    workflow.complete(TEAM_MANAGER, application, "endorse", Map.of("endorsement", "endorsed"));
    assertThatThrownBy(() -> workflow.complete(worker, application, "submitPieceOfWork", pieceOfWork()))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L2-01");
    workflow.attach(worker, application, "submitPieceOfWork", "assessment.pdf", SampleFiles.pdf("Single assessment, anonymised"));
    workflow.complete(worker, application, "submitPieceOfWork", pieceOfWork());
    workflow.complete(HEAD_OF_SERVICE, application, "agreeProgressToPanel", Map.of("headOfServiceDecision", "agreed"));
    assertThatThrownBy(() -> workflow.complete(PSW, application, "arrangePanel", Map.of("levelTwoPanelDate", PANEL.toString(),
        "levelTwoPanelPip", TEAM_MANAGER))).isInstanceOf(RuleRefusal.class).hasMessageContaining("NELC-L2-02");
    assertThatThrownBy(() -> workflow.complete(PSW, application, "arrangePanel", Map.of("levelTwoPanelDate",
        MONDAY.minusDays(1).toString(), "levelTwoPanelPip", PIP))).isInstanceOf(RuleRefusal.class).hasMessageContaining("date of the panel");
    assertThat(application).isWaitingAt("arrangePanel");
  }

  @Test
  @DisplayName("NELC-L2-01: only a Level 1 Social Worker starts it; one in their ASYE is told it leads to Level 1 first")
  void levelOneOnly() {
    assertThatThrownBy(() -> start(staff.socialWorkerManagedBy("nelc", "2", LocalDate.of(2020, 9, 1), ATM)))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L2-01").hasMessageContaining("records your level as 2");
    assertThatThrownBy(() -> start(staff.socialWorkerManagedBy("nelc", "ASYE", null, ATM)))
        .isInstanceOf(RuleRefusal.class).hasMessageContaining("ASYE year");
  }

  // The route's steps, as the people do them.

  private String levelOne() {
    return staff.nelcLevelOne();
  }

  private ProcessInstance start(String worker) {
    return workflow.start(worker, "nelc", ROUTE, Map.of("supervisionDate", MONDAY.minusDays(3).toString(),
        "readinessSummary", "I hold complex child protection cases and supervise a student."));
  }

  private ProcessInstance ready(String worker) {
    ProcessInstance application = start(worker);
    workflow.complete(ATM, application, "agreeReadiness", Map.of("readinessDecision", "ready"));
    return application;
  }

  private ProcessInstance submitted(String worker) {
    ProcessInstance application = ready(worker);
    workflow.complete(TEAM_MANAGER, application, "endorse", Map.of("endorsement", "endorsed"));
    workflow.attach(worker, application, "submitPieceOfWork", "court-report.pdf", SampleFiles.pdf("Court report, anonymised"));
    workflow.complete(worker, application, "submitPieceOfWork", pieceOfWork());
    return application;
  }

  private ProcessInstance atThePanel(String worker) {
    ProcessInstance application = submitted(worker);
    workflow.complete(HEAD_OF_SERVICE, application, "agreeProgressToPanel", Map.of("headOfServiceDecision", "agreed"));
    workflow.complete(PSW, application, "arrangePanel", Map.of("levelTwoPanelDate", PANEL.toString(), "levelTwoPanelPip", PIP));
    assertThat(application).hasPassed("notifyPanelSet").isWaitingAt("panelDay");
    return application;
  }

  private static Map<String, Object> pieceOfWork() {
    return Map.of("pieceOfWorkKind", "courtReport", "pieceOfWorkSummary", "My analysis of risk and the child's voice.");
  }

  private MimeMessage emailTo(String userId, String subjectStart) {
    return lastEmail(userId + "@nelc.example", subjectStart);
  }
}
