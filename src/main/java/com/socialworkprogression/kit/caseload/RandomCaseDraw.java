package com.socialworkprogression.kit.caseload;

import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.kit.StepSettings;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.process.Variables;
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
 * Kit block "Draw case files at random" (service task after the worker chooses theirs). Draws more cases
 * at random from the rest of the worker's caseload and records the draw (pool, choice, result) for audit
 * (NELC-L3-06: two chosen and three drawn). The choice itself is checked on the form by "Check: cases
 * from the worker's caseload".
 *
 * Inputs: chosenCases (the worker's chosen fields), drawCount, drawRule. Writes randomCaseFiles,
 * caseFilesForExamination and caseFileDrawId.
 */
@Component("randomCaseDraw")
public class RandomCaseDraw implements JavaDelegate {

  private static final String[] NUMBERS = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight"};

  private final StaffDirectory directory;
  private final CaseFileDraws draws;
  private final Today today;
  private final Random random = new SecureRandom();

  public RandomCaseDraw(StaffDirectory directory, CaseFileDraws draws, Today today) {
    this.directory = directory;
    this.draws = draws;
    this.today = today;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StepSettings settings = new StepSettings(execution, "Draw case files at random", execution.getCurrentActivityName());
    String rule = settings.text("drawRule", "");
    int drawCount = settings.number("drawCount");
    String applicant = (String) execution.getVariable("applicant");
    List<String> caseload = directory.caseload(applicant);
    List<String> chosen = settings.list("chosenCases").stream().map(field -> Variables.text(execution, field)).toList();
    List<String> pool = new ArrayList<>(caseload);
    pool.removeAll(chosen);
    if (pool.size() < drawCount) {
      throw RuleRefusal.of(rule, "Your caseload in the staff directory has " + caseload.size() + " cases; the "
          + "examination needs " + words(chosen.size() + drawCount) + " (" + words(chosen.size()) + " you choose and "
          + words(drawCount) + " drawn at random). Ask People and Culture to bring your caseload up to date.");
    }
    Collections.shuffle(pool, random);
    List<String> drawn = List.copyOf(pool.subList(0, drawCount));
    long drawId = draws.record(execution.getTenantId(), applicant, execution.getProcessInstanceId(),
        today.now().toInstant(), caseload, chosen, drawn);
    execution.setVariable("randomCaseFiles", String.join(", ", drawn));
    execution.setVariable("caseFilesForExamination",
        "Chosen by the worker: " + String.join(", ", chosen) + ". Drawn at random: " + String.join(", ", drawn) + ".");
    execution.setVariable("caseFileDrawId", drawId);
  }

  private static String words(int n) {
    return n < NUMBERS.length ? NUMBERS[n] : String.valueOf(n);
  }
}
