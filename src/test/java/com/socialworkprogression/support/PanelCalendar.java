package com.socialworkprogression.support;

import com.socialworkprogression.panels.PanelSitting;
import com.socialworkprogression.panels.PanelSittings;
import com.socialworkprogression.panels.SittingForm;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Leicestershire's Progression Panel calendar in tests: the panel administrator schedules sittings with
 * the demo members. All tests share one database, so a test starts from an empty calendar.
 */
public class PanelCalendar {

  public static final String TENANT = "leicestershire";
  public static final String PANEL = "progression-panel";
  public static final String ADMINISTRATOR = "pam.hill";
  public static final String CHAIR = "grace.turner";
  public static final Map<String, String> MEMBERS = Map.of("chair", CHAIR, "learningAndDevelopment", "liam.walsh",
      "practiceExcellence", "nina.patel", "serviceManagerOperations", "owen.clarke");

  private final Workflow workflow;

  public PanelCalendar(Workflow workflow) {
    this.workflow = workflow;
  }

  /** Nothing scheduled: the sittings other tests made are gone (their applications keep their variables). */
  public PanelCalendar empty() {
    JdbcTemplate jdbc = SpringBeans.get(JdbcTemplate.class);
    String sittings = "(select id from swp_panel_sitting where tenant_id = '" + TENANT + "')";
    jdbc.update("delete from swp_panel_listing where sitting_id in " + sittings);
    jdbc.update("delete from swp_panel_seat where sitting_id in " + sittings);
    jdbc.update("delete from swp_panel_sitting where tenant_id = ?", TENANT);
    return this;
  }

  public PanelSitting schedule(LocalDate sitsOn) {
    return schedule(sitsOn, MEMBERS);
  }

  public PanelSitting schedule(LocalDate sitsOn, Map<String, String> members) {
    return workflow.as(ADMINISTRATOR, () -> SpringBeans.get(PanelSittings.class).schedule(workflow.caller(ADMINISTRATOR),
        TENANT, PANEL, new SittingForm(sitsOn.toString(), "10:00", "Room 2, County Hall, Glenfield", "", members)));
  }

  public PanelSitting move(PanelSitting sitting, LocalDate sitsOn) {
    return workflow.as(ADMINISTRATOR, () -> SpringBeans.get(PanelSittings.class).change(workflow.caller(ADMINISTRATOR),
        sitting.id(), new SittingForm(sitsOn.toString(), sitting.startsAt(), sitting.place(), sitting.onlineLink(),
            sitting.seats())));
  }
}
