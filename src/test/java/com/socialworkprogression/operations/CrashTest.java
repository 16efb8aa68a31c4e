package com.socialworkprogression.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.leicestershire.LeicestershireLevelThreeRouteTest;
import com.socialworkprogression.panels.PanelSitting;
import com.socialworkprogression.panels.SittingStore;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.support.PanelCalendar;
import com.socialworkprogression.support.Rest;
import com.socialworkprogression.support.SecondNode;
import com.socialworkprogression.support.SwpSpringTest;
import com.socialworkprogression.support.TestStaff;
import com.socialworkprogression.support.Workflow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/**
 * A node killed with kill -9 while chairs record panel decisions through it (Maven profile twonodes, tag crash).
 * Each decision and the Level 3 it records in the staff directory are one transaction: after the crash every
 * application has either both or neither, no step that was answered as done is lost, and the restarted node
 * completes the rest.
 */
@Tag("crash")
@SwpSpringTest
@TestPropertySource(properties = {"camunda.bpm.job-execution.enabled=true", "swp.outbox.poll=true",
    "swp.outbox.poll-interval=2s", "camunda.bpm.generic-properties.properties.hostname=node-a"})
class CrashTest {

  static final int APPLICATIONS = 16;
  static final String CHAIR = PanelCalendar.CHAIR;

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired StaffDirectory directory;
  @Autowired SittingStore sittings;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Value("${spring.datasource.url}") String databaseUrl;

  @Test
  @DisplayName("kill -9 during panel decisions: each application has its decision and its Level 3 together or not at all; nothing answered as done is lost")
  void killedWhileDecisionsAreRecorded() throws Exception {
    Workflow workflow = new Workflow(engine);
    TestStaff staff = new TestStaff(engine.getIdentityService(), directory);
    new PanelCalendar(workflow).empty();
    // A sitting today (set up directly: the calendar refuses a date that is not after today), taking applications today.
    LocalDate today = LocalDate.now(Dates.UK);
    PanelSitting sitting = new PanelSitting(UUID.randomUUID().toString(), "leicestershire", "progression-panel", today, "09:00",
        "County Hall", null, today, new java.util.LinkedHashMap<>(PanelCalendar.MEMBERS), Map.of(), "pam.hill", Instant.now(),
        null, null);
    sittings.insert(sitting);

    Map<String, ProcessInstance> byWorker = new ConcurrentHashMap<>();
    for (int n = 0; n < APPLICATIONS; n++) {
      String worker = staff.leicestershireWorker("2", LocalDate.of(2022, 7, 1));
      ProcessInstance application = workflow.start(worker, "leicestershire", "leicestershireLevelThree", Map.of(
          "supervisionDate", today.minusDays(7).toString(), "areaOfWork", "Hinckley", "discussedWithTeamManager", true));
      workflow.complete("rachel.adams", application, "writeTeamManagerReport", Map.of("teamManagerReadiness", "ready",
          "holisticAssessment", "Ready."));
      workflow.complete(worker, application, "buildPortfolio", LeicestershireLevelThreeRouteTest.portfolio());
      workflow.complete("liam.walsh", application, "checkPortfolioEvidence", Map.of("evidenceDecision", "met"));
      byWorker.put(worker, application);
    }

    SecondNode node = new SecondNode("node-crash", databaseUrl).start();
    Rest rest = new Rest(node.port());
    Set<String> answeredDone = ConcurrentHashMap.newKeySet();
    ExecutorService chairs = Executors.newFixedThreadPool(4);
    try {
      for (Map.Entry<String, ProcessInstance> entry : byWorker.entrySet()) {
        Task task = workflow.task(entry.getValue(), "recordPanelDecision");
        chairs.submit(() -> {
          Rest.Response response = rest.post(CHAIR, "/engine-rest/task/" + task.getId() + "/submit-form",
              "{\"variables\":{\"panelDecision\":{\"value\":\"pass\",\"type\":\"String\"},"
              + "\"panelRationale\":{\"value\":\"A confident practitioner.\",\"type\":\"String\"}}}");
          if (response.status() == 204 || response.status() == 200) {
            answeredDone.add(entry.getKey());
          }
        });
      }
      // Let some decisions through, then kill it while the others are in flight.
      long until = System.currentTimeMillis() + 20_000;
      while (answeredDone.size() < APPLICATIONS / 4 && System.currentTimeMillis() < until) {
        Thread.sleep(20);
      }
      node.kill();
    } finally {
      chairs.shutdownNow();
      chairs.awaitTermination(30, TimeUnit.SECONDS);
    }

    int decided = 0;
    for (Map.Entry<String, ProcessInstance> entry : byWorker.entrySet()) {
      String worker = entry.getKey();
      boolean ended = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(entry.getValue().getId())
          .count() == 0;
      String level = directory.get("leicestershire", worker).currentLevel();
      int changes = directory.levelChanges("leicestershire", worker).size();
      if (ended) {
        decided++;
        assertThat(level).as("%s: decided, so Level 3", worker).isEqualTo("3");
        assertThat(changes).as("%s: one level change", worker).isEqualTo(1);
      } else {
        assertThat(workflow.task(entry.getValue(), "recordPanelDecision")).as("%s: still waiting for its decision", worker)
            .isNotNull();
        assertThat(level).as("%s: not decided, still Level 2", worker).isEqualTo("2");
        assertThat(changes).as("%s: no level change", worker).isZero();
        assertThat(answeredDone).as("%s: nothing answered as done is lost", worker).doesNotContain(worker);
      }
    }
    assertThat(decided).as("some decisions got through before the kill").isGreaterThanOrEqualTo(answeredDone.size());
    System.out.println("Crash: " + answeredDone.size() + " answered as done, " + decided + " decided, "
        + (APPLICATIONS - decided) + " left waiting, of " + APPLICATIONS);

    // Restarted, the node completes the rest: no lock or half-made step is left behind.
    node.start();
    try {
      for (Map.Entry<String, ProcessInstance> entry : byWorker.entrySet()) {
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(entry.getValue().getId()).count() > 0) {
          Task task = workflow.task(entry.getValue(), "recordPanelDecision");
          Rest.Response response = rest.post(CHAIR, "/engine-rest/task/" + task.getId() + "/submit-form",
              "{\"variables\":{\"panelDecision\":{\"value\":\"pass\",\"type\":\"String\"},"
              + "\"panelRationale\":{\"value\":\"A confident practitioner.\",\"type\":\"String\"}}}");
          assertThat(response.status()).as(response.body()).isIn(200, 204);
        }
        assertThat(directory.get("leicestershire", entry.getKey()).currentLevel()).isEqualTo("3");
        assertThat(directory.levelChanges("leicestershire", entry.getKey())).hasSize(1);
      }
      // Each decision's mail is in the outbox exactly once: none lost with the node, none written twice.
      List<Long> mailPerApplication = new ArrayList<>();
      for (ProcessInstance application : byWorker.values()) {
        mailPerApplication.add(jdbc.queryForObject("select count(*) from mail_outbox where process_instance_id = ?",
            Long.class, application.getId()));
      }
      assertThat(mailPerApplication).as("mail per application").allMatch(count -> count > 0)
          .containsOnly(mailPerApplication.get(0));
    } finally {
      node.stop();
    }
  }
}
