package com.socialworkprogression.derbyshire;

import com.socialworkprogression.support.DecisionTableTest;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * processes/derbyshire/accelerated-eligibility.dmn on the DMN engine alone (DER-10-06): only a worker on grade 10
 * for less than two years is put forward for accelerated progression.
 */
class DerbyshireAcceleratedEligibilityTableTest extends DecisionTableTest {

  static final LocalDate ASKING_ON = LocalDate.of(2026, 11, 23);

  @Override
  protected String file() {
    return "processes/derbyshire/accelerated-eligibility.dmn";
  }

  @Override
  protected String key() {
    return "derbyshireAcceleratedEligibility";
  }

  @Override
  protected int expectedRules() {
    return 5;
  }

  @Override
  protected Stream<Scenario> scenarioList() {
    return scenarios();
  }

  static Builder worker(String name, Object... changed) {
    return scenario(name).facts("currentLevel", "10", "openApplication", false,
        "levelSince", ASKING_ON.minusMonths(14), "applicationDate", ASKING_ON).facts(changed);
  }

  static Stream<Scenario> scenarios() {
    return Stream.of(
        worker("DER-10-06 mayBePutForward: fourteen months on grade 10").matches("mayBePutForward", "eligible", true),
        worker("DER-10-06 twoYearsReached: two years to the day need no acceleration", "levelSince", ASKING_ON.minusYears(2))
            .matches("twoYearsReached", "eligible", false, "rule", "DER-10-06"),
        worker("DER-10-06 noDateOnGradeTen: no level history", "levelSince", null).matches("noDateOnGradeTen", "eligible", false),
        worker("DER-10-06 requestInProgress: one request at a time", "openApplication", true)
            .matches("requestInProgress", "eligible", false),
        worker("DER-10-06 notOnGradeTen: grade 11 already", "currentLevel", "11").matches("notOnGradeTen", "eligible", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(Scenario scenario) {
    check(scenario);
  }
}
