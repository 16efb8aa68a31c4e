package com.socialworkprogression.process;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * A delegate runs as whoever completed the task, and our API as whoever called it. When the
 * application itself must look further than that user may (another application of the same worker,
 * the history of the whole instance, a decision table, whether a user exists), it does so here,
 * without authorization checks. The tenant check stays on, and callers still name the tenant.
 */
public final class SystemAccess {

  private SystemAccess() {}

  public static <T> T run(Supplier<T> work) {
    Callable<T> callable = work::get;
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext != null) {
      return commandContext.runWithoutAuthorization(callable);
    }
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) ProcessEngines.getDefaultProcessEngine().getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(callable));
  }

  /**
   * As run, and across authorities too: for a lookup whose caller then checks the tenant itself, so that
   * it can say "this belongs to another authority" (403) rather than "there is no such thing" (404).
   */
  public static <T> T runAcrossTenants(Supplier<T> work) {
    return run(() -> {
      CommandContext context = Context.getCommandContext();
      boolean checking = context.isTenantCheckEnabled();
      context.disableTenantCheck();
      try {
        return work.get();
      } finally {
        if (checking) {
          context.enableTenantCheck();
        }
      }
    });
  }
}
