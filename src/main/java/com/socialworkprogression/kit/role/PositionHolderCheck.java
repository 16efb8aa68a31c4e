package com.socialworkprogression.kit.role;

import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.staff.People;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.staff.StaffMember;
import com.socialworkprogression.tenancy.Role;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Whether the person chosen for a position may hold it: holds one of its roles, or is at its level, or
 * holds one of the positions that also qualify; and holds none of the positions that rule them out.
 */
@Component
public class PositionHolderCheck {

  private final People people;
  private final StaffDirectory directory;

  public PositionHolderCheck(People people, StaffDirectory directory) {
    this.people = people;
    this.directory = directory;
  }

  /** The user id chosen for the position; refuses, naming the rule, when the choice breaks it. */
  public String require(VariableScope scope, String tenantId, Position position, PositionLookup lookup) {
    Object chosen = scope.getVariable(position.variable());
    if (chosen == null || chosen.toString().isBlank()) {
      throw RuleRefusal.of(position.rule(), "Choose " + position.title() + ".");
    }
    String person = chosen.toString().trim();
    if (!qualifies(scope, tenantId, position, person)) {
      throw RuleRefusal.of(position.rule(), position.capitalisedTitle() + " must be " + whoQualifies(position, lookup)
          + "; " + people.name(tenantId, person) + " is not.");
    }
    for (String ruledOut : position.notAnyOf()) {
      if (person.equals(scope.getVariable(ruledOut))) {
        throw RuleRefusal.of(position.rule(), people.name(tenantId, person) + " " + lookup.of(ruledOut).involvement()
            + ", so is not independent enough to be " + position.title() + ". Choose someone else.");
      }
    }
    return person;
  }

  public boolean qualifies(VariableScope scope, String tenantId, Position position, String person) {
    if (position.roles().isEmpty() && position.level().isEmpty() && position.alsoAllowed().isEmpty()) {
      return people.belongsTo(tenantId, person);
    }
    boolean byRole = position.roles().stream().map(Role::bySuffix).anyMatch(role -> people.hasRole(tenantId, person, role));
    boolean byLevel = !position.level().isEmpty() && directory.find(tenantId, person).map(StaffMember::currentLevel)
        .filter(position.level()::equals).isPresent();
    boolean byPosition = position.alsoAllowed().stream().anyMatch(other -> person.equals(scope.getVariable(other)));
    return byRole || byLevel || byPosition;
  }

  /** "one of the team managers or service managers, or the applicant's line manager". */
  private static String whoQualifies(Position position, PositionLookup lookup) {
    List<String> who = new ArrayList<>();
    if (!position.roles().isEmpty()) {
      who.add("one of the " + String.join(" or ", position.roles().stream()
          .map(role -> Role.bySuffix(role).inASentence()).toList()));
    }
    if (!position.level().isEmpty()) {
      who.add("at Level " + position.level() + " in the staff directory");
    }
    position.alsoAllowed().forEach(other -> who.add(lookup.of(other).title()));
    return who.isEmpty() ? "a member of staff of this authority" : String.join(", or ", who);
  }

  /** Finds the other positions a refusal mentions (the same table). */
  @FunctionalInterface
  public interface PositionLookup {
    Position of(String variable);
  }
}
