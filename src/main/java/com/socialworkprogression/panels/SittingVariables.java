package com.socialworkprogression.panels;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.staff.People;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an application knows of the sitting it is listed for, as process variables that forms, task due
 * dates, notifications and letters read: panelSittingId, panelName, panelDate (a Date, the day it sits),
 * panelDateText, panelStartsAt, panelPlace, panelSubmitBy (end of the cut-off day) and panelSubmitByText,
 * panelChair and panelChairName, panelMembers (user ids, comma-separated: candidates of a members' task,
 * recipients of an email, readers of the evidence), panelMembersText (names and seats), and
 * panel&lt;Seat&gt;Name for each seat (e.g. panelServiceManagerOperationsName).
 */
public final class SittingVariables {

  private SittingVariables() {}

  public static Map<String, Object> of(PanelDefinition panel, PanelSitting sitting, People people) {
    Map<String, Object> values = new HashMap<>();
    values.put("panelId", panel.id());
    values.put("panelName", panel.name());
    values.put("panelSittingId", sitting.id());
    values.put("panelDate", Dates.startOfDay(sitting.sitsOn()));
    values.put("panelDateText", Dates.text(sitting.sitsOn()));
    values.put("panelStartsAt", sitting.startsAt());
    values.put("panelPlace", sitting.where());
    values.put("panelSubmitBy", Dates.endOfDay(sitting.submitBy()));
    values.put("panelSubmitByText", Dates.text(sitting.submitBy()));
    String chair = sitting.chair(panel);
    values.put("panelChair", chair);
    values.put("panelChairName", people.name(sitting.tenantId(), chair));
    values.put("panelMembers", String.join(",", sitting.memberIds()));
    List<String> named = panel.seats().stream().filter(seat -> who(sitting, seat, people) != null)
        .map(seat -> who(sitting, seat, people) + " (" + seat.title() + ")").collect(Collectors.toList());
    values.put("panelMembersText", String.join("; ", named));
    for (PanelDefinition.Seat seat : panel.seats()) {
      String name = who(sitting, seat, people);
      values.put("panel" + Character.toUpperCase(seat.id().charAt(0)) + seat.id().substring(1) + "Name",
          name == null ? "" : name);
    }
    return values;
  }

  /** Who sits in the seat, by name: a member of staff's from the directory, a guest's as typed; null when empty. */
  public static String who(PanelSitting sitting, PanelDefinition.Seat seat, People people) {
    if (seat.guest()) {
      return sitting.guests().get(seat.id());
    }
    String user = sitting.seats().get(seat.id());
    return user == null ? null : people.name(sitting.tenantId(), user);
  }

  /** An application aimed at no sitting yet: none is scheduled that still takes applications. */
  public static Map<String, Object> none(PanelDefinition panel) {
    Map<String, Object> values = new HashMap<>();
    values.put("panelId", panel.id());
    values.put("panelName", panel.name());
    for (String name : List.of("panelSittingId", "panelDate", "panelSubmitBy", "panelChair", "panelMembers")) {
      values.put(name, null);
    }
    for (String name : List.of("panelDateText", "panelStartsAt", "panelPlace", "panelSubmitByText", "panelChairName",
        "panelMembersText")) {
      values.put(name, "");
    }
    return values;
  }
}
