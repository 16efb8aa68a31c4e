package com.socialworkprogression.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.support.TestStaff;
import com.socialworkprogression.support.Workflow;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Route throughput (issue 14, figure 1): complete applications per second through NELC's and Redbridge's routes, with
 * the real delegates, checks, history and authorization, against the same diagrams with no-op delegates
 * ({@link DelegateReplay}), taken in the same run, in turns. Subclasses choose the database.
 *
 * Mail is delivered after the commit on the outbox's own threads, as in production (the test suite sends it before).
 *
 * Applications per round: -Dbench.applications=40 (default 3, the smoke run in .ci/run); two rounds of each.
 */
abstract class RouteThroughputBenchmark {

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired StaffDirectory directory;
  @Autowired JdbcTemplate jdbc;

  abstract String database();

  @AfterEach
  void realAgain() {
    DelegateReplay.mode(DelegateReplay.Mode.REAL);
    ClockUtil.reset();
  }

  @Test
  void completeApplicationsPerSecond() {
    int applications = Integer.getInteger("bench.applications", 3);
    RouteDrivers drivers = new RouteDrivers(engine, new Workflow(engine), new TestStaff(engine.getIdentityService(), directory));
    BenchReport report = new BenchReport("Route throughput on " + database() + ": real delegates against no-op delegates",
        "route", "applications", "real: per s", "no-op delegates: per s", "real ÷ no-op")
        .condition(applications + " applications per round, two rounds of each kind in turns (ABBA), one at a time, after one"
            + " recorded and four warm-up applications; history full, authorization on, each step by its named person")
        .condition("no-op: each delegate and listener replays what it set in the warm-up (variables, assignee, due date)"
            + " instead of running; bean expressions in the diagram still run");
    measure(report, "NELC Level 2 to 3 (nelcSeniorSocialWorker)", applications, drivers::nelcProgressed);
    measure(report, "Redbridge progression review", applications, drivers::redbridgeProgressed);
    report.publish();
  }

  private void measure(BenchReport report, String route, int applications, Supplier<ProcessInstance> drive) {
    DelegateReplay.mode(DelegateReplay.Mode.RECORD);
    DelegateReplay.newApplication();
    drive.get();
    assertThat(DelegateReplay.recordedSteps()).as("delegate steps recorded").isPositive();
    // Warm both paths up (the JIT, the caches) before anything is measured.
    run(DelegateReplay.Mode.REAL, 2, drive);
    run(DelegateReplay.Mode.REPLAY, 2, drive);
    long real = 0;
    long noOp = 0;
    DelegateReplay.resetSpent();
    // In turns, each kind first once, so that neither gains from going second.
    real += run(DelegateReplay.Mode.REAL, applications, drive);
    noOp += run(DelegateReplay.Mode.REPLAY, applications, drive);
    noOp += run(DelegateReplay.Mode.REPLAY, applications, drive);
    real += run(DelegateReplay.Mode.REAL, applications, drive);
    double realRate = 2 * applications / (real / 1e9);
    double noOpRate = 2 * applications / (noOp / 1e9);
    report.row(route, 2 * applications, realRate, noOpRate, realRate / noOpRate);
    report.condition(route + ": the real run's time in delegates, costliest first: " + DelegateReplay.costliest(6, real));
  }

  private static long run(DelegateReplay.Mode mode, int applications, Supplier<ProcessInstance> drive) {
    DelegateReplay.mode(mode);
    long start = System.nanoTime();
    for (int n = 0; n < applications; n++) {
      DelegateReplay.newApplication();
      drive.get();
    }
    return System.nanoTime() - start;
  }
}
