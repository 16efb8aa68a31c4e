package com.socialworkprogression.nelc;

import com.socialworkprogression.support.DecisionTableTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * processes/nelc/asye-attendance.dmn on the DMN engine alone (NELC-ASYE-04 (5)): at least 85%, 10 of the 12
 * development days, where absence for annual leave, sickness or court is approved and counts; read from the register.
 */
class NelcAsyeAttendanceTableTest extends DecisionTableTest {

  @Override
  protected String file() {
    return "processes/nelc/asye-attendance.dmn";
  }

  @Override
  protected String key() {
    return "nelcAsyeAttendance";
  }

  @Override
  protected int expectedRules() {
    return 2;
  }

  @Override
  protected Stream<Scenario> scenarioList() {
    return scenarios();
  }

  /** A register: that many days attended, then the absences given, then "absent" for the rest. */
  static Object[] register(int attended, String... absences) {
    Map<String, Object> days = new LinkedHashMap<>();
    for (int day = 1; day <= 12; day++) {
      int absence = day - attended - 1;
      days.put("day" + day, day <= attended ? "attended" : absence < absences.length ? absences[absence] : "absent");
    }
    return days.entrySet().stream().flatMap(entry -> Stream.of(entry.getKey(), entry.getValue())).toArray();
  }

  static Stream<Scenario> scenarios() {
    return Stream.of(
        scenario("NELC-ASYE-04 tenOrMore: 9 of 12 attended and one approved absence (court) passes")
            .facts(register(9, "court")).matches("tenOrMore", "attendanceMet", true),
        scenario("NELC-ASYE-04 fewerThanTen: 9 of 12 attended with no approved absence fails")
            .facts(register(9)).matches("fewerThanTen", "attendanceMet", false),
        scenario("NELC-ASYE-04 tenOrMore: 10 of 12 attended passes")
            .facts(register(10)).matches("tenOrMore", "attendanceMet", true),
        scenario("NELC-ASYE-04 tenOrMore: 8 attended with annual leave and sickness approved passes")
            .facts(register(8, "annualLeave", "sickness")).matches("tenOrMore", "attendanceMet", true),
        scenario("NELC-ASYE-04 fewerThanTen: 8 attended, one approved absence, three unapproved fails")
            .facts(register(8, "sickness")).matches("fewerThanTen", "attendanceMet", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(Scenario scenario) {
    check(scenario);
  }
}
