package com.socialworkprogression.kit.documents;

import com.socialworkprogression.documents.EvidenceDocuments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Kit block "Freeze the evidence for appeal" (a listener on the step after which the evidence must not
 * change, e.g. when the Lead Assessor has scored it). From then on nobody can add, replace or remove the
 * application's documents; everyone with a part in it can still read them, the Appeals Panel included.
 * Input: freezeRule (the scheme rule, e.g. NELC-L3-11), named when someone tries to change the evidence.
 * A step that ends without being completed (cancelled by a deadline) freezes nothing.
 */
@Component("freezeEvidence")
public class FreezeEvidence implements ExecutionListener {

  private final EvidenceDocuments documents;

  public FreezeEvidence(EvidenceDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Object rule = execution.getVariable("freezeRule");
    documents.freeze(execution.getTenantId(), execution.getProcessInstanceId(), execution.getCurrentActivityName(),
        rule == null ? null : rule.toString());
  }
}
