package com.socialworkprogression.evidence;

import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.staff.People;
import com.socialworkprogression.tenancy.Role;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** NELC-L3-04: the Lead Assessor is a Practice Improvement Practitioner, not the applicant's own manager. */
@Component("leadAssessorCheck")
public class LeadAssessorCheck implements TaskListener {

  private final People people;

  public LeadAssessorCheck(People people) {
    this.people = people;
  }

  @Override
  public void notify(DelegateTask task) {
    String tenantId = task.getTenantId();
    String leadAssessor = (String) task.getVariable("leadAssessor");
    people.requireRole(tenantId, leadAssessor, Role.PRACTICE_IMPROVEMENT_PRACTITIONERS, "NELC-L3-04", "the Lead Assessor");
    if (leadAssessor.equals(task.getVariable("applicant")) || leadAssessor.equals(task.getVariable("lineManager"))) {
      throw RuleRefusal.of("NELC-L3-04", people.name(tenantId, leadAssessor)
          + " is the applicant or their line manager and cannot be the Lead Assessor.");
    }
    task.setVariable("leadAssessorName", people.name(tenantId, leadAssessor));
  }
}
