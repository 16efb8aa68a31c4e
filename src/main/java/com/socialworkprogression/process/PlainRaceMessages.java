package com.socialworkprogression.process;

import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Races a person can cause get a plain message (a 400 from REST, a message in Tasklist), not a 500:
 * two people claiming one task, claiming a task someone else holds, submitting a form twice from two
 * tabs, or submitting while someone else changes the same application. Nothing of the losing attempt
 * is saved, since the engine rolled it back. Only commands people give are translated: the job executor
 * must still see an optimistic-locking conflict as one, so that it retries the job.
 */
public class PlainRaceMessages extends CommandInterceptor {

  static final String TAKEN = "Someone else has already taken this task (%s). Reload to see who has it.";
  static final String CHANGED = "Someone else has just changed this application. Reload the task and try again: "
      + "nothing you submitted was saved.";
  static final String GONE = "This task is no longer open: it has been completed or closed, perhaps in another tab. "
      + "Reload to see what is next.";

  private static final Set<Class<?>> A_PERSONS_COMMANDS =
      Set.of(ClaimTaskCmd.class, CompleteTaskCmd.class, SubmitTaskFormCmd.class, SetTaskVariablesCmd.class);

  @Override
  public <T> T execute(Command<T> command) {
    if (!A_PERSONS_COMMANDS.contains(command.getClass())) {
      return next.execute(command);
    }
    try {
      return next.execute(command);
    } catch (TaskAlreadyClaimedException e) {
      throw refusal(command, String.format(TAKEN, e.getTaskAssignee()));
    } catch (OptimisticLockingException e) {
      throw refusal(command, CHANGED);
    } catch (NullValueException e) {
      if (e.getMessage() != null && e.getMessage().contains("Cannot find task with id")) {
        throw refusal(command, GONE);
      }
      throw e;
    }
  }

  /**
   * REST answers a claim's BadUserRequestException with 400, but a form's submission only with a
   * validation exception (a RuleRefusal, which Tasklist also shows as the form's message).
   */
  private static RuntimeException refusal(Command<?> command, String message) {
    return command instanceof ClaimTaskCmd ? new BadUserRequestException(message) : new RuleRefusal(message);
  }
}
