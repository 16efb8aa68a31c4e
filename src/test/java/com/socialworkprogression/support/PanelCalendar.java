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
  private final String tenant;
  private final String panel;
  private final String administrator;
  private final Map<String, String> members;

  /** Leicestershire's Progression Panel. */
  public PanelCalendar(Workflow workflow) {
    this(workflow, TENANT, PANEL, ADMINISTRATOR, MEMBERS);
  }

  public PanelCalendar(Workflow workflow, String tenant, String panel, String administrator, Map<String, String> members) {
    this.workflow = workflow;
    this.tenant = tenant;
    this.panel = panel;
    this.administrator = administrator;
    this.members = members;
  }

  /** Dudley's quarterly Career Progression Panel, with a Children in Care Council representative as its guest. */
  public static PanelCalendar dudley(Workflow workflow) {
    return new PanelCalendar(workflow, "dudley", "career-progression-panel", "pat.lowe", Map.of("chair", "ruth.green",
        "cppServiceManager", "clare.webb", "cppRepresentative", "tom.price", "childrenInCareCouncil", "Jordan (Children in Care Council)"));
  }

  /** Derbyshire's grade 11 panel: two District/Area Managers and a professional development representative. */
  public static PanelCalendar derbyshireGradeEleven(Workflow workflow) {
    return new PanelCalendar(workflow, "derbyshire", "grade-eleven-panel", "sue.hart", Map.of("chair", "sue.hart",
        "secondDistrictManager", "raj.mehta", "professionalDevelopment", "lyn.carter"));
  }

  /** Derbyshire's local panel (grade 9 to 10) chaired by that District/Area Manager, who keeps its calendar. */
  public static PanelCalendar derbyshireLocal(Workflow workflow, String districtManager) {
    return new PanelCalendar(workflow, "derbyshire", "local-panel", districtManager, Map.of("chair", districtManager,
        "professionalDevelopment", "lyn.carter"));
  }

  /** Nothing scheduled: the sittings other tests made are gone (their applications keep their variables). */
  public PanelCalendar empty() {
    JdbcTemplate jdbc = SpringBeans.get(JdbcTemplate.class);
    String sittings = "(select id from swp_panel_sitting where tenant_id = '" + tenant + "')";
    jdbc.update("delete from swp_panel_listing where sitting_id in " + sittings);
    jdbc.update("delete from swp_panel_seat where sitting_id in " + sittings);
    jdbc.update("delete from swp_panel_guest where sitting_id in " + sittings);
    jdbc.update("delete from swp_panel_sitting where tenant_id = ?", tenant);
    return this;
  }

  public PanelSitting schedule(LocalDate sitsOn) {
    return schedule(sitsOn, members);
  }

  public PanelSitting schedule(LocalDate sitsOn, Map<String, String> members) {
    return workflow.as(administrator, () -> SpringBeans.get(PanelSittings.class).schedule(workflow.caller(administrator),
        tenant, panel, new SittingForm(sitsOn.toString(), "10:00", "Room 2, County Hall, Glenfield", "", members)));
  }

  public PanelSitting move(PanelSitting sitting, LocalDate sitsOn) {
    SittingForm before = SittingForm.of(sitting);
    return workflow.as(administrator, () -> SpringBeans.get(PanelSittings.class).change(workflow.caller(administrator),
        sitting.id(), new SittingForm(sitsOn.toString(), before.startsAt(), before.place(), before.onlineLink(), before.seats())));
  }
}
