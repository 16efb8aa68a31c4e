package com.socialworkprogression.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.security.AuthorizationChecksAtScalePlugin;
import com.socialworkprogression.support.TasklistSessionClient;
import com.socialworkprogression.tenancy.AuthoritySetup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inbox latency at scale (issue 14, figure 2): Tasklist's own calls for a page of 15 tasks and for the count, made
 * in a Tasklist session as three people, on PostgreSQL with authorization on, as open tasks grow. The baseline is
 * the same call by the same person with authorization off, taken in the same run. "Engine defaults" are Camunda's
 * own settings (revoke checks "auto", CMMN and standalone tasks on); "ours" are the application's configuration.
 *
 * Sizes: -Dbench.inbox.sizes=5000,50000,200000 (default 500, the smoke run in .ci/run). No timing is asserted.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "swp.demo-data=true"})
class InboxAtScaleBenchmark {

  private static final String LIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
      + "\"orQueries\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    BenchDatabase.use("swp_bench_inbox", registry);
  }

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;
  @LocalServerPort int port;

  @Test
  void inboxLatencyAsOpenTasksGrow() throws Exception {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Settings ours = Settings.of(config);
    List<Integer> sizes = Arrays.stream(System.getProperty("bench.inbox.sizes", "500").split(","))
        .map(String::trim).map(Integer::valueOf).toList();
    int samples = Integer.getInteger("bench.inbox.samples", 40);
    OpenTasks tasks = new OpenTasks(engine, jdbc, transactions);
    tasks.setUp();
    BenchReport report = new BenchReport("Inbox latency: Tasklist's list (page of 15) and count, in a Tasklist session",
        "open tasks", "person (her tasks)", "call", "settings", "p50 ms", "p95 ms", "p95 ÷ authorization off", "samples")
        .condition("PostgreSQL " + jdbc.queryForObject("show server_version", String.class) + ", statistics fresh (ANALYZE)"
            + " after each growth; 5 authorities, 5,000 staff; history full; authorization and tenant checks on")
        .condition("baseline: the same call by the same person with authorization off, in the same run;"
            + " ours = " + ours + "; engine defaults = " + Settings.ENGINE_DEFAULTS);
    List<Person> people = List.of(
        new Person(OpenTasks.LEAD_ASSESSOR, "Lead Assessor", AuthoritySetup.MY_TASKS),
        new Person(OpenTasks.PANEL_MEMBER, "panel member", AuthoritySetup.MY_TEAMS_TASKS),
        new Person(OpenTasks.WORKER, "worker", AuthoritySetup.MY_TASKS));
    for (int size : sizes) {
      long started = System.nanoTime();
      tasks.growTo(size);
      long open = engine.getTaskService().createTaskQuery().count();
      report.condition(open + " open tasks made in " + (System.nanoTime() - started) / 1_000_000_000 + " s");
      for (Person person : people) {
        TasklistSessionClient session = new TasklistSessionClient(port).logIn(person.id());
        String filter = engine.getFilterService().createFilterQuery().filterName(person.filter()).singleResult().getId();
        String count = session.engine("POST", "/filter/" + filter + "/count", "{}", false);
        String who = person.role() + " (" + count.replaceAll("\\D", "") + ")";
        List<Settings> modes = List.of(Settings.AUTHORIZATION_OFF, Settings.ENGINE_DEFAULTS, ours);
                List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(person.id()).list().stream()
            .map(org.camunda.bpm.engine.identity.Group::getId).toList();
        List<String> tenants = engine.getIdentityService().createTenantQuery().userMember(person.id())
            .includingGroupsOfUser(true).list().stream().map(org.camunda.bpm.engine.identity.Tenant::getId).toList();
        for (String call : List.of("Tasklist list", "Tasklist count", "engine list", "engine count")) {
          Timings baseline = null;
          for (Settings mode : modes) {
            mode.applyTo(config);
            engine.getIdentityService().setAuthentication(person.id(), groups, tenants);
            try {
              Timings timings = Timings.of(3, samples, 15_000, () -> switch (call) {
                case "Tasklist list" ->
                    session.engine("POST", "/filter/" + filter + "/list?firstResult=0&maxResults=15", LIST_BODY, true);
                case "Tasklist count" -> session.engine("POST", "/filter/" + filter + "/count", "{}", false);
                case "engine list" -> engine.getFilterService().listPage(filter, 0, 15);
                default -> engine.getFilterService().count(filter);
              });
              if (baseline == null) {
                baseline = timings;
              }
              report.row(open, who, call, mode.name(), timings.p50(), timings.p95(), timings.p95() / baseline.p95(),
                  timings.count());
            } finally {
              engine.getIdentityService().clearAuthentication();
              ours.applyTo(config);
            }
          }
        }
      }
    }
    report.publish();
    assertThat(jdbc.queryForObject("select count(*) from ACT_RU_TASK", Long.class)).isGreaterThanOrEqualTo(sizes.get(sizes.size() - 1));
  }

  private record Person(String id, String role, String filter) {}

  /** The engine settings the task query's SQL depends on; switched between calls, as each call reads them. */
  record Settings(String name, boolean authorization, String revokes, boolean cmmn, boolean standaloneTasks,
                  boolean checksAtScale) {
    static final Settings AUTHORIZATION_OFF = new Settings("authorization off", false, "auto", true, true, false);
    static final Settings ENGINE_DEFAULTS = new Settings("engine defaults", true, "auto", true, true, false);

    static Settings of(ProcessEngineConfigurationImpl config) {
      return new Settings("ours", config.isAuthorizationEnabled(), config.getAuthorizationCheckRevokes(),
          config.isCmmnEnabled(), config.isStandaloneTasksEnabled(), !config.getDbSqlSessionFactory()
          .mapStatement("selectTaskByQueryCriteria").equals("selectTaskByQueryCriteria"));
    }

    void applyTo(ProcessEngineConfigurationImpl config) {
      config.setAuthorizationEnabled(authorization);
      config.setAuthorizationCheckRevokes(revokes);
      config.setCmmnEnabled(cmmn);
      config.setStandaloneTasksEnabled(standaloneTasks);
      AuthorizationChecksAtScalePlugin.useOurs(config, checksAtScale);
    }

    @Override
    public String toString() {
      return "revokes " + revokes + ", CMMN " + (cmmn ? "on" : "off") + ", standalone tasks "
          + (standaloneTasks ? "on" : "off") + (checksAtScale ? ", authorization checks at scale (groups by index,"
          + " task queries with EXISTS, index on USER_ID_)" : ", the engine's own authorization queries");
    }
  }
}
