package com.socialworkprogression.evidence;

import static com.socialworkprogression.process.Variables.required;

import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.staff.StaffDirectory;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** NELC-L3-09: the Lead Assessor contacts the service users of two of the worker's cases. */
@Component("serviceUserCasesCheck")
public class ServiceUserCasesCheck implements TaskListener {

  private final StaffDirectory directory;

  public ServiceUserCasesCheck(StaffDirectory directory) {
    this.directory = directory;
  }

  @Override
  public void notify(DelegateTask task) {
    String first = required(task, "serviceUserCase1", "NELC-L3-09", "Choose the first case whose service users you contacted.");
    String second = required(task, "serviceUserCase2", "NELC-L3-09", "Choose the second case whose service users you contacted.");
    if (first.equals(second)) {
      throw RuleRefusal.of("NELC-L3-09", "Choose two different cases; both choices are " + first + ".");
    }
    List<String> caseload = directory.caseload((String) task.getVariable("applicant"));
    for (String reference : List.of(first, second)) {
      if (!caseload.contains(reference)) {
        throw RuleRefusal.of("NELC-L3-09", reference + " is not one of the worker's cases in the staff directory.");
      }
    }
  }
}
