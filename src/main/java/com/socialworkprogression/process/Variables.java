package com.socialworkprogression.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading form values a user typed: trimmed text, with a clear refusal when a required one is missing. */
public final class Variables {

  private Variables() {}

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? "" : value.toString().trim();
  }

  public static String required(VariableScope scope, String name, String rule, String whatIsMissing) {
    String value = text(scope, name);
    if (value.isEmpty()) {
      throw RuleRefusal.of(rule, whatIsMissing);
    }
    return value;
  }
}
