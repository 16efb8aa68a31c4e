package com.socialworkprogression.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.support.NelcApplications;
import com.socialworkprogression.support.Rest;
import com.socialworkprogression.support.RouteTest;
import com.socialworkprogression.support.SampleFiles;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Documents on evidence steps, as their users meet them through the documents API (the Documents tab
 * calls the same checks under /swp with the Tasklist session; here /api with HTTP Basic): what a step
 * takes, who reads a file, and what can no longer change once the Lead Assessor has scored.
 */
class EvidenceDocumentsTest extends RouteTest {

  static final String LEAD_ASSESSOR = "priya.shah";
  static final String OTHER_AUTHORITY = "mark.ellis";
  static final String UNINVOLVED_COLLEAGUE = "ben.carter";

  @LocalServerPort int port;
  @Autowired DocumentRetention retention;
  @Autowired DocumentStore store;

  Rest rest;

  @BeforeEach
  void client() {
    rest = new Rest(port);
  }

  @Test
  @DisplayName("NELC-L3-05: the self-assessment cannot be completed until its document is attached; nothing typed is lost")
  void aStepNeedsItsDocument() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = atSelfAssessment(applicant);
    Map<String, Object> form = Map.of("selfAssessmentRoute", "signatory", "selfAssessmentSummary", "My PQS summary.",
        "selfAssessmentSignatory", "aisha.rahman");

    assertThatThrownBy(() -> workflow.complete(applicant, instance, "submitSelfAssessment", form))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-05")
        .hasMessageContaining("needs your self-assessment against the PQS, or your NAAS certificate. Attach it above the form (or in the Documents tab)")
        .hasMessageContaining("at least one file is needed and none is attached yet")
        .hasMessageContaining("What you typed in the form is kept");
    assertThat(instance).isWaitingAt("submitSelfAssessment");

    String taskId = workflow.task(instance, "submitSelfAssessment").getId();
    assertThat(rest.upload(applicant, "/api/tasks/" + taskId + "/documents", "self-assessment.docx",
        SampleFiles.docx("My self-assessment")).status()).isEqualTo(201);
    workflow.complete(applicant, instance, "submitSelfAssessment", form);
    assertThat(instance).isWaitingAt("signOffSelfAssessment");
  }

  @Test
  @DisplayName("NELC-L3-08: the written report of the presentation is needed before the applicant's step completes")
  void thePresentationNeedsItsWrittenReport() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = atSelfAssessment(applicant);
    assertThatThrownBy(() -> workflow.complete(applicant, instance, "submitPresentationReport",
        Map.of("presentationReportTitle", "Neglect: a family of four", "presentationReportAnonymised", true)))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-08")
        .hasMessageContaining("needs the written report of your presentation on an anonymised case");
    NelcApplications.submitPresentationReport(workflow, instance, applicant);
    assertThat(instance).isWaitingAt("recordPresentation");
  }

  @Test
  @DisplayName("A file is judged by its content, not its name: a program or a zip called .pdf or .docx is refused, saying what the step takes")
  void typesAreReadFromTheContent() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = atSelfAssessment(applicant);
    String upload = "/api/tasks/" + workflow.task(instance, "submitSelfAssessment").getId() + "/documents";

    Rest.Response program = rest.upload(applicant, upload, "self-assessment.pdf", SampleFiles.windowsProgram());
    assertThat(program.status()).isEqualTo(400);
    assertThat(program.body()).contains("'self-assessment.pdf' cannot be attached here: its content is")
        .contains("whatever its name says")
        .contains("This step takes a PDF, a Word document (.doc or .docx), an OpenDocument text (.odt) or a JPEG or PNG image, of at most 10 MB");
    Rest.Response zip = rest.upload(applicant, upload, "report.docx", SampleFiles.zipArchive());
    assertThat(zip.status()).isEqualTo(400);
    assertThat(zip.body()).contains("application/zip");
    assertThat(rest.upload(applicant, upload, "empty.pdf", new byte[0]).body()).contains("is empty (0 bytes)");

    Rest.Response pdf = rest.upload(applicant, upload, "C:\\Users\\amira\\self assessment", SampleFiles.pdf("PQS"));
    assertThat(pdf.status()).isEqualTo(201);
    assertThat(pdf.body()).contains("\"fileName\":\"self assessment.pdf\"", "\"mediaType\":\"application/pdf\"");
    assertThat(rest.upload(applicant, upload, "photo.png", SampleFiles.png()).status()).isEqualTo(201);
    assertThat(rest.upload(applicant, upload, "report.docx", SampleFiles.docx("Report")).body())
        .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(store.ofApplication(instance.getId())).as("nothing refused was kept").hasSize(3);
  }

  @Test
  @DisplayName("The limits the diagram sets hold: a file over 10 MB, and a sixth file, are refused with what to do")
  void sizeAndCountLimits() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = atSelfAssessment(applicant);
    String upload = "/api/tasks/" + workflow.task(instance, "submitSelfAssessment").getId() + "/documents";

    byte[] large = Arrays.copyOf(SampleFiles.pdf("Large"), 11 * 1024 * 1024);
    Rest.Response tooLarge = rest.upload(applicant, upload, "scan.pdf", large);
    assertThat(tooLarge.status()).isEqualTo(400);
    assertThat(tooLarge.body()).contains("'scan.pdf' is 11.0 MB; this step takes files of at most 10 MB");
    assertThat(rest.upload(applicant, upload, "huge.pdf", new byte[21 * 1024 * 1024]).status())
        .as("over what any step takes: refused before it is read").isEqualTo(413);

    for (int i = 1; i <= 5; i++) {
      assertThat(rest.upload(applicant, upload, "part-" + i + ".pdf", SampleFiles.pdf("Part " + i)).status()).isEqualTo(201);
    }
    Rest.Response sixth = rest.upload(applicant, upload, "part-6.pdf", SampleFiles.pdf("Part 6"));
    assertThat(sixth.status()).isEqualTo(400);
    assertThat(sixth.body()).contains("NELC-L3-05: This step takes at most 5 files and 5 are attached. Remove one before you attach 'part-6.pdf'.");
  }

  @Test
  @DisplayName("Only the step's assignee attaches or removes; nobody else, not even the Lead Assessor")
  void onlyTheAssigneeChangesAStep() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = atSelfAssessment(applicant);
    String taskId = workflow.task(instance, "submitSelfAssessment").getId();

    Rest.Response byLeadAssessor = rest.upload(LEAD_ASSESSOR, "/api/tasks/" + taskId + "/documents", "x.pdf", SampleFiles.pdf("X"));
    assertThat(byLeadAssessor.status()).isEqualTo(403);
    assertThat(byLeadAssessor.body()).contains("Only the person the task");
    StoredDocument attached = workflow.attach(applicant, instance, "submitSelfAssessment", "mine.pdf", SampleFiles.pdf("Mine"));
    assertThat(rest.delete(LEAD_ASSESSOR, "/api/documents/" + attached.id()).status()).isEqualTo(403);
    assertThat(rest.delete(applicant, "/api/documents/" + attached.id()).status()).isEqualTo(200);
    assertThat(store.find(attached.id())).isEmpty();
  }

  @Test
  @DisplayName("Who reads a document: people with a part in the application; not another authority, not an uninvolved colleague (by URL)")
  void whoReadsADocument() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = atSelfAssessment(applicant);
    byte[] content = SampleFiles.pdf("Self-assessment");
    StoredDocument document = workflow.attach(applicant, instance, "submitSelfAssessment", "self-assessment.pdf", content);
    String url = "/api/documents/" + document.id();

    Rest.Download byLeadAssessor = rest.download(LEAD_ASSESSOR, url);
    assertThat(byLeadAssessor.status()).isEqualTo(200);
    assertThat(byLeadAssessor.body()).isEqualTo(content);
    assertThat(byLeadAssessor.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(byLeadAssessor.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(rest.download(applicant, url).status()).isEqualTo(200);
    assertThat(rest.download("lewis.brown", url).status()).as("the line manager, who supported it").isEqualTo(200);

    Rest.Response otherAuthority = rest.get(OTHER_AUTHORITY, url);
    assertThat(otherAuthority.status()).isEqualTo(403);
    assertThat(otherAuthority.body()).contains("another authority").doesNotContain(applicant);
    assertThat(rest.get(UNINVOLVED_COLLEAGUE, url).status()).isEqualTo(403);
    assertThat(rest.get("tom.hughes", url).status()).as("a team manager with no part in it").isEqualTo(403);
    assertThat(rest.get(null, url).status()).isEqualTo(401);
    assertThat(rest.get(UNINVOLVED_COLLEAGUE, "/api/tasks/" + workflow.task(instance, "submitSelfAssessment").getId()
        + "/documents").status()).isEqualTo(403);
    assertThat(rest.get(OTHER_AUTHORITY, "/api/tasks/" + workflow.task(instance, "submitSelfAssessment").getId()
        + "/documents").status()).isEqualTo(403);
  }

  @Test
  @DisplayName("NELC-L3-11: once the Lead Assessor has scored, the evidence is frozen: readable, never changed")
  void evidenceFrozenOnceScored() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = NelcApplications.atScoring(workflow, applicant, staff.caseload(applicant));
    String reportId = store.ofApplication(instance.getId()).stream()
        .filter(document -> document.stepId().equals("submitPresentationReport")).findFirst().orElseThrow().id();
    String scoring = workflow.task(instance, "scoreEvidence").getId();
    assertThat(rest.get(LEAD_ASSESSOR, "/api/tasks/" + scoring + "/documents").body())
        .as("the Lead Assessor sees every document at scoring").contains("self-assessment.pdf", "presentation-report.docx");

    workflow.complete(LEAD_ASSESSOR, instance, "scoreEvidence", Map.of("scoreSelfAssessment", 3L, "scoreCaseFiles", 3L,
        "scoreObservations", 3L, "scorePresentation", 3L, "scoreServiceUserViews", 3L, "scoreMentoringAndTraining", 3L));

    Rest.Response removal = rest.delete(applicant, "/api/documents/" + reportId);
    assertThat(removal.status()).isEqualTo(409);
    assertThat(removal.body()).contains("NELC-L3-11: The evidence was frozen for any appeal when 'Score each element of the evidence (Lead Assessor)' was completed");
    assertThat(store.find(reportId)).isPresent();
    String report = workflow.task(instance, "writeAssessmentReport").getId();
    assertThat(rest.get(LEAD_ASSESSOR, "/api/tasks/" + report + "/documents").body())
        .contains("frozen for any appeal").contains("presentation-report.docx");
    assertThat(rest.download(LEAD_ASSESSOR, "/api/documents/" + reportId).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("NELC-L3-11, L3-16: the Appeals Panel members read the frozen evidence once they are named, and cannot change it")
  void theAppealsPanelReadsTheEvidence() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = NelcApplications.atScoring(workflow, applicant, staff.caseload(applicant));
    workflow.complete(LEAD_ASSESSOR, instance, "scoreEvidence", Map.of("scoreSelfAssessment", 3L, "scoreCaseFiles", 3L,
        "scoreObservations", 3L, "scorePresentation", 2L, "scoreServiceUserViews", 3L, "scoreMentoringAndTraining", 3L));
    workflow.complete(LEAD_ASSESSOR, instance, "writeAssessmentReport",
        Map.of("assessmentReport", "The presentation was not met.", "leadAssessorRecommendation", "defer"));
    Map<String, Object> deferral = new java.util.HashMap<>(Map.of("panelTeamManager", "tom.hughes", "panelDate", "2026-11-23",
        "panelDecision", "defer", "feedbackPresentation", "Link theory to the risk analysis.",
        "panelFeedback", "Reapply once the presentation is evidenced."));
    workflow.complete("sam.patel", instance, "recordPanelDecision", deferral);
    workflow.complete(applicant, instance, "considerAppeal", Map.of("appealDecision", "appeal",
        "appealGrounds", "The presentation panel had two members, not three.", "appealEvidence", "Attendance note."));
    String selfAssessment = "/api/documents/" + store.ofApplication(instance.getId()).stream()
        .filter(document -> document.stepId().equals("submitSelfAssessment")).findFirst().orElseThrow().id();
    assertThat(rest.get("paula.green", selfAssessment).status()).as("not yet on the Appeals Panel").isEqualTo(403);

    workflow.complete("sam.patel", instance, "setUpAppealsPanel", Map.of("appealsPanelChair", "sian.edwards",
        "appealsPanelTeamManager", "tessa.ward", "appealsPanelPip", "paula.green", "appealHearingDate", "2026-11-30",
        "appealHearingPlace", "Room 2.14, Municipal Offices, 10:00"));
    for (String member : new String[] {"sian.edwards", "tessa.ward", "paula.green"}) {
      assertThat(rest.download(member, selfAssessment).status()).as(member).isEqualTo(200);
    }
    String decision = workflow.task(instance, "recordAppealDecision").getId();
    assertThat(rest.get("sian.edwards", "/api/tasks/" + decision + "/documents").body())
        .contains("frozen for any appeal").contains("self-assessment.pdf").doesNotContain("canAttach\":true");
    assertThat(rest.upload("sian.edwards", "/api/tasks/" + decision + "/documents", "notes.pdf", SampleFiles.pdf("Notes"))
        .status()).as("the appeal step takes no documents and the evidence is frozen").isIn(400, 409);
  }

  @Test
  @DisplayName("NELC-L3-11: documents are kept while the application is, after it ends too, and deleted with its history")
  void keptUntilTheApplicationIsDeleted() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = atSelfAssessment(applicant);
    StoredDocument document = workflow.attach(applicant, instance, "submitSelfAssessment", "kept.pdf", SampleFiles.pdf("Kept"));

    engine.getRuntimeService().deleteProcessInstance(instance.getId(), "withdrawn by the applicant");
    retention.sweep();
    assertThat(store.find(document.id())).as("the application ended; its history is kept, so are its documents").isPresent();
    assertThat(rest.download(applicant, "/api/documents/" + document.id()).status()).isEqualTo(200);

    engine.getHistoryService().deleteHistoricProcessInstance(instance.getId());
    assertThat(retention.sweep()).isGreaterThanOrEqualTo(1);
    assertThat(store.find(document.id())).isEmpty();
  }

  private ProcessInstance atSelfAssessment(String applicant) {
    return NelcApplications.atEvidence(workflow, applicant);
  }
}
