package com.socialworkprogression.bench;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * The route-throughput benchmark's baseline: the same diagrams with no-op delegates. Every delegate, execution
 * listener and task listener bean the diagrams name is wrapped. REAL runs it. RECORD runs it and notes what it left
 * behind that the diagram reads (variables set or removed, a task's assignee, due date and candidates, a BPMN error).
 * REPLAY does not run it: it only puts back what was recorded for the same step, so that the application takes the
 * same path through the same diagram while none of the checks, tables, letters, mail or directory writes run.
 * Expressions that call beans (e.g. ${dueIn.workingDays(...)}) stay real in both: they are not delegates.
 */
public class DelegateReplay implements BeanPostProcessor {

  enum Mode { REAL, RECORD, REPLAY }

  private static volatile Mode mode = Mode.REAL;
  private static final Map<String, List<Effect>> RECORDED = new ConcurrentHashMap<>();
  private static final Map<String, Integer> OCCURRENCES = new HashMap<>();

  /** Time spent in each bean while REAL: what the real delegates cost, to say where a route's time goes. */
  private static final Map<String, Long> SPENT = new ConcurrentHashMap<>();

  static String costliest(int how, long totalNanos) {
    return SPENT.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(how)
        .map(e -> String.format("%s %.0f%%", e.getKey(), 100.0 * e.getValue() / totalNanos))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  static void resetSpent() {
    SPENT.clear();
  }

  static void mode(Mode newMode) {
    mode = newMode;
  }

  /** Each application is recorded or replayed from its first step: the n-th run of a step replays the n-th recording. */
  static synchronized void newApplication() {
    OCCURRENCES.clear();
  }

  static int recordedSteps() {
    return RECORDED.values().stream().mapToInt(List::size).sum();
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (!(bean instanceof JavaDelegate || bean instanceof ExecutionListener || bean instanceof TaskListener)) {
      return bean;
    }
    ProxyFactory proxy = new ProxyFactory(bean);
    proxy.setProxyTargetClass(true);
    proxy.addAdvice((MethodInterceptor) invocation -> intercept(beanName, invocation));
    return proxy.getProxy(bean.getClass().getClassLoader());
  }

  private static Object intercept(String beanName, MethodInvocation invocation) throws Throwable {
    String method = invocation.getMethod().getName();
    Object[] arguments = invocation.getArguments();
    boolean delegateCall = (method.equals("execute") || method.equals("notify")) && arguments.length == 1
        && (arguments[0] instanceof DelegateExecution || arguments[0] instanceof DelegateTask);
    if (!delegateCall) {
      return invocation.proceed();
    }
    if (mode == Mode.REAL) {
      long start = System.nanoTime();
      try {
        return invocation.proceed();
      } finally {
        SPENT.merge(beanName, System.nanoTime() - start, Long::sum);
      }
    }
    String key = arguments[0] instanceof DelegateTask task
        ? task.getProcessDefinitionId().split(":")[0] + "/" + task.getTaskDefinitionKey() + "/" + task.getEventName() + "/" + beanName
        : key((DelegateExecution) arguments[0], beanName);
    int occurrence;
    synchronized (DelegateReplay.class) {
      occurrence = OCCURRENCES.merge(key, 1, Integer::sum) - 1;
    }
    if (mode == Mode.RECORD) {
      Snapshot before = Snapshot.of(arguments[0]);
      Effect effect;
      try {
        invocation.proceed();
        effect = before.changesTo(Snapshot.of(arguments[0]), arguments[0], null);
      } catch (BpmnError error) {
        effect = before.changesTo(Snapshot.of(arguments[0]), arguments[0], error);
      }
      List<Effect> effects = RECORDED.computeIfAbsent(key, k -> new ArrayList<>());
      synchronized (effects) {
        if (effects.size() == occurrence) {
          effects.add(effect);
        }
      }
      effect.throwIfError();
      return null;
    }
    List<Effect> effects = RECORDED.get(key);
    if (effects == null || effects.size() <= occurrence) {
      throw new IllegalStateException("No recording of step " + key + " #" + occurrence + ": record an application first");
    }
    effects.get(occurrence).applyTo(arguments[0]);
    return null;
  }

  private static String key(DelegateExecution execution, String beanName) {
    return execution.getProcessDefinitionId().split(":")[0] + "/" + execution.getCurrentActivityId() + "/"
        + execution.getEventName() + "/" + beanName;
  }

  /** What a diagram can read after a step: the visible variables and, for a task, who holds it and when it is due. */
  private record Snapshot(Map<String, Object> variables, String assignee, Date due, Integer priority, Set<String> groups,
                          Set<String> users) {

    static Snapshot of(Object delegate) {
      if (delegate instanceof DelegateTask task) {
        Set<String> groups = new HashSet<>();
        Set<String> users = new HashSet<>();
        for (IdentityLink link : task.getCandidates()) {
          if (link.getGroupId() != null) {
            groups.add(link.getGroupId());
          } else {
            users.add(link.getUserId());
          }
        }
        return new Snapshot(new LinkedHashMap<>(task.getVariables()), task.getAssignee(), task.getDueDate(),
            task.getPriority(), groups, users);
      }
      return new Snapshot(new LinkedHashMap<>(((DelegateExecution) delegate).getVariables()), null, null, null, Set.of(), Set.of());
    }

    Effect changesTo(Snapshot after, Object delegate, BpmnError error) {
      Map<String, Object> local = new LinkedHashMap<>();
      Map<String, Object> instance = new LinkedHashMap<>();
      Map<String, Object> anywhere = new LinkedHashMap<>();
      after.variables.forEach((name, value) -> {
        Object old = variables.get(name);
        if (variables.containsKey(name) && (Objects.equals(old, value) || String.valueOf(old).equals(String.valueOf(value)))) {
          return;
        }
        if (delegate instanceof DelegateTask task) {
          (task.hasVariableLocal(name) ? local : anywhere).put(name, value);
        } else {
          DelegateExecution execution = (DelegateExecution) delegate;
          (execution.hasVariableLocal(name) ? local
              : execution.getProcessInstance().hasVariableLocal(name) ? instance : anywhere).put(name, value);
        }
      });
      Set<String> removed = new HashSet<>(variables.keySet());
      removed.removeAll(after.variables.keySet());
      Set<String> addedGroups = new HashSet<>(after.groups);
      addedGroups.removeAll(groups);
      Set<String> addedUsers = new HashSet<>(after.users);
      addedUsers.removeAll(users);
      return new Effect(local, instance, anywhere, removed,
          Objects.equals(assignee, after.assignee) ? null : Optional.of(after.assignee),
          Objects.equals(due, after.due) ? null : Optional.of(after.due),
          Objects.equals(priority, after.priority) ? null : after.priority, addedGroups, addedUsers, error);
    }
  }

  /** A value that may itself be null (an assignee taken away), as opposed to "unchanged" (the Optional is null). */
  private record Optional<T>(T value) {
    static <T> Optional<T> of(T value) {
      return new Optional<>(value);
    }
  }

  private record Effect(Map<String, Object> local, Map<String, Object> instance, Map<String, Object> anywhere,
                        Set<String> removed, Optional<String> assignee, Optional<Date> due, Integer priority,
                        Set<String> groups, Set<String> users, BpmnError error) {

    void applyTo(Object delegate) {
      if (delegate instanceof DelegateTask task) {
        task.setVariablesLocal(local);
        task.setVariables(anywhere);
        removed.forEach(task::removeVariable);
        if (assignee != null) {
          task.setAssignee(assignee.value());
        }
        if (due != null) {
          task.setDueDate(due.value());
        }
        if (priority != null) {
          task.setPriority(priority);
        }
        groups.forEach(task::addCandidateGroup);
        users.forEach(task::addCandidateUser);
      } else {
        DelegateExecution execution = (DelegateExecution) delegate;
        execution.setVariablesLocal(local);
        execution.getProcessInstance().setVariables(instance);
        execution.setVariables(anywhere);
        removed.forEach(execution::removeVariable);
      }
      throwIfError();
    }

    void throwIfError() {
      if (error != null) {
        throw new BpmnError(error.getErrorCode(), error.getMessage());
      }
    }
  }
}
