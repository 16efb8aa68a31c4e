package com.socialworkprogression.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * A delegate runs as whoever completed the task. When the route itself must look further than that
 * user may (another application of the same worker, the history of the whole instance, a decision
 * table), it does so here, without authorization checks. The tenant check stays on, and callers still
 * name the tenant in their queries.
 */
public final class SystemAccess {

  private SystemAccess() {}

  public static <T> T run(Supplier<T> work) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext == null) {
      return work.get();
    }
    return commandContext.runWithoutAuthorization((java.util.concurrent.Callable<T>) work::get);
  }
}
