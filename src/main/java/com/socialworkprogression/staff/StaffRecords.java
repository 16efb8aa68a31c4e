package com.socialworkprogression.staff;

import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.tenancy.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Creates or replaces a staff record, for the directory API and the directory's pages alike: the same checks, one
 * transaction, a change of level recorded with its effective date, and every field that changed audited with who
 * changed it, from what and to what.
 */
@Service
public class StaffRecords {

  /** One field's change, as the audit keeps it. */
  public record Change(String field, String before, String after, String changedBy, Instant changedAt) {}

  private final StaffDirectory directory;
  private final People people;
  private final Today today;
  private final JdbcClient jdbc;

  public StaffRecords(StaffDirectory directory, People people, Today today, JdbcClient jdbc) {
    this.directory = directory;
    this.people = people;
    this.today = today;
    this.jdbc = jdbc;
  }

  @Transactional
  public StaffRecord replace(String tenantId, String userId, StaffRecord body, String editor) {
    directory.tenantOf(userId).filter(other -> !other.equals(tenantId)).ifPresent(other -> {
      throw new ResponseStatusException(HttpStatus.CONFLICT, userId + " belongs to another authority's directory.");
    });
    if (!people.exists(userId)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "There is no user '" + userId + "': create the user in Camunda Admin first, then their directory record.");
    }
    if (!people.belongsTo(tenantId, userId)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, userId + " is not a member of " + tenantId
          + ": add them to the group " + Role.STAFF.groupId(tenantId) + " in Camunda Admin first.");
    }
    StaffMember member = body.toMember(tenantId, userId);
    requireColleague(tenantId, member.lineManagerId(), "lineManagerId");
    requireColleague(tenantId, member.teamManagerId(), "teamManagerId");
    var before = directory.find(tenantId, userId);
    StaffRecord old = before.map(this::record).orElse(null);
    if (before.isPresent() && !before.get().currentLevel().equals(member.currentLevel())) {
      directory.save(member.withLevel(before.get().currentLevel()));
      LocalDate effective = body.levelEffectiveOn() == null ? today.date() : body.levelEffectiveOn();
      directory.changeLevel(before.get(), member.currentLevel(), effective, editor, null, "Changed in the staff directory",
          today.now().toInstant());
    } else {
      directory.save(member);
    }
    if (body.caseload() != null) {
      directory.replaceCaseload(userId, body.caseload().stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList());
    }
    StaffRecord now = record(directory.get(tenantId, userId));
    audit(tenantId, userId, old, now, editor);
    return now;
  }

  /** The record's audited changes, newest first. */
  public List<Change> changes(String tenantId, String userId) {
    return jdbc.sql("select field, before_value, after_value, changed_by, changed_at from staff_directory_change "
            + "where tenant_id = ? and user_id = ? order by changed_at desc, id desc").params(tenantId, userId)
        .query((rs, n) -> new Change(rs.getString("field"), rs.getString("before_value"), rs.getString("after_value"),
            rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant())).list();
  }

  public StaffRecord record(StaffMember member) {
    return StaffRecord.of(member, directory.caseload(member.userId()), directory.procedures(member.userId()));
  }

  private void audit(String tenantId, String userId, StaffRecord before, StaffRecord after, String editor) {
    List<String[]> changed = new ArrayList<>();
    compare(changed, "fullName", before == null ? null : before.fullName(), after.fullName());
    compare(changed, "email", before == null ? null : before.email(), after.email());
    compare(changed, "jobTitle", before == null ? null : before.jobTitle(), after.jobTitle());
    compare(changed, "currentLevel", before == null ? null : before.currentLevel(), after.currentLevel());
    compare(changed, "qualifiedOn", before == null ? null : before.qualifiedOn(), after.qualifiedOn());
    compare(changed, "asyeCompletedOn", before == null ? null : before.asyeCompletedOn(), after.asyeCompletedOn());
    compare(changed, "pre2012Equivalent", before == null ? null : before.pre2012Equivalent(), after.pre2012Equivalent());
    compare(changed, "registrationNumber", before == null ? null : before.registrationNumber(), after.registrationNumber());
    compare(changed, "lineManagerId", before == null ? null : before.lineManagerId(), after.lineManagerId());
    compare(changed, "teamManagerId", before == null ? null : before.teamManagerId(), after.teamManagerId());
    compare(changed, "nextPmrDate", before == null ? null : before.nextPmrDate(), after.nextPmrDate());
    compare(changed, "permanent", before == null ? null : before.permanent(), after.permanent());
    compare(changed, "caseload", before == null ? null : String.join(", ", before.caseload()), String.join(", ", after.caseload()));
    Timestamp at = Timestamp.from(today.now().toInstant());
    for (String[] change : changed) {
      jdbc.sql("insert into staff_directory_change (tenant_id, user_id, field, before_value, after_value, changed_by, changed_at) "
          + "values (?, ?, ?, ?, ?, ?, ?)").params(tenantId, userId, change[0], change[1], change[2], editor, at).update();
    }
  }

  private static void compare(List<String[]> changed, String field, Object before, Object after) {
    String was = before == null ? null : before.toString();
    String is = after == null ? null : after.toString();
    if (!Objects.equals(was, is)) {
      changed.add(new String[] {field, was, is});
    }
  }

  private void requireColleague(String tenantId, String userId, String field) {
    if (userId != null && directory.find(tenantId, userId).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          field + " '" + userId + "' is not in the " + tenantId + " directory: add them first.");
    }
  }
}
