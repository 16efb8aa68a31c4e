package com.socialworkprogression.calendar;

import static de.focus_shift.jollyday.core.HolidayCalendar.UNITED_KINGDOM;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Working days in England and Wales: Monday to Friday except bank holidays, with substitute days when a
 * holiday falls at a weekend. The holidays come from the jollyday library (United Kingdom, England),
 * so a new year's holidays arrive with a library update rather than a code change.
 */
@Component
public class WorkingDays {

  private static final String ENGLAND = "eng";
  private final HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(UNITED_KINGDOM));

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date, ENGLAND);
  }

  /** The date that is {@code workingDays} working days after {@code from} (from itself not counted). */
  public LocalDate add(LocalDate from, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("working days must not be negative: " + workingDays);
    }
    LocalDate date = from;
    for (int counted = 0; counted < workingDays; ) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return date;
  }
}
