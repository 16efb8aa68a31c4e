package com.socialworkprogression.support;

import java.util.HashMap;
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
}
