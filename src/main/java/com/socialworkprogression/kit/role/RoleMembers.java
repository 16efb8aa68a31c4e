package com.socialworkprogression.kit.role;

import com.socialworkprogression.staff.People;
import com.socialworkprogression.tenancy.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Everyone in one of the authority's roles, as a comma-separated list of user ids, for a notification's
 * recipients when the scheme tells a team rather than a person (Dudley: the team manager notifies the Centre
 * for Professional Practice, DUD-SSW-03; the Head of Service is informed, DUD-SSW-07). An input of the send
 * task: ${roleMembers.ids(execution, 'cpp')}.
 */
@Component("roleMembers")
public class RoleMembers {

  private final People people;

  public RoleMembers(People people) {
    this.people = people;
  }

  public String ids(DelegateExecution execution, String role) {
    return String.join(",", people.withRole(execution.getTenantId(), Role.bySuffix(role)));
  }
}
