package com.socialworkprogression.process;

import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** The user on whose behalf the engine is working now; empty for the engine's own work (timers). */
public final class CurrentUser {

  private CurrentUser() {}

  public static Optional<String> id() {
    CommandContext commandContext = Context.getCommandContext();
    Authentication authentication = commandContext == null ? null : commandContext.getAuthentication();
    return Optional.ofNullable(authentication).map(Authentication::getUserId);
  }
}
