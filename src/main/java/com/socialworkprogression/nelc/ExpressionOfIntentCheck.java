package com.socialworkprogression.nelc;

import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.process.Variables;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.staff.StaffMember;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * NELC-L3-02: a written Expression of Intent, committing to a portfolio within six months, supported by
 * the line manager and approved by the team manager: two different people, both in the directory.
 * Runs as the eligibility check starts, so a refusal fails the start with its reason.
 */
@Component("nelcExpressionOfIntentCheck")
public class ExpressionOfIntentCheck implements ExecutionListener {

  private final StaffDirectory directory;

  public ExpressionOfIntentCheck(StaffDirectory directory) {
    this.directory = directory;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Variables.required(execution, "readinessStatement", "NELC-L3-02",
        "Say in the Expression of Intent why you are ready to progress now.");
    if (!Boolean.TRUE.equals(execution.getVariable("portfolioCommitment"))) {
      throw RuleRefusal.of("NELC-L3-02", "Tick the commitment to submit your completed portfolio within six months.");
    }
    Object applicant = execution.getVariable("applicant");
    StaffMember member = applicant == null ? null : directory.find(execution.getTenantId(), applicant.toString()).orElse(null);
    if (member == null) {
      return; // the eligibility check refuses an applicant the directory does not know
    }
    if (member.teamManagerId() == null || member.teamManagerId().isBlank()) {
      throw RuleRefusal.of("NELC-L3-02", "The staff directory records no team manager for you, and your team manager "
          + "must approve the Expression of Intent. Ask People and Culture to record your team manager.");
    }
    if (member.teamManagerId().equals(member.lineManagerId())) {
      throw RuleRefusal.of("NELC-L3-02", "The staff directory records the same person as your line manager and your "
          + "team manager; the Expression of Intent needs the support of one and the approval of the other. "
          + "Ask People and Culture to correct your record.");
    }
  }
}
