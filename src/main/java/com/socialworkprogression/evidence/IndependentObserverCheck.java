package com.socialworkprogression.evidence;

import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.staff.People;
import com.socialworkprogression.tenancy.Role;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * NELC-L3-07: the second observation is by an Assistant Team Manager or Practice Improvement
 * Practitioner independent of the progression process: not the applicant's managers, not the Lead Assessor.
 */
@Component("independentObserverCheck")
public class IndependentObserverCheck implements TaskListener {

  private final People people;

  public IndependentObserverCheck(People people) {
    this.people = people;
  }

  @Override
  public void notify(DelegateTask task) {
    String tenantId = task.getTenantId();
    String observer = (String) task.getVariable("independentObserver");
    if (observer == null || observer.isBlank()) {
      throw RuleRefusal.of("NELC-L3-07", "Choose the independent observer for the second observation.");
    }
    if (!people.hasRole(tenantId, observer, Role.ASSISTANT_TEAM_MANAGERS)
        && !people.hasRole(tenantId, observer, Role.PRACTICE_IMPROVEMENT_PRACTITIONERS)) {
      throw RuleRefusal.of("NELC-L3-07", "The independent observer must be an Assistant Team Manager or a Practice "
          + "Improvement Practitioner; " + people.name(tenantId, observer) + " is neither.");
    }
    Map<String, String> involved = Map.of(
        "applicant", "is the applicant",
        "lineManager", "is the applicant's line manager",
        "teamManager", "approved the Expression of Intent",
        "leadAssessor", "is the Lead Assessor");
    involved.forEach((variable, why) -> {
      if (observer.equals(task.getVariable(variable))) {
        throw RuleRefusal.of("NELC-L3-07", people.name(tenantId, observer) + " " + why
            + ", so is not independent of the process. Choose another observer.");
      }
    });
    task.setVariable("independentObserverName", people.name(tenantId, observer));
  }
}
