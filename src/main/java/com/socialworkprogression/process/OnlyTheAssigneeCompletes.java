package com.socialworkprogression.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * A task in a group's inbox is claimed before it is completed, and only its assignee completes it.
 * Authorizations alone let any candidate complete a task someone else has claimed.
 * Work the engine does itself (no authenticated user: timers, the job executor) is not affected.
 */
public class OnlyTheAssigneeCompletes implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Authentication authentication = Context.getCommandContext().getAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return;
    }
    String user = authentication.getUserId();
    String assignee = task.getAssignee();
    if (assignee == null) {
      throw new RuleRefusal("'" + task.getName() + "' is not claimed: claim it first, then complete it.");
    }
    if (!assignee.equals(user)) {
      throw new RuleRefusal("'" + task.getName() + "' is assigned to " + assignee
          + "; only they can complete it. Ask them, or their manager, to reassign it to you.");
    }
  }
}
