package com.socialworkprogression.panel;

import static com.socialworkprogression.process.Variables.text;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.evidence.Element;
import com.socialworkprogression.process.Decisions;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.staff.People;
import com.socialworkprogression.tenancy.Role;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * NELC-L3-12: the Progression Review Panel is the Principal Social Worker (chair), a team manager and
 * the Lead Assessor. NELC-L3-14: a deferral gives feedback on every element not met.
 * Records who chaired and the date of the decision, from which the appeal window runs.
 */
@Component("panelDecisionCheck")
public class PanelDecisionCheck implements TaskListener {

  private final People people;
  private final Today today;

  public PanelDecisionCheck(People people, Today today) {
    this.people = people;
    this.today = today;
  }

  @Override
  public void notify(DelegateTask task) {
    String tenantId = task.getTenantId();
    String teamManager = (String) task.getVariable("panelTeamManager");
    people.requireRole(tenantId, teamManager, Role.TEAM_MANAGERS, "NELC-L3-12", "the panel's team manager");
    if (teamManager.equals(task.getVariable("leadAssessor")) || teamManager.equals(task.getVariable("applicant"))) {
      throw RuleRefusal.of("NELC-L3-12", "The panel's team manager must be someone other than the Lead Assessor and the applicant.");
    }
    String decision = text(task, "panelDecision");
    Decisions.requireOneOf(decision, "NELC-L3-12", "What does the panel decide?", "progress", "defer");
    if (decision.equals("defer")) {
      requireFeedback(task);
    }
    task.setVariable("panelChair", task.getAssignee());
    task.setVariable("panelChairName", people.name(tenantId, task.getAssignee()));
    task.setVariable("panelDecisionDate", Dates.startOfDay(today.date()));
    task.setVariable("panelDecisionText", decision.equals("progress") ? "progress to Senior Social Worker" : "deferred");
  }

  private static void requireFeedback(DelegateTask task) {
    List<String> missing = new ArrayList<>();
    for (Element element : Element.values()) {
      boolean met = Boolean.TRUE.equals(task.getVariable(element.metVariable()));
      if (!met && text(task, element.feedbackVariable()).isEmpty()) {
        missing.add(element.title());
      }
    }
    if (!missing.isEmpty()) {
      throw RuleRefusal.of("NELC-L3-14", "A deferral gives full feedback on every element not met. Add feedback on: "
          + String.join("; ", missing) + ".");
    }
    if (text(task, "panelFeedback").isEmpty()) {
      throw RuleRefusal.of("NELC-L3-14", "Add the panel's overall feedback and suggestions for how the worker can develop.");
    }
  }
}
