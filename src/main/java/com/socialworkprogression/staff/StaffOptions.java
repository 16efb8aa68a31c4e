package com.socialworkprogression.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * The applicant's caseload as a select field's choices in a Camunda Form ({label, value} list), used
 * from the diagrams as a task input: ${staffOptions.caseload(execution)}. People to choose for a
 * position come from the positions table instead (${positionOptions.of(...)}).
 */
@Component("staffOptions")
public class StaffOptions {

  private final StaffDirectory directory;
  private final ObjectMapper json = new ObjectMapper();

  public StaffOptions(StaffDirectory directory) {
    this.directory = directory;
  }

  /** The applicant's own caseload, as the directory holds it. */
  public JsonValue caseload(DelegateExecution execution) {
    Object applicant = execution.getVariable("applicant");
    ArrayNode options = json.createArrayNode();
    for (String reference : directory.caseload(applicant == null ? "" : applicant.toString())) {
      options.addObject().put("label", reference).put("value", reference);
    }
    return SpinValues.jsonValue(options.toString()).create();
  }
}
