package com.socialworkprogression.operations;

import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.notification.OutboxStore;
import com.socialworkprogression.tenancy.Authorities;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.MultiGauge.Row;
import io.micrometer.core.instrument.Tags;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What an operator asks of the running schemes, as Prometheus gauges (/actuator/prometheus): applications
 * by authority, route and stage (the step of the route's top level an application is at); open and
 * overdue tasks; timers due and not yet fired; jobs that failed their retries and open incidents; mail
 * waiting in the outbox. Counted with one grouped query each, straight from the engine's tables, every
 * minute rather than at each scrape, so that a scrape costs nothing however many applications there are.
 */
@Component
@EnableScheduling
public class ApplicationMetrics {

  private static final String NO_AUTHORITY = "none";

  private final JdbcTemplate jdbc;
  private final Authorities authorities;
  private final OutboxStore outbox;
  private final Today today;
  private final MultiGauge applications;
  private final MultiGauge openTasks;
  private final MultiGauge overdueTasks;
  private final MultiGauge timersDue;
  private final MultiGauge failedJobs;
  private final MultiGauge incidents;
  private final MultiGauge mail;

  public ApplicationMetrics(JdbcTemplate jdbc, OutboxStore outbox, Today today, Authorities authorities, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.authorities = authorities;
    this.outbox = outbox;
    this.today = today;
    applications = MultiGauge.builder("swp.applications").description("Running applications, by the stage they are at").register(meters);
    openTasks = MultiGauge.builder("swp.tasks.open").description("Open tasks").register(meters);
    overdueTasks = MultiGauge.builder("swp.tasks.overdue").description("Open tasks past their due date").register(meters);
    timersDue = MultiGauge.builder("swp.timers.due").description("Deadline timers due that have not fired yet").register(meters);
    failedJobs = MultiGauge.builder("swp.jobs.failed").description("Jobs that failed all their retries").register(meters);
    incidents = MultiGauge.builder("swp.incidents").description("Open incidents (see Cockpit)").register(meters);
    mail = MultiGauge.builder("swp.notifications.waiting").description("Mail in the outbox not sent yet").register(meters);
  }

  @Scheduled(fixedDelayString = "${swp.metrics.refresh:60s}", initialDelayString = "${swp.metrics.first-refresh:5s}")
  public void refresh() {
    Timestamp now = new Timestamp(today.now().getTime());
    applications.register(rows("select a.TENANT_ID_, a.PROC_DEF_KEY_, a.ACT_NAME_, count(*) from ACT_HI_ACTINST a"
        + " where a.END_TIME_ is null and a.PARENT_ACT_INST_ID_ = a.PROC_INST_ID_"
        + " group by a.TENANT_ID_, a.PROC_DEF_KEY_, a.ACT_NAME_", "authority", "route", "stage"), true);
    openTasks.register(rows("select t.TENANT_ID_, d.KEY_, count(*) from ACT_RU_TASK t join ACT_RE_PROCDEF d"
        + " on t.PROC_DEF_ID_ = d.ID_ group by t.TENANT_ID_, d.KEY_", "authority", "route"), true);
    overdueTasks.register(rows("select t.TENANT_ID_, d.KEY_, count(*) from ACT_RU_TASK t join ACT_RE_PROCDEF d"
        + " on t.PROC_DEF_ID_ = d.ID_ where t.DUE_DATE_ < ? group by t.TENANT_ID_, d.KEY_", now, "authority", "route"), true);
    timersDue.register(perAuthority("select TENANT_ID_, count(*) from ACT_RU_JOB where TYPE_ = 'timer' and DUEDATE_ <= ?"
        + " group by TENANT_ID_", now), true);
    failedJobs.register(perAuthority("select TENANT_ID_, count(*) from ACT_RU_JOB where RETRIES_ = 0 group by TENANT_ID_"), true);
    incidents.register(perAuthority("select TENANT_ID_, count(*) from ACT_RU_INCIDENT group by TENANT_ID_"), true);
    OutboxStore.Backlog backlog = outbox.backlog();
    mail.register(List.of(Row.of(Tags.of("state", "waiting"), backlog.waiting()),
        Row.of(Tags.of("state", "failing"), backlog.failing())), true);
  }

  /**
   * One row per authority, a zero for each that has none, so that an alert on "above zero" sees every
   * authority from the start. The query groups by tenant and counts.
   */
  private List<Row<?>> perAuthority(String sql, Object... parameters) {
    Map<String, Long> counts = new LinkedHashMap<>();
    authorities.ids().forEach(id -> counts.put(id, 0L));
    jdbc.query(sql, resultSet -> {
      String authority = resultSet.getString(1);
      counts.put(authority == null ? NO_AUTHORITY : authority, resultSet.getLong(2));
    }, parameters);
    List<Row<?>> rows = new ArrayList<>();
    counts.forEach((authority, count) -> rows.add(Row.of(Tags.of("authority", authority), count)));
    return rows;
  }

  private List<Row<?>> rows(String sql, String... tags) {
    return rows(sql, null, tags);
  }

  /** One row per group: the grouping columns become the tags, in order, and the last column the value. */
  private List<Row<?>> rows(String sql, Timestamp parameter, String... tags) {
    Object[] parameters = parameter == null ? new Object[0] : new Object[] {parameter};
    List<Row<?>> rows = new ArrayList<>();
    jdbc.query(sql, resultSet -> {
      String[] pairs = new String[tags.length * 2];
      for (int i = 0; i < tags.length; i++) {
        String value = resultSet.getString(i + 1);
        pairs[2 * i] = tags[i];
        pairs[2 * i + 1] = value == null ? NO_AUTHORITY : value;
      }
      rows.add(Row.of(Tags.of(pairs), resultSet.getLong(tags.length + 1)));
    }, parameters);
    return rows;
  }
}
