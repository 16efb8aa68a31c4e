package com.socialworkprogression.process;

/** Values of the radio choices the forms send, so checks and conditions speak the same words. */
public final class Decisions {
  private Decisions() {}

  public static void requireOneOf(String value, String rule, String question, String... allowed) {
    for (String option : allowed) {
      if (option.equals(value)) {
        return;
      }
    }
    throw RuleRefusal.of(rule, "Answer '" + question + "'.");
  }
}
