package com.socialworkprogression.kit.panels;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.kit.CheckOnSubmit;
import com.socialworkprogression.kit.StepSettings;
import com.socialworkprogression.panels.PanelSitting;
import com.socialworkprogression.panels.SittingStore;
import com.socialworkprogression.process.RuleRefusal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Kit block "Check: decided at the panel sitting" (on completing the decision step). A panel decides when
 * it sits, so its decision cannot be recorded before the sitting's day; the decision is dated that day
 * (LEI-L3-09: pay from the date of the panel decision), however late the chair records it, and the sitting's
 * list shows it.
 *
 * Inputs: decisionField (the form field holding the decision), sittingRule (the rule named in a refusal).
 * Outputs: panelDecisionDate (Date) and panelDecisionDateText.
 */
@Component("decidedAtTheSitting")
public class DecidedAtTheSitting extends CheckOnSubmit {

  private final SittingStore sittings;
  private final Today today;

  public DecidedAtTheSitting(SittingStore sittings, Today today) {
    super("Check: decided at the panel sitting");
    this.sittings = sittings;
    this.today = today;
  }

  @Override
  protected void check(DelegateExecution step, StepSettings settings) {
    String rule = settings.text("sittingRule", "");
    Object sittingId = step.getVariable("panelSittingId");
    PanelSitting sitting = sittingId == null ? null : sittings.find(sittingId.toString()).orElse(null);
    if (sitting == null) {
      throw RuleRefusal.of(rule, "This application is not listed for a panel sitting, so no decision can be recorded "
          + "for it. Ask the panel administrator to check the panel calendar.");
    }
    if (today.date().isBefore(sitting.sitsOn())) {
      throw RuleRefusal.of(rule, "The panel sits on " + Dates.text(sitting.sitsOn()) + ": its decision can be recorded "
          + "from that day.");
    }
    step.setVariable("panelDecisionDate", Dates.startOfDay(sitting.sitsOn()));
    step.setVariable("panelDecisionDateText", Dates.text(sitting.sitsOn()));
    Object decision = step.getVariable(settings.text("decisionField"));
    sittings.decide(sitting.id(), step.getProcessInstanceId(), decision == null ? null : decision.toString(),
        completedBy(step), today.now().toInstant());
  }
}
