package com.socialworkprogression.process.integrity;

import com.socialworkprogression.process.RuleRefusal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Holds what a form is missing from the moment a task's completion starts (before the route's own
 * complete listeners) until the task's activity ends (after them), within one command on one thread.
 *
 * <p>As a command interceptor it also frames each outermost command: the holder is emptied when the
 * command ends, and if one of the route's own checks fails with something other than a refusal (say,
 * it could not cope with a value the form requires but that was not given) while the form's problems
 * are held, the person is told those problems instead of getting a server error.
 */
final class HeldFormProblems extends CommandInterceptor {

  private static final ThreadLocal<Map<String, List<FormRules.Problem>>> HELD = new ThreadLocal<>();

  /** Holds the problems until the task's activity ends; refuses now if no command frames this thread. */
  static void hold(String executionId, List<FormRules.Problem> problems) {
    Map<String, List<FormRules.Problem>> held = HELD.get();
    if (held == null || executionId == null) {
      throw new FormRuleRefusal(problems);
    }
    held.put(executionId, List.copyOf(problems));
  }

  /** The problems held for that execution, taken out of the holder; null if none. */
  static List<FormRules.Problem> take(String executionId) {
    Map<String, List<FormRules.Problem>> held = HELD.get();
    return held == null ? null : held.remove(executionId);
  }

  @Override
  public <T> T execute(Command<T> command) {
    boolean outermost = HELD.get() == null;
    if (outermost) {
      HELD.set(new HashMap<>());
    }
    try {
      return next.execute(command);
    } catch (RuntimeException e) {
      Map<String, List<FormRules.Problem>> held = HELD.get();
      if (outermost && !held.isEmpty() && !isRefusal(e)) {
        List<FormRules.Problem> problems = new ArrayList<>();
        held.values().forEach(problems::addAll);
        FormRuleRefusal refusal = new FormRuleRefusal(problems);
        refusal.addSuppressed(e);
        throw refusal;
      }
      throw e;
    } finally {
      if (outermost) {
        HELD.remove();
      }
    }
  }

  private static boolean isRefusal(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RuleRefusal) {
        return true;
      }
    }
    return false;
  }
}
