package com.socialworkprogression.evidence;

import static com.socialworkprogression.process.Variables.required;

import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.staff.StaffDirectory;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * NELC-L3-06: five case files are examined, two chosen by the worker and three drawn at random from
 * the rest of their caseload. The draw is recorded (pool, choice, result) for audit.
 */
@Component("caseFileDraw")
public class CaseFileDraw implements JavaDelegate {

  static final int DRAWN = 3;

  private final StaffDirectory directory;
  private final CaseFileDraws draws;
  private final Today today;
  private final Random random = new SecureRandom();

  public CaseFileDraw(StaffDirectory directory, CaseFileDraws draws, Today today) {
    this.directory = directory;
    this.draws = draws;
    this.today = today;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String applicant = (String) execution.getVariable("applicant");
    List<String> caseload = directory.caseload(applicant);
    String first = required(execution, "workerCaseFile1", "NELC-L3-06", "Choose your first case file.");
    String second = required(execution, "workerCaseFile2", "NELC-L3-06", "Choose your second case file.");
    if (first.equals(second)) {
      throw RuleRefusal.of("NELC-L3-06", "Choose two different case files; both choices are " + first + ".");
    }
    for (String chosen : List.of(first, second)) {
      if (!caseload.contains(chosen)) {
        throw RuleRefusal.of("NELC-L3-06", chosen + " is not in your caseload in the staff directory; choose from "
            + String.join(", ", caseload) + ".");
      }
    }
    List<String> pool = new ArrayList<>(caseload);
    pool.removeAll(List.of(first, second));
    if (pool.size() < DRAWN) {
      throw RuleRefusal.of("NELC-L3-06", "Your caseload in the staff directory has " + caseload.size()
          + " cases; the examination needs five (two you choose and three drawn at random). "
          + "Ask People and Culture to bring your caseload up to date.");
    }
    Collections.shuffle(pool, random);
    List<String> drawn = List.copyOf(pool.subList(0, DRAWN));
    long drawId = draws.record(execution.getTenantId(), applicant, execution.getProcessInstanceId(),
        today.now().toInstant(), caseload, List.of(first, second), drawn);
    execution.setVariable("randomCaseFiles", String.join(", ", drawn));
    execution.setVariable("caseFilesForExamination",
        "Chosen by the worker: " + first + ", " + second + ". Drawn at random: " + String.join(", ", drawn) + ".");
    execution.setVariable("caseFileDrawId", drawId);
  }
}
