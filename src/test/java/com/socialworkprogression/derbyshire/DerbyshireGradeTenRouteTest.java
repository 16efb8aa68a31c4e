package com.socialworkprogression.derbyshire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.panels.PanelSitting;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.support.PanelCalendar;
import com.socialworkprogression.support.RouteTest;
import com.socialworkprogression.support.SampleFiles;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Derbyshire: the NQSW year, grade 9 to grade 10: probation reviews at 1, 3, 5 and 12 months, the portfolio near 12
 * months, the local panel at the District/Area Manager's set times, and its outcomes; every path, each step done by
 * the person the framework names. Rules: ../shared/SCHEMES.md DER-9-01..05.
 */
class DerbyshireGradeTenRouteTest extends RouteTest {

  static final String ROUTE = "derbyshireGradeTen";
  static final String PEOPLE_AND_CULTURE = "gill.hughes";
  static final String MANAGER = "karen.boyd";
  static final String DISTRICT_MANAGER = "sue.hart";
  static final String OTHER_DISTRICT_MANAGER = "raj.mehta";
  /** Started on Monday 30 November 2026: the 12-month eligibility point is 30 November 2027. */
  static final LocalDate START = LocalDate.of(2026, 11, 30);
  static final LocalDate TWELVE_MONTHS = LocalDate.of(2027, 11, 30);

  PanelCalendar calendar;

  @BeforeEach
  void emptyCalendars() {
    calendar = PanelCalendar.derbyshireLocal(workflow, DISTRICT_MANAGER).empty();
  }

  @Test
  @DisplayName("DER-9-01: probation reviews due at 1, 3, 5 and 12 months, each counted from the start date; each appears for the line manager a week before it is due")
  void reviewDates() {
    ProcessInstance year = started(staff.derbyshireWorker("9", null));
    assertThat(workflow.variable(year, "oneMonthDueText")).isEqualTo("30 December 2026");
    assertThat(workflow.variable(year, "threeMonthsDueText")).as("30 February does not exist").isEqualTo("28 February 2027");
    assertThat(workflow.variable(year, "fiveMonthsDueText")).isEqualTo("30 April 2027");
    assertThat(workflow.variable(year, "twelveMonthsDueText")).isEqualTo("30 November 2027");
    MimeMessage dates = emailTo((String) workflow.variable(year, "applicant"), "NQSW year for ");
    assertThat(body(dates)).contains("28 February 2027").contains("30 November 2027").contains("Sue Hart");

    ProcessInstance review = reviewOf(year);
    assertThat(review).isWaitingAt("reviewOpens");
    assertThat(workflow.timer(review, "reviewOpens").getDuedate()).isEqualTo(Dates.startOfDay(LocalDate.of(2026, 12, 23)));
    workflow.fire(review, "reviewOpens");
    assertThat(review).task("reviewProbation").isAssignedTo(MANAGER).hasDueDate(Dates.endOfDay(LocalDate.of(2026, 12, 30)));
  }

  @Test
  @DisplayName("DER-9-01: a review five working days overdue tells the District/Area Manager; it stays with the line manager")
  void overdueReview() {
    ProcessInstance year = started(staff.derbyshireWorker("9", null));
    ProcessInstance review = reviewOf(year);
    workflow.fire(review, "reviewOpens");
    workflow.fire(review, "reviewOverdue");
    assertThat(review).hasPassed("notifyReviewOverdue").isWaitingAt("reviewProbation");
    assertThat(recipients(emailTo(MANAGER, "Overdue: Probation review at 1 month"))).contains(DISTRICT_MANAGER + "@derbyshire.example");
  }

  @Test
  @DisplayName("DER-9-01: the NQSW year is for a social worker on grade 9; anyone else is refused with what to do")
  void notOnGradeNine() {
    String gradeTen = staff.derbyshireWorker("10", LocalDate.of(2025, 1, 1));
    assertThatThrownBy(() -> start(gradeTen)).isInstanceOf(RuleRefusal.class).hasMessageStartingWith("DER-9-01")
        .hasMessageContaining("records this person on grade 10");
  }

  @Test
  @DisplayName("DER-9-02 to DER-9-04: the portfolio near 12 months; the panel sits after the 12-month point, so grade 10 is backdated to it, and both dates are recorded")
  void backdatedToTheTwelveMonthPoint() {
    LocalDate panel = LocalDate.of(2027, 12, 15);
    String worker = staff.derbyshireWorker("9", null);
    ProcessInstance year = throughTheReviews(started(worker));
    workflow.clock(panel.minusDays(10));
    calendar.schedule(panel);
    ProcessInstance atPanel = atThePanel(year, worker);
    assertThat(atPanel).task("recordLocalPanelDecision").isAssignedTo(DISTRICT_MANAGER);
    workflow.clock(panel);
    decide(year, "supported", null);
    assertThat(year).hasPassed("recordGradeTen", "notifySupported", "gradeTen").isEnded();
    assertThat(directory.get("derbyshire", worker).currentLevel()).isEqualTo("10");
    assertThat(directory.levelChanges("derbyshire", worker)).last()
        .satisfies(change -> assertThat(change.effectiveOn()).isEqualTo(TWELVE_MONTHS));
    assertThat(body(emailTo(worker, "Local panel: "))).contains("takes effect from 30 November 2027")
        .contains("the panel sat on 15 December 2027");
  }

  @Test
  @DisplayName("DER-9-04, DER-9-05: supported at the panel after a resubmission: grade 10 from that panel's date, not backdated to the 12-month point")
  void supportedAfterAResubmission() {
    String worker = staff.derbyshireWorker("9", null);
    ProcessInstance year = throughTheReviews(started(worker));
    calendar.schedule(LocalDate.of(2027, 12, 8));
    atThePanel(year, worker);
    workflow.clock(LocalDate.of(2027, 12, 8));
    decide(year, "notSupported", "Case recording is not yet to the standard.");
    workflow.complete(MANAGER, year, "agreeImprovementPlan", Map.of("improvementPlan", "Weekly recording audit.",
        "resubmissionDate", "2028-03-31"));
    LocalDate second = LocalDate.of(2028, 4, 12);
    calendar.schedule(second);
    workflow.clock(LocalDate.of(2028, 3, 30));
    workflow.complete(worker, year, "buildPortfolio", portfolio());
    twelveMonthReview(year);
    workflow.clock(second);
    decide(year, "supported", null);
    assertThat(directory.levelChanges("derbyshire", worker)).last()
        .satisfies(change -> assertThat(change.effectiveOn()).isEqualTo(second));
    assertThat(body(emailTo(worker, "Local panel: "))).contains("takes effect from 12 April 2028");
  }

  @Test
  @DisplayName("DER-9-03: the local panel is the worker's own District/Area Manager's: another manager's sitting is not used; with none yet the portfolio waits")
  void ownDistrictManagersPanel() {
    String worker = staff.derbyshireWorker("9", null);
    ProcessInstance year = throughTheReviews(started(worker));
    PanelCalendar.derbyshireLocal(workflow, OTHER_DISTRICT_MANAGER).schedule(LocalDate.of(2027, 12, 1));
    workflow.attach(worker, year, "buildPortfolio", "nqsw-completion.pdf", SampleFiles.pdf("NQSW scheme completion"));
    workflow.complete(worker, year, "buildPortfolio", portfolio());
    twelveMonthReview(year);
    assertThat(year).hasPassed("notifyWaitingForSitting").isWaitingAt("sittingScheduled");
    PanelSitting own = calendar.schedule(LocalDate.of(2027, 12, 8));
    assertThat(year).isWaitingAt("recordLocalPanelDecision");
    assertThat(workflow.variable(year, "panelSittingId")).isEqualTo(own.id());
  }

  @Test
  @DisplayName("DER-9-05: not supported: written reasons, a plan and a resubmission date; the portfolio is due then; a second time HR advises on capability")
  void notSupportedTwiceAsksHr() {
    String worker = staff.derbyshireWorker("9", null);
    ProcessInstance year = throughTheReviews(started(worker));
    calendar.schedule(LocalDate.of(2027, 12, 8));
    atThePanel(year, worker);
    workflow.clock(LocalDate.of(2027, 12, 8));
    assertThatThrownBy(() -> decide(year, "notSupported", null)).isInstanceOf(RuleRefusal.class).hasMessageStartingWith("DER-9-05");
    decide(year, "notSupported", "Case recording is not yet to the standard.");
    assertThat(year).isWaitingAt("agreeImprovementPlan").task().isAssignedTo(MANAGER);
    assertThatThrownBy(() -> workflow.complete(MANAGER, year, "agreeImprovementPlan", Map.of("improvementPlan", "Weekly recording audit.")))
        .isInstanceOf(RuleRefusal.class).hasMessageContaining("the agreed resubmission date");
    workflow.complete(MANAGER, year, "agreeImprovementPlan", Map.of("improvementPlan", "Weekly recording audit.",
        "resubmissionDate", "2028-03-31"));
    assertThat(year).hasPassed("notifyNotSupported").isWaitingAt("buildPortfolio")
        .task().hasDueDate(Dates.endOfDay(LocalDate.of(2028, 3, 31)));
    assertThat(body(emailTo(worker, "Local panel: your request for grade 10"))).contains("Weekly recording audit.")
        .contains("Case recording is not yet to the standard.").contains("by the end of 31 March 2028");

    calendar.schedule(LocalDate.of(2028, 4, 12));
    workflow.clock(LocalDate.of(2028, 3, 30));
    workflow.complete(worker, year, "buildPortfolio", portfolio());
    twelveMonthReview(year);
    workflow.clock(LocalDate.of(2028, 4, 12));
    decide(year, "notSupported", "Still not to the standard.");
    assertThat(year).isWaitingAt("adviseOnCapability").task().hasCandidateGroup("derbyshire-people-and-culture");
    workflow.complete(PEOPLE_AND_CULTURE, year, "adviseOnCapability", Map.of("capabilityRecommended", "yes",
        "capabilityAdvice", "Start the informal stage of the capability procedure."));
    assertThat(year).hasPassed("notifyCapabilityAdvice", "referredToHr").isEnded();
    assertThat(directory.get("derbyshire", worker).currentLevel()).isEqualTo("9");
    assertThat(body(emailTo(MANAGER, "Local panel: "))).contains("informal stage of the capability procedure");
  }

  // The route's steps, as the people do them.

  private ProcessInstance start(String worker) {
    return workflow.start(PEOPLE_AND_CULTURE, "derbyshire", ROUTE, Map.of("applicant", worker,
        "nqswStartDate", START.toString(), "nqswScheme", "children", "nqswSchemeRegistered", true));
  }

  private ProcessInstance started(String worker) {
    ProcessInstance year = start(worker);
    workflow.complete(PEOPLE_AND_CULTURE, year, "chooseDistrictManager", Map.of("districtManager", DISTRICT_MANAGER));
    assertThat(year).hasPassed("notifyNqswYearStarted");
    return year;
  }

  private ProcessInstance reviewOf(ProcessInstance year) {
    ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(year.getId())
        .singleResult();
    assertThat(review).as("a probation review of %s", year.getId()).isNotNull();
    return review;
  }

  private void review(ProcessInstance year) {
    ProcessInstance review = reviewOf(year);
    workflow.fire(review, "reviewOpens");
    workflow.complete(MANAGER, review, "reviewProbation", Map.of("reviewDate", "2027-01-04",
        "reviewNotes", "Settling in well; shadowing a court case.", "reviewProgress", "onTrack"));
  }

  private void twelveMonthReview(ProcessInstance year) {
    review(year);
  }

  private ProcessInstance throughTheReviews(ProcessInstance year) {
    review(year);
    review(year);
    review(year);
    assertThat(year).isWaitingAt("nearTwelveMonths");
    workflow.fire(year, "nearTwelveMonths");
    assertThat(year).task("buildPortfolio").isAssignedTo((String) workflow.variable(year, "applicant"))
        .hasDueDate(Dates.endOfDay(TWELVE_MONTHS));
    return year;
  }

  private ProcessInstance atThePanel(ProcessInstance year, String worker) {
    workflow.attach(worker, year, "buildPortfolio", "nqsw-completion.pdf", SampleFiles.pdf("NQSW scheme completion"));
    workflow.complete(worker, year, "buildPortfolio", portfolio());
    twelveMonthReview(year);
    assertThat(year).isWaitingAt("recordLocalPanelDecision");
    return year;
  }

  private void decide(ProcessInstance year, String decision, String reasons) {
    Map<String, Object> form = new HashMap<>(Map.of("panelAssessment", "Met the worker with their line manager.",
        "localPanelDecision", decision, "districtManagerSignOff", true));
    if (reasons != null) {
      form.put("notSupportedReasons", reasons);
    }
    workflow.complete(DISTRICT_MANAGER, year, "recordLocalPanelDecision", form);
  }

  static Map<String, Object> portfolio() {
    Map<String, Object> form = new HashMap<>();
    form.put("qualificationDate", "2026-07-01");
    form.put("registrationNumber", "SWE-654321");
    form.put("registrationCurrent", true);
    form.put("nqswSchemeCompletion", "All NQSW outcomes met; signed off by the professional development team.");
    form.put("trainingAttended", "Safeguarding level 3; court skills; recording.");
    form.put("kseStatement", "I work to the National Occupational Standards and the code of practice.");
    form.put("caseExampleOne", "The R. family, Framework-i 2345.");
    form.put("caseExampleTwo", "The T. family, Framework-i 6789.");
    return form;
  }

  private MimeMessage emailTo(String userId, String subjectStart) {
    return lastEmail(userId + "@derbyshire.example", subjectStart);
  }
}
