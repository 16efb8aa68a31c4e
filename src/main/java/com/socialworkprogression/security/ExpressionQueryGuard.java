package com.socialworkprogression.security;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Refuses task queries that carry expressions (assigneeExpression, candidateGroupsExpression, ...),
 * at the top level or inside orQueries, from the Java API, REST and the extending query of a filter.
 * An expression is code run on the server; only the stored filters an administrator created may use
 * them (${currentUser()} in "My tasks"), and users cannot create filters.
 */
public class ExpressionQueryGuard extends CommandInterceptor {

  static final String REFUSAL = "Task queries may not contain expressions: ask for the value itself "
      + "(e.g. assignee, not assigneeExpression), also inside orQueries.";

  private static final Field EXTENDING_QUERY = extendingQueryField();

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof TaskQueryImpl query) {
      refuseExpressions(query);
    } else if (command instanceof AbstractExecuteFilterCmd filterCommand
        && extendingQuery(filterCommand) instanceof TaskQueryImpl extending) {
      refuseExpressions(extending);
    }
    return next.execute(command);
  }

  static void refuseExpressions(TaskQueryImpl query) {
    if (!query.getExpressions().isEmpty()) {
      throw new BadUserRequestException(REFUSAL);
    }
    for (TaskQueryImpl orQuery : query.getQueries()) {
      if (orQuery != query && !orQuery.getExpressions().isEmpty()) {
        throw new BadUserRequestException(REFUSAL);
      }
    }
  }

  private static Object extendingQuery(AbstractExecuteFilterCmd command) {
    try {
      return EXTENDING_QUERY.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  // The engine keeps a filter command's extending query in a protected field with no getter.
  private static Field extendingQueryField() {
    try {
      Field field = AbstractExecuteFilterCmd.class.getDeclaredField("extendingQuery");
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda changed AbstractExecuteFilterCmd; review ExpressionQueryGuard", e);
    }
  }
}
