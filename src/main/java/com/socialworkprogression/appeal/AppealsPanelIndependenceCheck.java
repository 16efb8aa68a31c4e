package com.socialworkprogression.appeal;

import static com.socialworkprogression.process.Variables.required;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.process.SystemAccess;
import com.socialworkprogression.staff.People;
import com.socialworkprogression.tenancy.Role;
import java.time.LocalDate;
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
 * NELC-L3-16: the Appeals Panel is a service manager (chair), a team manager and a Practice Improvement
 * Practitioner, none of whom has taken part in the application so far. Who took part is read from the
 * instance's history (everyone who completed one of its tasks) and from the people it names (line
 * manager, signatory, observers, panel members). A conflicted panel is refused, naming who and why.
 */
@Component("appealsPanelIndependenceCheck")
public class AppealsPanelIndependenceCheck implements TaskListener {

  /** People the application names, with what they did. */
  private static final Map<String, String> NAMED_ROLES = new LinkedHashMap<>();

  static {
    NAMED_ROLES.put("applicant", "is the applicant");
    NAMED_ROLES.put("lineManager", "is the applicant's line manager");
    NAMED_ROLES.put("teamManager", "is the team manager who approved the Expression of Intent");
    NAMED_ROLES.put("leadAssessor", "was the Lead Assessor");
    NAMED_ROLES.put("selfAssessmentSignatory", "was chosen to sign off the self-assessment");
    NAMED_ROLES.put("independentObserver", "was the independent observer");
    NAMED_ROLES.put("presentationPanelAtm", "sat on the presentation panel");
    NAMED_ROLES.put("presentationPanelSeniorSocialWorker", "sat on the presentation panel");
    NAMED_ROLES.put("panelTeamManager", "sat on the Progression Review Panel");
    NAMED_ROLES.put("panelChair", "chaired the Progression Review Panel");
  }

  private final People people;
  private final HistoryService historyService;
  private final Today today;

  public AppealsPanelIndependenceCheck(People people, HistoryService historyService, Today today) {
    this.people = people;
    this.historyService = historyService;
    this.today = today;
  }

  @Override
  public void notify(DelegateTask task) {
    String tenantId = task.getTenantId();
    String chair = (String) task.getVariable("appealsPanelChair");
    String teamManager = (String) task.getVariable("appealsPanelTeamManager");
    String pip = (String) task.getVariable("appealsPanelPip");
    people.requireRole(tenantId, chair, Role.SERVICE_MANAGERS, "NELC-L3-16", "the chair of the Appeals Panel");
    people.requireRole(tenantId, teamManager, Role.TEAM_MANAGERS, "NELC-L3-16", "the Appeals Panel's team manager");
    people.requireRole(tenantId, pip, Role.PRACTICE_IMPROVEMENT_PRACTITIONERS, "NELC-L3-16",
        "the Appeals Panel's Practice Improvement Practitioner");
    if (Set.of(chair, teamManager, pip).size() < 3) {
      throw RuleRefusal.of("NELC-L3-16", "The Appeals Panel is three different people.");
    }
    LocalDate hearing = Dates.toLocalDate(required(task, "appealHearingDate", "NELC-L3-16", "Give the date of the hearing."));
    if (hearing.isBefore(today.date())) {
      throw RuleRefusal.of("NELC-L3-16", "The hearing date " + Dates.text(hearing) + " is in the past.");
    }

    Map<String, Set<String>> involvement = involvement(task);
    List<String> conflicts = new ArrayList<>();
    for (String member : List.of(chair, teamManager, pip)) {
      Set<String> reasons = involvement.get(member);
      if (reasons != null) {
        conflicts.add(people.name(tenantId, member) + " " + String.join(" and ", reasons));
      }
    }
    if (!conflicts.isEmpty()) {
      throw RuleRefusal.of("NELC-L3-16", "The Appeals Panel must not include anyone involved in the application so far. "
          + String.join("; ", conflicts) + ". Choose other members.");
    }
    task.setVariable("appealsPanelChairName", people.name(tenantId, chair));
  }

  private Map<String, Set<String>> involvement(DelegateTask task) {
    Map<String, Set<String>> involvement = new LinkedHashMap<>();
    NAMED_ROLES.forEach((variable, why) -> {
      Object user = task.getVariable(variable);
      if (user != null && !user.toString().isBlank()) {
        involvement.computeIfAbsent(user.toString(), u -> new LinkedHashSet<>()).add(why);
      }
    });
    List<HistoricTaskInstance> done = SystemAccess.run(() -> historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).finished().list());
    for (HistoricTaskInstance step : done) {
      if (step.getAssignee() != null) {
        involvement.computeIfAbsent(step.getAssignee(), u -> new LinkedHashSet<>()).add("completed '" + step.getName() + "'");
      }
    }
    return involvement;
  }
}
