package com.socialworkprogression.leicestershire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.documents.DocumentStore;
import com.socialworkprogression.documents.StoredDocument;
import com.socialworkprogression.panels.FormFields;
import com.socialworkprogression.panels.Listing;
import com.socialworkprogression.panels.PanelCalendars;
import com.socialworkprogression.panels.SittingApplications;
import com.socialworkprogression.panels.SittingSteps;
import com.socialworkprogression.panels.PanelSitting;
import com.socialworkprogression.panels.SittingStore;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.support.Emails;
import com.socialworkprogression.support.PanelCalendar;
import com.socialworkprogression.support.RouteTest;
import com.socialworkprogression.support.SampleFiles;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Leicestershire: Level 2 to Level 3 at scheduled Progression Panels, every path, each step done by the
 * person the handbook names. Rules: ../shared/SCHEMES.md LEI-L3-01..09.
 */
public class LeicestershireLevelThreeRouteTest extends RouteTest {

  static final String ROUTE = "leicestershireLevelThree";
  static final String TEAM_MANAGER = "rachel.adams";
  static final String CHAIR = PanelCalendar.CHAIR;
  static final String MEMBER = "liam.walsh";
  /** A sitting on Tuesday 12 January 2027: portfolios in by the end of Tuesday 22 December 2026. */
  static final LocalDate SITTING = LocalDate.of(2027, 1, 12);
  static final LocalDate CUT_OFF = LocalDate.of(2026, 12, 22);
  static final LocalDate NEXT_SITTING = LocalDate.of(2027, 2, 9);

  @Autowired SittingStore sittings;
  @Autowired DocumentStore documents;
  @Autowired PanelCalendars calendars;
  @Autowired SittingApplications applications;
  @Autowired SittingSteps steps;

  PanelCalendar calendar;

  @BeforeEach
  void emptyCalendar() {
    calendar = new PanelCalendar(workflow).empty();
  }

  @Test
  @DisplayName("LEI-L3-01: a Level 2 worker with less than two years' post-qualifying experience is refused at the start, with the date they can apply")
  void lessThanTwoYears() {
    String worker = staff.leicestershireWorker("2", LocalDate.of(2025, 7, 1));
    assertThatThrownBy(() -> apply(worker)).isInstanceOf(RuleRefusal.class).hasMessageStartingWith("LEI-L3-01");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ROUTE)
        .variableValueEquals("applicant", worker).count()).isZero();
  }

  @Test
  @DisplayName("LEI-L3-02: the team manager decides the worker is not ready yet; the worker is told what to develop and the application ends")
  void notReadyYet() {
    calendar.schedule(SITTING);
    String worker = eligibleWorker();
    ProcessInstance instance = apply(worker);
    assertThat(instance).hasPassed("checkEligibility", "aimForSitting").isWaitingAt("writeTeamManagerReport")
        .task().isAssignedTo(TEAM_MANAGER);
    workflow.complete(TEAM_MANAGER, instance, "writeTeamManagerReport", Map.of("teamManagerReadiness", "notYet",
        "notYetReasons", "Lead a child protection conference first."));
    assertThat(instance).hasPassed("notifyNotReady").isEnded().hasPassed("notReadyYet");
    MimeMessage told = emailTo(worker, "Your application for Level 3: not ready for panel yet");
    assertThat(recipients(told)).contains(TEAM_MANAGER + "@leicestershire.example");
    assertThat(body(told)).contains("Lead a child protection conference first.");
  }

  @Test
  @DisplayName("LEI-L3-02, LEI-L3-04: endorsed by the Team Manager's Report, the portfolio is due by the end of the next sitting's cut-off day; in on the cut-off day at 23:59 it is listed for that sitting")
  void inOnTheCutOffDay() {
    PanelSitting sitting = calendar.schedule(SITTING);
    String worker = eligibleWorker();
    ProcessInstance instance = endorsed(worker);
    assertThat(instance).isWaitingAt("buildPortfolio").task().isAssignedTo(worker);
    assertThat(workflow.task(instance, "buildPortfolio").getDueDate()).isEqualTo(Dates.endOfDay(CUT_OFF));
    assertThat(workflow.variable(instance, "panelDateText")).isEqualTo("12 January 2027");

    workflow.clock(LocalDateTime.of(CUT_OFF, java.time.LocalTime.of(23, 59)));
    submitPortfolio(instance, worker);

    assertThat(instance).hasPassed("joinSitting", "notifyPortfolioReceived").hasNotPassed("notifyMovedToLaterSitting")
        .isWaitingAt("checkPortfolioEvidence");
    assertThat(workflow.variable(instance, "panelSittingId")).isEqualTo(sitting.id());
    assertThat(sittings.listings(sitting.id())).singleElement().satisfies(listing -> {
      assertThat(listing.applicationId()).isEqualTo(instance.getId());
      assertThat(listing.status()).isEqualTo(Listing.Status.LISTED);
    });
    MimeMessage receipt = emailTo(worker, "Your portfolio is listed for the Progression Panel");
    assertThat(recipients(receipt)).contains(TEAM_MANAGER + "@leicestershire.example");
    assertThat(body(receipt)).contains("12 January 2027").contains("10:00").contains("Room 2, County Hall, Glenfield");
  }

  @Test
  @DisplayName("LEI-L3-04: a portfolio in one minute after midnight misses the cut-off: it joins the next sitting, the worker and manager are told the new date, and nothing submitted is lost")
  void aMinuteLate() {
    PanelSitting first = calendar.schedule(SITTING);
    PanelSitting next = calendar.schedule(NEXT_SITTING);
    String worker = eligibleWorker();
    ProcessInstance instance = endorsed(worker);
    StoredDocument observation = workflow.attach(worker, instance, "buildPortfolio", "observation-2.pdf",
        SampleFiles.pdf("Second observation of practice"));

    workflow.clock(LocalDateTime.of(CUT_OFF.plusDays(1), java.time.LocalTime.of(0, 1)));
    submitPortfolio(instance, worker);

    assertThat(instance).hasPassed("notifyMovedToLaterSitting").hasNotPassed("notifyPortfolioReceived")
        .isWaitingAt("checkPortfolioEvidence");
    assertThat(workflow.variable(instance, "panelSittingId")).isEqualTo(next.id());
    assertThat(workflow.variable(instance, "panelDateText")).isEqualTo("9 February 2027");
    assertThat(sittings.listings(first.id())).isEmpty();
    assertThat(sittings.listings(next.id())).singleElement().extracting(Listing::applicationId).isEqualTo(instance.getId());
    MimeMessage moved = emailTo(worker, "Your portfolio will go to the Progression Panel on");
    assertThat(recipients(moved)).contains(TEAM_MANAGER + "@leicestershire.example");
    assertThat(body(moved)).contains("12 January 2027").contains("9 February 2027");
    assertThat(workflow.variable(instance, "reflectiveStatement")).isEqualTo(portfolio().get("reflectiveStatement"));
    assertThat(documents.ofApplication(instance.getId())).extracting(StoredDocument::id).contains(observation.id());
  }

  @Test
  @DisplayName("LEI-L3-04: with no sitting scheduled the portfolio waits, kept; when the panel administrator schedules one it is listed for it")
  void waitsForASitting() {
    String worker = eligibleWorker();
    ProcessInstance instance = endorsed(worker);
    assertThat(workflow.task(instance, "buildPortfolio").getDueDate()).as("no sitting, no cut-off yet").isNull();
    submitPortfolio(instance, worker);
    assertThat(instance).hasPassed("notifyWaitingForSitting").isWaitingAt("sittingScheduled");

    PanelSitting sitting = calendar.schedule(SITTING);

    assertThat(instance).hasPassed("notifyPortfolioReceived").isWaitingAt("checkPortfolioEvidence");
    assertThat(workflow.variable(instance, "panelSittingId")).isEqualTo(sitting.id());
  }

  @Test
  @DisplayName("LEI-L3-05: a portfolio that does not meet the evidence requirements goes back to the worker with what is missing; what they wrote is kept")
  void sentBack() {
    calendar.schedule(SITTING);
    calendar.schedule(NEXT_SITTING);
    String worker = eligibleWorker();
    ProcessInstance instance = listed(worker);
    assertThat(instance).task("checkPortfolioEvidence").hasCandidateUser(MEMBER).hasCandidateUser(CHAIR);

    workflow.complete(MEMBER, instance, "checkPortfolioEvidence", Map.of("evidenceDecision", "notMet",
        "missingEvidence", "The observation report has no reflections of your own."));

    assertThat(instance).hasPassed("notifyPortfolioReturned").isWaitingAt("buildPortfolio").task().isAssignedTo(worker);
    assertThat(body(emailTo(worker, "Your portfolio has come back"))).contains("The observation report has no reflections of your own.");
    assertThat(workflow.variable(instance, "reflectiveStatement")).isEqualTo(portfolio().get("reflectiveStatement"));
  }

  @Test
  @DisplayName("LEI-L3-06, LEI-L3-09: the chair cannot record the decision before the sitting; a pass recorded two days later still takes effect from the date of the panel decision")
  void passFromThePanelDate() throws IOException {
    calendar.schedule(SITTING);
    String worker = eligibleWorker();
    ProcessInstance instance = atTheSitting(worker);
    assertThat(instance).task("recordPanelDecision").isAssignedTo(CHAIR);
    assertThat(workflow.task(instance, "recordPanelDecision").getDueDate()).isEqualTo(Dates.startOfDay(SITTING));

    workflow.clock(SITTING.minusDays(1));
    assertThatThrownBy(() -> decide(instance, pass())).isInstanceOf(RuleRefusal.class)
        .hasMessage("LEI-L3-06: The panel sits on 12 January 2027: its decision can be recorded from that day.");

    workflow.clock(SITTING.plusDays(2));
    decide(instance, pass());

    assertThat(instance).hasPassed("recordLevelThree", "notifyPass").isEnded().hasPassed("levelThree");
    assertThat(directory.get("leicestershire", worker).currentLevel()).isEqualTo("3");
    assertThat(directory.levelChanges("leicestershire", worker)).singleElement()
        .satisfies(change -> assertThat(change.effectiveOn()).isEqualTo(SITTING));
    MimeMessage outcome = emailTo(worker, "Progression Panel outcome for");
    assertThat(recipients(outcome)).as("LEI-L3-08: the worker, the team manager and all present").contains(
        TEAM_MANAGER + "@leicestershire.example", "grace.turner@leicestershire.example", "liam.walsh@leicestershire.example",
        "nina.patel@leicestershire.example", "owen.clarke@leicestershire.example");
    assertThat(Emails.attachmentNames(outcome)).singleElement().asString().endsWith(".pdf");
    assertThat(sittings.listingsOf(instance.getId())).singleElement().satisfies(listing -> {
      assertThat(listing.status()).isEqualTo(Listing.Status.DECIDED);
      assertThat(listing.decision()).isEqualTo("pass");
    });
  }

  @Test
  @DisplayName("LEI-L3-07, LEI-L3-08: a deferral needs its reasons, further work, action plan and timescale; the Outcome Report sets them out")
  void deferWithAnActionPlan() throws IOException {
    calendar.schedule(SITTING);
    String worker = eligibleWorker();
    ProcessInstance instance = atTheSitting(worker);
    workflow.clock(SITTING);
    Map<String, Object> noPlan = new HashMap<>(pass());
    noPlan.put("panelDecision", "defer");
    assertThatThrownBy(() -> decide(instance, noPlan)).isInstanceOf(RuleRefusal.class);
    assertThat(instance).isWaitingAt("recordPanelDecision");

    Map<String, Object> deferral = new HashMap<>(noPlan);
    deferral.put("deferralReasons", "The portfolio shows too little independent management of risk.");
    deferral.put("furtherWork", "Hold case responsibility for two child protection plans.");
    deferral.put("actionPlan", "Monthly review of both plans in supervision with Rachel Adams.");
    deferral.put("actionsDueBy", "2027-07-12");
    decide(instance, deferral);

    assertThat(instance).hasPassed("recordDeferral", "notifyDeferral").isEnded().hasPassed("deferred");
    assertThat(directory.get("leicestershire", worker).currentLevel()).isEqualTo("2");
    StoredDocument report = documents.ofApplication(instance.getId()).stream()
        .filter(document -> document.kind() == StoredDocument.Kind.LETTER).findFirst().orElseThrow();
    byte[] pdf = documents.content(report.id());
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "letters"));
    java.nio.file.Files.write(java.nio.file.Path.of("target", "letters", "leicestershire-outcome-report-defer.pdf"), pdf);
    String text = pdfText(pdf);
    assertThat(text).contains("Progression Panel Outcome Report").contains("12 January 2027")
        .contains("Grace Turner").contains("Liam Walsh").contains("Nina Patel").contains("Owen Clarke")
        .contains("Rachel Adams").contains("Defer")
        .contains("The portfolio shows too little independent management of risk.")
        .contains("Hold case responsibility for two child protection plans.")
        .contains("Monthly review of both plans in supervision with Rachel Adams.");
  }

  @Test
  @DisplayName("LEI-L3-04: moving a sitting moves its applications: their dates and due dates follow, and the worker and manager are told")
  void theSittingMoves() {
    PanelSitting sitting = calendar.schedule(SITTING);
    String worker = eligibleWorker();
    ProcessInstance instance = atTheSitting(worker);

    calendar.move(sitting, SITTING.plusDays(7));

    assertThat(workflow.variable(instance, "panelDateText")).isEqualTo("19 January 2027");
    assertThat(workflow.task(instance, "recordPanelDecision").getDueDate()).isEqualTo(Dates.startOfDay(SITTING.plusDays(7)));
    assertThat(instance).hasPassed("notifySittingMoved");
    assertThat(body(emailTo(worker, "The Progression Panel has moved"))).contains("19 January 2027");
  }

  @Test
  @DisplayName("LEI-L3-05, LEI-L3-06: a sitting hears two applications; its members see both with their evidence in one place, and the chair records both decisions there")
  void twoApplicationsInOnePlace() {
    PanelSitting sitting = calendar.schedule(SITTING);
    String first = eligibleWorker();
    String second = eligibleWorker();
    ProcessInstance one = atTheSitting(first);
    ProcessInstance two = atTheSitting(second);
    var panel = calendars.required("leicestershire", "progression-panel");

    List<SittingApplications.ApplicationView> seenByMember = sittings.listings(sitting.id()).stream()
        .map(listing -> applications.view(listing, panel, workflow.caller(MEMBER))).toList();
    assertThat(seenByMember).hasSize(2).allSatisfy(view -> {
      assertThat(view.evidence()).extracting(SittingApplications.Evidence::stepName)
          .contains("Team Manager's Report (team manager)", "Build and submit the portfolio (social worker)");
      assertThat(view.evidence().get(1).items()).extracting(FormFields.Item::shown)
          .contains("This year I took on my first care proceedings as lead worker.");
      assertThat(view.openSteps()).as("the decision is the chair's").isEmpty();
    });

    workflow.clock(SITTING);
    for (Listing listing : sittings.listings(sitting.id())) {
      SittingApplications.ApplicationView seenByChair = applications.view(listing, panel, workflow.caller(CHAIR));
      assertThat(seenByChair.openSteps()).singleElement().satisfies(step ->
          assertThat(step.name()).isEqualTo("Record the panel's decision (chair)"));
      Map<String, String> entered = new HashMap<>();
      pass().forEach((key, value) -> entered.put(key, value.toString()));
      workflow.as(CHAIR, () -> steps.complete(workflow.caller(CHAIR), sitting, seenByChair.openSteps().get(0).taskId(), entered));
    }

    assertThat(one).isEnded().hasPassed("levelThree");
    assertThat(two).isEnded().hasPassed("levelThree");
    assertThat(sittings.listings(sitting.id())).extracting(Listing::status)
        .containsOnly(Listing.Status.DECIDED);
  }

  // The route's steps, as the people do them.

  private String eligibleWorker() {
    return staff.leicestershireWorker("2", LocalDate.of(2022, 7, 1));
  }

  private ProcessInstance apply(String worker) {
    return workflow.start(worker, "leicestershire", ROUTE, Map.of("supervisionDate", "2026-11-16",
        "areaOfWork", "Children in care, Hinckley", "discussedWithTeamManager", true));
  }

  private ProcessInstance endorsed(String worker) {
    ProcessInstance instance = apply(worker);
    workflow.complete(TEAM_MANAGER, instance, "writeTeamManagerReport", Map.of("teamManagerReadiness", "ready",
        "holisticAssessment", "Manages complex cases with confidence; mentors two newly qualified colleagues."));
    return instance;
  }

  private ProcessInstance listed(String worker) {
    ProcessInstance instance = endorsed(worker);
    submitPortfolio(instance, worker);
    assertThat(instance).isWaitingAt("checkPortfolioEvidence");
    return instance;
  }

  private ProcessInstance atTheSitting(String worker) {
    ProcessInstance instance = listed(worker);
    workflow.complete(MEMBER, instance, "checkPortfolioEvidence", Map.of("evidenceDecision", "met"));
    assertThat(instance).hasPassed("notifyPanelInvitation").isWaitingAt("recordPanelDecision");
    return instance;
  }

  private void submitPortfolio(ProcessInstance instance, String worker) {
    workflow.complete(worker, instance, "buildPortfolio", portfolio());
  }

  private void decide(ProcessInstance instance, Map<String, Object> decision) {
    workflow.complete(CHAIR, instance, "recordPanelDecision", decision);
  }

  public static Map<String, Object> portfolio() {
    Map<String, Object> form = new HashMap<>();
    form.put("yearQualified", 2022L);
    form.put("lengthOfService", "Four years");
    form.put("registrationNumber", "SW123456");
    form.put("areaOfWork", "Children in care, Hinckley");
    form.put("reflectiveStatement", "This year I took on my first care proceedings as lead worker.");
    form.put("cpdEvidence", "Signs of Safety advanced training: my safety plans now use the family's own words.");
    form.put("observationObserver", "Rachel Adams, Team Manager");
    form.put("observationDate", "2026-10-14");
    form.put("observationSituation", "A family network meeting.");
    form.put("observationSkills", "Clear, warm and direct about the worries.");
    form.put("observationParticipantFeedback", "The grandmother felt heard.");
    form.put("observationFeedbackGiven", "Summarise the next steps in writing for the family.");
    form.put("observationReflections", "I will write the safety plan with the family in the room.");
    form.put("feedbackFromOthers", "The IRO praised the quality of my reports.");
    form.put("childrenAndFamiliesFeedback", "\"You listened to what I wanted\" (a young person, 14).");
    form.put("signsOfSafetyWork", "A safety plan built with a family network of eight people.");
    return form;
  }

  static Map<String, Object> pass() {
    Map<String, Object> form = new HashMap<>();
    form.put("attendedWithManager", true);
    form.put("presentedPracticeWork", true);
    form.put("panelDecision", "pass");
    form.put("panelRationale", "A reflective, confident practitioner whose work shows the family's voice throughout.");
    return form;
  }

  /** The email to that person whose subject starts so (GreenMail keeps one copy per recipient, not in sending order). */
  private MimeMessage emailTo(String userId, String subjectStart) {
    return java.util.Arrays.stream(mail.getReceivedMessages())
        .filter(message -> recipients(message).contains(userId + "@leicestershire.example")
            && subject(message).startsWith(subjectStart))
        .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no email to " + userId + " starting '"
            + subjectStart + "'"));
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
