package com.socialworkprogression.kit.caseload;

import com.socialworkprogression.kit.CheckOnSubmit;
import com.socialworkprogression.kit.StepSettings;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.process.Variables;
import com.socialworkprogression.staff.StaffDirectory;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Kit block "Check: cases from the worker's caseload" (on completing a user step). The cases chosen in the form
 * are different cases, each on the worker's caseload in the staff directory.
 *
 * Inputs: cases (the chosen fields, e.g. "serviceUserCase1, serviceUserCase2"), casesRule; optional
 * caseOwner (the variable holding the worker; default applicant).
 */
@Component("casesFromCaseload")
public class CasesFromCaseload extends CheckOnSubmit {

  private static final String[] NUMBERS = {"no", "one", "two", "three", "four", "five", "six"};

  private final StaffDirectory directory;

  public CasesFromCaseload(StaffDirectory directory) {
    super("Check: cases from the worker's caseload");
    this.directory = directory;
  }

  @Override
  protected void check(DelegateExecution step, StepSettings settings) {
    String rule = settings.text("casesRule", "");
    List<String> fields = settings.list("cases");
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      String reference = Variables.required(step, fields.get(i), rule, "Choose the " + ordinal(i + 1) + " case.");
      if (chosen.contains(reference)) {
        throw RuleRefusal.of(rule, "Choose " + count(fields.size()) + " different cases; " + reference
            + " is chosen more than once.");
      }
      chosen.add(reference);
    }
    String owner = String.valueOf(step.getVariable(settings.text("caseOwner", "applicant")));
    List<String> caseload = directory.caseload(owner);
    String whose = owner.equals(completedBy(step)) ? "your" : "the worker's";
    for (String reference : chosen) {
      if (!caseload.contains(reference)) {
        throw RuleRefusal.of(rule, reference + " is not in " + whose + " caseload in the staff directory; choose from "
            + String.join(", ", caseload) + ".");
      }
    }
  }

  private static String count(int n) {
    return n < NUMBERS.length ? NUMBERS[n] : String.valueOf(n);
  }

  private static String ordinal(int n) {
    return switch (n) {
      case 1 -> "first";
      case 2 -> "second";
      case 3 -> "third";
      default -> n + "th";
    };
  }
}
