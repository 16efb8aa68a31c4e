package com.socialworkprogression.leicestershire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.support.RouteTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Leicestershire's ASYE assessment points (LEI-ASYE-01): started when People and Culture record a newly
 * qualified social worker's start date; assessed against the PCF at 3, 6 and 9 months, the final
 * recommendation at 11 months and the assessor's report by 12 months, each a task for the assessor at its
 * time, with a reminder when it is due and escalation when it is overdue.
 */
class LeicestershireAsyeRouteTest extends RouteTest {

  static final String ROUTE = "leicestershireAsye";
  static final String PEOPLE_AND_CULTURE = "harriet.cole";
  static final String ASSESSOR = "adam.reid";
  static final String TEAM_MANAGER = "rachel.adams";
  static final String PSW = "nina.patel";

  @Test
  @DisplayName("LEI-ASYE-01: the points are due 3, 6, 9, 11 and 12 months from the start date, each counted from the start")
  void pointsFromTheStartDate() {
    ProcessInstance asye = started(nqsw(), LocalDate.of(2026, 9, 7));
    assertThat(dueTexts(asye)).containsExactly("7 December 2026", "7 March 2027", "7 June 2027", "7 August 2027",
        "7 September 2027");
    assertThat(workflow.variable(asye, "threeMonthsDue")).isEqualTo(Dates.endOfDay(LocalDate.of(2026, 12, 7)));
    assertThat(workflow.variable(asye, "threeMonthsOpens")).as("two weeks before")
        .isEqualTo(Dates.startOfDay(LocalDate.of(2026, 11, 23)));
  }

  @Test
  @DisplayName("LEI-ASYE-01: a start on 31 January has its points on 30 April, 31 July, 31 October, 31 December and 31 January")
  void startingOnTheThirtyFirstOfJanuary() {
    ProcessInstance asye = started(nqsw(), LocalDate.of(2027, 1, 31));
    assertThat(dueTexts(asye)).containsExactly("30 April 2027", "31 July 2027", "31 October 2027", "31 December 2027",
        "31 January 2028");
  }

  @Test
  @DisplayName("LEI-ASYE-01: each point is a task for the assessor two weeks before it is due, due by the end of its day")
  void aTaskAtItsTime() {
    ProcessInstance asye = withAssessor(nqsw(), LocalDate.of(2026, 9, 7));
    assertThat(asye).isWaitingAt("threeMonthAssessment");
    ProcessInstance point = point(asye);
    assertThat(point).isWaitingAt("pointOpens");
    assertThat(workflow.timer(point, "pointOpens").getDuedate()).isEqualTo(Dates.startOfDay(LocalDate.of(2026, 11, 23)));

    workflow.fire(point, "pointOpens");

    assertThat(point).task("assessAgainstPcf").isAssignedTo(ASSESSOR);
    assertThat(workflow.task(point, "assessAgainstPcf").getDueDate()).isEqualTo(Dates.endOfDay(LocalDate.of(2026, 12, 7)));
    assertThat(workflow.variable(point, "pointName")).isEqualTo("3-month assessment against the PCF");
  }

  @Test
  @DisplayName("LEI-ASYE-01: an overdue point reminds the assessor on its due date; five working days later the team manager is told and the Principal Social Worker chases it")
  void remindedThenEscalated() {
    String nqsw = nqsw();
    ProcessInstance asye = withAssessor(nqsw, LocalDate.of(2026, 9, 7));
    ProcessInstance point = point(asye);
    workflow.fire(point, "pointOpens");

    workflow.fire(point, "pointDueReminder");
    assertThat(point).hasPassed("remindAssessor", "reminderSent");
    MimeMessage reminder = emailTo(ASSESSOR, "Overdue:");
    assertThat(subject(reminder)).startsWith("Overdue: 3-month assessment against the PCF");
    assertThat(recipients(reminder)).containsExactly(ASSESSOR + "@leicestershire.example");
    assertThat(body(reminder)).contains("7 December 2026");
    assertThat(point).isWaitingAt("assessAgainstPcf");

    assertThat(workflow.timer(point, "pointOverdue").getDuedate()).as("five working days after 7 December 2026")
        .isEqualTo(Dates.endOfDay(LocalDate.of(2026, 12, 14)));
    workflow.fire(point, "pointOverdue");
    assertThat(recipients(emailTo(TEAM_MANAGER, "Five working days overdue"))).contains(ASSESSOR + "@leicestershire.example");
    assertThat(point).task("chaseOverdueAssessment").hasCandidateGroup("leicestershire-principal-social-workers");
    workflow.complete(PSW, point, "chaseOverdueAssessment", Map.of("chaseNote", "Agreed with Adam: done by Friday."));
    assertThat(point).isWaitingAt("assessAgainstPcf");

    assess(point, "someConcerns");
    assertThat(point).isEnded();
    assertThat(asye).isWaitingAt("sixMonthAssessment");
    assertThat(workflow.variable(asye, "threeMonthsProgress")).isEqualTo("someConcerns");
  }

  @Test
  @DisplayName("LEI-ASYE-01: the whole year: three assessments, the final recommendation and the assessor's report, sent to People and Culture, the NQSW and the team manager")
  void theWholeYear() {
    String nqsw = nqsw();
    ProcessInstance asye = withAssessor(nqsw, LocalDate.of(2026, 9, 7));
    MimeMessage dates = emailTo(nqsw, "ASYE assessment points for");
    assertThat(body(dates)).contains("7 December 2026").contains("7 September 2027").contains("Adam Reid");

    for (String call : List.of("threeMonthAssessment", "sixMonthAssessment", "nineMonthAssessment")) {
      assertThat(asye).isWaitingAt(call);
      ProcessInstance point = point(asye);
      workflow.fire(point, "pointOpens");
      assess(point, "onTrack");
    }
    assertThat(asye).isWaitingAt("finalRecommendation");
    ProcessInstance recommendation = point(asye);
    workflow.fire(recommendation, "pointOpens");
    workflow.complete(ASSESSOR, recommendation, "recommendFinal", Map.of("asyeRecommendation", "pass",
        "recommendationRationale", "Consistently met the PCF; strong direct work with children."));
    ProcessInstance report = point(asye);
    workflow.fire(report, "pointOpens");
    workflow.complete(ASSESSOR, report, "writeAssessorsReport", Map.of("assessorsReport",
        "A year of steady growth in confidence and judgement."));

    assertThat(asye).hasPassed("notifyAsyeOutcome").isEnded().hasPassed("asyeAssessed");
    MimeMessage outcome = emailTo(PEOPLE_AND_CULTURE, "ASYE final recommendation");
    assertThat(recipients(outcome)).contains(nqsw + "@leicestershire.example", TEAM_MANAGER + "@leicestershire.example");
    assertThat(body(outcome)).contains("Pass: the newly qualified social worker has met the PCF")
        .contains("A year of steady growth in confidence and judgement.");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(asye.getId())
        .variableName("nineMonthsProgress").singleResult().getValue()).isEqualTo("onTrack");
  }

  @Test
  @DisplayName("LEI-ASYE-01: only a newly qualified social worker has ASYE points, and only People and Culture start them")
  void onlyAnNqswAndOnlyPeopleAndCulture() {
    String levelTwo = staff.leicestershireWorker("2", LocalDate.of(2022, 7, 1));
    assertThatThrownBy(() -> started(levelTwo, LocalDate.of(2026, 9, 7))).isInstanceOf(RuleRefusal.class)
        .hasMessageStartingWith("LEI-ASYE-01: The staff directory does not record this person as a newly qualified social worker");
    String nqsw = nqsw();
    assertThatThrownBy(() -> workflow.start(nqsw, "leicestershire", ROUTE, Map.of("applicant", nqsw,
        "asyeStartDate", "2026-09-07"))).isInstanceOf(RuleRefusal.class)
        .hasMessageContaining("'ASYE assessment points' is started by People and Culture (HR)");
    started(nqsw, LocalDate.of(2026, 9, 7));
    assertThatThrownBy(() -> started(nqsw, LocalDate.of(2026, 9, 14))).isInstanceOf(RuleRefusal.class)
        .hasMessageContaining("already running");
  }

  @Test
  @DisplayName("LEI-ASYE-01: the assessor is one of the ASYE assessors")
  void theAssessorIsAnAsyeAssessor() {
    ProcessInstance asye = started(nqsw(), LocalDate.of(2026, 9, 7));
    assertThatThrownBy(() -> workflow.complete(PEOPLE_AND_CULTURE, asye, "chooseAssessor", Map.of("assessor", TEAM_MANAGER)))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("LEI-ASYE-01");
    assertThat(asye).isWaitingAt("chooseAssessor");
  }

  // The route's steps, as the people do them.

  private String nqsw() {
    return staff.leicestershireWorker("NQSW", LocalDate.of(2026, 7, 1));
  }

  private ProcessInstance started(String nqsw, LocalDate startDate) {
    return workflow.start(PEOPLE_AND_CULTURE, "leicestershire", ROUTE, Map.of("applicant", nqsw,
        "asyeStartDate", startDate.toString()));
  }

  private ProcessInstance withAssessor(String nqsw, LocalDate startDate) {
    ProcessInstance asye = started(nqsw, startDate);
    workflow.complete(PEOPLE_AND_CULTURE, asye, "chooseAssessor", Map.of("assessor", ASSESSOR));
    return asye;
  }

  private void assess(ProcessInstance point, String progress) {
    workflow.complete(ASSESSOR, point, "assessAgainstPcf", Map.of("pointProgress", progress,
        "pointEvidence", "Two observed home visits and the supervision record.",
        "pointActions", "Weekly supervision on analysis in assessments."));
  }

  /** The point the ASYE is at: the process its call activity started. */
  private ProcessInstance point(ProcessInstance asye) {
    ProcessInstance point = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(asye.getId())
        .singleResult();
    assertThat(point).as("the point under way").isNotNull();
    return point;
  }

  private List<String> dueTexts(ProcessInstance asye) {
    return List.of("threeMonths", "sixMonths", "nineMonths", "finalRecommendation", "assessorsReport").stream()
        .map(point -> (String) workflow.variable(asye, point + "DueText")).toList();
  }

  /** The email to that person whose subject starts so (GreenMail keeps one copy per recipient, not in sending order). */
  private MimeMessage emailTo(String userId, String subjectStart) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(message -> recipients(message).contains(userId + "@leicestershire.example")
            && subject(message).startsWith(subjectStart))
        .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no email to " + userId + " starting '"
            + subjectStart + "'"));
  }
}
