package com.socialworkprogression.nelc;

import com.socialworkprogression.support.DecisionTableTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * processes/nelc/element-met.dmn on the DMN engine alone: whether an element of the evidence is met
 * (NELC-L3-11). Scores are 1 not met, 2 partly met, 3 met, 4 exceeded; the pass mark is 3.
 */
class NelcElementMetTableTest extends DecisionTableTest {

  static final String[] ELEMENTS = {"selfAssessment", "caseFiles", "observations", "presentation",
      "serviceUserViews", "mentoringAndTraining"};

  @Override
  protected String file() {
    return "processes/nelc/element-met.dmn";
  }

  @Override
  protected String key() {
    return "nelcElementMet";
  }

  @Override
  protected int expectedRules() {
    return 2;
  }

  @Override
  protected Stream<Scenario> scenarioList() {
    return scenarios();
  }

  static Stream<Scenario> scenarios() {
    Stream<Scenario> passMark = Stream.of(
        scenario("NELC-L3-11 notMet: a score of 1 (not met) does not meet the element")
            .facts("element", "caseFiles", "score", 1).matches("notMet", "met", false),
        scenario("NELC-L3-11 notMet: a score of 2 (partly met) does not meet the element")
            .facts("element", "caseFiles", "score", 2).matches("notMet", "met", false),
        scenario("NELC-L3-11 metOrExceeded: a score of 3 (met) meets the element: the pass mark")
            .facts("element", "caseFiles", "score", 3).matches("metOrExceeded", "met", true),
        scenario("NELC-L3-11 metOrExceeded: a score of 4 (exceeded) meets the element")
            .facts("element", "caseFiles", "score", 4).matches("metOrExceeded", "met", true),
        scenario("NELC-L3-11 notMet: no score does not meet the element")
            .facts("element", "caseFiles", "score", null).matches("notMet", "met", false));
    Stream<Scenario> sameForEveryElement = Stream.of(ELEMENTS).flatMap(element -> Stream.of(
        scenario("NELC-L3-11 metOrExceeded: " + element + " scored 3 is met")
            .facts("element", element, "score", 3).matches("metOrExceeded", "met", true),
        scenario("NELC-L3-11 notMet: " + element + " scored 2 is not met")
            .facts("element", element, "score", 2).matches("notMet", "met", false)));
    return Stream.concat(passMark, sameForEveryElement);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(Scenario scenario) {
    check(scenario);
  }
}
