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
}
