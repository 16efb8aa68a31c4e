package com.socialworkprogression.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.support.SwpSpringTest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * AuthorizationChecksAtScalePlugin asks the engine's authorization questions differently on PostgreSQL: the answers
 * must be the same. Each person's tasks, list and count, are compared with the engine's own queries.
 */
@SwpSpringTest
class AuthorizationChecksAtScaleTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  ProcessEngineConfigurationImpl config() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  boolean postgres() {
    return "postgres".equals(config().getDatabaseType());
  }

  @AfterEach
  void oursAgain() {
    engine.getIdentityService().clearAuthentication();
    if (postgres()) {
      AuthorizationChecksAtScalePlugin.useOurs(config(), true);
    }
  }

  @Test
  @DisplayName("The groups that hold authorizations are the same, read by index on PostgreSQL or by scan elsewhere")
  void sameAuthorizedGroups() {
    List<String> asTheEngineReadsThem = config().getCommandExecutorTxRequired().execute((Command<List<String>>) context ->
        context.getDbEntityManager().selectList("selectAuthorizedGroupIds"));
    List<String> plain = jdbc.queryForList(
        "select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION where GROUP_ID_ is not null", String.class);

    assertThat(plain).isNotEmpty();
    assertThat(asTheEngineReadsThem.stream().filter(Objects::nonNull).toList()).containsExactlyInAnyOrderElementsOf(plain);
    assertThat(config().getDbSqlSessionFactory().mapStatement("selectAuthorizedGroupIds")).isEqualTo(
        postgres() ? AuthorizationChecksAtScalePlugin.GROUPS_BY_INDEX : "selectAuthorizedGroupIds");
  }

  @Test
  @DisplayName("Each person sees the same tasks, in the same order and number, as with the engine's own task query")
  void sameTasksForEveryone() {
    engine.getRepositoryService().createDeployment().tenantId("nelc").name("authorization-at-scale")
        .addModelInstance("atScale.bpmn", Bpmn.createExecutableProcess("authorizationAtScale")
            .camundaHistoryTimeToLive(1).startEvent().parallelGateway("both")
            .userTask("assigned").camundaAssignee("${assignee}").endEvent()
            .moveToNode("both").userTask("offered").camundaCandidateGroups("${group}").endEvent().done())
        .deploy();
    for (Map<String, Object> people : List.of(Map.<String, Object>of("assignee", "priya.shah", "group", "nelc-principal-social-workers"),
        Map.<String, Object>of("assignee", "lewis.brown", "group", "nelc-people-and-culture"),
        Map.<String, Object>of("assignee", "priya.shah", "group", "nelc-team-managers"))) {
      engine.getRuntimeService().createProcessInstanceByKey("authorizationAtScale").processDefinitionTenantId("nelc")
          .setVariables(people).execute();
    }
    assertThat(config().getDbSqlSessionFactory().mapStatement("selectTaskByQueryCriteria")).isEqualTo(
        postgres() ? AuthorizationChecksAtScalePlugin.STATEMENTS.get("selectTaskByQueryCriteria") : "selectTaskByQueryCriteria");

    // An assignee, members of the groups offered tasks, an uninvolved colleague, a process owner, another authority.
    for (String person : List.of("priya.shah", "lewis.brown", "sam.patel", "hannah.lee", "tara.wilson", "peter.jones",
        "mark.ellis", "helen.baker")) {
      List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(person).list().stream()
          .map(Group::getId).toList();
      List<String> tenants = engine.getIdentityService().createTenantQuery().userMember(person).includingGroupsOfUser(true)
          .list().stream().map(Tenant::getId).toList();
      engine.getIdentityService().setAuthentication(person, groups, tenants);
      long rewrittenBefore = ExistsAuthorizationSqlSource.REWRITTEN.get();
      Answers ours = answers();
      assertThat(ExistsAuthorizationSqlSource.REWRITTEN.get() > rewrittenBefore).as("asked the EXISTS way").isEqualTo(postgres());
      if (postgres()) {
        AuthorizationChecksAtScalePlugin.useOurs(config(), false);
      }
      Answers engines = answers();
      AuthorizationChecksAtScalePlugin.useOurs(config(), postgres());
      assertThat(ours).as("what %s sees", person).isEqualTo(engines);
      engine.getIdentityService().clearAuthentication();
    }
  }

  private Answers answers() {
    var tasks = engine.getTaskService();
    Supplier<org.camunda.bpm.engine.task.TaskQuery> all = () -> tasks.createTaskQuery().orderByTaskCreateTime().desc()
        .orderByTaskId().asc();
    return new Answers(ids(all.get().list()), all.get().count(), ids(all.get().listPage(0, 2)),
        ids(tasks.createTaskQuery().taskCandidateGroupIn(List.of("nelc-principal-social-workers", "nelc-people-and-culture",
            "nelc-team-managers")).orderByTaskId().asc().list()),
        tasks.createTaskQuery().taskAssigneeLike("%a%").count());
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }

  private record Answers(List<String> all, long count, List<String> firstPage, List<String> offered, long assignedLike) {}
}
