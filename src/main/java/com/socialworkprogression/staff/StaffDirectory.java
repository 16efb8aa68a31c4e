package com.socialworkprogression.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The staff directory tables. Every read names the authority: one authority never reads another's staff. */
@Repository
@DependsOnDatabaseInitialization
public class StaffDirectory {

  private final JdbcClient jdbc;

  public StaffDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<StaffMember> find(String tenantId, String userId) {
    return jdbc.sql("select * from staff_member where tenant_id = ? and user_id = ?")
        .params(tenantId, userId).query(StaffDirectory::member).optional();
  }

  public StaffMember get(String tenantId, String userId) {
    return find(tenantId, userId).orElseThrow(() -> new StaffNotFound(tenantId, userId));
  }

  public List<StaffMember> list(String tenantId) {
    return jdbc.sql("select * from staff_member where tenant_id = ? order by full_name")
        .param(tenantId).query(StaffDirectory::member).list();
  }

  public List<StaffMember> atLevel(String tenantId, String level) {
    return jdbc.sql("select * from staff_member where tenant_id = ? and current_level = ? order by full_name")
        .params(tenantId, level).query(StaffDirectory::member).list();
  }

  /** The authority of a user id, whichever it is: used to tell "not yours" from "no such person". */
  public Optional<String> tenantOf(String userId) {
    return jdbc.sql("select tenant_id from staff_member where user_id = ?").param(userId).query(String.class).optional();
  }

  @Transactional
  public void save(StaffMember member) {
    int updated = jdbc.sql("""
        update staff_member set full_name = ?, email = ?, job_title = ?, current_level = ?, qualified_on = ?,
          asye_completed_on = ?, pre_2012_equivalent = ?, registration_number = ?, line_manager_id = ?,
          team_manager_id = ?, next_pmr_date = ?, permanent = ?
        where user_id = ? and tenant_id = ?""")
        .params(member.fullName(), member.email(), member.jobTitle(), member.currentLevel(), member.qualifiedOn(),
            member.asyeCompletedOn(), member.pre2012Equivalent(), member.registrationNumber(), member.lineManagerId(),
            member.teamManagerId(), member.nextPmrDate(), member.permanent(), member.userId(), member.tenantId())
        .update();
    if (updated == 0) {
      jdbc.sql("""
          insert into staff_member (user_id, tenant_id, full_name, email, job_title, current_level, qualified_on,
            asye_completed_on, pre_2012_equivalent, registration_number, line_manager_id, team_manager_id,
            next_pmr_date, permanent) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(member.userId(), member.tenantId(), member.fullName(), member.email(), member.jobTitle(),
              member.currentLevel(), member.qualifiedOn(), member.asyeCompletedOn(), member.pre2012Equivalent(),
              member.registrationNumber(), member.lineManagerId(), member.teamManagerId(), member.nextPmrDate(),
              member.permanent())
          .update();
    }
  }

  public List<String> caseload(String userId) {
    return jdbc.sql("select case_reference from staff_case where user_id = ? order by case_reference")
        .param(userId).query(String.class).list();
  }

  @Transactional
  public void replaceCaseload(String userId, List<String> caseReferences) {
    jdbc.sql("delete from staff_case where user_id = ?").param(userId).update();
    for (String reference : caseReferences) {
      jdbc.sql("insert into staff_case (user_id, case_reference) values (?, ?)").params(userId, reference).update();
    }
  }

  public List<Procedure> procedures(String userId) {
    return jdbc.sql("select id, kind, opened_on, closed_on from staff_procedure where user_id = ? order by opened_on")
        .param(userId)
        .query((rs, n) -> new Procedure(rs.getLong("id"), rs.getString("kind"), date(rs, "opened_on"), date(rs, "closed_on")))
        .list();
  }

  public long openProcedure(String userId, String kind, LocalDate openedOn) {
    jdbc.sql("insert into staff_procedure (user_id, kind, opened_on) values (?, ?, ?)")
        .params(userId, kind, openedOn).update();
    return jdbc.sql("select max(id) from staff_procedure where user_id = ?").param(userId).query(Long.class).single();
  }

  public boolean closeProcedure(String userId, long id, LocalDate closedOn) {
    return jdbc.sql("update staff_procedure set closed_on = ? where id = ? and user_id = ?")
        .params(closedOn, id, userId).update() == 1;
  }

  /** Sets the level and records the change with its effective date, in one transaction. */
  @Transactional
  public void changeLevel(StaffMember member, String toLevel, LocalDate effectiveOn, String recordedBy,
      String processInstanceId, String note, Instant now) {
    jdbc.sql("update staff_member set current_level = ? where user_id = ? and tenant_id = ?")
        .params(toLevel, member.userId(), member.tenantId()).update();
    jdbc.sql("""
        insert into staff_level_change (user_id, tenant_id, from_level, to_level, effective_on, recorded_at,
          recorded_by, process_instance_id, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(member.userId(), member.tenantId(), member.currentLevel(), toLevel, effectiveOn, Timestamp.from(now),
            recordedBy, processInstanceId, note)
        .update();
  }

  public List<LevelChange> levelChanges(String tenantId, String userId) {
    return jdbc.sql("select * from staff_level_change where tenant_id = ? and user_id = ? order by effective_on, id")
        .params(tenantId, userId)
        .query((rs, n) -> new LevelChange(rs.getString("user_id"), rs.getString("from_level"), rs.getString("to_level"),
            date(rs, "effective_on"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"),
            rs.getString("process_instance_id"), rs.getString("note")))
        .list();
  }

  private static StaffMember member(ResultSet rs, int row) throws SQLException {
    return new StaffMember(rs.getString("user_id"), rs.getString("tenant_id"), rs.getString("full_name"),
        rs.getString("email"), rs.getString("job_title"), rs.getString("current_level"), date(rs, "qualified_on"),
        date(rs, "asye_completed_on"), rs.getBoolean("pre_2012_equivalent"), rs.getString("registration_number"),
        rs.getString("line_manager_id"), rs.getString("team_manager_id"), date(rs, "next_pmr_date"),
        rs.getBoolean("permanent"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    java.sql.Date value = rs.getDate(column);
    return value == null ? null : value.toLocalDate();
  }
}
