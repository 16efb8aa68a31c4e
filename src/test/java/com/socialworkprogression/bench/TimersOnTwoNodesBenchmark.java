package com.socialworkprogression.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.socialworkprogression.support.Emails;
import com.socialworkprogression.support.SecondNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deadline timers on two nodes (issue 14, figure 3): N applications whose deadline has passed, each deadline a timer
 * that tells the applicant by email, drained first by one node (the baseline) and then, for N more, by two nodes on
 * the same PostgreSQL database. Checked, not timed: every timer fired once (none twice, none lost), no failed job,
 * and every mail delivered exactly once. Timed: timers drained per second, two nodes against one.
 *
 * Size: -Dbench.timers=10000 (default 200, the smoke run in .ci/run).
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=true", "swp.outbox.poll=true", "swp.outbox.poll-interval=2s",
    "swp.outbox.deliver-after-commit=async", "camunda.bpm.generic-properties.properties.hostname=node-a",
    // A burst of thousands of mails: one line each that it waits for the poller is noise here.
    "logging.level.com.socialworkprogression.notification.Outbox=WARN", "logging.level.com.icegreen=WARN"})
class TimersOnTwoNodesBenchmark {

  static final String TEMPLATE = "Subject: Your deadline has passed ({benchNumber})\n\n"
      + "The deadline for application {benchNumber} has passed. Your line manager will contact you.\n";

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  static String databaseUrl;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    databaseUrl = BenchDatabase.use("swp_bench_timers", registry);
  }

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;
  private final AtomicInteger numbers = new AtomicInteger();

  @Test
  void deadlineTimersDrainedByOneNodeThenTwo() throws Exception {
    int size = Integer.getInteger("bench.timers", 200);
    deploy();
    BenchReport report = new BenchReport("Deadline timers drained: two nodes against one, on one PostgreSQL database",
        "nodes", "timers", "drained in s", "timers per s", "÷ one node", "fired twice", "lost", "mails sent", "failed jobs")
        .condition(size + " due timers per run, each ending in a notification (outbox, delivered to GreenMail);"
            + " job executor as configured (" + engine.getProcessEngineConfiguration().getClass().getSimpleName() + ")");

    double oneNode = drain("one node", size, report, 0);
    SecondNode nodeB = new SecondNode("bench-node-b", databaseUrl).start();
    try {
      drain("two nodes", size, report, oneNode);
    } finally {
      nodeB.stop();
    }
    report.condition("timers run by node: " + jdbc.queryForList("select HOSTNAME_, count(*) n from ACT_HI_JOB_LOG"
        + " where JOB_DEF_TYPE_ = 'timer-transition' and JOB_STATE_ = 2 group by HOSTNAME_ order by HOSTNAME_"));
    report.publish();
  }

  /** Starts `size` applications, makes their deadlines due at once, waits until all have fired; returns timers/s. */
  private double drain(String nodes, int size, BenchReport report, double baseline) throws Exception {
    int first = numbers.get() + 1;
    List<Integer> batch = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      batch.add(numbers.incrementAndGet());
      if (batch.size() == 250 || i == size - 1) {
        List<Integer> these = List.copyOf(batch);
        transactions.executeWithoutResult(status -> these.forEach(number -> engine.getRuntimeService()
            .createProcessInstanceByKey("benchDeadline").processDefinitionTenantId("nelc")
            .businessKey(key(number))
            .setVariables(Map.of("applicant", "noah.price", "benchNumber", key(number),
                "due", new Date(System.currentTimeMillis() + Duration.ofDays(1).toMillis())))
            .execute()));
        batch.clear();
      }
    }
    long start = System.nanoTime();
    jdbc.update("update ACT_RU_JOB set DUEDATE_ = ? where HANDLER_TYPE_ = 'timer-transition' and PROCESS_DEF_KEY_ = 'benchDeadline'",
        new Date(System.currentTimeMillis() - 1000));
    waitUntil(Duration.ofMinutes(30), "every deadline fired", () -> jdbc.queryForObject(
        "select count(*) from ACT_RU_JOB where PROCESS_DEF_KEY_ = 'benchDeadline' and EXCEPTION_MSG_ is null", Long.class) == 0);
    double seconds = (System.nanoTime() - start) / 1e9;
    waitUntil(Duration.ofMinutes(10), "the outbox empty", () -> jdbc.queryForObject(
        "select count(*) from mail_outbox where sent_at is null", Long.class) == 0);

    List<String> keys = new ArrayList<>();
    for (int n = first; n < first + size; n++) {
      keys.add(key(n));
    }
    long firedTwice = jdbc.queryForObject("select count(*) from (select PROC_INST_ID_ from ACT_HI_ACTINST where ACT_ID_ = 'deadlinePassed'"
        + " group by PROC_INST_ID_ having count(*) > 1) twice", Long.class);
    long fired = jdbc.queryForObject("select count(distinct a.PROC_INST_ID_) from ACT_HI_ACTINST a join ACT_HI_PROCINST p"
        + " on p.ID_ = a.PROC_INST_ID_ where a.ACT_ID_ = 'deadlinePassed' and p.END_TIME_ is not null"
        + " and p.BUSINESS_KEY_ between ? and ?", Long.class, keys.get(0), keys.get(keys.size() - 1));
    long failedJobs = jdbc.queryForObject("select count(*) from ACT_RU_JOB where PROCESS_DEF_KEY_ = 'benchDeadline'"
        + " and EXCEPTION_MSG_ is not null", Long.class);
    Map<String, Long> mails = Arrays.stream(mail.getReceivedMessages()).map(Emails::subject)
        .filter(subject -> subject.startsWith("Your deadline has passed (bench-"))
        .collect(java.util.stream.Collectors.groupingBy(subject -> subject, java.util.stream.Collectors.counting()));
    long mailsOnce = keys.stream().filter(key -> mails.getOrDefault("Your deadline has passed (" + key + ")", 0L) == 1).count();

    // GreenMail slows down as it holds more mail: each run starts with an empty server.
    mail.purgeEmailFromAllMailboxes();
    double perSecond = size / seconds;
    report.row(nodes, size, seconds, perSecond, baseline == 0 ? 1.0 : perSecond / baseline, firedTwice, size - fired,
        mailsOnce + " of " + size + " once", failedJobs);
    // Correctness, not speed: these hold on any machine.
    assertThat(firedTwice).as("timers fired twice").isZero();
    assertThat(fired).as("timers fired (none lost)").isEqualTo(size);
    assertThat(failedJobs).as("failed jobs").isZero();
    assertThat(mailsOnce).as("mails delivered exactly once").isEqualTo(size);
    return perSecond;
  }

  /** One step with a deadline: when it passes, the applicant is told (the kit's own notification step). */
  private void deploy() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("benchDeadline").name("Bench: a step with a deadline")
        .camundaHistoryTimeToLive(180)
        .startEvent("applied").userTask("assessEvidence").name("Assess the evidence").camundaAssignee("${applicant}")
        .boundaryEvent("deadlinePassed").name("Deadline passed").timerWithDate("${due}")
        .sendTask("tellApplicant").name("Tell the applicant: deadline passed")
        .camundaDelegateExpression("${sendNotification}")
        .camundaInputParameter("template", "nelc/bench-deadline-passed")
        .camundaInputParameter("recipients", "applicant")
        .endEvent("deadlineMissed")
        .moveToActivity("assessEvidence").endEvent("assessed").done();
    engine.getRepositoryService().createDeployment().name("bench").tenantId("nelc")
        .addModelInstance("benchDeadline.bpmn", model)
        .addString("bench-deadline-passed.txt", TEMPLATE)
        .deploy();
  }

  /** Zero-padded, so that one run's business keys sort together. */
  private static String key(int number) {
    return String.format("bench-%06d", number);
  }

  private static void waitUntil(Duration limit, String what, BooleanSupplier done) throws InterruptedException {
    long until = System.nanoTime() + limit.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new IllegalStateException("Not within " + limit + ": " + what);
      }
      Thread.sleep(100);
    }
  }
}
