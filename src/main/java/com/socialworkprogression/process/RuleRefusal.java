package com.socialworkprogression.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A scheme rule or a check refuses what a user submitted. The transaction rolls back, so the task (or
 * the start form) stays as it was; Tasklist shows the message and REST answers 400 with it.
 * It extends the engine's form validation exception because that is what REST maps to 400.
 */
public class RuleRefusal extends FormFieldValidationException {

  public RuleRefusal(String message) {
    super("rule", message);
  }

  /** Prefixes the rule, e.g. "NELC-L3-15: ...", so the user and the audit trail see which rule refused. */
  public static RuleRefusal of(String rule, String message) {
    return new RuleRefusal(rule == null || rule.isBlank() ? message : rule + ": " + message);
  }
}
