package com.socialworkprogression.nelc;

import static com.socialworkprogression.process.Variables.required;
import static com.socialworkprogression.process.Variables.text;

import com.socialworkprogression.kit.role.PositionHolderCheck;
import com.socialworkprogression.kit.role.Positions;
import com.socialworkprogression.process.Decisions;
import com.socialworkprogression.staff.People;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * NELC-L3-05: the self-assessment is evidenced one of three ways, each needing its own parts: signed off
 * by an approved signatory (who may sign is in the positions table, nelcPositions), signed off by a
 * manager or senior officer of another agency (verified by the Lead Assessor), or NAAS accreditation.
 * NELC's own: no other scheme offers this choice.
 */
@Component("nelcSelfAssessmentRoute")
public class SelfAssessmentRoute implements TaskListener {

  static final String RULE = "NELC-L3-05";

  private final Positions positions;
  private final PositionHolderCheck check;
  private final People people;

  public SelfAssessmentRoute(Positions positions, PositionHolderCheck check, People people) {
    this.positions = positions;
    this.check = check;
    this.people = people;
  }

  @Override
  public void notify(DelegateTask task) {
    String route = text(task, "selfAssessmentRoute");
    Decisions.requireOneOf(route, RULE, "How is your self-assessment evidenced?", "signatory", "external", "naas");
    required(task, "selfAssessmentSummary", RULE, "Summarise your self-assessment against the PQS.");
    switch (route) {
      case "naas" -> required(task, "naasReference", RULE, "Give your NAAS accreditation reference.");
      case "external" -> {
        required(task, "externalSignatoryName", RULE, "Give the name of the signatory from another agency.");
        required(task, "externalSignatoryRole", RULE, "Give the role of the signatory from another agency.");
        required(task, "externalSignatoryOrganisation", RULE, "Give the agency the signatory works for.");
      }
      default -> {
        String tenantId = task.getTenantId();
        String table = String.valueOf(task.getVariable("positionsDecision"));
        String signatory = check.require(task, tenantId, positions.of(task.getExecution(), table, "selfAssessmentSignatory"),
            variable -> positions.of(task.getExecution(), table, variable));
        task.setVariable("selfAssessmentSignatoryName", people.name(tenantId, signatory));
      }
    }
  }
}
