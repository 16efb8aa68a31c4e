package com.socialworkprogression.kit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * How a kit block reads what the diagram set for it: the step's input parameters (Modeler: Inputs, or
 * the fields of the block's element template). A missing setting is the process owner's mistake, so
 * the message names the setting and the step, not the person completing the form.
 */
public final class StepSettings {

  private final VariableScope scope;
  private final String block;
  private final String step;

  public StepSettings(VariableScope scope, String block, String step) {
    this.scope = scope;
    this.block = block;
    this.step = step;
  }

  public String text(String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new IllegalStateException("The step '" + step + "' uses the block '" + block + "' but sets no input '"
          + name + "'. Set it in Camunda Modeler (Inputs), then deploy the diagram again.");
    }
    return value.toString().trim();
  }

  public String text(String name, String otherwise) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? otherwise : value.toString().trim();
  }

  /** A comma-separated setting, e.g. "applicant, lineManager". */
  public List<String> list(String name) {
    return split(text(name));
  }

  public List<String> list(String name, String otherwise) {
    return split(text(name, otherwise));
  }

  public boolean flag(String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString().trim());
  }

  public int number(String name) {
    String value = text(name);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalStateException("The step '" + step + "' sets the input '" + name + "' of the block '" + block
          + "' to '" + value + "', which is not a whole number.");
    }
  }

  /** A Map input (Modeler: Inputs, type Map), e.g. variable name to what it is. Kept in the diagram's order. */
  public Map<String, String> map(String name) {
    Object value = scope.getVariable(name);
    if (!(value instanceof Map<?, ?> entries) || entries.isEmpty()) {
      throw new IllegalStateException("The step '" + step + "' uses the block '" + block + "' but sets no Map input '"
          + name + "'. Set it in Camunda Modeler (Inputs, type Map), then deploy the diagram again.");
    }
    Map<String, String> result = new LinkedHashMap<>();
    entries.forEach((key, entry) -> result.put(key.toString().trim(), entry == null ? "" : entry.toString().trim()));
    return result;
  }

  public Map<String, String> map(String name, Map<String, String> otherwise) {
    return scope.getVariable(name) == null ? otherwise : map(name);
  }

  public static List<String> split(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
