package com.socialworkprogression.expression;

import static com.socialworkprogression.process.Variables.required;
import static com.socialworkprogression.process.Variables.text;

import com.socialworkprogression.process.Decisions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** NELC-L3-03: a line manager who does not support the application records the areas to develop. */
@Component("lineManagerDecisionCheck")
public class LineManagerDecisionCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String decision = text(task, "lineManagerDecision");
    Decisions.requireOneOf(decision, "NELC-L3-02", "Do you support this Expression of Intent?", "supported", "notSupported");
    if (decision.equals("notSupported")) {
      required(task, "areasToDevelop", "NELC-L3-03",
          "Record the areas the social worker needs to develop in: without them a 'not supported' cannot be recorded.");
    }
  }
}
