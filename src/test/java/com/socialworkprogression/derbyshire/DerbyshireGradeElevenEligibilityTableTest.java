package com.socialworkprogression.derbyshire;

import com.socialworkprogression.support.DecisionTableTest;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * processes/derbyshire/grade-eleven-eligibility.dmn on the DMN engine alone (DER-10-01, DER-11-01): two years on
 * grade 10, counted from the level history, one request at a time; a grade 11 worker is told grade 12 is by
 * competition. Every criterion not met answers (hit policy COLLECT); the first is checked here.
 */
class DerbyshireGradeElevenEligibilityTableTest extends DecisionTableTest {

  static final LocalDate REQUESTING_ON = LocalDate.of(2027, 1, 11);

  @Override
  protected String file() {
    return "processes/derbyshire/grade-eleven-eligibility.dmn";
  }

  @Override
  protected String key() {
    return "derbyshireGradeElevenEligibility";
  }

  @Override
  protected int expectedRules() {
    return 6;
  }

  @Override
  protected Stream<Scenario> scenarioList() {
    return scenarios();
  }

  static Builder worker(String name, Object... changed) {
    return scenario(name).facts("currentLevel", "10", "openApplication", false,
        "levelSince", LocalDate.of(2024, 9, 1), "applicationDate", REQUESTING_ON).facts(changed);
  }

  static Stream<Scenario> scenarios() {
    return Stream.of(
        worker("DER-10-01 mayRequest: more than two years on grade 10").matches("mayRequest", "eligible", true),
        worker("DER-10-01 mayRequest: two years to the day", "levelSince", REQUESTING_ON.minusYears(2))
            .matches("mayRequest", "eligible", true),
        worker("DER-10-01 underTwoYears: one day short, told the day and the accelerated route",
            "levelSince", REQUESTING_ON.minusYears(2).plusDays(1))
            .matches("underTwoYears", "eligible", false, "rule", "DER-10-01", "earliestReapplication", REQUESTING_ON.plusDays(1)),
        worker("DER-10-01 noDateOnGradeTen: no level history", "levelSince", null)
            .matches("noDateOnGradeTen", "eligible", false),
        worker("DER-10-02 requestInProgress: one request at a time", "openApplication", true)
            .matches("requestInProgress", "eligible", false),
        worker("DER-11-01 alreadyGradeEleven: told grade 12 is by competition", "currentLevel", "11")
            .matches("alreadyGradeEleven", "eligible", false, "rule", "DER-11-01"),
        worker("DER-10-01 notOnGradeTen: grade 9", "currentLevel", "9")
            .matches("notOnGradeTen", "eligible", false,
                "reason", "Grade 10 to 11 is for social workers on grade 10; the staff directory records you on grade 9. If that is wrong, ask People and Culture to correct it."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(Scenario scenario) {
    check(scenario);
  }
}
