package com.socialworkprogression.panels;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with a sitting as entered, field by field (field name to a message that says how to put
 * it right), so that the page shows each next to its field and keeps what was typed. Nothing is saved.
 */
public class SittingProblems extends RuntimeException {

  private final Map<String, String> byField;

  public SittingProblems(Map<String, String> byField) {
    super(String.join(" ", byField.values()));
    this.byField = new LinkedHashMap<>(byField);
  }

  public Map<String, String> byField() {
    return byField;
  }
}
