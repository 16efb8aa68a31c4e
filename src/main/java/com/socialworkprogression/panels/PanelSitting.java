package com.socialworkprogression.panels;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One sitting of a panel: its date, time and place, who sits in each seat (seat id to user id, in the
 * panel's order; guests, who are not staff, by name) and the day by which applications must be in to be
 * heard at it.
 */
public record PanelSitting(String id, String tenantId, String panelId, LocalDate sitsOn, String startsAt,
    String place, String onlineLink, LocalDate submitBy, Map<String, String> seats, Map<String, String> guests,
    String createdBy, Instant createdAt, String changedBy, Instant changedAt) {

  public PanelSitting {
    guests = guests == null ? Map.of() : guests;
  }

  /** Everyone who sits, in seat order. */
  public List<String> memberIds() {
    return new ArrayList<>(seats.values());
  }

  public String chair(PanelDefinition panel) {
    PanelDefinition.Seat seat = panel.chairSeat();
    return seat == null ? null : seats.get(seat.id());
  }

  /** "Room 2, County Hall" / "Online: https://..." / both. */
  public String where() {
    boolean hasPlace = place != null && !place.isBlank();
    boolean hasLink = onlineLink != null && !onlineLink.isBlank();
    if (hasPlace && hasLink) {
      return place + ", or online: " + onlineLink;
    }
    return hasPlace ? place : hasLink ? "Online: " + onlineLink : "";
  }

  /** Whether an application in on that day is in time for this sitting (by the end of the cut-off day). */
  public boolean takesSubmissionOn(LocalDate day) {
    return !day.isAfter(submitBy);
  }
}
