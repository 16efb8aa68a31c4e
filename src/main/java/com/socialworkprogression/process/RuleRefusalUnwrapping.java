package com.socialworkprogression.process;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps exceptions thrown by task listeners ("Exception while invoking TaskListener: ...").
 * A refusal must reach the user as itself: its own message, and 400 from REST rather than 500.
 */
public class RuleRefusalUnwrapping extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof RuleRefusal refusal) {
          throw refusal;
        }
      }
      throw e;
    }
  }
}
