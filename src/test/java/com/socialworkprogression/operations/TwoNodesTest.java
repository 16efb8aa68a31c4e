package com.socialworkprogression.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.socialworkprogression.support.Emails;
import com.socialworkprogression.support.Rest;
import com.socialworkprogression.support.SecondNode;
import com.socialworkprogression.support.SwpSpringTest;
import com.socialworkprogression.support.TestStaff;
import com.socialworkprogression.support.Workflow;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.tenancy.Role;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Two nodes on one PostgreSQL database (Maven profile twonodes): this test's own application (node A) and a
 * second one started beside it as its own JVM (node B), both with their job executors and outboxes running.
 * Applications are driven through both; their timers are fired by whichever node gets them first. Nothing is
 * lost, nothing is done or sent twice, and two people acting on one task through different nodes get one
 * answer each, never a 500.
 */
@Tag("twonodes")
@SwpSpringTest
@TestPropertySource(properties = {"camunda.bpm.job-execution.enabled=true", "swp.outbox.poll=true",
    "swp.outbox.poll-interval=2s", "camunda.bpm.generic-properties.properties.hostname=node-a"})
class TwoNodesTest {

  static final String PEOPLE_AND_CULTURE = "harriet.cole";
  static final String ASSESSOR = "adam.reid";
  static final int APPLICATIONS = 8;

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  static final java.time.Instant STARTED = java.time.Instant.now();
  static SecondNode nodeB;
  static int portB;

  @Autowired ProcessEngine engine;
  @Autowired StaffDirectory directory;
  @LocalServerPort int port;
  @Value("${spring.datasource.url}") String databaseUrl;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  Workflow workflow;
  TestStaff staff;

  @BeforeEach
  void bothNodes() throws Exception {
    workflow = new Workflow(engine);
    staff = new TestStaff(engine.getIdentityService(), directory);
    if (nodeB == null) {
      nodeB = new SecondNode("node-b", databaseUrl).start();
      portB = nodeB.port();
    }
  }

  @AfterAll
  static void stopNodeB() {
    if (nodeB != null) {
      nodeB.stop();
    }
  }

  @Test
  @DisplayName("Timers fire once and mail goes once, whichever node runs them; steps done through either node")
  void timersAndMailOnceAcrossNodes() throws Exception {
    Rest nodeBRest = new Rest(portB);
    List<ProcessInstance> asyes = new ArrayList<>();
    for (int n = 0; n < APPLICATIONS; n++) {
      String nqsw = staff.leicestershireWorker("NQSW", LocalDate.of(2025, 7, 1));
      // Started a year and a half ago: every point's timers are already due.
      asyes.add(workflow.start(PEOPLE_AND_CULTURE, "leicestershire", "leicestershireAsye",
          Map.of("applicant", nqsw, "asyeStartDate", "2025-06-02")));
    }
    for (int n = 0; n < asyes.size(); n++) {
      Task choose = workflow.task(asyes.get(n), "chooseAssessor");
      if (n % 2 == 0) {
        workflow.complete(PEOPLE_AND_CULTURE, asyes.get(n), "chooseAssessor", Map.of("assessor", ASSESSOR));
      } else {
        assertThat(nodeBRest.post(PEOPLE_AND_CULTURE, "/engine-rest/task/" + choose.getId() + "/claim",
            "{\"userId\":\"" + PEOPLE_AND_CULTURE + "\"}").status()).isEqualTo(204);
        Rest.Response submitted = nodeBRest.post(PEOPLE_AND_CULTURE, "/engine-rest/task/" + choose.getId() + "/submit-form",
            "{\"variables\":{\"assessor\":{\"value\":\"" + ASSESSOR + "\",\"type\":\"String\"}}}");
        assertThat(submitted.status()).as(submitted.body()).isIn(200, 204);
      }
    }
    waitUntil(Duration.ofMinutes(2), "every overdue point escalated", () -> asyes.stream().allMatch(asye -> chaseOf(asye) != null));
    waitUntil(Duration.ofMinutes(1), "the outboxes empty", () -> waitingMail() == 0);
    Thread.sleep(3000);

    // Which node ran the timers: not asserted (either may take them all), shown for the record.
    System.out.println("Timers run by node: " + engine.getHistoryService().createHistoricJobLogQuery().successLog()
        .tenantIdIn("leicestershire").list().stream().collect(java.util.stream.Collectors.groupingBy(
            org.camunda.bpm.engine.history.HistoricJobLog::getHostname, java.util.stream.Collectors.counting())));
    for (ProcessInstance asye : asyes) {
      String point = pointOf(asye).getId();
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(point).taskDefinitionKey("chaseOverdueAssessment")
          .count()).as("one chase, not two").isEqualTo(1);
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(point).taskDefinitionKey("assessAgainstPcf")
          .count()).as("one assessment task, not two").isEqualTo(1);
      assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(point)
          .activityId("remindAssessor").count()).as("reminded once").isEqualTo(1);
      String name = (String) engine.getRuntimeService().getVariable(asye.getId(), "applicantName");
      // GreenMail keeps one copy per recipient: a mail sent once has one Message-ID however many copies.
      MimeMessage[] all = mail.getReceivedMessages();
      long reminders = Arrays.stream(all)
          .filter(message -> Emails.subject(message).equals("Overdue: 3-month assessment against the PCF for " + name))
          .map(TwoNodesTest::messageId).distinct().count();
      assertThat(reminders).as("the reminder for %s, sent once", name).isEqualTo(1);
      long started = Arrays.stream(all)
          .filter(message -> Emails.subject(message).startsWith("ASYE assessment points for " + name + ","))
          .map(TwoNodesTest::messageId).distinct().count();
      assertThat(started).as("the dates for %s, sent once to the assessor", name).isEqualTo(1);
    }
  }

  @Test
  @DisplayName("Two people claiming one task at once through different nodes: one wins, the other is told plainly, no 500")
  void claimRaceAcrossNodes() throws Exception {
    String otherPsw = staff.member("leicestershire", "PSW", Role.PRINCIPAL_SOCIAL_WORKERS);
    String nqsw = staff.leicestershireWorker("NQSW", LocalDate.of(2025, 7, 1));
    ProcessInstance asye = workflow.start(PEOPLE_AND_CULTURE, "leicestershire", "leicestershireAsye",
        Map.of("applicant", nqsw, "asyeStartDate", "2025-06-02"));
    workflow.complete(PEOPLE_AND_CULTURE, asye, "chooseAssessor", Map.of("assessor", ASSESSOR));
    waitUntil(Duration.ofMinutes(2), "the point escalated", () -> chaseOf(asye) != null);
    Task chase = chaseOf(asye);

    List<Rest> nodes = List.of(new Rest(port), new Rest(portB));
    List<String> people = List.of("nina.patel", otherPsw);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier together = new CyclicBarrier(2);
      List<Future<Rest.Response>> claims = new ArrayList<>();
      for (int n = 0; n < 2; n++) {
        Rest node = nodes.get(n);
        String person = people.get(n);
        claims.add(pool.submit(() -> {
          together.await();
          return node.post(person, "/engine-rest/task/" + chase.getId() + "/claim", "{\"userId\":\"" + person + "\"}");
        }));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Rest.Response> claim : claims) {
        Rest.Response response = claim.get();
        statuses.add(response.status());
        if (response.status() != 204) {
          assertThat(response.body()).containsAnyOf("Someone else has already taken this task",
              "Someone else has just changed this application");
        }
      }
      assertThat(statuses).containsExactlyInAnyOrder(204, 400);
    } finally {
      pool.shutdownNow();
    }
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ProcessInstance pointOf(ProcessInstance asye) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(asye.getId()).singleResult();
  }

  private Task chaseOf(ProcessInstance asye) {
    ProcessInstance point = pointOf(asye);
    List<Task> chases = point == null ? List.of() : engine.getTaskService().createTaskQuery().processInstanceId(point.getId())
        .taskDefinitionKey("chaseOverdueAssessment").list();
    return chases.isEmpty() ? null : chases.get(0);
  }

  /** Mail this class's applications left waiting (an earlier test's, e.g. a crashed node's claim, is not ours). */
  private long waitingMail() {
    return jdbc.queryForObject("select count(*) from mail_outbox where sent_at is null and created_at >= ?", Long.class,
        java.sql.Timestamp.from(STARTED));
  }

  private interface Condition {
    boolean holds() throws Exception;
  }

  private static void waitUntil(Duration limit, String what, Condition condition) throws Exception {
    long until = System.currentTimeMillis() + limit.toMillis();
    while (!condition.holds()) {
      if (System.currentTimeMillis() > until) {
        throw new AssertionError("Waited " + limit.toSeconds() + " s for: " + what);
      }
      Thread.sleep(500);
    }
  }
}
