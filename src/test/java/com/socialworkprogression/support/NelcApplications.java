package com.socialworkprogression.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Starting "Apply for progression to Senior Social Worker" as an applicant, with a complete Expression of Intent. */
public final class NelcApplications {

  public static final String ROUTE = "nelcSeniorSocialWorker";

  private NelcApplications() {}

  public static Map<String, Object> expressionOfIntent() {
    Map<String, Object> form = new HashMap<>();
    form.put("readinessStatement", "I lead complex child protection work and support newer colleagues.");
    form.put("experienceSummary", "Five years post-qualifying in the Safeguarding team.");
    form.put("portfolioCommitment", true);
    return form;
  }

  public static ProcessInstance apply(Workflow workflow, String tenantId, String applicant) {
    return workflow.start(applicant, tenantId, ROUTE, expressionOfIntent());
  }

  /** NELC-L3-05: the self-assessment is a document, attached before its form is completed. */
  public static void attachSelfAssessment(Workflow workflow, ProcessInstance instance, String applicant) {
    workflow.attach(applicant, instance, "submitSelfAssessment", "self-assessment.pdf", SampleFiles.pdf("Self-assessment against the PQS"));
  }

  /** NELC-L3-08: the applicant attaches the written report the presentation panel reads, and submits it. */
  public static void submitPresentationReport(Workflow workflow, ProcessInstance instance, String applicant) {
    workflow.attach(applicant, instance, "submitPresentationReport", "presentation-report.docx",
        SampleFiles.docx("Written report on an anonymised case"));
    workflow.complete(applicant, instance, "submitPresentationReport",
        Map.of("presentationReportTitle", "Neglect: a family of four", "presentationReportAnonymised", true));
  }

  /** An application approved, with priya.shah as Lead Assessor and peter.jones as observer: the evidence steps are open. */
  public static ProcessInstance atEvidence(Workflow workflow, String applicant) {
    ProcessInstance instance = apply(workflow, "nelc", applicant);
    workflow.complete("lewis.brown", instance, "supportExpressionOfIntent", Map.of("lineManagerDecision", "supported"));
    workflow.complete("tara.wilson", instance, "approveExpressionOfIntent", Map.of("teamManagerDecision", "approved"));
    workflow.complete("sam.patel", instance, "appointLeadAssessor", Map.of("leadAssessor", "priya.shah"));
    workflow.complete("priya.shah", instance, "holdInitialMeeting", Map.of("initialMeetingDate", "2026-12-01",
        "supervisorAttended", true, "initialAssessment", "Good start.", "developmentPlan", "Mentoring log.",
        "panelPoints", "Panel in June", "independentObserver", "peter.jones"));
    return instance;
  }

  /**
   * An application taken by the demo people (lewis.brown, tara.wilson, sam.patel, priya.shah, peter.jones,
   * aisha.rahman, olivia.grant) through the Expression of Intent and every evidence step, to the Lead
   * Assessor's scoring. The applicant's caseload needs at least four cases.
   */
  public static ProcessInstance atScoring(Workflow workflow, String applicant, List<String> caseload) {
    ProcessInstance instance = atEvidence(workflow, applicant);
    attachSelfAssessment(workflow, instance, applicant);
    workflow.complete(applicant, instance, "submitSelfAssessment", Map.of("selfAssessmentRoute", "signatory",
        "selfAssessmentSummary", "Self-assessment against the PQS.", "selfAssessmentSignatory", "aisha.rahman"));
    restOfTheEvidence(workflow, instance, applicant, caseload);
    return instance;
  }

  /** After the self-assessment is submitted for aisha.rahman's sign-off: every other evidence step, to scoring. */
  public static void restOfTheEvidence(Workflow workflow, ProcessInstance instance, String applicant, List<String> caseload) {
    workflow.complete("aisha.rahman", instance, "signOffSelfAssessment", Map.of("selfAssessmentConfirmed", true));
    workflow.complete(applicant, instance, "chooseCaseFiles",
        Map.of("workerCaseFile1", caseload.get(0), "workerCaseFile2", caseload.get(1)));
    workflow.complete("priya.shah", instance, "examineCaseFiles", Map.of("caseFileFindings", "Records timely and complete."));
    workflow.complete("priya.shah", instance, "observePractice", Map.of("firstObservationDate", "2027-01-12",
        "firstObservationActivity", "CIN meeting", "firstObservationEvaluation", "Confident chairing."));
    workflow.complete("peter.jones", instance, "observePracticeIndependently", Map.of("secondObservationDate", "2027-02-02",
        "secondObservationActivity", "Home visit", "secondObservationEvaluation", "Skilled, child-centred."));
    submitPresentationReport(workflow, instance, applicant);
    workflow.complete("priya.shah", instance, "recordPresentation", presentation());
    workflow.complete("priya.shah", instance, "contactServiceUsers", Map.of("serviceUserCase1", caseload.get(2),
        "serviceUserCase2", caseload.get(3), "serviceUserViews", "Both families felt listened to."));
    workflow.complete(applicant, instance, "submitMentoringAndTraining",
        Map.of("mentoringEvidence", "Buddy to two ASYEs.", "trainingRecord", "Court skills 2025."));
    workflow.runAsyncContinuations(instance);
  }

  /** NELC-L3-08: the presentation to aisha.rahman (ATM) and olivia.grant (Senior Social Worker), as the Lead Assessor records it. */
  public static Map<String, Object> presentation() {
    Map<String, Object> form = new HashMap<>();
    form.put("presentationDate", "2027-03-01");
    form.put("presentationPanelAtm", "aisha.rahman");
    form.put("presentationPanelSeniorSocialWorker", "olivia.grant");
    form.put("presentationCase", "Anonymised neglect case, family of four.");
    form.put("presentationEvaluation", "Clear theory and risk analysis.");
    return form;
  }
}
