package com.socialworkprogression.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.socialworkprogression.tenancy.Role;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * Choices for the select fields of Camunda Forms ({label, value} lists), used from the diagrams as
 * task input parameters, e.g. ${staffOptions.inRole(execution, 'team-managers')}. The applicant is
 * never offered as an assessor, observer or panel member of their own application.
 */
@Component("staffOptions")
public class StaffOptions {

  private final People people;
  private final StaffDirectory directory;
  private final ObjectMapper json = new ObjectMapper();

  public StaffOptions(People people, StaffDirectory directory) {
    this.people = people;
    this.directory = directory;
  }

  public JsonValue inRole(DelegateExecution execution, String role) {
    return inRoles(execution, role);
  }

  /** Members of any of the roles (comma separated role names, e.g. "assistant-team-managers,team-managers"). */
  public JsonValue inRoles(DelegateExecution execution, String roles) {
    String tenantId = execution.getTenantId();
    Set<String> users = new LinkedHashSet<>();
    Arrays.stream(roles.split(",")).map(String::trim).map(Role::bySuffix)
        .forEach(role -> users.addAll(people.withRole(tenantId, role)));
    return people(execution, users);
  }

  /** Staff of the authority at a level, e.g. Senior Social Workers for the presentation panel. */
  public JsonValue atLevel(DelegateExecution execution, String level) {
    Set<String> users = new LinkedHashSet<>();
    directory.atLevel(execution.getTenantId(), level).forEach(member -> users.add(member.userId()));
    return people(execution, users);
  }

  /** The applicant's own caseload, as the directory holds it. */
  public JsonValue caseload(DelegateExecution execution) {
    ArrayNode options = json.createArrayNode();
    for (String reference : directory.caseload(applicant(execution))) {
      options.addObject().put("label", reference).put("value", reference);
    }
    return SpinValues.jsonValue(options.toString()).create();
  }

  private JsonValue people(DelegateExecution execution, Set<String> users) {
    String applicant = applicant(execution);
    ArrayNode options = json.createArrayNode();
    users.stream().filter(user -> !user.equals(applicant)).forEach(user ->
        options.addObject().put("label", people.name(execution.getTenantId(), user)).put("value", user));
    return SpinValues.jsonValue(options.toString()).create();
  }

  private static String applicant(DelegateExecution execution) {
    Object applicant = execution.getVariable("applicant");
    return applicant == null ? "" : applicant.toString();
  }
}
