package com.socialworkprogression.panels;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A panel that sits on dates, as an authority's authorities/&lt;tenant&gt;.yaml describes it (panels:):
 * its seats, each filled from a role's group, and the submission cut-off before each sitting.
 *
 * @param cutOffBefore how long before the sitting an application must be in, by the end of that day
 *     (Leicestershire: P21D, three weeks, LEI-L3-04)
 * @param cutOffRule the scheme rule that sets the cut-off, named in refusals and moves
 * @param seatsRule the scheme rule that says who sits
 * @param evidenceSteps the user tasks (ids in the routes' diagrams) whose answers a sitting's page shows
 *     members as each application's evidence, e.g. the portfolio and the manager's report
 */
public record PanelDefinition(String id, String name, Period cutOffBefore, String cutOffRule, String seatsRule,
    List<Seat> seats, List<String> evidenceSteps) {

  /**
   * One seat at the panel: a person from the role's group (e.g. heads-of-service); or, for a guest seat,
   * someone who is not a member of staff, named as typed (role is then empty). An optional seat may stay
   * empty ("where possible").
   */
  public record Seat(String id, String title, String role, boolean chair, boolean guest, boolean optional) {}

  public PanelDefinition {
    seats = seats == null ? List.of() : List.copyOf(seats);
    evidenceSteps = evidenceSteps == null ? List.of() : List.copyOf(evidenceSteps);
    cutOffBefore = cutOffBefore == null ? Period.ZERO : cutOffBefore;
  }

  /** The last day an application may join a sitting on that date. */
  public LocalDate submitBy(LocalDate sitsOn) {
    return sitsOn.minus(cutOffBefore);
  }

  /** The cut-off as people say it: "three weeks", "2 weeks", "10 days". */
  public String cutOffInWords() {
    int days = cutOffBefore.getDays();
    if (cutOffBefore.getMonths() != 0 || cutOffBefore.getYears() != 0) {
      return cutOffBefore.toString();
    }
    String[] words = {"no", "one", "two", "three", "four", "five", "six"};
    if (days % 7 == 0 && days / 7 < words.length) {
      return words[days / 7] + (days == 7 ? " week" : " weeks");
    }
    return days + (days == 1 ? " day" : " days");
  }

  public Seat chairSeat() {
    return seats.stream().filter(Seat::chair).findFirst().orElse(seats.isEmpty() ? null : seats.get(0));
  }
}
