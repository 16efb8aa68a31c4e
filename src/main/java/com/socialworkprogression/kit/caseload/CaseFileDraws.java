package com.socialworkprogression.kit.caseload;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Repository;

/** Every random draw of case files, kept for audit (what was in the pool, what was drawn). */
@Repository
@DependsOnDatabaseInitialization
public class CaseFileDraws {

  private final JdbcClient jdbc;

  public CaseFileDraws(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Draw(long id, String userId, String processInstanceId, Instant drawnAt, List<String> caseload,
      List<String> chosenByWorker, List<String> drawn) {}

  public long record(String tenantId, String userId, String processInstanceId, Instant drawnAt, List<String> caseload,
      List<String> chosenByWorker, List<String> drawn) {
    jdbc.sql("""
        insert into case_file_draw (tenant_id, user_id, process_instance_id, drawn_at, caseload, chosen_by_worker, drawn)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(tenantId, userId, processInstanceId, Timestamp.from(drawnAt), String.join(",", caseload),
            String.join(",", chosenByWorker), String.join(",", drawn))
        .update();
    return jdbc.sql("select max(id) from case_file_draw where process_instance_id = ?")
        .param(processInstanceId).query(Long.class).single();
  }

  public List<Draw> forInstance(String tenantId, String processInstanceId) {
    return jdbc.sql("select * from case_file_draw where tenant_id = ? and process_instance_id = ? order by id")
        .params(tenantId, processInstanceId)
        .query((rs, n) -> new Draw(rs.getLong("id"), rs.getString("user_id"), rs.getString("process_instance_id"),
            rs.getTimestamp("drawn_at").toInstant(), List.of(rs.getString("caseload").split(",")),
            List.of(rs.getString("chosen_by_worker").split(",")), List.of(rs.getString("drawn").split(","))))
        .list();
  }
}
