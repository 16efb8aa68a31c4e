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

  /**
   * A list of pairs, e.g. a field and what it is. In Modeler it is either a Map input (Inputs, type Map)
   * or text with one pair a line, "cpdRecord = your CPD record", as an element template's text box gives.
   * Kept in the diagram's order.
   */
  public Map<String, String> map(String name) {
    Map<String, String> result = pairs(name);
    if (result.isEmpty()) {
      throw new IllegalStateException("The step '" + step + "' uses the block '" + block + "' but sets no input '"
          + name + "' (one 'name = value' a line). Set it in Camunda Modeler (Inputs), then deploy the diagram again.");
    }
    return result;
  }

  public Map<String, String> map(String name, Map<String, String> otherwise) {
    Map<String, String> result = pairs(name);
    return result.isEmpty() ? otherwise : result;
  }

  private Map<String, String> pairs(String name) {
    Object value = scope.getVariable(name);
    Map<String, String> result = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> entries) {
      entries.forEach((key, entry) -> result.put(key.toString().trim(), entry == null ? "" : entry.toString().trim()));
    } else if (value != null) {
      for (String line : value.toString().split("\\R")) {
        if (line.isBlank()) {
          continue;
        }
        int equals = line.indexOf('=');
        if (equals <= 0) {
          throw new IllegalStateException("The step '" + step + "' sets the input '" + name + "' of the block '" + block
              + "' with the line '" + line.trim() + "', which is not 'name = value'.");
        }
        result.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
      }
    }
    return result;
  }

  public static List<String> split(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
