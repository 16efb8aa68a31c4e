package com.socialworkprogression.kit.progression;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Repository;

/** Applications that ended in a deferral (NELC-L3-14: the worker may apply again three months later). */
@Repository
@DependsOnDatabaseInitialization
public class DeferralRecords {

  private final JdbcClient jdbc;

  public DeferralRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String tenantId, String userId, String route, LocalDate deferredOn, String processInstanceId) {
    jdbc.sql("insert into progression_deferral (user_id, tenant_id, route, deferred_on, process_instance_id) values (?, ?, ?, ?, ?)")
        .params(userId, tenantId, route, deferredOn, processInstanceId).update();
  }

  public Optional<LocalDate> lastDeferredOn(String tenantId, String userId, String route) {
    return jdbc.sql("select max(deferred_on) from progression_deferral where tenant_id = ? and user_id = ? and route = ?")
        .params(tenantId, userId, route).query(java.sql.Date.class).optional().map(java.sql.Date::toLocalDate);
  }
}
