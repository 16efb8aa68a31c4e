package com.socialworkprogression.kit.eligibility;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.process.SystemAccess;
import com.socialworkprogression.kit.progression.DeferralRecords;
import com.socialworkprogression.kit.rules.RuleTables;
import com.socialworkprogression.staff.People;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.staff.Procedure;
import com.socialworkprogression.staff.StaffMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Decides whether the applicant may start this route, from the staff directory and the route's
 * eligibility table (input parameter eligibilityDecision, a DMN the process owner edits). A refusal
 * fails the start with the table's reason and, after a deferral, the earliest date to apply again.
 * On success it records who the applicant's managers are, from the directory, and copies the table's
 * other outputs (e.g. nextLevel) into the application.
 *
 * The facts every table may use: currentLevel, asyeOrEquivalent, openApplication, lastDeferredOn,
 * applicationDate, qualifiedOn (date), permanent (boolean), caseloadSize (cases held), openProcedure (a performance,
 * disciplinary or sickness procedure open in the directory), levelSince (the date the current level took effect,
 * from the directory's level history; null when it has none).
 */
@Component("eligibilityCheck")
public class EligibilityCheck implements JavaDelegate {

  private static final java.util.Set<String> DECISION_OUTCOME = java.util.Set.of("eligible", "rule", "reason", "earliestReapplication");

  private final StaffDirectory directory;
  private final DeferralRecords deferrals;
  private final People people;
  private final Today today;
  private final RuleTables tables;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;

  public EligibilityCheck(StaffDirectory directory, DeferralRecords deferrals, People people, Today today,
      RuleTables tables, RuntimeService runtimeService, RepositoryService repositoryService) {
    this.directory = directory;
    this.deferrals = deferrals;
    this.people = people;
    this.today = today;
    this.tables = tables;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String tenantId = execution.getTenantId();
    Object applicantId = execution.getVariable("applicant");
    if (applicantId == null) {
      throw new RuleRefusal("Start the application from Tasklist, logged in as yourself: the applicant is the person who starts it.");
    }
    String applicant = applicantId.toString();
    StaffMember member = directory.find(tenantId, applicant).orElseThrow(() -> new RuleRefusal(
        "You have no record in the staff directory, so your eligibility cannot be checked. Ask People and Culture to add you."));
    String route = SystemAccess.run(() -> repositoryService.getProcessDefinition(execution.getProcessDefinitionId()).getKey());
    requireLineManager(member);

    LocalDate applicationDate = today.date();
    Map<String, Object> facts = Variables.createVariables()
        .putValue("currentLevel", member.currentLevel())
        .putValue("asyeOrEquivalent", member.hasAsyeOrEquivalent())
        .putValue("openApplication", hasOpenApplication(tenantId, route, applicant, execution.getProcessInstanceId()))
        .putValue("lastDeferredOn", deferrals.lastDeferredOn(tenantId, applicant, route).orElse(null))
        .putValue("applicationDate", applicationDate)
        .putValue("qualifiedOn", member.qualifiedOn())
        .putValue("permanent", member.permanent())
        .putValue("openProcedure", directory.procedures(applicant).stream().anyMatch(Procedure::open))
        .putValue("caseloadSize", directory.caseload(applicant).size())
        .putValue("levelSince", levelSince(tenantId, member));
    String decision = String.valueOf(execution.getVariable("eligibilityDecision"));
    List<Map<String, Object>> rows = tables.evaluate(execution, decision, facts);
    if (rows.isEmpty()) {
      throw new IllegalStateException("The decision table '" + decision + "' of " + tenantId + " has no rule for "
          + facts + ". Add one in Camunda Modeler.");
    }
    refuseUnmet(rows);
    Map<String, Object> result = rows.get(0);
    execution.setVariable("applicantName", member.fullName());
    execution.setVariable("applicationDate", Dates.startOfDay(applicationDate));
    execution.setVariable("lineManager", member.lineManagerId());
    execution.setVariable("lineManagerName", people.name(tenantId, member.lineManagerId()));
    if (member.teamManagerId() != null) {
      execution.setVariable("teamManager", member.teamManagerId());
      execution.setVariable("teamManagerName", people.name(tenantId, member.teamManagerId()));
    }
    result.forEach((name, value) -> {
      if (!DECISION_OUTCOME.contains(name)) {
        execution.setVariable(name, value);
      }
    });
  }

  /**
   * A table with hit policy FIRST answers with one reason; one with COLLECT (a rule per criterion) may
   * answer with several, and every criterion not met is named at once, so nobody fixes one to meet the next.
   */
  private static void refuseUnmet(List<Map<String, Object>> rows) {
    List<Map<String, Object>> unmet = rows.stream().filter(row -> !Boolean.TRUE.equals(row.get("eligible"))).toList();
    if (unmet.isEmpty()) {
      return;
    }
    List<String> reasons = new ArrayList<>();
    for (Map<String, Object> row : unmet) {
      LocalDate again = Dates.toLocalDate(row.get("earliestReapplication"));
      reasons.add(String.valueOf(row.get("reason"))
          + (again == null ? "" : " You can apply again from " + Dates.text(again) + "."));
    }
    throw RuleRefusal.of((String) unmet.get(0).get("rule"), String.join(" ", reasons));
  }

  /** When the current level took effect: its latest change to that level (DER-10-01: two years on grade 10). */
  private LocalDate levelSince(String tenantId, StaffMember member) {
    return directory.levelChanges(tenantId, member.userId()).stream()
        .filter(change -> member.currentLevel().equals(change.toLevel()))
        .map(com.socialworkprogression.staff.LevelChange::effectiveOn)
        .max(java.util.Comparator.naturalOrder()).orElse(null);
  }

  private static void requireLineManager(StaffMember member) {
    if (member.lineManagerId() == null || member.lineManagerId().isBlank()) {
      throw new RuleRefusal("The staff directory records no line manager for you, and your line manager takes part "
          + "in every progression. Ask People and Culture to record your line manager.");
    }
  }

  private boolean hasOpenApplication(String tenantId, String route, String applicant, String thisInstance) {
    return SystemAccess.run(() -> runtimeService.createProcessInstanceQuery().tenantIdIn(tenantId)
        .processDefinitionKey(route).variableValueEquals("applicant", applicant).list().stream()
        .anyMatch(instance -> !instance.getId().equals(thisInstance)));
  }
}
