package com.socialworkprogression.leicestershire;

import com.socialworkprogression.support.DecisionTableTest;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * processes/leicestershire/level-3-eligibility.dmn on the DMN engine alone (LEI-L3-01): a Level 2 social
 * worker with two years' post-qualifying experience may apply for Level 3, one application at a time.
 */
class LeicestershireLevelThreeEligibilityTableTest extends DecisionTableTest {

  static final LocalDate APPLYING_ON = LocalDate.of(2026, 11, 23);

  @Override
  protected String file() {
    return "processes/leicestershire/level-3-eligibility.dmn";
  }

  @Override
  protected String key() {
    return "leicestershireLevelThreeEligibility";
  }

  @Override
  protected int expectedRules() {
    return 7;
  }

  @Override
  protected Stream<Scenario> scenarioList() {
    return scenarios();
  }

  static Builder worker(String name, Object... changed) {
    return scenario(name).facts("currentLevel", "2", "openApplication", false,
        "qualifiedOn", LocalDate.of(2022, 7, 1), "applicationDate", APPLYING_ON).facts(changed);
  }

  static Stream<Scenario> scenarios() {
    return Stream.of(
        worker("LEI-L3-01 eligible: Level 2, qualified more than two years ago")
            .matches("eligible", "eligible", true, "rule", null, "nextLevel", "3", "nextLevelTitle", "Level 3 Social Worker"),
        worker("LEI-L3-01 eligible: exactly two years after qualifying, to the day", "qualifiedOn", APPLYING_ON.minusYears(2))
            .matches("eligible", "eligible", true),
        worker("LEI-L3-01 lessThanTwoYears: one day short of two years, told the day they can apply",
            "qualifiedOn", APPLYING_ON.minusYears(2).plusDays(1))
            .matches("lessThanTwoYears", "eligible", false, "rule", "LEI-L3-01", "reason",
                "Level 3 needs two years' post-qualifying experience. You qualified on 2024-11-24, so you can apply from 2026-11-24."),
        worker("LEI-L3-01 noQualificationDate: experience cannot be counted without the date", "qualifiedOn", null)
            .matches("noQualificationDate", "eligible", false, "rule", "LEI-L3-01"),
        worker("LEI-L3-01 applicationInProgress: one application at a time", "openApplication", true)
            .matches("applicationInProgress", "eligible", false, "nextLevel", null),
        worker("LEI-L3-01 stillInAsye: an NQSW completes the ASYE first", "currentLevel", "NQSW")
            .matches("stillInAsye", "eligible", false, "rule", "LEI-L3-01"),
        worker("LEI-L3-01 alreadyLevelThree: nothing to apply for", "currentLevel", "3")
            .matches("alreadyLevelThree", "eligible", false),
        worker("LEI-L3-01 notLevelTwo: a level this route is not for", "currentLevel", "TM")
            .matches("notLevelTwo", "eligible", false),
        worker("LEI-L3-01 notLevelTwo: no level recorded", "currentLevel", null)
            .matches("notLevelTwo", "eligible", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(Scenario scenario) {
    check(scenario);
  }
}
