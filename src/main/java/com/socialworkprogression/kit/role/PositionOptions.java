package com.socialworkprogression.kit.role;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.socialworkprogression.staff.People;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.staff.StaffMember;
import com.socialworkprogression.tenancy.Role;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The people a form's select list offers for a position: those the positions table allows, less those it
 * rules out, so the form offers what "Check: person chosen for a role" accepts. Used in the diagram as a
 * task input, e.g. ${positionOptions.of(execution, 'nelcPositions', 'leadAssessor')}.
 */
@Component("positionOptions")
public class PositionOptions {

  private final Positions positions;
  private final PositionHolderCheck check;
  private final People people;
  private final StaffDirectory directory;
  private final ObjectMapper json = new ObjectMapper();

  public PositionOptions(Positions positions, PositionHolderCheck check, People people, StaffDirectory directory) {
    this.positions = positions;
    this.check = check;
    this.people = people;
    this.directory = directory;
  }

  public JsonValue of(DelegateExecution execution, String positionsDecision, String variable) {
    String tenantId = execution.getTenantId();
    Position position = positions.of(execution, positionsDecision, variable);
    Set<String> candidates = new LinkedHashSet<>();
    position.alsoAllowed().forEach(other -> {
      Object person = execution.getVariable(other);
      if (person != null) {
        candidates.add(person.toString());
      }
    });
    position.roles().forEach(role -> candidates.addAll(people.withRole(tenantId, Role.bySuffix(role))));
    if (!position.level().isEmpty()) {
      directory.atLevel(tenantId, position.level()).stream().map(StaffMember::userId).forEach(candidates::add);
    }
    position.notAnyOf().forEach(ruledOut -> candidates.remove(String.valueOf(execution.getVariable(ruledOut))));
    candidates.remove(String.valueOf(execution.getVariable("applicant")));
    ArrayNode options = json.createArrayNode();
    candidates.stream().filter(person -> check.qualifies(execution, tenantId, position, person)).forEach(person ->
        options.addObject().put("label", people.name(tenantId, person)).put("value", person));
    return SpinValues.jsonValue(options.toString()).create();
  }
}
