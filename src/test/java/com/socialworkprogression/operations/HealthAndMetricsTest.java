package com.socialworkprogression.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.support.NelcApplications;
import com.socialworkprogression.support.Rest;
import com.socialworkprogression.support.RestTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15, health and metrics: anyone may ask whether the application is alive and ready; only an
 * administrator reads the detail and the metrics, which count applications by authority, route and stage.
 */
class HealthAndMetricsTest extends RestTest {

  @Autowired ApplicationMetrics metrics;

  @Test
  @DisplayName("Liveness and readiness are open to all, and readiness names the database, the engine and mail (and the job executor where it runs)")
  void probesAreOpen() {
    Rest.Response liveness = rest.get(null, "/actuator/health/liveness");
    assertThat(liveness.status()).isEqualTo(200);
    assertThat(liveness.body()).contains("\"status\":\"UP\"");
    Rest.Response readiness = rest.get(null, "/actuator/health/readiness");
    assertThat(readiness.status()).isEqualTo(200);
    // The job executor is part of readiness where it runs; the test profile has none (tests fire timers themselves).
    assertThat(readiness.body()).contains("\"db\"", "\"processEngine\"", "\"mail\"", "\"readinessState\"")
        .as("no detail for anonymous callers").doesNotContain("database\":", "jdbc:");
  }

  @Test
  @DisplayName("Everything else under /actuator needs an administrator: 401 without a login, 403 for anyone else")
  void detailNeedsAnAdministrator() {
    assertThat(rest.get(null, "/actuator/prometheus").status()).isEqualTo(401);
    assertThat(rest.get(null, "/actuator/health").status()).isEqualTo(401);
    assertThat(rest.get("amira.khan", "/actuator/prometheus").status()).isEqualTo(403);
    assertThat(rest.get("oscar.fisher", "/actuator/metrics").status()).as("a process owner").isEqualTo(403);
    // A wrong password, for a user of its own: the engine then delays that user's next logins.
    assertThat(rest.getWithPassword(staff.socialWorker("nelc", "2", 1), "wrong", "/actuator/prometheus").status()).isEqualTo(401);
    assertThat(rest.get("admin", "/actuator/health").body()).contains("\"mail\"", "\"waiting\"");
  }

  @Test
  @DisplayName("Prometheus counts applications by authority, route and stage, open and overdue tasks, timers, failures and mail")
  void metrics() {
    var application = NelcApplications.apply(workflow, "nelc", staff.socialWorker("nelc", "2", 8));
    String task = workflow.task(application, "supportExpressionOfIntent").getId();
    engine.getTaskService().setDueDate(task, java.sql.Timestamp.valueOf("2026-01-05 17:00:00"));
    metrics.refresh();
    Rest.Response prometheus = rest.get("admin", "/actuator/prometheus");
    assertThat(prometheus.status()).isEqualTo(200);
    assertThat(prometheus.body())
        .containsPattern("swp_applications\\{authority=\"nelc\",route=\"nelcSeniorSocialWorker\",stage=\"Support the Expression of Intent\\? \\(line manager\\)\"} [1-9]")
        .containsPattern("swp_tasks_open\\{authority=\"nelc\",route=\"nelcSeniorSocialWorker\"} [1-9]")
        .containsPattern("swp_tasks_overdue\\{authority=\"nelc\",route=\"nelcSeniorSocialWorker\"} [1-9]")
        .contains("swp_timers_due", "swp_notifications_waiting{state=\"failing\"}", "swp_notifications_sent_total")
        .doesNotContain("authority=\"redbridge\",route=\"nelcSeniorSocialWorker\"");
  }
}
