package com.socialworkprogression.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.support.NelcApplications;
import com.socialworkprogression.support.SampleFiles;
import com.socialworkprogression.support.TestStaff;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Documents in Tasklist's Documents tab, as the people of a NELC application use them: the applicant
 * attaches the self-assessment (a program named .pdf is refused first, and the form keeps what she
 * typed), the Lead Assessor opens it at scoring, the panel chair sees it at the panel; another
 * authority's user and a colleague with no part in the application are refused the file's URL.
 */
class DocumentsInTasklistTest extends BrowserTest {

  static final String SELF_ASSESSMENT = "Submit the self-assessment against the PQS";

  @Autowired StaffDirectory directory;

  @Test
  void theApplicantAttachesTheLeadAssessorOpensThePanelSees() {
    TestStaff staff = new TestStaff(engine.getIdentityService(), directory);
    String applicant = staff.socialWorker("nelc", "2", 8);
    String applicantName = directory.get("nelc", applicant).fullName();
    ProcessInstance instance = NelcApplications.atEvidence(workflow, applicant);
    byte[] selfAssessment = SampleFiles.pdf("Self-assessment against the PQS");
    String documentUrl;

    try (Tasklist worker = tasklist(applicant)) {
      worker.open("My tasks", SELF_ASSESSMENT, applicantName)
          .choose("Signed off by an approved signatory in NELC")
          .fill("Summary of your self-assessment", "Strong in direct work; developing in court skills.")
          .selectLabelled("Approved signatory", "Aisha Rahman");
      String refused = worker.completeRefused();
      assertThat(refused).contains("NELC-L3-05").contains("Attach it above the form (or in the Documents tab)");
      assertThat(worker.form().getByLabel("Summary of your self-assessment").first())
          .hasValue("Strong in direct work; developing in court skills.");

      Locator panel = worker.page.locator(".swp-documents-inline");
      assertThat(panel).containsText("This step takes your self-assessment against the PQS");
      worker.shot("the documents panel above the form");
      String program = worker.attach("self-assessment.pdf", "application/pdf", SampleFiles.windowsProgram());
      assertThat(program).contains("'self-assessment.pdf' cannot be attached here").contains("whatever its name says")
          .contains("This step takes a PDF, a Word document");
      assertThat(panel).containsText("No documents yet.");

      String attached = worker.attach("self-assessment.pdf", "application/pdf", selfAssessment);
      assertThat(attached).contains("'self-assessment.pdf' is attached.");
      assertThat(worker.documentLink("self-assessment.pdf")).isVisible();
      documentUrl = worker.documentLink("self-assessment.pdf").getAttribute("href");
      assertThat(worker.form().getByLabel("Summary of your self-assessment").first())
          .hasValue("Strong in direct work; developing in court skills.");
      worker.complete("self-assessment with its document");
    }

    NelcApplications.restOfTheEvidence(workflow, instance, applicant, staff.caseload(applicant));
    try (Tasklist leadAssessor = tasklist("priya.shah")) {
      leadAssessor.open("My tasks", "Score each element of the evidence", applicantName).documentsTab();
      assertThat(leadAssessor.page.locator(".swp-documents-list")).containsText("presentation-report.docx");
      assertThat(leadAssessor.documentLink("self-assessment.pdf")).isVisible();
      leadAssessor.shot("the Lead Assessor sees the evidence");
      APIResponse opened = leadAssessor.openDocument(leadAssessor.documentLink("self-assessment.pdf").getAttribute("href"));
      assertThat(opened.status()).isEqualTo(200);
      assertThat(opened.headers().get("content-type")).isEqualTo("application/pdf");
      assertThat(opened.body()).isEqualTo(selfAssessment);
    }
    workflow.complete("priya.shah", instance, "scoreEvidence", Map.of("scoreSelfAssessment", 3L, "scoreCaseFiles", 3L,
        "scoreObservations", 3L, "scorePresentation", 3L, "scoreServiceUserViews", 3L, "scoreMentoringAndTraining", 3L));
    workflow.complete("priya.shah", instance, "writeAssessmentReport",
        Map.of("assessmentReport", "Every element met.", "leadAssessorRecommendation", "progress"));

    try (Tasklist chair = tasklist("sam.patel")) {
      chair.open("My team's tasks", "Progression Review Panel decision", applicantName).documentsTab();
      assertThat(chair.page.locator(".swp-documents-frozen")).containsText("NELC-L3-11");
      assertThat(chair.documentLink("self-assessment.pdf")).isVisible();
      assertThat(chair.page.locator(".swp-documents-upload")).hasCount(0);
      chair.shot("the panel sees the frozen evidence");
      assertThat(chair.openDocument(documentUrl).status()).isEqualTo(200);
    }

    try (Tasklist colleague = tasklist("ben.carter")) {
      APIResponse refused = colleague.openDocument(documentUrl);
      assertThat(refused.status()).as("a colleague with no part in the application").isEqualTo(403);
      assertThat(refused.text()).contains("Only people with a part in this application");
    }
    try (Tasklist otherAuthority = tasklist("mark.ellis")) {
      APIResponse refused = otherAuthority.openDocument(documentUrl);
      assertThat(refused.status()).as("Redbridge's team manager").isEqualTo(403);
      assertThat(refused.text()).contains("another authority");
    }
  }
}
