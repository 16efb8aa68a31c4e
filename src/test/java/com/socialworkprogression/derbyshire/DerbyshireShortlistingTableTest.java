package com.socialworkprogression.derbyshire;

import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.support.DecisionTableTest;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * processes/derbyshire/shortlisting.dmn on the DMN engine alone (DER-11-01): a full PQ specialist award is essential
 * for shortlisting; without one only "not shortlisted" is allowed, and with one anything is.
 */
class DerbyshireShortlistingTableTest extends DecisionTableTest {

  @Override
  protected String file() {
    return "processes/derbyshire/shortlisting.dmn";
  }

  @Override
  protected String key() {
    return "derbyshireShortlisting";
  }

  @Override
  protected int expectedRules() {
    return 1;
  }

  @Override
  protected Stream<Scenario> scenarioList() {
    return scenarios();
  }

  static Stream<Scenario> scenarios() {
    return Stream.of(scenario("DER-11-01 noPqSpecialistAward: shortlisting without the award is refused")
        .facts("shortlistDecision", "shortlisted", "pqSpecialistAward", "notHeld")
        .matches("noPqSpecialistAward", "allowed", false, "rule", "DER-11-01"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(Scenario scenario) {
    check(scenario);
  }

  @Test
  void withTheAwardOrNotShortlistedNothingRefuses() {
    assertThat(evaluate(Map.of("shortlistDecision", "shortlisted", "pqSpecialistAward", "held")).matchedRules()).isEmpty();
    assertThat(evaluate(Map.of("shortlistDecision", "notShortlisted", "pqSpecialistAward", "notHeld")).matchedRules()).isEmpty();
  }
}
