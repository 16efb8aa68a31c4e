package com.socialworkprogression.kit.rules;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Evaluates an authority's decision table (DMN) for a block: the process owner's rules, looked up by
 * key within the application's tenant, at the version the application pinned when it started (a new
 * pass mark applies to new applications, not to those under way). The person completing a form may
 * not read decision tables, so the application reads them itself.
 */
@Component
public class RuleTables {

  private final PinnedDecisions pinned;

  public RuleTables(PinnedDecisions pinned) {
    this.pinned = pinned;
  }

  /** Every matching rule's outputs, in the table's order. */
  public List<Map<String, Object>> evaluate(DelegateExecution application, String decisionKey, Map<String, Object> facts) {
    return pinned.evaluate(application, decisionKey, facts).getResultList();
  }

  public Map<String, Object> single(DelegateExecution application, String decisionKey, Map<String, Object> facts) {
    List<Map<String, Object>> rows = evaluate(application, decisionKey, facts);
    if (rows.isEmpty()) {
      throw new IllegalStateException("The decision table '" + decisionKey + "' of " + application.getTenantId()
          + " has no rule for " + facts + ". Add one in Camunda Modeler.");
    }
    return rows.get(0);
  }
}
