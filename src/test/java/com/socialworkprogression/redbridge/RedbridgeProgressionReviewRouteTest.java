package com.socialworkprogression.redbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.support.SampleFiles;
import com.socialworkprogression.support.RouteTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Redbridge: progression at the six-monthly PMR, Head of Service decision and appeal, every path, each
 * step done by the person the scheme names. Rules: ../shared/SCHEMES.md RED-01..07.
 */
class RedbridgeProgressionReviewRouteTest extends RouteTest {

  static final String ROUTE = "redbridgeProgressionReview";
  static final String MANAGER = "mark.ellis";
  static final String HEAD_OF_SERVICE = "helen.baker";
  static final String HR = "julia.price";
  static final String PSW = "priti.nair";
  static final LocalDate PMR = LocalDate.of(2026, 12, 9);


  @Test
  @DisplayName("RED-01 to RED-06: supported at the PMR, agreed by the Head of Service; the new level takes effect from the PMR date although HR acts weeks later")
  void supportedAndAgreed() {
    String worker = staff.redbridgeWorker("2", PMR);
    ProcessInstance instance = request(worker, PMR);
    assertThat(instance).hasPassed("checkEligibility", "schedulePmr", "notifyReviewRequested").hasNotPassed("notifyMovedToNextPmr")
        .isWaitingAt("compilePortfolio").task().isAssignedTo(worker);
    assertThat(workflow.variable(instance, "nextLevel")).isEqualTo("3");
    assertThat(workflow.task(instance, "compilePortfolio").getDueDate()).isEqualTo(Dates.startOfDay(PMR));

    compilePortfolio(instance, worker);
    assertThat(instance).isWaitingAt("reviewAtPmr").task().isAssignedTo(MANAGER);
    workflow.clock(PMR);
    reviewAtPmr(instance, "supported");
    assertThat(instance).isWaitingAt("decideProgression").task().hasCandidateGroup("redbridge-heads-of-service");

    workflow.complete(HEAD_OF_SERVICE, instance, "decideProgression", Map.of("headOfServiceDecision", "agreed"));
    assertThat(instance).hasPassed("notifyHeadOfServiceDecision").isWaitingAt("completeAppointmentForm")
        .task().isAssignedTo(MANAGER);
    MimeMessage agreed = email("Progression to Level 3 Social Worker agreed by the Head of Service");
    assertThat(recipients(agreed)).contains(address(worker), address(MANAGER));
    assertThat(body(agreed)).as("RED-05, RED-06: the decision in words, who made it, and the effective date")
        .contains("Helen Baker, Head of Service, has agreed")
        .contains("from Level 2 to Level 3 Social Worker")
        .contains("takes effect from the PMR date, " + Dates.text(PMR))
        .doesNotContain(": agreed").doesNotContain("{");

    appointmentForm(instance);
    assertThat(instance).isWaitingAt("changePayAndGrade").task().hasCandidateGroup("redbridge-people-and-culture");
    workflow.clock(PMR.plusWeeks(5));
    payAndContracts(instance);
    assertThat(instance).hasPassed("recordNewLevel", "notifyProgressed").isEnded().hasPassed("progressed");

    assertThat(directory.get("redbridge", worker).currentLevel()).isEqualTo("3");
    assertThat(directory.levelChanges("redbridge", worker)).singleElement().satisfies(change -> {
      assertThat(change.effectiveOn()).as("RED-06: the PMR date").isEqualTo(PMR);
      assertThat(change.recordedAt()).isAfter(Dates.startOfDay(PMR.plusWeeks(5)).toInstant().minusSeconds(1));
      assertThat(change.recordedBy()).isEqualTo(HR);
      assertThat(change.note()).contains("VAR-RB-77");
    });
  }

  @Test
  @DisplayName("RED-02: the line manager is told of an on-time request when it is made: what the worker asked, and the PMR date")
  void theManagerIsToldOfTheRequest() {
    String worker = staff.redbridgeWorker("2", PMR);
    ProcessInstance instance = request(worker, PMR);
    assertThat(instance).hasPassed("notifyReviewRequested").isWaitingAt("compilePortfolio");
    String name = (String) workflow.variable(instance, "applicantName");
    MimeMessage told = email(name + " asks for a progression review at the PMR on " + Dates.text(PMR));
    assertThat(recipients(told)).as("the line manager, and the worker as a receipt")
        .containsExactlyInAnyOrder(address(MANAGER), address(worker));
    assertThat(body(told))
        .contains("their PMR on " + Dates.text(PMR))
        .contains("against their current level, Level 2, to progress to Level 3 Social Worker (RED-01)")
        .contains("What " + name + " would like to discuss:\nReady for the next level.")
        .doesNotContain("{");

    String quiet = staff.redbridgeWorker("2", PMR);
    workflow.start(quiet, "redbridge", ROUTE, Map.of("pmrDate", PMR.toString()));
    assertThat(mail.getReceivedMessages()).extracting(RedbridgeProgressionReviewRouteTest::body)
        .anyMatch(body -> body.contains("would like to discuss:\nNothing given."));
  }

  @Test
  @DisplayName("RED-02: a request less than a week before the PMR is attached to the following PMR and the worker is told the date")
  void lateRequestMovesToTheNextPmr() {
    LocalDate soon = MONDAY.plusDays(4);
    String worker = staff.redbridgeWorker("2", soon);
    ProcessInstance instance = request(worker, soon);
    LocalDate following = soon.plusMonths(6);
    assertThat(instance).hasPassed("notifyMovedToNextPmr").hasNotPassed("notifyReviewRequested").isWaitingAt("compilePortfolio");
    assertThat(workflow.variable(instance, "pmrDate")).isEqualTo(Dates.startOfDay(following));
    assertThat(workflow.task(instance, "compilePortfolio").getDueDate()).isEqualTo(Dates.startOfDay(following));
    assertThat(mail.getReceivedMessages()).extracting(MimeMessage::getSubject)
        .contains("Your progression review will be at your PMR on " + Dates.text(following));
  }

  @Test
  @DisplayName("RED-02: a request exactly seven days before the PMR is at least a week's notice: it stays with that PMR")
  void requestExactlyAWeekBefore() {
    LocalDate inAWeek = MONDAY.plusDays(7);
    String worker = staff.redbridgeWorker("2", inAWeek);
    ProcessInstance instance = request(worker, inAWeek);
    assertThat(instance).hasNotPassed("notifyMovedToNextPmr").isWaitingAt("compilePortfolio");
    assertThat(workflow.variable(instance, "movedToNextPmr")).isEqualTo(false);
    assertThat(workflow.task(instance, "compilePortfolio").getDueDate()).isEqualTo(Dates.startOfDay(inAWeek));

    LocalDate inSixDays = MONDAY.plusDays(6);
    String later = staff.redbridgeWorker("2", inSixDays);
    assertThat(request(later, inSixDays)).hasPassed("notifyMovedToNextPmr");
  }

  @Test
  @DisplayName("RED-04: at the PMR the manager gives feedback, writes the précis for the summary sheet and records whether progression is supported")
  void pmrReview() {
    String worker = staff.redbridgeWorker("2", PMR);
    ProcessInstance instance = request(worker, PMR);
    compilePortfolio(instance, worker);
    workflow.clock(PMR);
    Map<String, Object> noPrecis = pmrReview("supported");
    noPrecis.remove("pmrSummary");
    noPrecis.put("pmrFeedback", " ");
    assertThatThrownBy(() -> workflow.complete(MANAGER, instance, "reviewAtPmr", noPrecis))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("RED-04")
        .hasMessageContaining("your feedback on the portfolio").hasMessageContaining("the précis of the evidence for the PMR summary sheet");
    assertThatThrownBy(() -> reviewAtPmr(instance, "undecided"))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("RED-04").hasMessageContaining("Is progression supported?");
    assertThat(instance).isWaitingAt("reviewAtPmr");
    assertThat(workflow.variable(instance, "pmrSummary")).as("nothing saved from a refused form").isNull();

    reviewAtPmr(instance, "supported");
    assertThat(instance).isWaitingAt("decideProgression");
    assertThat(workflow.variable(instance, "pmrSummary")).isEqualTo("Evidence meets the criteria of the next level.");
    assertThat(Dates.toLocalDate(workflow.variable(instance, "pmrReviewedOn"))).isEqualTo(PMR);
    assertThat(workflow.task(instance, "decideProgression").getDueDate())
        .as("RED-05: the Head of Service decides within ten working days of the review")
        .isEqualTo(Dates.endOfDay(LocalDate.of(2026, 12, 23)));
  }

  @Test
  @DisplayName("RED-01, RED-02: the PMR must be the one diarised in the directory; one review at a time")
  void theDiarisedPmrAndOneReviewAtATime() {
    String worker = staff.redbridgeWorker("2", PMR);
    assertThatThrownBy(() -> request(worker, PMR.plusDays(1)))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("RED-02")
        .hasMessageContaining("diarised for " + Dates.text(PMR));
    request(worker, PMR);
    assertThatThrownBy(() -> request(worker, PMR))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("RED-01");

    String undiarised = staff.redbridgeWorker("2", null);
    assertThatThrownBy(() -> request(undiarised, PMR))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("RED-01").hasMessageContaining("No PMR is diarised");
  }

  @Test
  @DisplayName("RED-03: the portfolio is its documents: it cannot be submitted until at least one is attached")
  void portfolioNeedsItsDocuments() {
    String worker = staff.redbridgeWorker("2", PMR);
    ProcessInstance instance = request(worker, PMR);
    assertThatThrownBy(() -> workflow.complete(worker, instance, "compilePortfolio", portfolio()))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("RED-03")
        .hasMessageContaining("needs your portfolio: the case studies, your CPD records and the other evidence");
    assertThat(instance).isWaitingAt("compilePortfolio");
    compilePortfolio(instance, worker);
    assertThat(instance).isWaitingAt("reviewAtPmr");
  }

  @Test
  @DisplayName("RED-03: an incomplete portfolio cannot be submitted, and the refusal names each missing part")
  void incompletePortfolioRefused() {
    String worker = staff.redbridgeWorker("2", PMR);
    ProcessInstance instance = request(worker, PMR);
    Map<String, Object> partial = portfolio();
    partial.remove("multiAgencyCaseStudy");
    partial.put("cpdRecord", "  ");
    partial.put("recordsUpToDate", false);
    workflow.attach(worker, instance, "compilePortfolio", "portfolio.pdf", SampleFiles.pdf("Case studies"));
    assertThatThrownBy(() -> workflow.complete(worker, instance, "compilePortfolio", partial))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("RED-03")
        .hasMessageContaining("a case study showing multi-agency working")
        .hasMessageContaining("your CPD record")
        .hasMessageContaining("casework records are up to date")
        .hasMessageNotContaining("court work");
    assertThat(instance).isWaitingAt("compilePortfolio");
  }

  @Test
  @DisplayName("RED-07: not supported by the manager, the worker appeals and the Head of Service agrees: progression as if agreed")
  void notSupportedThenAppealAgreed() {
    String worker = staff.redbridgeWorker("2", PMR);
    ProcessInstance instance = request(worker, PMR);
    compilePortfolio(instance, worker);
    workflow.clock(PMR);
    assertThatThrownBy(() -> reviewAtPmr(instance, "notSupported"))
        .isInstanceOf(RuleRefusal.class).hasMessageContaining("Say why");
    Map<String, Object> review = pmrReview("notSupported");
    review.put("notSupportedReasons", "Court work evidence is thin.");
    workflow.complete(MANAGER, instance, "reviewAtPmr", review);
    assertThat(instance).hasNotPassed("decideProgression").isWaitingAt("considerAppeal").task().isAssignedTo(worker);

    workflow.complete(worker, instance, "considerAppeal", Map.of("appealDecision", "appeal",
        "appealGrounds", "Two court reports in the portfolio were not read.", "appealEvidence", "Reports 3 and 4."));
    assertThat(instance).isWaitingAt("reviewAppeal").task().hasCandidateGroup("redbridge-heads-of-service");

    assertThatThrownBy(() -> workflow.complete(HEAD_OF_SERVICE, instance, "reviewAppeal", Map.of(
        "appealOutcome", "agreed", "evidenceSufficient", true, "fitsBusinessNeeds", false, "appealReasons", "Evidence is there.")))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("RED-07").hasMessageContaining("business needs");
    workflow.complete(HEAD_OF_SERVICE, instance, "reviewAppeal", Map.of("appealOutcome", "agreed",
        "evidenceSufficient", true, "fitsBusinessNeeds", true, "appealReasons", "The court reports meet criterion 3."));
    assertThat(instance).isWaitingAt("completeAppointmentForm");
    appointmentForm(instance);
    payAndContracts(instance);
    assertThat(instance).isEnded().hasPassed("progressed");
    assertThat(directory.levelChanges("redbridge", worker)).singleElement()
        .satisfies(change -> assertThat(change.effectiveOn()).isEqualTo(PMR));
  }

  @Test
  @DisplayName("RED-05, RED-07: the Head of Service does not agree, the worker appeals and the appeal is refused")
  void headOfServiceRefusesThenAppealRefused() {
    String worker = staff.redbridgeWorker("2", PMR);
    ProcessInstance instance = atTheHeadOfService(worker);
    workflow.complete(HEAD_OF_SERVICE, instance, "decideProgression",
        Map.of("headOfServiceDecision", "notAgreed", "headOfServiceReasons", "No Level 3 post in the team this year."));
    assertThat(instance).hasPassed("notifyHeadOfServiceDecision").isWaitingAt("considerAppeal");
    Date appealBy = (Date) workflow.variable(instance, "appealDeadline");
    assertThat(workflow.task(instance, "considerAppeal").getDueDate()).as("the email's deadline is the task's").isEqualTo(appealBy);
    MimeMessage notAgreed = email("Progression to Level 3 Social Worker not agreed by the Head of Service");
    assertThat(recipients(notAgreed)).contains(address(worker), address(MANAGER));
    assertThat(body(notAgreed)).as("RED-05, RED-07: the decision in words, the reasons, the right to appeal and its deadline")
        .contains("Helen Baker, Head of Service, has not agreed")
        .contains("at the PMR of " + Dates.text(PMR))
        .contains("No Level 3 post in the team this year.")
        .contains("may appeal to the Head of Service by the end of " + Dates.text(Dates.toLocalDate(appealBy)) + " (RED-07)")
        .doesNotContain("notAgreed").doesNotContain("{");

    workflow.complete(worker, instance, "considerAppeal", Map.of("appealDecision", "appeal",
        "appealGrounds", "A Level 3 post is vacant.", "appealEvidence", "Vacancy list."));
    workflow.complete("omar.said", instance, "reviewAppeal", Map.of("appealOutcome", "refused",
        "evidenceSufficient", true, "fitsBusinessNeeds", false, "appealReasons", "The vacancy is being deleted."));
    assertThat(instance).hasPassed("notifyAppealRefused").isEnded().hasPassed("notProgressed");
    assertThat(directory.get("redbridge", worker).currentLevel()).isEqualTo("2");
    assertThat(mail.getReceivedMessages()).extracting(MimeMessage::getSubject).contains("Your appeal was refused");
  }

  @Test
  @DisplayName("RED-07: an appeal after the window is refused with the deadline it missed; the window closes with the decision")
  void appealAfterTheWindow() {
    String worker = staff.redbridgeWorker("2", PMR);
    ProcessInstance instance = atTheHeadOfService(worker);
    workflow.clock(LocalDate.of(2026, 12, 16));
    workflow.complete(HEAD_OF_SERVICE, instance, "decideProgression",
        Map.of("headOfServiceDecision", "notAgreed", "headOfServiceReasons", "Not yet."));
    Date deadline = (Date) workflow.variable(instance, "appealDeadline");
    assertThat(Dates.toLocalDate(deadline)).as("ten working days after 16 December 2026, skipping Christmas and New Year")
        .isEqualTo(LocalDate.of(2027, 1, 4));

    workflow.clock(new Date(deadline.getTime() + 60_000));
    assertThatThrownBy(() -> workflow.complete(worker, instance, "considerAppeal",
        Map.of("appealDecision", "appeal", "appealGrounds", "Late, sorry.")))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("RED-07")
        .hasMessageContaining("The deadline for an appeal was the end of 4 January 2027 (10 working days after 16 December 2026)");
    assertThat(instance).isWaitingAt("considerAppeal");

    workflow.fire(instance, "appealWindowClosed");
    assertThat(instance).isEnded().hasPassed("notProgressed").hasNotPassed("reviewAppeal");
  }

  @Test
  @DisplayName("RED-07: the worker accepts the decision and does not appeal")
  void noAppeal() {
    String worker = staff.redbridgeWorker("1", PMR);
    ProcessInstance instance = request(worker, PMR);
    compilePortfolio(instance, worker);
    Map<String, Object> review = pmrReview("notSupported");
    review.put("notSupportedReasons", "More NQSW supervision needed.");
    workflow.complete(MANAGER, instance, "reviewAtPmr", review);
    workflow.complete(worker, instance, "considerAppeal", Map.of("appealDecision", "accept"));
    assertThat(instance).isEnded().hasPassed("notProgressed");
  }

  @Test
  @DisplayName("RED-01: Level 3 progresses to Senior Social Work Practitioner; a Senior Practitioner has no further step")
  void levelThreeToSeniorPractitioner() {
    String worker = staff.redbridgeWorker("3", PMR);
    ProcessInstance instance = atTheHeadOfService(worker);
    assertThat(workflow.variable(instance, "nextLevel")).isEqualTo("SSWP");
    workflow.complete(HEAD_OF_SERVICE, instance, "decideProgression", Map.of("headOfServiceDecision", "agreed"));
    appointmentForm(instance);
    payAndContracts(instance);
    assertThat(directory.get("redbridge", worker).currentLevel()).isEqualTo("SSWP");

    String senior = staff.redbridgeWorker("SSWP", PMR);
    assertThatThrownBy(() -> request(senior, PMR))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("RED-01").hasMessageContaining("Senior Social Work Practitioner");
  }

  @Test
  @DisplayName("RED-05, RED-06: an overdue Head of Service decision and an overdue HR action escalate rather than sit silently")
  void overdueStepsEscalate() {
    String worker = staff.redbridgeWorker("2", PMR);
    ProcessInstance instance = atTheHeadOfService(worker);
    assertThat(Dates.toLocalDate(workflow.task(instance, "decideProgression").getDueDate()))
        .isEqualTo(LocalDate.of(2026, 12, 23));
    workflow.fire(instance, "headOfServiceDecisionOverdue");
    assertThat(instance).isWaitingAt("decideProgression", "chaseHeadOfServiceDecision")
        .task("chaseHeadOfServiceDecision").hasCandidateGroup("redbridge-principal-social-workers");
    workflow.complete(PSW, instance, "chaseHeadOfServiceDecision", Map.of("chaseNote", "Asked Helen to decide this week."));
    assertThat(instance).hasPassed("headOfServiceChased");

    workflow.complete(HEAD_OF_SERVICE, instance, "decideProgression", Map.of("headOfServiceDecision", "agreed"));
    appointmentForm(instance);
    workflow.fire(instance, "payAndContractsOverdue");
    assertThat(instance).isWaitingAt("changePayAndGrade", "chasePayAndContracts")
        .task("chasePayAndContracts").hasCandidateGroup("redbridge-heads-of-service");
    workflow.complete("omar.said", instance, "chasePayAndContracts", Map.of("chaseNote", "Escalated to the HR manager."));
    assertThat(instance).hasPassed("payAndContractsChased");
    payAndContracts(instance);
    assertThat(instance).isEnded().hasPassed("progressed");
    assertThat(directory.levelChanges("redbridge", worker)).singleElement()
        .satisfies(change -> assertThat(change.effectiveOn()).isEqualTo(PMR));
  }

  // ---- Steps -----------------------------------------------------------------------------------------

  ProcessInstance request(String worker, LocalDate pmr) {
    return workflow.start(worker, "redbridge", ROUTE, Map.of("pmrDate", pmr.toString(), "reviewReason", "Ready for the next level."));
  }

  static String address(String userId) {
    return userId + "@redbridge.example";
  }

  static Map<String, Object> portfolio() {
    Map<String, Object> form = new HashMap<>();
    form.put("courtWorkCaseStudy", "Care proceedings for a sibling group; final evidence statement.");
    form.put("multiAgencyCaseStudy", "Strategy meetings with police, school and health.");
    form.put("childrenCaseStudy", "Direct work with a 9-year-old using the three houses tool.");
    form.put("basicRequirementsEvidence", "All visits in timescale; audit score good.");
    form.put("recordsUpToDate", true);
    form.put("peerSupportEvidence", "Buddy to two NQSWs.");
    form.put("cpdRecord", "Court skills; SoS workshop.");
    form.put("criteriaMapping", "Criteria 1-8 mapped in the table attached to my PMR form.");
    return form;
  }

  void compilePortfolio(ProcessInstance instance, String worker) {
    workflow.attach(worker, instance, "compilePortfolio", "portfolio.pdf", SampleFiles.pdf("Case studies and CPD records"));
    workflow.complete(worker, instance, "compilePortfolio", portfolio());
  }

  static Map<String, Object> pmrReview(String decision) {
    Map<String, Object> form = new HashMap<>();
    form.put("pmrFeedback", "Strong court work.");
    form.put("pmrSummary", "Evidence meets the criteria of the next level.");
    form.put("pmrDecision", decision);
    return form;
  }

  void reviewAtPmr(ProcessInstance instance, String decision) {
    workflow.complete(MANAGER, instance, "reviewAtPmr", pmrReview(decision));
  }

  ProcessInstance atTheHeadOfService(String worker) {
    ProcessInstance instance = request(worker, PMR);
    compilePortfolio(instance, worker);
    workflow.clock(PMR);
    reviewAtPmr(instance, "supported");
    return instance;
  }

  void appointmentForm(ProcessInstance instance) {
    workflow.complete(MANAGER, instance, "completeAppointmentForm",
        Map.of("appointmentPost", "Social Worker", "appointmentTeam", "Child Protection East", "appointmentGrade", "PO3"));
  }

  void payAndContracts(ProcessInstance instance) {
    workflow.complete(HR, instance, "changePayAndGrade",
        Map.of("contractVariationReference", "VAR-RB-77", "payPoint", "SCP 36"));
  }
}
