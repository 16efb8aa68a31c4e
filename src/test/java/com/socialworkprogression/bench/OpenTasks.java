package com.socialworkprogression.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Open tasks at scale, made by the engine itself (so every task has the authorization and identity-link rows a real
 * one has): five authorities, 1,000 staff each, tasks assigned to a person or offered to a role's group. Three people
 * are measured: a Lead Assessor holding 1% of all tasks, a panel member whose group is offered 0.5%, a worker with one.
 */
final class OpenTasks {

  static final List<String> TENANTS = List.of("nelc", "redbridge", "leicestershire", "dudley", "derbyshire");
  static final int STAFF_PER_TENANT = 1000;
  static final String LEAD_ASSESSOR = "bench.lead.assessor";
  static final String PANEL_MEMBER = "bench.panel.member";
  static final String WORKER = "bench.worker";
  static final String PANEL_GROUP = "nelc-heads-of-service";
  private static final List<String> ROLE_GROUPS = List.of("social-workers", "team-managers", "asye-assessors",
      "panel-administrators", "principal-social-workers", "learning-and-development");

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final Random random = new Random(2026);
  private int leadAssessorTasks;
  private int panelTasks;
  private int total;

  OpenTasks(ProcessEngine engine, JdbcTemplate jdbc, TransactionTemplate transactions) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  /** The staff, the three measured people and the two routes' single steps, in every authority. */
  void setUp() {
    List<Object[]> users = new ArrayList<>();
    List<Object[]> memberships = new ArrayList<>();
    for (String tenant : TENANTS) {
      for (int i = 0; i < STAFF_PER_TENANT; i++) {
        String id = "bench." + tenant + "." + i;
        users.add(new Object[] {id, "Staff", tenant + " " + i, id + "@example.org"});
        memberships.add(new Object[] {id, tenant + "-staff"});
        memberships.add(new Object[] {id, tenant + "-" + ROLE_GROUPS.get(i % ROLE_GROUPS.size())});
      }
    }
    jdbc.batchUpdate("insert into ACT_ID_USER (ID_, REV_, FIRST_, LAST_, EMAIL_) values (?, 1, ?, ?, ?)", users);
    jdbc.batchUpdate("insert into ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_) values (?, ?)", memberships);
    person(LEAD_ASSESSOR, "nelc-staff", "nelc-asye-assessors");
    person(PANEL_MEMBER, "nelc-staff", PANEL_GROUP);
    person(WORKER, "nelc-staff", "nelc-social-workers");
    for (String tenant : TENANTS) {
      deploy(tenant, Bpmn.createExecutableProcess("benchAssignedStep").name("Bench: an assigned step")
          .camundaHistoryTimeToLive(180).startEvent().userTask("assessEvidence").name("Assess the evidence")
          .camundaAssignee("${assignee}").endEvent().done());
      deploy(tenant, Bpmn.createExecutableProcess("benchGroupStep").name("Bench: a step offered to a role")
          .camundaHistoryTimeToLive(180).startEvent().userTask("decideApplication").name("Decide the application")
          .camundaCandidateGroups("${candidateGroup}").endEvent().done());
    }
    start(List.of(new Step("nelc", WORKER, null)));
    total = 1;
  }

  private void person(String id, String... groups) {
    var user = engine.getIdentityService().newUser(id);
    user.setFirstName("Bench");
    user.setLastName(id);
    user.setPassword("Progress-2026");
    engine.getIdentityService().saveUser(user);
    for (String group : groups) {
      engine.getIdentityService().createMembership(id, group);
    }
  }

  private void deploy(String tenant, BpmnModelInstance model) {
    engine.getRepositoryService().createDeployment().name("bench").tenantId(tenant)
        .addModelInstance(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
            .iterator().next().getId() + ".bpmn", model).deploy();
  }

  int leadAssessorTasks() {
    return leadAssessorTasks;
  }

  int panelTasks() {
    return panelTasks;
  }

  /** Adds tasks until there are `target` open tasks, in transactions of 500 on two threads. */
  void growTo(int target) throws Exception {
    List<Step> steps = new ArrayList<>();
    int wantLead = target / 100;
    int wantPanel = target / 200;
    for (; leadAssessorTasks < wantLead; leadAssessorTasks++) {
      steps.add(new Step("nelc", LEAD_ASSESSOR, null));
    }
    for (; panelTasks < wantPanel; panelTasks++) {
      steps.add(new Step("nelc", null, PANEL_GROUP));
    }
    while (total + steps.size() < target) {
      String tenant = TENANTS.get(random.nextInt(TENANTS.size()));
      steps.add(random.nextInt(10) < 7
          ? new Step(tenant, "bench." + tenant + "." + random.nextInt(STAFF_PER_TENANT), null)
          : new Step(tenant, null, tenant + "-" + ROLE_GROUPS.get(random.nextInt(ROLE_GROUPS.size()))));
    }
    java.util.Collections.shuffle(steps, random);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> batches = new ArrayList<>();
      for (int from = 0; from < steps.size(); from += 500) {
        List<Step> batch = steps.subList(from, Math.min(steps.size(), from + 500));
        batches.add(threads.submit(() -> start(batch)));
      }
      for (Future<?> batch : batches) {
        batch.get();
      }
    } finally {
      threads.shutdown();
    }
    total += steps.size();
    jdbc.execute("analyze");
  }

  private void start(List<Step> batch) {
    transactions.executeWithoutResult(status -> batch.forEach(step -> engine.getRuntimeService()
        .createProcessInstanceByKey(step.assignee() != null ? "benchAssignedStep" : "benchGroupStep")
        .processDefinitionTenantId(step.tenant())
        .setVariable(step.assignee() != null ? "assignee" : "candidateGroup",
            step.assignee() != null ? step.assignee() : step.candidateGroup())
        .setVariable("applicantName", "Applicant " + random.nextInt(100_000))
        .execute()));
  }

  private record Step(String tenant, String assignee, String candidateGroup) {}
}
