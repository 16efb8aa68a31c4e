package com.socialworkprogression.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import com.socialworkprogression.calendar.Dates;

/**
 * Works a route the way its people do: each step as the logged-in user (so authorizations, the tenant
 * check and the task checks all apply), with the engine's clock set by the test.
 */
public class Workflow {

  private final ProcessEngine engine;

  public Workflow(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Runs work as a user, with their groups and authorities, as Tasklist and REST would. */
  public <T> T as(String userId, Supplier<T> work) {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    List<String> tenants = engine.getIdentityService().createTenantQuery().userMember(userId)
        .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
    engine.getIdentityService().setAuthentication(userId, groups, tenants);
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  public void as(String userId, Runnable work) {
    as(userId, () -> {
      work.run();
      return null;
    });
  }

  /** Submits a start form as the user, as Tasklist's "Start process" does. */
  public ProcessInstance start(String userId, String tenantId, String processKey, Map<String, Object> form) {
    return as(userId, () -> {
      String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(processKey).tenantIdIn(tenantId).latestVersion().singleResult().getId();
      return engine.getFormService().submitStartForm(definitionId, form);
    });
  }

  /** The open task of that step, as the engine sees it (no user). */
  public Task task(ProcessInstance instance, String taskKey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task '%s'", taskKey).isNotNull();
    return task;
  }

  /** The user attaches a file to the open task of that step, as in Tasklist's Documents tab (claiming it first if need be). */
  public com.socialworkprogression.documents.StoredDocument attach(String userId, ProcessInstance instance, String taskKey,
      String fileName, byte[] content) {
    Task task = task(instance, taskKey);
    if (task.getAssignee() == null) {
      as(userId, () -> engine.getTaskService().claim(task.getId(), userId));
    }
    return SpringBeans.get(com.socialworkprogression.documents.EvidenceDocuments.class)
        .attach(task.getId(), caller(userId), fileName, content);
  }

  /** The user as a login gives them: their groups and authorities. */
  public com.socialworkprogression.documents.Caller caller(String userId) {
    var identity = engine.getIdentityService();
    return new com.socialworkprogression.documents.Caller(userId,
        identity.createGroupQuery().groupMember(userId).list().stream().map(org.camunda.bpm.engine.identity.Group::getId).toList(),
        identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
            .map(org.camunda.bpm.engine.identity.Tenant::getId).toList());
  }

  /** The user finds the task in their inbox, claims it if it is a group task, and completes the form. */
  public void complete(String userId, ProcessInstance instance, String taskKey, Map<String, Object> form) {
    as(userId, () -> {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey(taskKey).singleResult();
      assertThat(task).as("'%s' in %s's inbox", taskKey, userId).isNotNull();
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), userId);
      }
      engine.getFormService().submitTaskForm(task.getId(), form);
    });
  }

  public void clock(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(Dates.UK).toInstant()));
  }

  public void clock(LocalDate date) {
    clock(date.atTime(10, 0));
  }

  public void clock(Date time) {
    ClockUtil.setCurrentTime(time);
  }

  /** The timer on that activity, to be fired by {@link #fire(Job)}. */
  public Job timer(ProcessInstance instance, String activityId) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .timers().activityId(activityId).singleResult();
    assertThat(job).as("timer on '%s'", activityId).isNotNull();
    return job;
  }

  /** Moves the clock to the timer's due date and fires it, as the job executor would. */
  public void fire(ProcessInstance instance, String activityId) {
    Job job = timer(instance, activityId);
    clock(job.getDuedate());
    engine.getManagementService().executeJob(job.getId());
  }

  /**
   * Runs the application's waiting asynchronous continuations (not its timers), one at a time and with
   * no user, as the job executor does in the running application; e.g. the portfolio's join, which
   * waits for the job executor so that two people can complete sibling evidence tasks at once.
   */
  public void runAsyncContinuations(ProcessInstance instance) {
    for (int executed = 0; executed < 100; executed++) {
      List<Job> waiting = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
          .messages().executable().listPage(0, 1);
      if (waiting.isEmpty()) {
        return;
      }
      engine.getManagementService().executeJob(waiting.get(0).getId());
    }
    throw new IllegalStateException("More than 100 asynchronous continuations in " + instance.getId());
  }

  public Object variable(ProcessInstance instance, String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }
}
