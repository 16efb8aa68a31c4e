package com.socialworkprogression.dudley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.documents.DocumentStore;
import com.socialworkprogression.documents.StoredDocument;
import com.socialworkprogression.panels.PanelSitting;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.support.PanelCalendar;
import com.socialworkprogression.support.RouteTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dudley: Social Worker to Senior Social Worker at the quarterly Career Progression Panel, every path, each
 * step done by the person the guidance names. Rules: ../shared/SCHEMES.md DUD-SSW-01..07.
 */
class DudleySeniorSocialWorkerRouteTest extends RouteTest {

  static final String ROUTE = "dudleySeniorSocialWorker";
  static final String MANAGER = "dan.foster";
  static final String OBSERVER = "tom.price";
  static final String CPP = "clare.webb";
  static final String CHAIR = "ruth.green";
  /** A quarterly panel on Wednesday 13 January 2027: applications in by the end of Wednesday 30 December 2026. */
  static final LocalDate PANEL = LocalDate.of(2027, 1, 13);
  static final LocalDate CUT_OFF = LocalDate.of(2026, 12, 30);
  static final LocalDate NEXT_PANEL = LocalDate.of(2027, 4, 14);

  @Autowired DocumentStore documents;

  PanelCalendar calendar;

  @BeforeEach
  void emptyCalendar() {
    calendar = PanelCalendar.dudley(workflow).empty();
  }

  @Test
  @DisplayName("DUD-SSW-02: each criterion the directory holds is refused on its own: not permanent, under 30 months, not a full caseload, an open procedure")
  void eachCriterionOnItsOwn() {
    assertRefused(staff.dudleyStaff("SW", LocalDate.of(2022, 1, 10), false, 16), "You must be permanently employed by Dudley");
    assertRefused(staff.dudleyStaff("SW", LocalDate.of(2024, 6, 1), true, 16), "You must have been qualified for 30 months or more");
    assertRefused(staff.dudleyStaff("SW", LocalDate.of(2022, 1, 10), true, 11), "You must be carrying a full caseload, 12 cases as agreed in Dudley; the staff directory records 11.");
    String underProcedure = staff.dudleyStaff("SW", LocalDate.of(2022, 1, 10), true, 16);
    directory.openProcedure(underProcedure, "SICKNESS", MONDAY.minusWeeks(2));
    assertRefused(underProcedure, "You are subject to a performance management, disciplinary or sickness absence procedure");
  }

  @Test
  @DisplayName("DUD-SSW-02: every criterion not met is named at once, so nothing is fixed only to meet the next")
  void everyCriterionAtOnce() {
    String worker = staff.dudleyStaff("SW", LocalDate.of(2024, 6, 1), false, 3);
    assertThatThrownBy(() -> apply(worker)).isInstanceOf(RuleRefusal.class).hasMessageStartingWith("DUD-SSW-02")
        .hasMessageContaining("permanently employed").hasMessageContaining("30 months or more")
        .hasMessageContaining("full caseload");
  }

  @Test
  @DisplayName("DUD-SSW-01: the manager records the conversation and does not support it: the worker is told why and the application ends")
  void notSupported() {
    ProcessInstance instance = apply(eligible());
    assertThat(instance).isWaitingAt("recordSupervisionDecision").task().isAssignedTo(MANAGER);
    workflow.complete(MANAGER, instance, "recordSupervisionDecision", Map.of("supervisionNotes", "Discussed at the annual review.",
        "managerDecision", "notSupported", "notSupportedReasons", "Lead on a care proceedings case first."));
    assertThat(instance).hasPassed("notifyNotSupported").isEnded();
  }

  @Test
  @DisplayName("DUD-SSW-03, DUD-SSW-04: a supporting evidence area of 501 words is refused naming the area; what was typed is kept")
  void aLongArea() {
    ProcessInstance instance = supported(eligible());
    Map<String, Object> form = application();
    form.put("communicationEvidence", "word ".repeat(501).trim());
    String worker = (String) workflow.variable(instance, "applicant");
    assertThatThrownBy(() -> workflow.complete(worker, instance, "completeApplication", form))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("DUD-SSW-03").hasMessageContaining("2. Communication")
        .hasMessageContaining("501");
    assertThat(instance).isWaitingAt("completeApplication");
  }

  @Test
  @DisplayName("DUD-SSW-04: an observation rated 2 (Requires improvement) is not enough: the worker is told and another observation is needed")
  void observationRatedTwo() {
    ProcessInstance instance = observed(eligible(), "2");
    assertThat(instance).hasPassed("notifyObservationBelowGood").isWaitingAt("observePractice").task().isAssignedTo(OBSERVER);
    observe(instance, "3");
    assertThat(instance).hasPassed("joinSitting");
  }

  @Test
  @DisplayName("DUD-SSW-05: an application in 14 days before the panel is listed for it; one 13 days before goes to the next quarter, and is told")
  void fourteenAndThirteenDays() {
    PanelSitting first = calendar.schedule(PANEL);
    PanelSitting next = calendar.schedule(NEXT_PANEL);
    workflow.clock(LocalDateTime.of(PANEL.minusDays(14), LocalTime.of(16, 0)));
    ProcessInstance onTime = observed(eligible(), "3");
    assertThat(workflow.variable(onTime, "panelSittingId")).isEqualTo(first.id());
    assertThat(onTime).isWaitingAt("confirmCriteria").task().hasCandidateGroup("dudley-cpp");

    workflow.clock(PANEL.minusDays(30));
    ProcessInstance late = applied(eligible());
    workflow.complete(MANAGER, late, "writeManagersSummary", summary("no"));
    assertThat(workflow.variable(late, "panelSittingId")).as("aimed at the January panel").isEqualTo(first.id());
    workflow.clock(LocalDateTime.of(PANEL.minusDays(13), LocalTime.of(0, 1)));
    observe(late, "3");
    assertThat(late).hasPassed("notifyMovedToLaterSitting");
    assertThat(workflow.variable(late, "panelSittingId")).isEqualTo(next.id());
    assertThat(body(emailTo((String) workflow.variable(late, "applicant"), "Your application will go to the Career Progression Panel")))
        .contains("13 January 2027").contains("14 April 2027");
  }

  @Test
  @DisplayName("DUD-SSW-05: CPP sends an application back with what is missing; it must meet the cut-off again")
  void criteriaMissing() {
    calendar.schedule(PANEL);
    ProcessInstance instance = observed(eligible(), "4");
    workflow.complete(CPP, instance, "confirmCriteria", Map.of("criteriaDecision", "notMet",
        "criteriaMissing", "No evidence of care proceedings."));
    assertThat(instance).hasPassed("notifyCriteriaMissing").isWaitingAt("completeApplication");
  }

  @Test
  @DisplayName("DUD-SSW-05 to DUD-SSW-07: CPP gives a time; the panel agrees with targets; Senior Social Worker from the panel date, the Head of Service informed")
  void agreed() {
    calendar.schedule(PANEL);
    String worker = eligible();
    ProcessInstance instance = atThePanel(worker);
    assertThat(body(emailTo(worker, "Your time at the Career Progression Panel"))).contains("13 January 2027").contains("10:30");
    assertThat(instance).task("recordPanelDecision").isAssignedTo(CHAIR);
    assertThat(workflow.variable(instance, "panelMembersText")).as("DUD-SSW-06: the guest from the Children in Care Council sits too")
        .isEqualTo("Ruth Green (Chair, Principal Social Worker); Clare Webb (CPP Service Manager); Tom Price (CPP representative); "
            + "Jordan (Children in Care Council) (Children in Care Council representative)");
    workflow.clock(PANEL);
    workflow.complete(CHAIR, instance, "recordPanelDecision", Map.of("panelQuestions", "Asked about care proceedings.",
        "panelDecision", "agreed", "shortTermTargets", "Supervise a student.", "mediumTermTargets", "Lead a practitioner circle.",
        "longTermTargets", "Specialise in court work."));
    assertThat(instance).hasPassed("recordSeniorGrade", "notifyAgreed").isEnded();
    assertThat(directory.get("dudley", worker).currentLevel()).isEqualTo("SSW");
    assertThat(directory.levelChanges("dudley", worker)).singleElement()
        .satisfies(change -> assertThat(change.effectiveOn()).isEqualTo(PANEL));
    MimeMessage outcome = emailTo(worker, "Career Progression Panel: ");
    assertThat(recipients(outcome)).contains("helen.shaw@dudley.example", MANAGER + "@dudley.example");
    assertThat(body(outcome)).contains("Supervise a student.").contains("13 January 2027");
    assertThat(documents.ofApplication(instance.getId())).extracting(StoredDocument::kind).contains(StoredDocument.Kind.LETTER);
  }

  @Test
  @DisplayName("DUD-SSW-07: not agreed: the worker and manager are told why")
  void notAgreed() {
    calendar.schedule(PANEL);
    ProcessInstance instance = atThePanel(eligible());
    workflow.clock(PANEL);
    workflow.complete(CHAIR, instance, "recordPanelDecision", Map.of("panelQuestions", "Asked about risk.",
        "panelDecision", "notAgreed", "notAgreedReasons", "Not yet leading complex work alone."));
    assertThat(instance).hasPassed("notifyNotAgreed").isEnded().hasPassed("notAgreed");
  }

  @Test
  @DisplayName("DUD-SSW-02: a manager who records an open disciplinary or absence procedure ends the application")
  void subjectToProcedures() {
    ProcessInstance instance = applied(eligible());
    workflow.complete(MANAGER, instance, "writeManagersSummary", summary("yes"));
    assertThat(instance).hasPassed("notifyNotEligible").isEnded();
  }

  @Test
  @DisplayName("DUD-SSW-05: with no panel scheduled the application waits; scheduling one lists it; moving the panel tells the worker")
  void waitsThenMoves() {
    ProcessInstance instance = observed(eligible(), "3");
    assertThat(instance).hasPassed("notifyWaitingForSitting").isWaitingAt("sittingScheduled");
    PanelSitting sitting = calendar.schedule(PANEL);
    assertThat(instance).isWaitingAt("confirmCriteria");
    calendar.move(sitting, PANEL.plusDays(7));
    assertThat(instance).hasPassed("notifySittingMoved");
    assertThat(workflow.variable(instance, "panelDateText")).isEqualTo("20 January 2027");
  }

  // The route's steps, as the people do them.

  private String eligible() {
    return staff.dudleyStaff("SW", LocalDate.of(2022, 1, 10), true, 16);
  }

  private ProcessInstance apply(String worker) {
    return workflow.start(worker, "dudley", ROUTE, Map.of("supervisionDate", "2026-11-16",
        "intentionSummary", "Ready to lead complex work and support students."));
  }

  private void assertRefused(String worker, String reason) {
    assertThatThrownBy(() -> apply(worker)).isInstanceOf(RuleRefusal.class).hasMessageStartingWith("DUD-SSW-02")
        .hasMessageContaining(reason);
  }

  private ProcessInstance supported(String worker) {
    ProcessInstance instance = apply(worker);
    workflow.complete(MANAGER, instance, "recordSupervisionDecision", Map.of("supervisionNotes", "Discussed at the annual review.",
        "managerDecision", "supported"));
    assertThat(instance).hasPassed("notifyCpp").isWaitingAt("completeApplication");
    return instance;
  }

  private ProcessInstance applied(String worker) {
    ProcessInstance instance = supported(worker);
    workflow.complete(worker, instance, "completeApplication", application());
    return instance;
  }

  private ProcessInstance observed(String worker, String rating) {
    ProcessInstance instance = applied(worker);
    workflow.complete(MANAGER, instance, "writeManagersSummary", summary("no"));
    observe(instance, rating);
    return instance;
  }

  private ProcessInstance atThePanel(String worker) {
    ProcessInstance instance = observed(worker, "3");
    workflow.complete(CPP, instance, "confirmCriteria", Map.of("criteriaDecision", "met", "panelTimeSlot", "10:30"));
    assertThat(instance).hasPassed("notifyTimeSlot").isWaitingAt("recordPanelDecision");
    return instance;
  }

  private void observe(ProcessInstance instance, String rating) {
    workflow.complete(OBSERVER, instance, "observePractice", Map.of("observationDate", "2026-11-10",
        "practiceType", "Home visit", "observationRating", rating, "holisticAssessment", "Warm, clear and purposeful.",
        "familyFeedback", "The mother felt listened to.", "observerSignature", true));
  }

  static Map<String, Object> application() {
    Map<String, Object> form = new HashMap<>();
    form.put("currentRoleAndGrade", "Social Worker, grade J");
    form.put("registrationDate", "Qualified January 2022; registered with Social Work England, renewed 2025");
    form.put("lengthOfService", "Four years");
    form.put("roleDescription", "Child protection team since 2022.");
    form.put("readiness", "I lead complex cases and support students.");
    form.put("cpdActivity", "practiceEducation");
    form.put("cpdDetails", "Stage 1 Practice Education, 2025.");
    form.put("statutoryExperience", "Child protection plans, children in care, two sets of care proceedings.");
    for (String area : new String[] {"relationships", "communication", "childDevelopment", "adultDifficulties",
        "abuseAndNeglect", "familyAssessment", "analysisAndPlanning", "lawAndJustice", "supervision", "organisationalContext"}) {
      form.put(area + "Evidence", "Evidence for " + area + " from my casework.");
      form.put(area + "Sources", "Case records and supervision notes");
    }
    form.put("applicantSignature", true);
    return form;
  }

  static Map<String, Object> summary(String procedures) {
    Map<String, Object> form = new HashMap<>();
    form.put("timekeeping", "Always punctual.");
    form.put("attendance", "Excellent.");
    form.put("cpdCommitment", "Completed Stage 1.");
    form.put("qualityOfPractice", "Consistently good; see the C. family.");
    form.put("subjectToProcedures", procedures);
    if ("yes".equals(procedures)) {
      form.put("procedureDetails", "Stage 1 absence management.");
    }
    form.put("observer", OBSERVER);
    form.put("managerSignature", true);
    return form;
  }

  private MimeMessage emailTo(String userId, String subjectStart) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(message -> recipients(message).contains(userId + "@dudley.example") && subject(message).startsWith(subjectStart))
        .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no email to " + userId + " starting '"
            + subjectStart + "'"));
  }
}
