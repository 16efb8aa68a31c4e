package com.socialworkprogression.kit.independence;

import com.socialworkprogression.kit.StepSettings;
import com.socialworkprogression.kit.role.Position;
import com.socialworkprogression.kit.role.Positions;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.process.SystemAccess;
import com.socialworkprogression.staff.People;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * Kit block "Check: a panel independent of the application" (complete listener). No member chosen in this
 * form may have taken part so far: named in one of the application's positions (applicant, managers,
 * assessors, earlier panels) or having completed any of its tasks, read from the history. The refusal
 * names each conflicted member and how they took part (generalised from NELC-L3-16).
 *
 * Inputs: members (the chosen variables), involvedPositions (positions that count as taking part),
 * positionsDecision (the positions table, for how each took part), independenceRule.
 */
@Component("independentOfTheApplication")
public class IndependentOfTheApplication implements TaskListener {

  private final Positions positions;
  private final People people;
  private final HistoryService historyService;

  public IndependentOfTheApplication(Positions positions, People people, HistoryService historyService) {
    this.positions = positions;
    this.people = people;
    this.historyService = historyService;
  }

  @Override
  public void notify(DelegateTask task) {
    StepSettings settings = new StepSettings(task, "Check: a panel independent of the application", task.getName());
    String tenantId = task.getTenantId();
    Map<String, Set<String>> involvement = involvement(task, tenantId, settings);
    List<String> conflicts = new ArrayList<>();
    for (String member : settings.list("members")) {
      Object person = task.getVariable(member);
      Set<String> how = person == null ? null : involvement.get(person.toString());
      if (how != null) {
        conflicts.add(people.name(tenantId, person.toString()) + " " + String.join(" and ", how));
      }
    }
    if (!conflicts.isEmpty()) {
      throw RuleRefusal.of(settings.text("independenceRule", ""), "The panel must not include anyone involved in the "
          + "application so far. " + String.join("; ", conflicts) + ". Choose other members.");
    }
  }

  private Map<String, Set<String>> involvement(DelegateTask task, String tenantId, StepSettings settings) {
    Map<String, Set<String>> involvement = new LinkedHashMap<>();
    String table = settings.text("positionsDecision");
    for (String variable : settings.list("involvedPositions")) {
      Object person = task.getVariable(variable);
      if (person != null && !person.toString().isBlank()) {
        Position position = positions.of(tenantId, table, variable);
        involvement.computeIfAbsent(person.toString(), p -> new LinkedHashSet<>()).add(position.involvement());
      }
    }
    List<HistoricTaskInstance> done = SystemAccess.run(() -> historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).finished().list());
    for (HistoricTaskInstance step : done) {
      if (step.getAssignee() != null && !"deleted".equals(step.getDeleteReason())) {
        involvement.computeIfAbsent(step.getAssignee(), p -> new LinkedHashSet<>()).add("completed '" + step.getName() + "'");
      }
    }
    return involvement;
  }
}
