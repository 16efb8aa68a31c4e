package com.socialworkprogression.nelc;

import com.socialworkprogression.support.DecisionTableTest;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * processes/nelc/senior-eligibility.dmn on the DMN engine alone: who may submit an Expression of
 * Intent (NELC-L3-01, NELC-L3-02, NELC-L3-14). The first matching rule answers.
 */
class NelcSeniorEligibilityTableTest extends DecisionTableTest {

  static final LocalDate APPLYING_ON = LocalDate.of(2026, 11, 23);

  @Override
  protected String file() {
    return "processes/nelc/senior-eligibility.dmn";
  }

  @Override
  protected String key() {
    return "nelcSeniorEligibility";
  }

  @Override
  protected int expectedRules() {
    return 5;
  }

  @Override
  protected Stream<Scenario> scenarioList() {
    return scenarios();
  }

  /** Facts of an eligible Level 2 worker, with one fact changed. */
  static Builder worker(String name, Object... changed) {
    return scenario(name).facts("currentLevel", "2", "asyeOrEquivalent", true, "openApplication", false,
        "lastDeferredOn", null, "applicationDate", APPLYING_ON).facts(changed);
  }

  static Stream<Scenario> scenarios() {
    return Stream.of(
        worker("NELC-L3-01 notOnLevelTwo: a Level 1 worker is refused, quoting the level recorded", "currentLevel", "1")
            .matches("notOnLevelTwo", "eligible", false, "rule", "NELC-L3-01",
                "reason", "This route is for Level 2 (Experienced) Social Workers; the staff directory records your level as 1."),
        worker("NELC-L3-01 notOnLevelTwo: a Level 3 worker is refused", "currentLevel", "3")
            .matches("notOnLevelTwo", "eligible", false, "rule", "NELC-L3-01"),
        worker("NELC-L3-01 notOnLevelTwo: no level recorded is refused as 'not known'", "currentLevel", null)
            .matches("notOnLevelTwo", "eligible", false,
                "reason", "This route is for Level 2 (Experienced) Social Workers; the staff directory records your level as not known."),
        worker("NELC-L3-01 notOnLevelTwo: the level is checked first, before an open application",
            "currentLevel", "1", "openApplication", true)
            .matches("notOnLevelTwo", "rule", "NELC-L3-01"),
        worker("NELC-L3-01 noAsyeOrEquivalent: Level 2 without ASYE or a pre-2012 equivalent is refused",
            "asyeOrEquivalent", false)
            .matches("noAsyeOrEquivalent", "eligible", false, "rule", "NELC-L3-01", "earliestReapplication", null),
        worker("NELC-L3-01 noAsyeOrEquivalent: ASYE unknown is refused", "asyeOrEquivalent", null)
            .matches("noAsyeOrEquivalent", "eligible", false),
        worker("NELC-L3-02 applicationInProgress: one Expression of Intent at a time", "openApplication", true)
            .matches("applicationInProgress", "eligible", false, "rule", "NELC-L3-02"),
        worker("NELC-L3-14 deferredLessThanThreeMonthsAgo: deferred on 1 September, may apply again from 1 December",
            "lastDeferredOn", LocalDate.of(2026, 9, 1))
            .matches("deferredLessThanThreeMonthsAgo", "eligible", false, "rule", "NELC-L3-14",
                "earliestReapplication", LocalDate.of(2026, 12, 1)),
        worker("NELC-L3-14 deferredLessThanThreeMonthsAgo: deferred the day before three months ago is still refused",
            "lastDeferredOn", LocalDate.of(2026, 8, 24))
            .matches("deferredLessThanThreeMonthsAgo", "earliestReapplication", LocalDate.of(2026, 11, 24)),
        worker("NELC-L3-14 eligible: deferred exactly three months ago, may apply today",
            "lastDeferredOn", LocalDate.of(2026, 8, 23))
            .matches("eligible", "eligible", true, "rule", "", "reason", ""),
        worker("NELC-L3-01 eligible: Level 2 with ASYE, nothing open, never deferred")
            .matches("eligible", "eligible", true, "earliestReapplication", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(Scenario scenario) {
    check(scenario);
  }
}
