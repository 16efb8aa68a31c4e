package com.socialworkprogression.kit.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The kit block "Points from a start date": each point counted from the start, never from the point before. */
class PointsFromStartDateTest {

  static final Map<String, Period> ASYE = new LinkedHashMap<>();

  static {
    ASYE.put("threeMonths", Period.ofMonths(3));
    ASYE.put("sixMonths", Period.ofMonths(6));
    ASYE.put("nineMonths", Period.ofMonths(9));
    ASYE.put("finalRecommendation", Period.ofMonths(11));
    ASYE.put("assessorsReport", Period.ofMonths(12));
  }

  @Test
  @DisplayName("LEI-ASYE-01: from 31 January, the month-ends: 30 April, 31 July, 31 October, 31 December, 31 January")
  void fromTheThirtyFirstOfJanuary() {
    assertThat(PointsFromStartDate.dueDates(LocalDate.of(2027, 1, 31), ASYE).values()).containsExactly(
        LocalDate.of(2027, 4, 30), LocalDate.of(2027, 7, 31), LocalDate.of(2027, 10, 31), LocalDate.of(2027, 12, 31),
        LocalDate.of(2028, 1, 31));
  }

  @Test
  @DisplayName("LEI-ASYE-01: chained from one point to the next, 31 January would drift to 30 July; from the start it does not")
  void neverChained() {
    LocalDate chained = LocalDate.of(2027, 1, 31).plusMonths(3).plusMonths(3);
    assertThat(chained).isEqualTo(LocalDate.of(2027, 7, 30));
    assertThat(PointsFromStartDate.dueDates(LocalDate.of(2027, 1, 31), ASYE).get("sixMonths")).isEqualTo(LocalDate.of(2027, 7, 31));
  }

  @Test
  @DisplayName("LEI-ASYE-01: a start on 30 November 2027 has its 3-month point on 29 February 2028, a leap day")
  void aLeapYear() {
    Map<String, LocalDate> due = PointsFromStartDate.dueDates(LocalDate.of(2027, 11, 30), ASYE);
    assertThat(due.get("threeMonths")).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(due.get("assessorsReport")).isEqualTo(LocalDate.of(2028, 11, 30));
  }
}
