package com.socialworkprogression.kit.rules;

import com.socialworkprogression.kit.CheckOnSubmit;
import com.socialworkprogression.kit.StepSettings;
import com.socialworkprogression.process.RuleRefusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Kit block "Check: allowed by a decision table" (on completing a step): an essential criterion a process owner
 * keeps in a table rather than in Java, e.g. "a full PQ specialist award is essential for shortlisting"
 * (DER-11-01). The table reads the application's variables, the step's form included; each rule that answers
 * allowed = false refuses the step with its rule and reason, all of them at once, and the task stays open with
 * nothing saved. No matching rule, or only allowed ones: the step completes.
 *
 * Input: checkDecision (the table's decision key). The table's outputs: allowed (boolean), rule, reason.
 */
@Component("checkedByTable")
public class CheckedByRuleTable extends CheckOnSubmit {

  private final RuleTables tables;

  public CheckedByRuleTable(RuleTables tables) {
    super("Check: allowed by a decision table");
    this.tables = tables;
  }

  @Override
  protected void check(DelegateExecution step, StepSettings settings) {
    String decision = settings.text("checkDecision");
    Map<String, Object> facts = step.getVariables();
    List<Map<String, Object>> refusals = tables.evaluate(step, decision, facts).stream()
        .filter(row -> Boolean.FALSE.equals(row.get("allowed"))).toList();
    if (refusals.isEmpty()) {
      return;
    }
    List<String> reasons = new ArrayList<>();
    refusals.forEach(row -> reasons.add(String.valueOf(row.get("reason"))));
    throw RuleRefusal.of((String) refusals.get(0).get("rule"), String.join(" ", reasons));
  }
}
