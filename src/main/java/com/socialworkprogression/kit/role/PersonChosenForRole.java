package com.socialworkprogression.kit.role;

import com.socialworkprogression.kit.CheckOnSubmit;
import com.socialworkprogression.kit.StepSettings;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.staff.People;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Kit block "Check: person chosen for a role" (on completing a user step). The form chooses
 * people for positions; each must be allowed by the route's positions table (who may be Lead Assessor,
 * sit on which panel, sign off, observe) and the refusal names the table's rule.
 *
 * Inputs: positions (the chosen variables, e.g. "appealsPanelChair, appealsPanelPip"), positionsDecision
 * (the table's key), differentPeople (true: no one fills two of them). Writes &lt;position&gt;Name.
 */
@Component("personChosenForRole")
public class PersonChosenForRole extends CheckOnSubmit {

  private final Positions positions;
  private final PositionHolderCheck check;
  private final People people;

  public PersonChosenForRole(Positions positions, PositionHolderCheck check, People people) {
    super("Check: person chosen for a role");
    this.positions = positions;
    this.check = check;
    this.people = people;
  }

  @Override
  protected void check(DelegateExecution step, StepSettings settings) {
    String tenantId = step.getTenantId();
    String table = settings.text("positionsDecision");
    Map<String, Position> known = new LinkedHashMap<>();
    PositionHolderCheck.PositionLookup lookup =
        variable -> known.computeIfAbsent(variable, v -> positions.of(step, table, v));
    Map<String, Position> chosenBy = new LinkedHashMap<>();
    for (String variable : settings.list("positions")) {
      Position position = lookup.of(variable);
      String person = check.require(step, tenantId, position, lookup);
      Position other = chosenBy.putIfAbsent(person, position);
      if (other != null && settings.flag("differentPeople")) {
        throw RuleRefusal.of(position.rule(), titles(settings.list("positions"), lookup) + " must be different people; "
            + people.name(tenantId, person) + " is chosen as both " + other.title() + " and " + position.title() + ".");
      }
      step.setVariable(variable + "Name", people.name(tenantId, person));
    }
  }

  private static String titles(List<String> variables, PositionHolderCheck.PositionLookup lookup) {
    List<String> titles = new ArrayList<>(variables.stream().map(v -> lookup.of(v).title()).toList());
    String last = titles.remove(titles.size() - 1);
    String text = String.join(", ", titles) + " and " + last;
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
