package com.socialworkprogression.kit.independence;

import com.socialworkprogression.kit.CheckOnSubmit;
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
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * Kit block "Check: a panel independent of the application" (on completing a user step). No member chosen in this
 * form may have taken part so far: named in one of the application's positions (applicant, managers,
 * assessors, earlier panels) or having completed any of its tasks, read from the history. The refusal
 * names each conflicted member and how they took part (generalised from NELC-L3-16).
 *
 * Inputs: members (the chosen variables), involvedPositions (positions that count as taking part),
 * positionsDecision (the positions table, for how each took part), independenceRule; optional
 * panelTitle, how the refusal names the panel ("The Appeals Panel").
 */
@Component("independentOfTheApplication")
public class IndependentOfTheApplication extends CheckOnSubmit {

  private final Positions positions;
  private final People people;
  private final HistoryService historyService;

  public IndependentOfTheApplication(Positions positions, People people, HistoryService historyService) {
    super("Check: a panel independent of the application");
    this.positions = positions;
    this.people = people;
    this.historyService = historyService;
  }

  @Override
  protected void check(DelegateExecution step, StepSettings settings) {
    String tenantId = step.getTenantId();
    Map<String, Set<String>> involvement = involvement(step, tenantId, settings);
    List<String> conflicts = new ArrayList<>();
    for (String member : settings.list("members")) {
      Object person = step.getVariable(member);
      Set<String> how = person == null ? null : involvement.get(person.toString());
      if (how != null) {
        conflicts.add(people.name(tenantId, person.toString()) + " " + String.join(" and ", how));
      }
    }
    if (!conflicts.isEmpty()) {
      throw RuleRefusal.of(settings.text("independenceRule", ""), settings.text("panelTitle", "The panel")
          + " must not include anyone involved in the application so far. " + String.join("; ", conflicts)
          + ". Choose other members.");
    }
  }

  private Map<String, Set<String>> involvement(DelegateExecution step, String tenantId, StepSettings settings) {
    Map<String, Set<String>> involvement = new LinkedHashMap<>();
    String table = settings.text("positionsDecision");
    for (String variable : settings.list("involvedPositions")) {
      Object person = step.getVariable(variable);
      if (person != null && !person.toString().isBlank()) {
        Position position = positions.of(step, table, variable);
        involvement.computeIfAbsent(person.toString(), p -> new LinkedHashSet<>()).add(position.involvement());
      }
    }
    List<HistoricTaskInstance> done = SystemAccess.run(() -> historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(step.getProcessInstanceId()).finished().list());
    for (HistoricTaskInstance earlier : done) {
      if (earlier.getAssignee() != null && !"deleted".equals(earlier.getDeleteReason())) {
        involvement.computeIfAbsent(earlier.getAssignee(), p -> new LinkedHashSet<>()).add("completed '" + earlier.getName() + "'");
      }
    }
    return involvement;
  }
}
