package com.socialworkprogression.derbyshire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.socialworkprogression.documents.DocumentStore;
import com.socialworkprogression.documents.StoredDocument;
import com.socialworkprogression.panels.PanelSitting;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.support.DerbyshireApplications;
import com.socialworkprogression.support.PanelCalendar;
import com.socialworkprogression.support.RouteTest;
import com.socialworkprogression.support.SampleFiles;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Derbyshire: grade 10 to grade 11, requested in an application window or, before two years, put forward for
 * accelerated progression by the District/Area Manager and agreed by the Director; every path, each step done by
 * the person the framework names. Rules: ../shared/SCHEMES.md DER-10-01..06.
 */
class DerbyshireGradeElevenRouteTest extends RouteTest {

  static final String WINDOW_ROUTE = "derbyshireGradeEleven";
  static final String ACCELERATED_ROUTE = "derbyshireAcceleratedProgression";
  static final String MANAGER = "karen.boyd";
  static final String DISTRICT_MANAGER = "raj.mehta";
  static final String DIRECTOR = "david.moore";
  static final String CHAIR = "sue.hart";
  /** The January window closes on Saturday 30 January 2027; its panel sits on Wednesday 17 February. */
  static final LocalDate WINDOW_CLOSES = LocalDate.of(2027, 1, 30);
  static final LocalDate FEBRUARY_PANEL = LocalDate.of(2027, 2, 17);
  static final LocalDate JUNE_PANEL = LocalDate.of(2027, 6, 16);

  @Autowired DocumentStore documents;

  PanelCalendar calendar;

  @BeforeEach
  void emptyCalendar() {
    calendar = PanelCalendar.derbyshireGradeEleven(workflow).empty();
  }

  @Test
  @DisplayName("DER-10-02: a request on 30 January is accepted for the February panel; one on 31 January is told the May window opens on 1 May, and nothing is saved")
  void thirtiethAndThirtyFirstOfJanuary() {
    calendar.schedule(FEBRUARY_PANEL);
    workflow.clock(LocalDate.of(2027, 1, 30));
    ProcessInstance accepted = request(twoYearsOnGradeTen());
    assertThat(panelOf(accepted)).isWaitingAt("buildPortfolio");
    assertThat(workflow.variable(accepted, "windowClosesOnText")).isEqualTo("30 January 2027");
    assertThat(workflow.variable(panelOf(accepted), "panelDateText")).isEqualTo("17 February 2027");

    workflow.clock(LocalDate.of(2027, 1, 31));
    String late = twoYearsOnGradeTen();
    assertThatThrownBy(() -> request(late)).isInstanceOf(RuleRefusal.class).hasMessageStartingWith("DER-10-02")
        .hasMessageContaining("1 January to 30 January, 1 May to 31 May, 1 September to 30 September")
        .hasMessageContaining("the next window opens on 1 May 2027");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(WINDOW_ROUTE)
        .variableValueEquals("applicant", late).count()).as("nothing saved").isZero();
  }

  @Test
  @DisplayName("DER-10-01: 1 year 11 months on grade 10 is refused, naming when two years are reached and the accelerated route")
  void oneYearElevenMonths() {
    workflow.clock(LocalDate.of(2027, 1, 11));
    String worker = staff.derbyshireWorker("10", LocalDate.of(2025, 2, 11));
    assertThatThrownBy(() -> request(worker)).isInstanceOf(RuleRefusal.class).hasMessageStartingWith("DER-10-01")
        .hasMessageContaining("at least two years on grade 10: you moved to grade 10 on 2025-02-11")
        .hasMessageContaining("accelerated progression (DER-10-06)").hasMessageContaining("11 February 2027");
  }

  @Test
  @DisplayName("DER-10-01, DER-10-06: a request without the PQ consolidation module confirmed is refused on the server too (the form's rules), as the form would")
  void pqConsolidationConfirmed() {
    workflow.clock(LocalDate.of(2027, 1, 11));
    assertThatThrownBy(() -> workflow.start(twoYearsOnGradeTen(), "derbyshire", WINDOW_ROUTE, Map.of("pqConsolidationCompleted", false)))
        .hasMessageContaining("'I have completed the PQ consolidation module' is required");
    String worker = staff.derbyshireWorker("10", MONDAY.minusMonths(14));
    assertThatThrownBy(() -> workflow.start(DISTRICT_MANAGER, "derbyshire", ACCELERATED_ROUTE, Map.of("applicant", worker,
        "acceleratedCase", "Complex court work.", "pqConsolidationCompleted", false)))
        .hasMessageContaining("'They have completed the PQ consolidation module' is required");
  }

  @Test
  @DisplayName("DER-10-01: a worker on grade 9, and one whose move to grade 10 the directory does not date, are each refused with what to do")
  void notOnGradeTenOrNoDate() {
    workflow.clock(LocalDate.of(2027, 1, 11));
    assertThatThrownBy(() -> request(staff.derbyshireWorker("9", null))).isInstanceOf(RuleRefusal.class)
        .hasMessageContaining("records you on grade 9");
    assertThatThrownBy(() -> request(staff.derbyshireWorker("10", null))).isInstanceOf(RuleRefusal.class)
        .hasMessageContaining("no date for your move to grade 10").hasMessageContaining("People and Culture");
  }

  @Test
  @DisplayName("DER-10-03 to DER-10-05: portfolio, supporting statement, panel met: grade 11 backdated to the close of the window, 30 January")
  void metBackdatedToTheWindowClose() {
    calendar.schedule(FEBRUARY_PANEL);
    workflow.clock(LocalDate.of(2027, 1, 11));
    String worker = twoYearsOnGradeTen();
    ProcessInstance panel = atThePanel(request(worker));
    assertThat(panel).task("recordPanelDecision").isAssignedTo(CHAIR);
    assertThat(workflow.variable(panel, "panelMembersText")).isEqualTo(
        "Sue Hart (Chair, District/Area Manager); Raj Mehta (District/Area Manager); Lyn Carter (Professional development team)");
    workflow.clock(FEBRUARY_PANEL);
    workflow.complete(CHAIR, panel, "recordPanelDecision", Map.of("panelDiscussion", "Discussed two complex cases.",
        "panelDecision", "met"));
    assertThat(panel).hasPassed("recordGradeEleven", "notifyMet", "gradeEleven").isEnded();
    assertThat(directory.get("derbyshire", worker).currentLevel()).isEqualTo("11");
    assertThat(directory.levelChanges("derbyshire", worker)).last()
        .satisfies(change -> assertThat(change.effectiveOn()).isEqualTo(WINDOW_CLOSES));
    MimeMessage outcome = emailTo(worker, "Grade 11 panel: ");
    assertThat(body(outcome)).contains("takes effect from 30 January 2027").contains("17 February 2027");
    assertThat(recipients(outcome)).contains(MANAGER + "@derbyshire.example");
    assertThat(documents.ofApplication(panel.getId())).extracting(StoredDocument::kind).contains(StoredDocument.Kind.LETTER);
  }

  @Test
  @DisplayName("DER-10-05: not met: the panel's written feedback is required and sent; a further submission goes to the May window")
  void notMet() {
    calendar.schedule(FEBRUARY_PANEL);
    workflow.clock(LocalDate.of(2027, 1, 11));
    String worker = twoYearsOnGradeTen();
    ProcessInstance panel = atThePanel(request(worker));
    workflow.clock(FEBRUARY_PANEL);
    assertThatThrownBy(() -> workflow.complete(CHAIR, panel, "recordPanelDecision", Map.of("panelDiscussion", "Discussed.",
        "panelDecision", "notMet"))).isInstanceOf(RuleRefusal.class).hasMessageStartingWith("DER-10-05");
    workflow.complete(CHAIR, panel, "recordPanelDecision", Map.of("panelDiscussion", "Discussed.", "panelDecision", "notMet",
        "panelFeedback", "Show more autonomous risk assessment."));
    assertThat(panel).hasPassed("notifyNotMet", "notMet").isEnded();
    assertThat(directory.get("derbyshire", worker).currentLevel()).isEqualTo("10");
    assertThat(body(emailTo(worker, "Grade 11 panel: "))).contains("Show more autonomous risk assessment.")
        .contains("the next opens on 1 May 2027");
  }

  @Test
  @DisplayName("DER-10-02, DER-10-03: no portfolio by the close of the window: the request lapses and the worker is told the next window")
  void portfolioNotInByTheClose() {
    workflow.clock(LocalDate.of(2027, 1, 11));
    String worker = twoYearsOnGradeTen();
    ProcessInstance request = request(worker);
    ProcessInstance panel = panelOf(request);
    assertThat(panel).task("buildPortfolio").hasDueDate(com.socialworkprogression.calendar.Dates.endOfDay(WINDOW_CLOSES));
    workflow.fire(panel, "portfolioNotIn");
    assertThat(panel).hasPassed("notifyPortfolioLapsed", "portfolioLapsed").isEnded();
    assertThat(request).isEnded();
    assertThat(body(emailTo(worker, "Your request for grade 11 has lapsed"))).contains("30 January 2027").contains("1 May 2027");
  }

  @Test
  @DisplayName("DER-10-03: a portfolio without its PQ consolidation evidence as a document, or without a part, is refused; what was typed is kept")
  void portfolioIncomplete() {
    workflow.clock(LocalDate.of(2027, 1, 11));
    String worker = twoYearsOnGradeTen();
    ProcessInstance panel = panelOf(request(worker));
    assertThatThrownBy(() -> workflow.complete(worker, panel, "buildPortfolio", portfolio()))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("DER-10-03");
    workflow.attach(worker, panel, "buildPortfolio", "pq-consolidation.pdf", SampleFiles.pdf("PQ consolidation certificate"));
    Map<String, Object> form = portfolio();
    form.put("caseExampleTwo", " ");
    assertThatThrownBy(() -> workflow.complete(worker, panel, "buildPortfolio", form))
        .isInstanceOf(RuleRefusal.class).hasMessageContaining("the second case example");
    assertThat(panel).isWaitingAt("buildPortfolio");
  }

  @Test
  @DisplayName("DER-10-04: with no panel scheduled the request waits; scheduling one lists it; one in after the cut-off goes to the next sitting")
  void waitingAndLater() {
    workflow.clock(LocalDate.of(2027, 1, 11));
    ProcessInstance waiting = submitted(request(twoYearsOnGradeTen()));
    assertThat(waiting).hasPassed("notifyWaitingForSitting").isWaitingAt("sittingScheduled");
    PanelSitting february = calendar.schedule(FEBRUARY_PANEL);
    assertThat(waiting).isWaitingAt("recordPanelDecision");
    assertThat(workflow.variable(waiting, "panelSittingId")).isEqualTo(february.id());

    workflow.clock(LocalDate.of(2027, 5, 3));
    calendar.schedule(JUNE_PANEL);
    PanelSitting later = calendar.schedule(JUNE_PANEL.plusWeeks(2));
    ProcessInstance late = panelOf(request(twoYearsOnGradeTen()));
    assertThat(workflow.variable(late, "panelDateText")).isEqualTo("16 June 2027");
    workflow.clock(JUNE_PANEL.minusDays(6));
    submit(late);
    assertThat(late).hasPassed("notifyMovedToLaterSitting").isWaitingAt("recordPanelDecision");
    assertThat(workflow.variable(late, "panelSittingId")).isEqualTo(later.id());
  }

  @Test
  @DisplayName("DER-10-06: the District/Area Manager asks, the Director refuses an early panel with reasons; the manager, worker and line manager are told")
  void directorRefusesAnEarlyPanel() {
    String worker = staff.derbyshireWorker("10", MONDAY.minusMonths(14));
    ProcessInstance instance = askForAcceleration(worker);
    assertThat(instance).isWaitingAt("decideEarlyPanel").task().hasCandidateGroup("derbyshire-directors");
    assertThatThrownBy(() -> workflow.complete(DIRECTOR, instance, "decideEarlyPanel", Map.of("earlyPanelDecision", "refused")))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("DER-10-06");
    workflow.complete(DIRECTOR, instance, "decideEarlyPanel", Map.of("earlyPanelDecision", "refused",
        "earlyPanelReasons", "Not yet exceptional: build the court work first."));
    assertThat(instance).hasPassed("notifyEarlyPanelRefused", "earlyPanelRefused").isEnded();
    MimeMessage refused = emailTo(worker, "Accelerated progression to grade 11: no early panel");
    assertThat(recipients(refused)).contains(DISTRICT_MANAGER + "@derbyshire.example", MANAGER + "@derbyshire.example");
    assertThat(body(refused)).contains("Not yet exceptional");
  }

  @Test
  @DisplayName("DER-10-06: the Director agrees an early panel; met: grade 11 from the date of the panel, not backdated")
  void earlyPanelMet() {
    calendar.schedule(LocalDate.of(2026, 12, 16));
    String worker = staff.derbyshireWorker("10", MONDAY.minusMonths(14));
    ProcessInstance instance = askForAcceleration(worker);
    workflow.complete(DIRECTOR, instance, "decideEarlyPanel", Map.of("earlyPanelDecision", "agreed"));
    assertThat(body(emailTo(worker, "Accelerated progression to grade 11: an early panel"))).contains("21 December 2026");
    ProcessInstance panel = atThePanel(instance);
    workflow.clock(LocalDate.of(2026, 12, 16));
    workflow.complete(CHAIR, panel, "recordPanelDecision", Map.of("panelDiscussion", "Complex court work.", "panelDecision", "met"));
    assertThat(directory.levelChanges("derbyshire", worker)).last()
        .satisfies(change -> assertThat(change.effectiveOn()).isEqualTo(LocalDate.of(2026, 12, 16)));
    assertThat(body(emailTo(worker, "Grade 11 panel: "))).contains("takes effect from 16 December 2026");
    assertThat(instance).isEnded();
  }

  @Test
  @DisplayName("DER-10-06: a worker with two years on grade 10 is not put forward for acceleration: they request in a window")
  void twoYearsNeedNoAcceleration() {
    String worker = staff.derbyshireWorker("10", MONDAY.minusYears(2));
    assertThatThrownBy(() -> askForAcceleration(worker)).isInstanceOf(RuleRefusal.class).hasMessageStartingWith("DER-10-06")
        .hasMessageContaining("accelerated progression is not needed");
  }

  @Test
  @DisplayName("DER-11-01: a grade 11 worker who asks to progress is told grade 12 is by competition only, with the award essential")
  void gradeElevenWhoAsksIsTold() {
    String worker = staff.derbyshireWorker("11", LocalDate.of(2023, 9, 1));
    assertThatThrownBy(() -> request(worker))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("DER-11-01")
        .hasMessageContaining("only by competitive recruitment to an available post")
        .hasMessageContaining("full PQ specialist award");
  }

  // The route's steps, as the people do them.

  private String twoYearsOnGradeTen() {
    return staff.derbyshireWorker("10", LocalDate.of(2024, 9, 1));
  }

  private ProcessInstance request(String worker) {
    return workflow.start(worker, "derbyshire", WINDOW_ROUTE, Map.of("pqConsolidationCompleted", true));
  }

  private ProcessInstance askForAcceleration(String worker) {
    return workflow.start(DISTRICT_MANAGER, "derbyshire", ACCELERATED_ROUTE, Map.of("applicant", worker,
        "acceleratedCase", "Holds complex court work alone; PQ consolidation passed in 2026.", "pqConsolidationCompleted", true));
  }

  /** The called process that holds the portfolio and the panel. */
  private ProcessInstance panelOf(ProcessInstance request) {
    ProcessInstance panel = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(request.getId())
        .singleResult();
    assertThat(panel).as("the portfolio and panel of %s", request.getId()).isNotNull();
    return panel;
  }

  private void submit(ProcessInstance panel) {
    String worker = (String) workflow.variable(panel, "applicant");
    workflow.attach(worker, panel, "buildPortfolio", "pq-consolidation.pdf", SampleFiles.pdf("PQ consolidation certificate"));
    workflow.complete(worker, panel, "buildPortfolio", portfolio());
    workflow.complete(MANAGER, panel, "writeSupportingStatement", Map.of("lineManagerStatement",
        "Works autonomously on complex cases and mentors a student.", "lineManagerSignature", true));
  }

  private ProcessInstance submitted(ProcessInstance request) {
    ProcessInstance panel = panelOf(request);
    submit(panel);
    return panel;
  }

  private ProcessInstance atThePanel(ProcessInstance request) {
    ProcessInstance panel = submitted(request);
    assertThat(panel).isWaitingAt("recordPanelDecision");
    return panel;
  }

  static Map<String, Object> portfolio() {
    return DerbyshireApplications.gradeElevenPortfolio();
  }

  private MimeMessage emailTo(String userId, String subjectStart) {
    return lastEmail(userId + "@derbyshire.example", subjectStart);
  }
}
