package com.socialworkprogression.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Puts the applicant's name on each task itself, so that Tasklist's filters can show it on the task
 * card. Cards read variables through a query that needs permission on the whole application; a task's
 * own variables need only permission on the task, which its assignee and candidates have.
 */
public class ApplicantOnEveryTask implements TaskListener {

  static final String APPLICANT_NAME = "applicantName";

  @Override
  public void notify(DelegateTask task) {
    Object name = task.getVariable(APPLICANT_NAME);
    if (name != null) {
      task.setVariableLocal(APPLICANT_NAME, name);
    }
  }
}
