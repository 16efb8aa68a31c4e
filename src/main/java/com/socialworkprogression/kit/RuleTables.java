package com.socialworkprogression.kit;

import com.socialworkprogression.process.SystemAccess;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Evaluates an authority's decision table (DMN) for a block: the process owner's rules, looked up by
 * key within the authority's own tenant. The person completing a form may not read decision tables,
 * so the application reads them itself.
 */
@Component
public class RuleTables {

  private final DecisionService decisionService;

  public RuleTables(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  /** Every matching rule's outputs, in the table's order. */
  public List<Map<String, Object>> evaluate(String tenantId, String decisionKey, Map<String, Object> facts) {
    return SystemAccess.run(() -> decisionService.evaluateDecisionByKey(decisionKey)
        .decisionDefinitionTenantId(tenantId).variables(facts).evaluate().getResultList());
  }

  public Map<String, Object> single(String tenantId, String decisionKey, Map<String, Object> facts) {
    List<Map<String, Object>> rows = evaluate(tenantId, decisionKey, facts);
    if (rows.isEmpty()) {
      throw new IllegalStateException("The decision table '" + decisionKey + "' of " + tenantId + " has no rule for "
          + facts + ". Add one in Camunda Modeler.");
    }
    return rows.get(0);
  }
}
