package com.socialworkprogression.kit.parts;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.kit.CheckOnSubmit;
import com.socialworkprogression.kit.StepSettings;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.process.Variables;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Kit block "Check: required parts of a submission" (on completing a user step). Refuses an
 * incomplete submission once, naming every part that is missing, so the person fixes them all at once.
 *
 * Inputs: parts (Map: field to what it is, e.g. cpdRecord = "your CPD record"), partsRule; optional
 * confirmations (Map: tick-box field to what it confirms), wordLimits (Map: field to the most words),
 * datesNotInThePast (Map: date field to what it is), completedOnVariable (records when it was submitted).
 */
@Component("requiredParts")
public class RequiredParts extends CheckOnSubmit {

  private final Today today;

  public RequiredParts(Today today) {
    super("Check: required parts of a submission");
    this.today = today;
  }

  @Override
  protected void check(DelegateExecution step, StepSettings settings) {
    String rule = settings.text("partsRule", "");
    List<String> missing = new ArrayList<>();
    Map<String, String> parts = settings.map("parts");
    parts.forEach((field, what) -> {
      if (Variables.text(step, field).isEmpty()) {
        missing.add(what);
      }
    });
    settings.map("confirmations", Map.of()).forEach((field, what) -> {
      if (!Boolean.TRUE.equals(step.getVariable(field))) {
        missing.add("confirmation that " + what);
      }
    });
    if (!missing.isEmpty()) {
      throw RuleRefusal.of(rule, "'" + step.getCurrentActivityName() + "' is not complete. Missing: " + String.join("; ", missing) + ".");
    }
    List<String> tooLong = new ArrayList<>();
    settings.map("wordLimits", Map.of()).forEach((field, limit) -> {
      int most = Integer.parseInt(limit);
      int words = words(Variables.text(step, field));
      if (words > most) {
        tooLong.add(capitalised(parts.getOrDefault(field, field)) + " has " + words + " words; at most " + most + " are allowed");
      }
    });
    if (!tooLong.isEmpty()) {
      throw RuleRefusal.of(rule, String.join("; ", tooLong) + ". Shorten " + (tooLong.size() == 1 ? "it" : "them") + ".");
    }
    settings.map("datesNotInThePast", Map.of()).forEach((field, what) -> {
      LocalDate date = date(step, field, what, rule);
      if (date != null && date.isBefore(today.date())) {
        throw RuleRefusal.of(rule, "The " + what + " " + Dates.text(date) + " is in the past.");
      }
    });
    String completedOn = settings.text("completedOnVariable", "");
    if (!completedOn.isEmpty()) {
      step.setVariable(completedOn, today.now());
    }
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static int words(String text) {
    String trimmed = text.trim();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }

  private static LocalDate date(DelegateExecution step, String field, String what, String rule) {
    try {
      return Dates.toLocalDate(step.getVariable(field));
    } catch (DateTimeParseException e) {
      throw RuleRefusal.of(rule, "Give the " + what + " as a date like 2026-11-23.");
    }
  }
}
