package com.socialworkprogression.process;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Adds the engine-wide task listeners to every user task of every diagram, whatever the diagram says. */
class UserTaskConventions extends AbstractBpmnParseListener {

  private static final OnlyTheAssigneeCompletes ONLY_THE_ASSIGNEE = new OnlyTheAssigneeCompletes();
  private static final ApplicantOnEveryTask APPLICANT_ON_THE_TASK = new ApplicantOnEveryTask();

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    var task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
    task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, ONLY_THE_ASSIGNEE);
    task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, APPLICANT_ON_THE_TASK);
  }
}
