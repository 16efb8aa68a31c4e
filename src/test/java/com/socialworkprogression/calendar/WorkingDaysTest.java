package com.socialworkprogression.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** "Working days" exclude weekends and England & Wales bank holidays (SCHEMES.md, shared vocabulary). */
class WorkingDaysTest {

  private final WorkingDays workingDays = new WorkingDays();

  @Test
  @DisplayName("NELC-L3-15: ten working days from Friday 18 December 2026 skip Christmas, the Boxing Day substitute and New Year")
  void tenWorkingDaysOverChristmas() {
    // 25 Dec 2026 is a Friday; Boxing Day falls on Saturday, so Monday 28 December is the substitute.
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(workingDays.add(LocalDate.of(2026, 12, 18), 10)).isEqualTo(LocalDate.of(2027, 1, 6));
  }

  @Test
  @DisplayName("NELC-L3-16: ten working days from Tuesday 23 March 2027 skip Good Friday and Easter Monday")
  void tenWorkingDaysOverEaster() {
    assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 3, 26))).as("Good Friday 2027").isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 3, 29))).as("Easter Monday 2027").isFalse();
    // 24,25 | 30,31 Mar, 1,2 Apr | 5,6,7,8 Apr
    assertThat(workingDays.add(LocalDate.of(2027, 3, 23), 10)).isEqualTo(LocalDate.of(2027, 4, 8));
  }

  @Test
  void weekendsAndMayBankHolidaysAreNotWorkingDays() {
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 11, 21))).as("Saturday").isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 11, 22))).as("Sunday").isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 5, 3))).as("Early May bank holiday").isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 5, 31))).as("Spring bank holiday").isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 8, 30))).as("Summer bank holiday").isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 11, 23))).as("an ordinary Monday").isTrue();
  }

  @Test
  void zeroWorkingDaysIsTheSameDay() {
    assertThat(workingDays.add(LocalDate.of(2026, 11, 23), 0)).isEqualTo(LocalDate.of(2026, 11, 23));
  }
}
