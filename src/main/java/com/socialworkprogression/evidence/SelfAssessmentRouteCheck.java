package com.socialworkprogression.evidence;

import static com.socialworkprogression.process.Variables.required;
import static com.socialworkprogression.process.Variables.text;

import com.socialworkprogression.process.Decisions;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.staff.People;
import com.socialworkprogression.tenancy.Role;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * NELC-L3-05: the self-assessment is signed off by an approved signatory (the line manager, another
 * ATM, a PIP, a team manager or service manager, or a manager or senior officer of another agency) or
 * evidenced by NAAS accreditation. Sign-off from outside NELC is verified by the Lead Assessor.
 */
@Component("selfAssessmentRouteCheck")
public class SelfAssessmentRouteCheck implements TaskListener {

  private static final List<Role> SIGNATORY_ROLES = List.of(Role.ASSISTANT_TEAM_MANAGERS,
      Role.PRACTICE_IMPROVEMENT_PRACTITIONERS, Role.TEAM_MANAGERS, Role.SERVICE_MANAGERS);

  private final People people;

  public SelfAssessmentRouteCheck(People people) {
    this.people = people;
  }

  @Override
  public void notify(DelegateTask task) {
    String route = text(task, "selfAssessmentRoute");
    Decisions.requireOneOf(route, "NELC-L3-05", "How is your self-assessment evidenced?", "signatory", "external", "naas");
    required(task, "selfAssessmentSummary", "NELC-L3-05", "Summarise your self-assessment against the PQS.");
    if (route.equals("naas")) {
      required(task, "naasReference", "NELC-L3-05", "Give your NAAS accreditation reference.");
      return;
    }
    if (route.equals("external")) {
      required(task, "externalSignatoryName", "NELC-L3-05", "Give the name of the signatory from another agency.");
      required(task, "externalSignatoryRole", "NELC-L3-05", "Give the role of the signatory from another agency.");
      required(task, "externalSignatoryOrganisation", "NELC-L3-05", "Give the agency the signatory works for.");
      return;
    }
    String tenantId = task.getTenantId();
    String signatory = required(task, "selfAssessmentSignatory", "NELC-L3-05", "Choose who signs off your self-assessment.");
    if (signatory.equals(task.getVariable("applicant"))) {
      throw RuleRefusal.of("NELC-L3-05", "You cannot sign off your own self-assessment; choose an approved signatory.");
    }
    boolean approved = signatory.equals(task.getVariable("lineManager"))
        || SIGNATORY_ROLES.stream().anyMatch(role -> people.hasRole(tenantId, signatory, role));
    if (!approved) {
      throw RuleRefusal.of("NELC-L3-05", people.name(tenantId, signatory) + " is not an approved signatory: choose your "
          + "line manager, another Assistant Team Manager, a Practice Improvement Practitioner, a team manager or a service manager.");
    }
    task.setVariable("selfAssessmentSignatoryName", people.name(tenantId, signatory));
  }
}
