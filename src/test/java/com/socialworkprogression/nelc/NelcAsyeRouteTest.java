package com.socialworkprogression.nelc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.kit.schedule.RecurringSessions;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.support.RouteTest;
import com.socialworkprogression.support.SampleFiles;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * NELC: the ASYE year to Level 1, every path, each step done by the person Section 2 of the handbook names.
 * Rules: ../shared/SCHEMES.md NELC-ASYE-01..06.
 */
class NelcAsyeRouteTest extends RouteTest {

  static final String ROUTE = "nelcAsye";
  static final String PEOPLE_AND_CULTURE = "hannah.lee";
  static final String LINE_MANAGER = "lewis.brown";
  static final String COORDINATOR = "priya.shah";
  static final String EARLY_SUPERVISOR = "aisha.rahman";
  static final String MODERATOR = "peter.jones";
  static final String PSW = "sam.patel";
  static final String SENIOR = "olivia.grant";
  /** Monday 4 January 2027: 6 weeks to 15 February, 6 months to 4 July, 12 months to 4 January 2028. */
  static final LocalDate START = LocalDate.of(2027, 1, 4);

  @Test
  @DisplayName("NELC-ASYE-02: supervision weekly to 6 weeks with the first supervisor, fortnightly to 6 months and monthly after with the line manager")
  void supervisionAcrossTheBoundaries() {
    ProcessInstance year = started(asyeWorker());
    List<String> sessions = List.of(((String) workflow.variable(year, "supervisionSessions")).split("\n"));
    assertThat(sessions).hasSize(21);
    assertThat(sessions.get(5)).as("the last weekly session, at 6 weeks").isEqualTo("2027-02-15|earlySupervisor|Weekly supervision 6");
    assertThat(sessions.get(6)).as("the first fortnightly one").isEqualTo("2027-03-01|lineManager|Fortnightly supervision 1");
    assertThat(sessions.get(14)).as("the last fortnightly one, before 6 months").isEqualTo("2027-06-21|lineManager|Fortnightly supervision 9");
    assertThat(sessions.get(15)).as("the first monthly one").isEqualTo("2027-08-04|lineManager|Monthly supervision 1");
    assertThat(sessions.get(20)).isEqualTo("2028-01-04|lineManager|Monthly supervision 6");
    List<ProcessInstance> held = calledInstances(year, "nelcAsyeSupervision");
    assertThat(held).hasSize(21);
    ProcessInstance sixth = sessionDue(year, "2027-02-15");
    workflow.fire(sixth, "sessionOpens");
    assertThat(sixth).task("holdSupervision").isAssignedTo(EARLY_SUPERVISOR).hasDueDate(Dates.endOfDay(LocalDate.of(2027, 2, 15)));
    ProcessInstance seventh = sessionDue(year, "2027-03-01");
    workflow.fire(seventh, "sessionOpens");
    assertThat(seventh).task("holdSupervision").isAssignedTo(LINE_MANAGER);
  }

  @Test
  @DisplayName("NELC-ASYE-02: every session of the schedule held by its supervisor: the supervision ends on its own and the year goes on")
  void everySessionHeld() {
    ProcessInstance year = started(asyeWorker());
    for (ProcessInstance session : calledInstances(year, "nelcAsyeSupervision")) {
      workflow.fire(session, "sessionOpens");
      Task task = workflow.task(session, "holdSupervision");
      workflow.complete(task.getAssignee(), session, "holdSupervision", Map.of("sessionHeldOn", "2027-02-01", "sessionNotes", "Held."));
    }
    assertThat(year).hasPassed("supervisionsHeld").isActive();
    assertThat(calledInstances(year, "nelcAsyeSupervision")).isEmpty();
  }

  @Test
  @DisplayName("NELC-ASYE-02: a session not recorded three working days after its date is missed and the ASYE co-ordinator follows it up")
  void missedSupervision() {
    ProcessInstance year = started(asyeWorker());
    ProcessInstance first = sessionDue(year, "2027-01-11");
    workflow.fire(first, "sessionOpens");
    workflow.fire(first, "supervisionMissed");
    assertThat(first).isWaitingAt("holdSupervision", "followUpMissedSupervision");
    assertThat(first).task("followUpMissedSupervision").isAssignedTo(COORDINATOR);
    workflow.complete(COORDINATOR, first, "followUpMissedSupervision", Map.of("followUp", "Rebooked with Aisha for Wednesday."));
    workflow.complete(EARLY_SUPERVISOR, first, "holdSupervision", Map.of("sessionHeldOn", "2027-01-13", "sessionNotes", "Induction going well."));
    assertThat(first).isEnded();
  }

  @Test
  @DisplayName("NELC-ASYE-01: a pause of 4 weeks moves every date still ahead: the reviews, the supervision sessions and the 12-month Review Panel")
  void aPauseMovesTheDates() {
    ProcessInstance year = started(asyeWorker());
    String applicant = (String) workflow.variable(year, "applicant");
    ProcessInstance firstSession = sessionDue(year, "2027-01-11");
    java.util.Date reviewOpensBefore = workflow.timer(reviewOf(year), "reviewOpens").getDuedate();
    workflow.start(COORDINATOR, "nelc", "nelcAsyePause", Map.of("applicant", applicant, "pauseKind", "pause", "pauseWeeks", 4L,
        "pauseReason", "Four weeks' sick leave."));
    assertThat(workflow.variable(year, "twelveMonthsDueText")).isEqualTo("1 February 2028");
    assertThat(workflow.variable(year, "threeMonthsDueText")).as("4 April and 28 days").isEqualTo("2 May 2027");
    assertThat(workflow.timer(reviewOf(year), "reviewOpens").getDuedate())
        .as("28 days later, at the same time of day in the UK").isEqualTo(java.util.Date.from(
            reviewOpensBefore.toInstant().atZone(Dates.UK).plusDays(28).toInstant()));
    workflow.fire(firstSession, "sessionOpens");
    assertThat(firstSession).task("holdSupervision").hasDueDate(Dates.endOfDay(LocalDate.of(2027, 2, 8)));
    assertThat(body(emailTo(applicant, "ASYE: your year's dates have moved by 4 weeks"))).contains("1 February 2028");
    assertThatThrownBy(() -> workflow.start(COORDINATOR, "nelc", "nelcAsyePause", Map.of("applicant", "nobody.here", "pauseKind", "pause",
        "pauseWeeks", 2L, "pauseReason", "Leave."))).isInstanceOf(RuleRefusal.class).hasMessageContaining("no application of this kind running");
    String notUnderWay = asyeWorker();
    start(notUnderWay);
    assertThatThrownBy(() -> workflow.start(COORDINATOR, "nelc", "nelcAsyePause", Map.of("applicant", notUnderWay, "pauseKind", "pause",
        "pauseWeeks", 2L, "pauseReason", "Leave."))).as("its co-ordinator not chosen yet").isInstanceOf(RuleRefusal.class)
        .hasMessageContaining("not under way yet");
  }

  @Test
  @DisplayName("NELC-ASYE-03: a review panel five working days overdue tells the co-ordinator and the line manager; it stays open")
  void overdueReview() {
    ProcessInstance year = started(asyeWorker());
    ProcessInstance review = reviewOf(year);
    workflow.fire(review, "reviewOpens");
    assertThat(review).task("holdReviewPanel").isAssignedTo(COORDINATOR).hasDueDate(Dates.endOfDay(LocalDate.of(2027, 4, 4)));
    workflow.fire(review, "reviewOverdue");
    assertThat(review).hasPassed("notifyReviewOverdue").isWaitingAt("holdReviewPanel");
    assertThat(recipients(emailTo(COORDINATOR, "Overdue: Review panel at 3 months"))).contains(LINE_MANAGER + "@nelc.example");
  }

  @Test
  @DisplayName("NELC-ASYE-04: the third observer must be the line manager or a senior social worker; another ATM is refused")
  void thirdObserverRole() {
    ProcessInstance year = started(asyeWorker());
    ProcessInstance portfolio = inTheTeam(year);
    assertThatThrownBy(() -> workflow.complete(LINE_MANAGER, portfolio, "chooseThirdObserver", Map.of("thirdObserver", EARLY_SUPERVISOR)))
        .isInstanceOf(RuleRefusal.class).hasMessageContaining("NELC-ASYE-04");
    workflow.complete(LINE_MANAGER, portfolio, "chooseThirdObserver", Map.of("thirdObserver", SENIOR));
    assertThat(portfolio).task("thirdObservation").isAssignedTo(SENIOR);
  }

  @Test
  @DisplayName("NELC-ASYE-04: an observation dated after the 12-month review is refused; one before it is taken")
  void observationAfterTheReview() {
    ProcessInstance year = started(asyeWorker());
    ProcessInstance portfolio = inTheTeam(year);
    assertThatThrownBy(() -> workflow.complete(COORDINATOR, portfolio, "coordinatorObservation", observation("2028-01-05")))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-ASYE-04").hasMessageContaining("after the 12-month review");
    workflow.complete(COORDINATOR, portfolio, "coordinatorObservation", observation("2027-06-10"));
    assertThat(portfolio).hasPassed("coordinatorObservation");
  }

  @Test
  @DisplayName("NELC-ASYE-03 to 06: reviews at 3, 6 and 9 months, the portfolio, moderation, the 12-month Review Panel recommends: PDP agreed, Level 1")
  void passedToLevelOne() {
    String worker = asyeWorker();
    ProcessInstance year = atTheFinalPanel(worker, 10);
    recommend(year, "recommended", Map.of());
    workflow.complete(LINE_MANAGER, year, "agreePdp", Map.of("developmentNeeds", "Court skills.", "pdpAgreed", "Court skills course; co-work a final hearing."));
    assertThat(year).hasPassed("recordLevelOne", "notifyLevelOne", "levelOne").isEnded();
    assertThat(directory.get("nelc", worker).currentLevel()).isEqualTo("1");
    assertThat(calledInstances(year, "nelcAsyeSupervision")).as("the year's sessions end with it").isEmpty();
    assertThat(body(emailTo(worker, "ASYE: "))).contains("Level 1");
  }

  @Test
  @DisplayName("NELC-ASYE-04: attendance 9 of 12 with no approved absence: recommending is refused without extenuating circumstances")
  void attendanceBelowEightyFivePercent() {
    ProcessInstance year = atTheFinalPanel(asyeWorker(), 9);
    assertThat(workflow.variable(year, "attendanceMet")).isEqualTo(false);
    assertThatThrownBy(() -> recommend(year, "recommended", Map.of())).isInstanceOf(RuleRefusal.class)
        .hasMessageStartingWith("NELC-ASYE-04").hasMessageContaining("below 85%");
    recommend(year, "recommended", Map.of("extenuatingCircumstances", "Two days lost to a family bereavement."));
    assertThat(year).isWaitingAt("agreePdp");
  }

  @Test
  @DisplayName("NELC-ASYE-06: extended by 8 weeks: the 12-month Review Panel moves and sits again")
  void extended() {
    String worker = asyeWorker();
    ProcessInstance year = atTheFinalPanel(worker, 10);
    assertThatThrownBy(() -> recommend(year, "extend", Map.of("recommendationReasons", "The third observation needs repeating.")))
        .as("the weeks are required on the server too").isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-ASYE-06")
        .hasMessageContaining("number of weeks");
    recommend(year, "extend", Map.of("extensionWeeks", 8L, "recommendationReasons", "The third observation needs repeating."));
    assertThat(year).hasPassed("extendYear", "notifyExtended").isWaitingAt("finalReviewPanel");
    assertThat(workflow.variable(year, "twelveMonthsDueText")).isEqualTo("29 February 2028");
    assertThat(body(emailTo(worker, "ASYE: your year is extended"))).contains("29 February 2028");
  }

  @Test
  @DisplayName("NELC-ASYE-06: not recommended: the worker appeals; upheld, the panel reconsiders; dismissed, not passed; no appeal in 10 working days, not passed")
  void notRecommendedAndAppeal() {
    String worker = asyeWorker();
    ProcessInstance year = atTheFinalPanel(worker, 10);
    recommend(year, "notRecommended", Map.of("recommendationReasons", "Practice is not yet safe without close supervision."));
    assertThat(year).isWaitingAt("lodgeAsyeAppeal").task().isAssignedTo(worker);
    workflow.complete(worker, year, "lodgeAsyeAppeal", Map.of("appealGrounds", "My observations were not considered."));
    workflow.complete(PSW, year, "decideAsyeAppeal", Map.of("asyeAppealDecision", "upheld", "asyeAppealReasons", "The observations were missed."));
    assertThat(year).isWaitingAt("finalReviewPanel");
    recommend(year, "notRecommended", Map.of("recommendationReasons", "Still not safe."));
    workflow.complete(worker, year, "lodgeAsyeAppeal", Map.of("appealGrounds", "I disagree."));
    workflow.complete(PSW, year, "decideAsyeAppeal", Map.of("asyeAppealDecision", "dismissed", "asyeAppealReasons", "The panel's view stands."));
    assertThat(year).hasPassed("notifyAppealDismissed", "asyeNotPassed").isEnded();
    assertThat(directory.get("nelc", worker).currentLevel()).isEqualTo("ASYE");

    ProcessInstance another = atTheFinalPanel(asyeWorker(), 10);
    recommend(another, "notRecommended", Map.of("recommendationReasons", "Not yet."));
    workflow.fire(another, "appealTimeUp");
    assertThat(another).hasPassed("notPassedNoAppeal").isEnded();
  }

  @Test
  @DisplayName("NELC-ASYE-01: the ASYE year is for someone at level ASYE")
  void onlyAtLevelAsye() {
    String levelOne = staff.socialWorkerManagedBy("nelc", "1", LocalDate.of(2024, 7, 31), LINE_MANAGER);
    assertThatThrownBy(() -> start(levelOne)).isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-ASYE-01")
        .hasMessageContaining("at level 1");
  }

  @Test
  @DisplayName("NELC-ASYE-01: a process owner publishes a new version for new starters; a worker already in their ASYE finishes on theirs")
  void aNewVersionForNewStarters() throws Exception {
    ProcessInstance before = started(asyeWorker());
    String bpmn = Files.readString(Path.of("processes/nelc/asye.bpmn"), StandardCharsets.UTF_8)
        .replace("name=\"The ASYE year: to Level 1\"", "name=\"The early career programme: to Level 1\"");
    engine.getRepositoryService().createDeployment().tenantId("nelc").name("early-career-programme")
        .addString("asye.bpmn", bpmn).deploy();
    ProcessInstance after = started(asyeWorker());
    ProcessDefinition old = engine.getRepositoryService().getProcessDefinition(before.getProcessDefinitionId());
    ProcessDefinition next = engine.getRepositoryService().getProcessDefinition(after.getProcessDefinitionId());
    assertThat(next.getVersion()).isGreaterThan(old.getVersion());
    assertThat(next.getName()).isEqualTo("The early career programme: to Level 1");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(before.getId()).singleResult()
        .getProcessDefinitionId()).as("still on the version it started on").isEqualTo(old.getId());
    engine.getRepositoryService().deleteDeployment(next.getDeploymentId(), true);
  }

  // The route's steps, as the people do them.

  private String asyeWorker() {
    return staff.socialWorkerManagedBy("nelc", "ASYE", null, LINE_MANAGER);
  }

  private ProcessInstance start(String worker) {
    return workflow.start(PEOPLE_AND_CULTURE, "nelc", ROUTE, Map.of("applicant", worker, "asyeStartDate", START.toString()));
  }

  private ProcessInstance started(String worker) {
    ProcessInstance year = start(worker);
    workflow.complete(PEOPLE_AND_CULTURE, year, "chooseCoordinator", Map.of("asyeCoordinator", COORDINATOR, "earlySupervisor", EARLY_SUPERVISOR));
    assertThat(year).hasPassed("notifyAsyeStarted");
    return year;
  }

  private List<ProcessInstance> calledInstances(ProcessInstance year, String key) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(year.getId()).processDefinitionKey(key).list();
  }

  private ProcessInstance sessionDue(ProcessInstance year, String date) {
    return calledInstances(year, "nelcAsyeSupervision").stream()
        .filter(session -> ((String) workflow.variable(session, "session")).startsWith(date)).findFirst().orElseThrow();
  }

  private ProcessInstance reviewOf(ProcessInstance year) {
    return calledInstances(year, "nelcAsyeReview").get(0);
  }

  private ProcessInstance inTheTeam(ProcessInstance year) {
    workflow.fire(year, "inductionEnds");
    workflow.complete(LINE_MANAGER, year, "placeInTeam", Map.of("buddy", "Olivia Grant", "firstCasesFrom", "2027-02-08"));
    return calledInstances(year, "nelcAsyePortfolio").get(0);
  }

  private ProcessInstance atTheFinalPanel(String worker, int attended) {
    ProcessInstance year = started(worker);
    ProcessInstance portfolio = inTheTeam(year);
    for (int review = 0; review < 3; review++) {
      ProcessInstance panel = reviewOf(year);
      workflow.fire(panel, "reviewOpens");
      workflow.complete(COORDINATOR, panel, "holdReviewPanel", Map.of("reviewProgress", "Progressing as expected.", "paperworkUpToDate", "yes"));
    }
    workflow.attach(worker, portfolio, "reflectiveLogAndPdp", "reflective-log.pdf", SampleFiles.pdf("Critical reflective log"));
    workflow.attach(worker, portfolio, "reflectiveLogAndPdp", "pdp.pdf", SampleFiles.pdf("Personal development plan"));
    workflow.complete(worker, portfolio, "reflectiveLogAndPdp", Map.of("reflectiveLogSummary", "Growth in court work."));
    workflow.complete(worker, portfolio, "workerSelfAssessment", Map.of("workerKssAssessment", "Confident in assessment."));
    workflow.complete(LINE_MANAGER, portfolio, "managerObservation", observation("2027-05-12"));
    workflow.complete(LINE_MANAGER, portfolio, "managerAssessment", Map.of("managerKssAssessment", "Meets the KSS.",
        "supportRecord", "Weekly then monthly support; good progress."));
    workflow.complete(LINE_MANAGER, portfolio, "chooseThirdObserver", Map.of("thirdObserver", SENIOR));
    workflow.complete(SENIOR, portfolio, "thirdObservation", observation("2027-09-20"));
    workflow.complete(COORDINATOR, portfolio, "coordinatorObservation", observation("2027-07-14"));
    workflow.complete(COORDINATOR, portfolio, "developmentDaysRegister", register(attended));
    assertThat(portfolio).isEnded();
    workflow.complete(MODERATOR, year, "moderateInternally", Map.of("internalModeration", "confirmed"));
    workflow.complete(COORDINATOR, year, "recordExternalModeration", Map.of("externalModeration", "confirmed"));
    assertThat(year).isWaitingAt("finalReviewPanel");
    return year;
  }

  private void recommend(ProcessInstance year, String recommendation, Map<String, Object> more) {
    Map<String, Object> form = new HashMap<>(more);
    form.put("asyeRecommendation", recommendation);
    workflow.complete(COORDINATOR, year, "finalReviewPanel", form);
  }

  /** Twelve development days: the first {@code attended} attended, one absence for court when 10, the rest absent. */
  static Map<String, Object> register(int attended) {
    Map<String, Object> days = new LinkedHashMap<>();
    for (int day = 1; day <= 12; day++) {
      days.put("day" + day, day <= attended ? "attended" : "absent");
    }
    return days;
  }

  static Map<String, Object> observation(String date) {
    return Map.of("observationDate", date, "observedPractice", "A home visit", "observationNotes", "Warm, clear and child-focused.");
  }

  private MimeMessage emailTo(String userId, String subjectStart) {
    return lastEmail(userId + "@nelc.example", subjectStart);
  }
}
