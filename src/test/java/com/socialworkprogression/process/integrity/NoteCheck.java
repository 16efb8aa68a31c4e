package com.socialworkprogression.process.integrity;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Test only: a route's own complete listener written without thought for a missing value (it fails with
 * a NullPointerException when the note is missing). The form's own rules make that a refusal naming the
 * missing field, not a server error.
 */
public class NoteCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (((String) task.getVariable("reviewNote")).trim().length() > 2000) {
      throw new IllegalStateException("not reached");
    }
  }
}
