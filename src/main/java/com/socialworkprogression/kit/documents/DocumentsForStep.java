package com.socialworkprogression.kit.documents;

import com.socialworkprogression.documents.DocumentLimits;
import com.socialworkprogression.documents.EvidenceDocuments;
import com.socialworkprogression.kit.CheckOnSubmit;
import com.socialworkprogression.kit.StepSettings;
import com.socialworkprogression.process.RuleRefusal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Kit block "Documents for this step" (on a user step). Its inputs say what the step takes: documentsLabel
 * (what to attach, e.g. "your self-assessment against the PQS"), documentTypes (pdf, word, odt, images),
 * maxFileSizeMb, maxFiles, minFiles (needed to complete the step) and documentsRule. People attach the
 * files above the step's form in Tasklist (or in its Documents tab), where these limits are checked file by file; on completing the step
 * this check refuses it until the files it needs are there, and the task stays open with nothing lost.
 */
@Component("documentsForStep")
public class DocumentsForStep extends CheckOnSubmit {

  private final EvidenceDocuments documents;

  public DocumentsForStep(EvidenceDocuments documents) {
    super("Documents for this step");
    this.documents = documents;
  }

  @Override
  protected void check(DelegateExecution step, StepSettings settings) {
    settings.text(DocumentLimits.LABEL);
    Map<String, Object> inputs = new HashMap<>();
    DocumentLimits.INPUTS.forEach(name -> inputs.put(name, step.getVariable(name)));
    DocumentLimits limits = DocumentLimits.of(inputs, step.getCurrentActivityName());
    int attached = documents.attachedAtStep(step.getProcessInstanceId(), step.getCurrentActivityId());
    if (attached < limits.minFiles()) {
      throw RuleRefusal.of(limits.rule(), "'" + step.getCurrentActivityName() + "' needs " + limits.label()
          + ". Attach " + (limits.minFiles() == 1 ? "it" : "them") + " above the form (or in the Documents tab), then complete the step again: "
          + needed(limits.minFiles()) + " and " + (attached == 0 ? "none is" : attached + (attached == 1 ? " is" : " are"))
          + " attached yet. The step takes " + limits.allowed() + ". What you typed in the form is kept.");
    }
  }

  private static String needed(int files) {
    return files == 1 ? "at least one file is needed" : "at least " + files + " files are needed";
  }
}
