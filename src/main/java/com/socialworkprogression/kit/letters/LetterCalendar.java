package com.socialworkprogression.kit.letters;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.WorkingDays;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Dates a letter works out from the application's own, as ${calendar} in a template. Each takes a date
 * as the template sees it ("18 December 2026") or as the application holds it, and gives the text:
 *
 *   ${calendar.after(panelDecisionDate, 'P3M')}          three months after the decision
 *   ${calendar.workingDaysAfter(panelDecisionDate, 10)}  ten working days after (bank holidays excluded)
 *
 * The period and the number belong to the authority's scheme, so they are written in its template,
 * beside the words that explain them.
 */
public class LetterCalendar {

  private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final WorkingDays workingDays;

  LetterCalendar(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  /** The date as "18 December 2026"; empty when there is none. */
  public String text(Object date) {
    return Dates.text(date(date));
  }

  /** The date a period (ISO 8601: P3M, P10D, P1Y) after the given one; empty when there is none. */
  public String after(Object date, String period) {
    LocalDate from = date(date);
    return from == null ? "" : Dates.text(from.plus(Period.parse(period.trim())));
  }

  /** The working day that many working days after the given date; empty when there is none. */
  public String workingDaysAfter(Object date, Object days) {
    LocalDate from = date(date);
    return from == null ? "" : Dates.text(workingDays.add(from, Integer.parseInt(String.valueOf(days).trim())));
  }

  /** Reads a date as a template or a process variable gives it. */
  static LocalDate date(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof CharSequence text) {
      try {
        return LocalDate.parse(text.toString().trim(), TEXT);
      } catch (DateTimeParseException notWords) {
        // an ISO date, as forms send it: read below
      }
    }
    try {
      return Dates.toLocalDate(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("A letter asks for a date from '" + value + "', which is not a date.", e);
    }
  }
}
