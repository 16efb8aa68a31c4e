package com.socialworkprogression.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.documents.DocumentRetention;
import com.socialworkprogression.documents.DocumentStore;
import com.socialworkprogression.support.NelcApplications;
import com.socialworkprogression.support.RouteTest;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15, retention: an ended application is kept for its authority's retention period (six years
 * unless configured) and then deleted by history cleanup, its documents and letters with it.
 */
class RetentionTest extends RouteTest {

  @Autowired RetentionPlugin plugin;
  @Autowired DocumentStore documents;
  @Autowired DocumentRetention documentRetention;
  @Autowired com.socialworkprogression.notification.SentMailRetention sentMailRetention;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  @DisplayName("The retention period comes from the configuration: six years after an application ends by default")
  void sixYearsByDefault() {
    assertThat(plugin.retention().retentionOf("nelc")).isEqualTo(Period.ofYears(6));
    ProcessInstance ended = notSupported(LocalDate.of(2026, 11, 23));
    HistoricProcessInstance history = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(ended.getId()).singleResult();
    assertThat(history.getRemovalTime()).isNotNull();
    assertThat(LocalDate.ofInstant(history.getRemovalTime().toInstant(), java.time.ZoneId.of("Europe/London")))
        .isEqualTo(LocalDate.of(2032, 11, 23));
  }

  @Test
  @DisplayName("An authority may keep its applications for a period of its own (swp.authorities[].retention)")
  void aPeriodPerAuthority() {
    assertThat(plugin.retention().retentionOf("othershire")).isEqualTo(Period.ofYears(1));
    HistoricProcessInstanceEventEntity ended = new HistoricProcessInstanceEventEntity();
    ended.setTenantId("othershire");
    ended.setEndTime(java.sql.Timestamp.valueOf("2026-11-23 10:00:00"));
    assertThat(plugin.retention().calculateRemovalTime(ended, null)).isEqualTo(java.sql.Timestamp.valueOf("2027-11-23 10:00:00"));
    HistoricProcessInstanceEventEntity running = new HistoricProcessInstanceEventEntity();
    running.setTenantId("othershire");
    assertThat(plugin.retention().calculateRemovalTime(running, null)).as("a running application is kept").isNull();
  }

  @Test
  @DisplayName("History cleanup deletes an application older than its retention period, with its letters and the mail it sent, and keeps a younger one")
  void cleanupRemovesTheOlderApplicationOnly() {
    ProcessInstance older = notSupported(LocalDate.of(2019, 3, 4));
    ProcessInstance younger = notSupported(LocalDate.of(2021, 3, 4));
    workflow.clock(LocalDate.of(2026, 11, 23));
    assertThat(documents.ofApplication(older.getId())).as("the not-supported letter").hasSize(1);

    assertThat(mailOf(older)).as("the not-supported email, kept in the outbox as sent").isPositive();
    runHistoryCleanup();
    documentRetention.sweep();
    sentMailRetention.sweep();

    assertThat(historyOf(older)).as("ended 2019: past six years").isEmpty();
    assertThat(documents.ofApplication(older.getId())).isEmpty();
    assertThat(historyOf(younger)).as("ended 2021: kept until 2027").hasSize(1);
    assertThat(documents.ofApplication(younger.getId())).hasSize(1);
    assertThat(mailOf(older)).isZero();
    assertThat(mailOf(younger)).isPositive();
  }

  private int mailOf(ProcessInstance application) {
    return jdbc.queryForObject("select count(*) from mail_outbox where process_instance_id = ?", Integer.class,
        application.getId());
  }

  private ProcessInstance notSupported(LocalDate endedOn) {
    workflow.clock(endedOn);
    ProcessInstance instance = NelcApplications.apply(workflow, "nelc", staff.socialWorker("nelc", "2", 8));
    workflow.complete("lewis.brown", instance, "supportExpressionOfIntent", Map.of("lineManagerDecision", "notSupported",
        "areasToDevelop", "Court skills.", "developmentDiscussion", "Shadow two hearings."));
    return instance;
  }

  private List<HistoricProcessInstance> historyOf(ProcessInstance instance) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).list();
  }

  /** What the nightly window does: the history cleanup job, run now. */
  private void runHistoryCleanup() {
    Job cleanup = engine.getHistoryService().cleanUpHistoryAsync(true);
    engine.getManagementService().executeJob(cleanup.getId());
  }
}
