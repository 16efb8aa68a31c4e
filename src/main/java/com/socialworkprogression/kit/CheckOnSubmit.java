package com.socialworkprogression.kit;

import com.socialworkprogression.process.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * A kit check that runs as its user task is completed: an "end" execution listener, because that is the
 * listener a Camunda 7 element template can put on a task (templates cannot add task listeners). It
 * runs in the completing transaction, so a refusal leaves the task open with nothing saved. When the
 * task ends without being completed (a deadline passed, the application lapsed) there is nothing to check.
 */
public abstract class CheckOnSubmit implements ExecutionListener {

  /** The block's name as its element template shows it, for a process owner's error messages. */
  private final String blockName;

  protected CheckOnSubmit(String blockName) {
    this.blockName = blockName;
  }

  @Override
  public final void notify(DelegateExecution execution) {
    if (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled()) {
      return;
    }
    check(execution, new StepSettings(execution, blockName, execution.getCurrentActivityName()));
  }

  protected abstract void check(DelegateExecution step, StepSettings settings);

  /** Who completed the task: the engine lets only its assignee do so. */
  protected static String completedBy(DelegateExecution step) {
    return CurrentUser.id().orElse(null);
  }
}
