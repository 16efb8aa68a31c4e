package com.socialworkprogression.nelc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.socialworkprogression.documents.DocumentStore;
import com.socialworkprogression.documents.StoredDocument;
import com.socialworkprogression.support.Emails;
import com.socialworkprogression.support.NelcApplications;
import com.socialworkprogression.support.Rest;
import com.socialworkprogression.support.RouteTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Decisions reach the person in writing: a PDF letter, attached to the email and kept with the
 * application, which the applicant can read again after every task of theirs has closed.
 */
class NelcDecisionLettersTest extends RouteTest {

  @Autowired DocumentStore documents;
  @LocalServerPort int port;

  Rest rest;

  @BeforeEach
  void client() {
    rest = new Rest(port);
  }

  @Test
  @DisplayName("NELC-L3-14: a deferral letter gives the feedback on each element not met and the date to apply again; readable after the appeal window closed")
  void deferralLetter() throws Exception {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = NelcApplications.atScoring(workflow, applicant, staff.caseload(applicant));
    workflow.complete("priya.shah", instance, "scoreEvidence", Map.of("scoreSelfAssessment", 3L, "scoreCaseFiles", 3L,
        "scoreObservations", 3L, "scorePresentation", 2L, "scoreServiceUserViews", 1L, "scoreMentoringAndTraining", 3L));
    workflow.complete("priya.shah", instance, "writeAssessmentReport",
        Map.of("assessmentReport", "Two elements not met.", "leadAssessorRecommendation", "defer"));
    Map<String, Object> deferral = new HashMap<>();
    deferral.put("panelTeamManager", "tom.hughes");
    deferral.put("panelDate", "2026-12-18");
    deferral.put("panelDecision", "defer");
    deferral.put("feedbackPresentation", "Link theory to the risk analysis.");
    deferral.put("feedbackServiceUserViews", "Seek the child's own view.");
    deferral.put("panelFeedback", "Reapply once the two areas are evidenced.");
    workflow.complete("sam.patel", instance, "recordPanelDecision", deferral);

    StoredDocument letter = letterOf(instance);
    assertThat(letter.fileName()).endsWith("panel-decision.pdf");
    keepForReading(letter, "deferral");
    String text = pdfText(documents.content(letter.id()));
    assertThat(text).contains("defer").contains("Link theory to the risk analysis.")
        .contains("Seek the child's own view.").contains("Reapply once the two areas are evidenced.")
        .contains("23 February 2027").as("three months after the decision of 23 November 2026");

    MimeMessage email = emailTo(applicant + "@nelc.example", "Progression Review Panel");
    assertThat(Emails.attachmentNames(email)).contains(letter.fileName());
    assertThat(Emails.text(email)).contains("Link theory to the risk analysis.").doesNotContain("see Tasklist");

    workflow.fire(instance, "appealWindowClosed");
    assertThat(instance).isEnded();
    Rest.Download again = rest.download(applicant, "/api/documents/" + letter.id());
    assertThat(again.status()).as("the applicant reads the letter after the appeal window closed").isEqualTo(200);
    assertThat(pdfText(again.body())).contains("Seek the child's own view.");
    assertThat(rest.get("ben.carter", "/api/documents/" + letter.id()).status()).isEqualTo(403);
  }

  @Test
  @DisplayName("NELC-L3-03: an Expression of Intent not supported: a letter with the areas to develop")
  void notSupportedLetter() throws Exception {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = NelcApplications.apply(workflow, "nelc", applicant);
    workflow.complete("lewis.brown", instance, "supportExpressionOfIntent", Map.of("lineManagerDecision", "notSupported",
        "areasToDevelop", "Court skills and chairing.", "developmentDiscussion", "Shadow two final hearings."));

    StoredDocument letter = letterOf(instance);
    keepForReading(letter, "not-supported");
    assertThat(pdfText(documents.content(letter.id()))).contains("Court skills and chairing.").contains("Shadow two final hearings.");
    assertThat(Emails.attachmentNames(emailTo(applicant + "@nelc.example", "not supported"))).contains(letter.fileName());
  }

  private StoredDocument letterOf(ProcessInstance instance) {
    List<StoredDocument> letters = documents.ofApplication(instance.getId()).stream()
        .filter(document -> document.kind() == StoredDocument.Kind.LETTER).toList();
    assertThat(letters).as("letters kept with the application").hasSize(1);
    return letters.get(0);
  }

  private MimeMessage emailTo(String address, String subjectWords) throws Exception {
    for (MimeMessage message : mail.getReceivedMessages()) {
      if (message.getAllRecipients()[0].toString().equals(address) && message.getSubject().contains(subjectWords)) {
        return message;
      }
    }
    throw new AssertionError("No email to " + address + " about '" + subjectWords + "'");
  }

  /** A copy in target/letters/, to read the letter as its addressee would. */
  private void keepForReading(StoredDocument letter, String name) throws IOException {
    java.nio.file.Path folder = java.nio.file.Path.of("target", "letters");
    java.nio.file.Files.createDirectories(folder);
    java.nio.file.Files.write(folder.resolve("nelc-" + name + ".pdf"), documents.content(letter.id()));
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
