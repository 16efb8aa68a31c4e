package com.socialworkprogression.redbridge;

import com.socialworkprogression.support.DecisionTableTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * processes/redbridge/next-level.dmn on the DMN engine alone (RED-01): the level a worker is reviewed
 * against at the PMR, Level 1 (NQSW) to 2 to 3 to Senior Social Work Practitioner, one review at a time.
 */
class RedbridgeNextLevelTableTest extends DecisionTableTest {

  @Override
  protected String file() {
    return "processes/redbridge/next-level.dmn";
  }

  @Override
  protected String key() {
    return "redbridgeNextLevel";
  }

  @Override
  protected int expectedRules() {
    return 6;
  }

  @Override
  protected Stream<Scenario> scenarioList() {
    return scenarios();
  }

  static Builder worker(String name, String level, boolean openReview) {
    return scenario(name).facts("currentLevel", level, "openApplication", openReview);
  }

  static Stream<Scenario> scenarios() {
    return Stream.of(
        worker("RED-01 levelOneToTwo: Level 1 (NQSW) is reviewed against Level 2", "1", false)
            .matches("levelOneToTwo", "eligible", true, "rule", "RED-01", "nextLevel", "2",
                "nextLevelTitle", "Level 2 Social Worker", "currentLevelTitle", "Level 1 (NQSW)"),
        worker("RED-01 levelTwoToThree: Level 2 is reviewed against Level 3", "2", false)
            .matches("levelTwoToThree", "eligible", true, "nextLevel", "3", "nextLevelTitle", "Level 3 Social Worker",
                "currentLevelTitle", "Level 2"),
        worker("RED-01 levelThreeToSenior: Level 3 is reviewed against Senior Social Work Practitioner", "3", false)
            .matches("levelThreeToSenior", "eligible", true, "nextLevel", "SSWP",
                "nextLevelTitle", "Senior Social Work Practitioner", "currentLevelTitle", "Level 3"),
        worker("RED-01 topOfScheme: a Senior Social Work Practitioner has no next level", "SSWP", false)
            .matches("topOfScheme", "eligible", false, "rule", "RED-01", "nextLevel", null,
                "currentLevelTitle", "Senior Social Work Practitioner"),
        worker("RED-01 reviewInProgress: one review at a time, whatever the level", "2", true)
            .matches("reviewInProgress", "eligible", false, "rule", "RED-01", "nextLevel", null,
                "currentLevelTitle", "Level 2"),
        worker("RED-01 reviewInProgress: checked before the level, even at the top of the scheme", "SSWP", true)
            .matches("reviewInProgress", "eligible", false, "currentLevelTitle", "Senior Social Work Practitioner"),
        worker("RED-01 reviewInProgress: an unknown level has no title", "9", true)
            .matches("reviewInProgress", "currentLevelTitle", null),
        worker("RED-01 unknownLevel: a level the scheme does not know is a mistake to correct", "4", false)
            .matches("unknownLevel", "eligible", false, "nextLevel", null,
                "reason", "The staff directory records your level as 4, which this scheme does not know; "
                    + "ask HR (Pay and Contracts) to correct it, then ask for your review again."),
        worker("RED-01 unknownLevel: no level recorded asks HR to record one", null, false)
            .matches("unknownLevel", "eligible", false,
                "reason", "The staff directory has no level recorded for you, so your next level cannot be worked out; "
                    + "ask HR (Pay and Contracts) to record your level, then ask for your review again."),
        worker("RED-01 unknownLevel: an empty level is treated as none", "", false)
            .matches("unknownLevel", "eligible", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(Scenario scenario) {
    check(scenario);
  }
}
