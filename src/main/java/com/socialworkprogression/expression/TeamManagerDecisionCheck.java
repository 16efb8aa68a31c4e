package com.socialworkprogression.expression;

import static com.socialworkprogression.process.Variables.required;
import static com.socialworkprogression.process.Variables.text;

import com.socialworkprogression.process.Decisions;
import com.socialworkprogression.process.RuleRefusal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** NELC-L3-02: approved by the team manager, who is not the line manager who supported it. */
@Component("teamManagerDecisionCheck")
public class TeamManagerDecisionCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (task.getAssignee() != null && task.getAssignee().equals(task.getVariable("lineManager"))) {
      throw RuleRefusal.of("NELC-L3-02", "The line manager who supported the Expression of Intent cannot also approve it "
          + "as team manager. It must be approved by " + task.getVariable("teamManagerName") + ".");
    }
    String decision = text(task, "teamManagerDecision");
    Decisions.requireOneOf(decision, "NELC-L3-02", "Do you approve this Expression of Intent?", "approved", "notApproved");
    if (decision.equals("notApproved")) {
      required(task, "teamManagerComments", "NELC-L3-02", "Say why you do not approve the Expression of Intent.");
    }
  }
}
