package com.socialworkprogression.panels;

import com.socialworkprogression.panels.Listing.Status;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The sittings tables (V4__panel_sittings.sql). Writes join the caller's transaction (a step's, or a page's). */
@Repository
public class SittingStore {

  private static final String COLUMNS = "id, tenant_id, panel_id, sits_on, starts_at, place, online_link, submit_by, "
      + "created_by, created_at, changed_by, changed_at";

  private final JdbcTemplate jdbc;

  public SittingStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(PanelSitting sitting) {
    jdbc.update("insert into swp_panel_sitting (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        sitting.id(), sitting.tenantId(), sitting.panelId(), Date.valueOf(sitting.sitsOn()), sitting.startsAt(),
        sitting.place(), sitting.onlineLink(), Date.valueOf(sitting.submitBy()), sitting.createdBy(),
        Timestamp.from(sitting.createdAt()), null, null);
    insertSeats(sitting);
  }

  public void update(PanelSitting sitting) {
    jdbc.update("update swp_panel_sitting set sits_on = ?, starts_at = ?, place = ?, online_link = ?, submit_by = ?, "
        + "changed_by = ?, changed_at = ? where id = ?", Date.valueOf(sitting.sitsOn()), sitting.startsAt(),
        sitting.place(), sitting.onlineLink(), Date.valueOf(sitting.submitBy()), sitting.changedBy(),
        Timestamp.from(sitting.changedAt()), sitting.id());
    jdbc.update("delete from swp_panel_seat where sitting_id = ?", sitting.id());
    jdbc.update("delete from swp_panel_guest where sitting_id = ?", sitting.id());
    insertSeats(sitting);
  }

  private void insertSeats(PanelSitting sitting) {
    sitting.seats().forEach((seat, user) ->
        jdbc.update("insert into swp_panel_seat (sitting_id, seat_id, user_id) values (?, ?, ?)", sitting.id(), seat, user));
    sitting.guests().forEach((seat, name) ->
        jdbc.update("insert into swp_panel_guest (sitting_id, seat_id, guest_name) values (?, ?, ?)", sitting.id(), seat, name));
  }

  public Optional<PanelSitting> find(String id) {
    return jdbc.query("select " + COLUMNS + " from swp_panel_sitting where id = ?", this::sitting, id).stream().findFirst();
  }

  /** A panel's sittings in date order. */
  public List<PanelSitting> calendar(String tenantId, String panelId) {
    return jdbc.query("select " + COLUMNS + " from swp_panel_sitting where tenant_id = ? and panel_id = ? "
        + "order by sits_on, starts_at", this::sitting, tenantId, panelId);
  }

  /** The first sitting still taking applications on that day. */
  public Optional<PanelSitting> nextTaking(String tenantId, String panelId, LocalDate day) {
    return jdbc.query("select " + COLUMNS + " from swp_panel_sitting where tenant_id = ? and panel_id = ? "
        + "and submit_by >= ? order by sits_on, starts_at", this::sitting, tenantId, panelId, Date.valueOf(day))
        .stream().findFirst();
  }

  /**
   * The first sitting still taking applications on that day whose seat (e.g. the chair) is held by that person:
   * where each manager keeps the calendar of their own local panel (DER-9-03).
   */
  public Optional<PanelSitting> nextTaking(String tenantId, String panelId, LocalDate day, String seatId, String userId) {
    return jdbc.query("select " + COLUMNS + " from swp_panel_sitting where tenant_id = ? and panel_id = ? "
        + "and submit_by >= ? and exists (select 1 from swp_panel_seat s where s.sitting_id = swp_panel_sitting.id "
        + "and s.seat_id = ? and s.user_id = ?) order by sits_on, starts_at", this::sitting, tenantId, panelId,
        Date.valueOf(day), seatId, userId).stream().findFirst();
  }

  public boolean sitsOn(String tenantId, String panelId, LocalDate day, String exceptId) {
    Integer count = jdbc.queryForObject("select count(*) from swp_panel_sitting where tenant_id = ? and panel_id = ? "
        + "and sits_on = ? and id <> ?", Integer.class, tenantId, panelId, Date.valueOf(day), exceptId == null ? "" : exceptId);
    return count != null && count > 0;
  }

  public void list(String sittingId, String applicationId, String tenantId, String applicant, Instant at) {
    int updated = jdbc.update("update swp_panel_listing set status = ?, listed_at = ? where sitting_id = ? and application_id = ?",
        Status.LISTED.name(), Timestamp.from(at), sittingId, applicationId);
    if (updated == 0) {
      jdbc.update("insert into swp_panel_listing (sitting_id, application_id, tenant_id, applicant, listed_at, status) "
          + "values (?, ?, ?, ?, ?, ?)", sittingId, applicationId, tenantId, applicant, Timestamp.from(at), Status.LISTED.name());
    }
  }

  /** The application leaves every other sitting it was listed for (and not decided at). */
  public void moveAway(String applicationId, String exceptSittingId) {
    jdbc.update("update swp_panel_listing set status = ? where application_id = ? and sitting_id <> ? and status = ?",
        Status.MOVED.name(), applicationId, exceptSittingId, Status.LISTED.name());
  }

  public void decide(String sittingId, String applicationId, String decision, String decidedBy, Instant at) {
    jdbc.update("update swp_panel_listing set status = ?, decision = ?, decided_by = ?, decided_at = ? "
        + "where sitting_id = ? and application_id = ?", Status.DECIDED.name(), decision, decidedBy, Timestamp.from(at),
        sittingId, applicationId);
  }

  /** Everything listed for the sitting, moved away or not, in the order it was listed. */
  public List<Listing> listings(String sittingId) {
    return jdbc.query("select * from swp_panel_listing where sitting_id = ? order by listed_at", SittingStore::listing, sittingId);
  }

  public List<Listing> listingsOf(String applicationId) {
    return jdbc.query("select * from swp_panel_listing where application_id = ? order by listed_at", SittingStore::listing,
        applicationId);
  }

  public List<String> listedApplications() {
    return jdbc.queryForList("select distinct application_id from swp_panel_listing", String.class);
  }

  /** Retention: an application's listings go with its history. */
  public int deleteApplication(String applicationId) {
    return jdbc.update("delete from swp_panel_listing where application_id = ?", applicationId);
  }

  private PanelSitting sitting(ResultSet row, int index) throws SQLException {
    String id = row.getString("id");
    Map<String, String> seats = new LinkedHashMap<>();
    jdbc.query("select seat_id, user_id from swp_panel_seat where sitting_id = ?",
        (ResultSet seat) -> { seats.put(seat.getString("seat_id"), seat.getString("user_id")); }, id);
    Map<String, String> guests = new LinkedHashMap<>();
    jdbc.query("select seat_id, guest_name from swp_panel_guest where sitting_id = ?",
        (ResultSet guest) -> { guests.put(guest.getString("seat_id"), guest.getString("guest_name")); }, id);
    Timestamp changed = row.getTimestamp("changed_at");
    return new PanelSitting(id, row.getString("tenant_id"), row.getString("panel_id"), row.getDate("sits_on").toLocalDate(),
        row.getString("starts_at"), row.getString("place"), row.getString("online_link"),
        row.getDate("submit_by").toLocalDate(), seats, guests, row.getString("created_by"), row.getTimestamp("created_at").toInstant(),
        row.getString("changed_by"), changed == null ? null : changed.toInstant());
  }

  private static Listing listing(ResultSet row, int index) throws SQLException {
    Timestamp decided = row.getTimestamp("decided_at");
    return new Listing(row.getString("sitting_id"), row.getString("application_id"), row.getString("tenant_id"),
        row.getString("applicant"), row.getTimestamp("listed_at").toInstant(), Status.valueOf(row.getString("status")),
        row.getString("decision"), row.getString("decided_by"), decided == null ? null : decided.toInstant());
  }
}
