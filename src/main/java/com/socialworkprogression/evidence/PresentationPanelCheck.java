package com.socialworkprogression.evidence;

import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.staff.People;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.staff.StaffMember;
import com.socialworkprogression.tenancy.Role;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** NELC-L3-08: the presentation panel is the Lead Assessor, an Assistant Team Manager and a Senior Social Worker. */
@Component("presentationPanelCheck")
public class PresentationPanelCheck implements TaskListener {

  static final String SENIOR_LEVEL = "3";

  private final People people;
  private final StaffDirectory directory;

  public PresentationPanelCheck(People people, StaffDirectory directory) {
    this.people = people;
    this.directory = directory;
  }

  @Override
  public void notify(DelegateTask task) {
    String tenantId = task.getTenantId();
    String atm = (String) task.getVariable("presentationPanelAtm");
    String senior = (String) task.getVariable("presentationPanelSeniorSocialWorker");
    people.requireRole(tenantId, atm, Role.ASSISTANT_TEAM_MANAGERS, "NELC-L3-08", "the panel's Assistant Team Manager");
    if (senior == null || senior.isBlank()) {
      throw RuleRefusal.of("NELC-L3-08", "Choose the panel's Senior Social Worker.");
    }
    boolean isSenior = directory.find(tenantId, senior).map(StaffMember::currentLevel).filter(SENIOR_LEVEL::equals).isPresent();
    if (!isSenior) {
      throw RuleRefusal.of("NELC-L3-08", people.name(tenantId, senior)
          + " is not a Senior Social Worker (Level 3) in the staff directory; choose one who is.");
    }
    if (atm.equals(senior) || atm.equals(task.getVariable("applicant")) || senior.equals(task.getVariable("applicant"))) {
      throw RuleRefusal.of("NELC-L3-08", "The panel is three different people: the Lead Assessor, an Assistant Team "
          + "Manager and a Senior Social Worker, none of them the applicant.");
    }
  }
}
