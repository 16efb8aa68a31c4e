package com.socialworkprogression.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/** Dates as the schemes mean them: calendar days in UK local time. */
public final class Dates {

  public static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Dates() {}

  /** Reads a date from a process variable: a Date, a LocalDate or an ISO string (forms send "2026-12-18"). */
  public static LocalDate toLocalDate(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(UK).toLocalDate();
    }
    String text = value.toString().trim();
    if (text.isEmpty()) {
      return null;
    }
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  /** The last second of the day, UK time: a deadline "by" a date means by the end of it. */
  public static Date endOfDay(LocalDate date) {
    return Date.from(LocalDateTime.of(date, LocalTime.of(23, 59, 59)).atZone(UK).toInstant());
  }

  public static Date startOfDay(LocalDate date) {
    return Date.from(date.atStartOfDay(UK).toInstant());
  }

  /** "18 December 2026". */
  public static String text(LocalDate date) {
    return date == null ? "" : TEXT.format(date);
  }
}
