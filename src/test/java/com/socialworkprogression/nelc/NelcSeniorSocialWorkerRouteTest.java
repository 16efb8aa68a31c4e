package com.socialworkprogression.nelc;

import static com.socialworkprogression.support.NelcApplications.expressionOfIntent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.kit.caseload.CaseFileDraws;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.staff.LevelChange;
import com.socialworkprogression.support.NelcApplications;
import com.socialworkprogression.support.RouteTest;
import com.socialworkprogression.staff.StaffMember;
import com.socialworkprogression.tenancy.Role;
import com.socialworkprogression.support.Rest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Apply for progression to Senior Social Worker" (NELC, Level 2 to Level 3), every path, each step
 * done by the person the scheme names, logged in as themselves. Rules: ../shared/SCHEMES.md NELC-L3-01..17.
 */
class NelcSeniorSocialWorkerRouteTest extends RouteTest {

  static final String LINE_MANAGER = "lewis.brown";
  static final String TEAM_MANAGER = "tara.wilson";
  static final String PSW = "sam.patel";
  static final String LEAD_ASSESSOR = "priya.shah";
  static final String INDEPENDENT_OBSERVER = "peter.jones";
  static final String SIGNATORY = "aisha.rahman";
  static final String PANEL_TEAM_MANAGER = "tom.hughes";
  static final String HR = "hannah.lee";

  @Autowired CaseFileDraws draws;
  @Autowired com.socialworkprogression.applications.MyApplications myApplications;

  // ---- Expression of Intent ------------------------------------------------------------------------

  @Test
  @DisplayName("NELC-L3-03: a line manager who does not support it records the areas to develop, and the application ends")
  void notSupportedByTheLineManager() {
    String applicant = staff.socialWorker("nelc", "2", 6);
    ProcessInstance instance = NelcApplications.apply(workflow, "nelc", applicant);
    assertThat(instance).isWaitingAt("supportExpressionOfIntent").task().isAssignedTo(LINE_MANAGER);

    assertThatThrownBy(() -> workflow.complete(LINE_MANAGER, instance, "supportExpressionOfIntent",
        Map.of("lineManagerDecision", "notSupported")))
        .isInstanceOf(RuleRefusal.class).hasMessageContaining("NELC-L3-03").hasMessageContaining("areas");
    assertThat(instance).isWaitingAt("supportExpressionOfIntent");

    workflow.complete(LINE_MANAGER, instance, "supportExpressionOfIntent", Map.of(
        "lineManagerDecision", "notSupported",
        "areasToDevelop", "Court work: lead on a contested hearing.",
        "developmentDiscussion", "Shadow Olivia on the next care proceedings."));
    assertThat(instance).hasPassed("notifyNotSupported").isEnded().hasPassed("notSupported");
    assertThat(mail.getReceivedMessages()).extracting(MimeMessage::getSubject)
        .contains("Your Expression of Intent was not supported");
  }

  @Test
  @DisplayName("NELC-L3-02: the team manager, not the line manager, approves; not approved ends the application")
  void notApprovedByTheTeamManager() {
    String applicant = staff.socialWorker("nelc", "2", 6);
    ProcessInstance instance = NelcApplications.apply(workflow, "nelc", applicant);
    workflow.complete(LINE_MANAGER, instance, "supportExpressionOfIntent", Map.of("lineManagerDecision", "supported"));
    assertThat(instance).isWaitingAt("approveExpressionOfIntent").task().isAssignedTo(TEAM_MANAGER);

    assertThatThrownBy(() -> workflow.complete(TEAM_MANAGER, instance, "approveExpressionOfIntent",
        Map.of("teamManagerDecision", "notApproved")))
        .isInstanceOf(RuleRefusal.class).hasMessageContaining("Say why");
    workflow.complete(TEAM_MANAGER, instance, "approveExpressionOfIntent",
        Map.of("teamManagerDecision", "notApproved", "teamManagerComments", "Not this year: team capacity."));
    assertThat(instance).hasPassed("notifyNotApproved").isEnded().hasPassed("notApproved");
  }

  // ---- Eligibility -----------------------------------------------------------------------------------

  @Test
  @DisplayName("NELC-L3-01: only a Level 2 social worker with ASYE (or a pre-2012 equivalent) may apply")
  void eligibility() {
    String levelOne = staff.socialWorker("nelc", "1", 6);
    assertThatThrownBy(() -> NelcApplications.apply(workflow, "nelc", levelOne))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-01").hasMessageContaining("Level 2");

    String noAsye = staff.socialWorker("nelc", "2", null, false, 6);
    assertThatThrownBy(() -> NelcApplications.apply(workflow, "nelc", noAsye))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-01").hasMessageContaining("ASYE");

    String pre2012 = staff.socialWorker("nelc", "2", null, true, 6);
    assertThat(NelcApplications.apply(workflow, "nelc", pre2012)).isWaitingAt("supportExpressionOfIntent");
  }

  @Test
  @DisplayName("NELC-L3-02: one application at a time, and the Expression of Intent commits to the portfolio")
  void oneApplicationAtATime() {
    String applicant = staff.socialWorker("nelc", "2", 6);
    NelcApplications.apply(workflow, "nelc", applicant);
    assertThatThrownBy(() -> NelcApplications.apply(workflow, "nelc", applicant))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-02").hasMessageContaining("already");

    String other = staff.socialWorker("nelc", "2", 6);
    Map<String, Object> noCommitment = expressionOfIntent();
    noCommitment.put("portfolioCommitment", false);
    assertThatThrownBy(() -> workflow.start(other, "nelc", NelcApplications.ROUTE, noCommitment))
        .isInstanceOf(RuleRefusal.class).hasMessageContaining("six months");
  }

  // ---- The whole way to Level 3 --------------------------------------------------------------------

  @Test
  @DisplayName("NELC-L3-04 to L3-13: lead assessor, evidence, scores, panel, People and Culture: the worker is Level 3 from the effective date")
  void progressesToSeniorSocialWorker() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = approvedApplication(applicant);

    assertThat(instance).isWaitingAt("appointLeadAssessor");
    appointLeadAssessorAndMeet(instance);
    Date deadline = (Date) workflow.variable(instance, "portfolioDeadline");
    assertThat(Dates.toLocalDate(deadline)).as("NELC-L3-02: six months after approval").isEqualTo(MONDAY.plusMonths(6));
    assertThat(workflow.task(instance, "submitSelfAssessment").getDueDate()).isEqualTo(deadline);

    gatherAllEvidence(instance, applicant);
    assertThat(instance).hasPassed("portfolioComplete").isWaitingAt("scoreEvidence");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().count())
        .as("the deadline watch ends with the portfolio").isZero();

    score(instance, 3, 3, 4, 3, 3, 3);
    assertThat((String) workflow.variable(instance, "scoreTable")).contains("| Five case files (NELC-L3-06) | 3 | Met |");
    assertThat(workflow.variable(instance, "allElementsMet")).isEqualTo(true);
    workflow.complete(LEAD_ASSESSOR, instance, "writeAssessmentReport",
        Map.of("assessmentReport", "Strong evidence across every element.", "leadAssessorRecommendation", "progress"));

    assertThat(instance).isWaitingAt("recordPanelDecision").task().hasCandidateGroup("nelc-principal-social-workers");
    workflow.complete(PSW, instance, "recordPanelDecision", panel("progress"));
    assertThat(instance).hasPassed("notifyPanelDecision").isWaitingAt("updateContract")
        .task().hasCandidateGroup("nelc-people-and-culture");
    MimeMessage decision = email("Progression Review Panel decision: progress to Senior Social Worker");
    assertThat(recipients(decision)).as("NELC-L3-12: applicant, line manager, Lead Assessor")
        .contains(address(applicant), address(LINE_MANAGER), address(LEAD_ASSESSOR));
    assertThat(body(decision)).as("the decision in words, with who decided and when")
        .contains("chaired by Sam Patel, decided on " + Dates.text(today()) + " that "
            + workflow.variable(instance, "applicantName") + " progresses to Senior Social Worker (Level 3)")
        .doesNotContain("is in Tasklist").doesNotContain("{");

    workflow.clock(MONDAY.plusMonths(5).plusDays(10));
    workflow.complete(HR, instance, "updateContract",
        Map.of("contractVariationReference", "VAR-2027-0412", "levelEffectiveDate", "2027-05-01"));
    assertThat(instance).hasPassed("recordLevelThree").isEnded().hasPassed("progressed");

    assertThat(directory.get("nelc", applicant).currentLevel()).isEqualTo("3");
    List<LevelChange> changes = directory.levelChanges("nelc", applicant);
    assertThat(changes).singleElement().satisfies(change -> {
      assertThat(change.fromLevel()).isEqualTo("2");
      assertThat(change.toLevel()).isEqualTo("3");
      assertThat(change.effectiveOn()).isEqualTo(LocalDate.of(2027, 5, 1));
      assertThat(change.recordedBy()).isEqualTo(HR);
      assertThat(change.processInstanceId()).isEqualTo(instance.getId());
      assertThat(change.note()).contains("VAR-2027-0412");
    });
  }

  // ---- The six-month deadline ----------------------------------------------------------------------

  @Test
  @DisplayName("NELC-L3-02: a reminder a month before; at six months the application lapses when not extended")
  void lapsesAtSixMonths() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = approvedApplication(applicant);
    appointLeadAssessorAndMeet(instance);

    workflow.fire(instance, "waitForReminderDate");
    assertThat(LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), Dates.UK)).isEqualTo(MONDAY.plusMonths(5));
    assertThat(instance).hasPassed("remindPortfolioDue").isWaitingAt("reviewPortfolioDeadline");
    assertThat(mail.getReceivedMessages()).extracting(MimeMessage::getSubject)
        .contains("Your Senior Social Worker portfolio is due on " + Dates.text(MONDAY.plusMonths(6)));
    workflow.complete(LEAD_ASSESSOR, instance, "reviewPortfolioDeadline", Map.of("extendPortfolio", "keep"));

    workflow.fire(instance, "waitForPortfolioDeadline");
    assertThat(instance).hasPassed("portfolioNotSubmitted", "portfolioLapsed", "notifyApplicationLapsed")
        .isEnded().hasPassed("applicationLapsed");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  @DisplayName("NELC-L3-02: the deadline passes while the Lead Assessor has not decided on an extension: the application lapses")
  void lapsesWhileTheLeadAssessorHasNotDecided() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = approvedApplication(applicant);
    appointLeadAssessorAndMeet(instance);
    workflow.fire(instance, "waitForReminderDate");

    workflow.fire(instance, "deadlineReachedWhileReviewing");
    assertThat(instance).hasPassed("portfolioLapsed").isEnded().hasPassed("applicationLapsed");
  }

  @Test
  @DisplayName("NELC-L3-02: the Lead Assessor extends the deadline; every evidence task moves with it and the portfolio completes in time")
  void theLeadAssessorExtendsTheDeadline() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = approvedApplication(applicant);
    appointLeadAssessorAndMeet(instance);
    workflow.fire(instance, "waitForReminderDate");

    assertThatThrownBy(() -> workflow.complete(LEAD_ASSESSOR, instance, "reviewPortfolioDeadline", Map.of(
        "extendPortfolio", "extend", "newPortfolioDeadline", MONDAY.plusMonths(5).toString(), "extensionReason", "Sickness")))
        .isInstanceOf(RuleRefusal.class).hasMessageContaining("must be after the current one");
    assertThat(instance).isWaitingAt("reviewPortfolioDeadline");

    LocalDate extended = MONDAY.plusMonths(8);
    workflow.complete(LEAD_ASSESSOR, instance, "reviewPortfolioDeadline", Map.of(
        "extendPortfolio", "extend", "newPortfolioDeadline", extended.toString(), "extensionReason", "Four weeks' sick leave"));
    assertThat(instance).hasPassed("extendPortfolioDeadline").isWaitingAt("waitForReminderDate");
    Date newDeadline = Dates.endOfDay(extended);
    assertThat(workflow.variable(instance, "portfolioDeadline")).isEqualTo(newDeadline);
    assertThat(workflow.task(instance, "chooseCaseFiles").getDueDate()).isEqualTo(newDeadline);
    assertThat(workflow.timer(instance, "waitForReminderDate").getDuedate())
        .isEqualTo(Dates.startOfDay(extended.minusMonths(1)));

    workflow.clock(MONDAY.plusMonths(6).plusDays(1));
    gatherAllEvidence(instance, applicant);
    assertThat(instance).hasPassed("portfolioComplete").isWaitingAt("scoreEvidence");
  }

  // ---- Evidence ------------------------------------------------------------------------------------

  @Test
  @DisplayName("NELC-L3-05: NAAS accreditation is checked by the Lead Assessor; an unconfirmed self-assessment goes back to the worker")
  void naasAccreditationAndAReturnedSelfAssessment() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = approvedApplication(applicant);
    appointLeadAssessorAndMeet(instance);

    attachSelfAssessment(instance, applicant);
    workflow.complete(applicant, instance, "submitSelfAssessment", Map.of("selfAssessmentRoute", "naas",
        "selfAssessmentSummary", "Accredited through NAAS in 2025.", "naasReference", "NAAS-55120",
        "naasAccreditedOn", "2025-06-12"));
    assertThat(instance).isWaitingAt("verifyNaasAccreditation");
    workflow.complete(LEAD_ASSESSOR, instance, "verifyNaasAccreditation",
        Map.of("selfAssessmentConfirmed", false, "selfAssessmentComments", "The certificate is for another worker."));
    assertThat(instance).isWaitingAt("submitSelfAssessment");

    assertThatThrownBy(() -> workflow.complete(applicant, instance, "submitSelfAssessment", Map.of(
        "selfAssessmentRoute", "signatory", "selfAssessmentSummary", "PQS self-assessment",
        "selfAssessmentSignatory", "hannah.lee")))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-05").hasMessageContaining("must be one of the assistant team managers or practice improvement practitioners or team managers or service managers, or the applicant's line manager");
    workflow.complete(applicant, instance, "submitSelfAssessment", Map.of("selfAssessmentRoute", "signatory",
        "selfAssessmentSummary", "PQS self-assessment", "selfAssessmentSignatory", SIGNATORY));
    assertThat(instance).isWaitingAt("signOffSelfAssessment").task("signOffSelfAssessment").isAssignedTo(SIGNATORY);
    workflow.complete(SIGNATORY, instance, "signOffSelfAssessment", Map.of("selfAssessmentConfirmed", true));
    assertThat(instance).hasPassed("signOffSelfAssessment", "verifyNaasAccreditation");
  }

  @Test
  @DisplayName("NELC-L3-05: a senior officer of another agency may sign off the self-assessment; the Lead Assessor verifies it")
  void signedOffByAnotherAgency() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = approvedApplication(applicant);
    appointLeadAssessorAndMeet(instance);
    attachSelfAssessment(instance, applicant);

    assertThatThrownBy(() -> workflow.complete(applicant, instance, "submitSelfAssessment", Map.of(
        "selfAssessmentRoute", "external", "selfAssessmentSummary", "PQS self-assessment")))
        .isInstanceOf(RuleRefusal.class).hasMessageContaining("name of the signatory");
    workflow.complete(applicant, instance, "submitSelfAssessment", Map.of("selfAssessmentRoute", "external",
        "selfAssessmentSummary", "PQS self-assessment", "externalSignatoryName", "Dr Jo Hale",
        "externalSignatoryRole", "Designated Nurse for Safeguarding", "externalSignatoryOrganisation", "NHS Humber"));
    assertThat(instance).isWaitingAt("verifyNaasAccreditation").task("verifyNaasAccreditation").isAssignedTo(LEAD_ASSESSOR);
    workflow.complete(LEAD_ASSESSOR, instance, "verifyNaasAccreditation", Map.of("selfAssessmentConfirmed", true));
    assertThat(instance).hasPassed("verifyNaasAccreditation").hasNotPassed("signOffSelfAssessment");
  }

  @Test
  @DisplayName("NELC-L3-06: two case files the worker chooses and three distinct others drawn at random, recorded for audit")
  void theRandomDraw() {
    String applicant = staff.socialWorker("nelc", "2", 9);
    List<String> caseload = staff.caseload(applicant);
    ProcessInstance instance = approvedApplication(applicant);
    appointLeadAssessorAndMeet(instance);

    assertThatThrownBy(() -> workflow.complete(applicant, instance, "chooseCaseFiles",
        Map.of("workerCaseFile1", caseload.get(0), "workerCaseFile2", caseload.get(0))))
        .isInstanceOf(RuleRefusal.class).hasMessageContaining("two different");
    // The form offers only the worker's own caseload; the route's check names the rule.
    assertThatThrownBy(() -> workflow.complete(applicant, instance, "chooseCaseFiles",
        Map.of("workerCaseFile1", caseload.get(0), "workerCaseFile2", "SOMEONE-ELSES-CASE")))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-06")
        .hasMessageContaining("SOMEONE-ELSES-CASE is not in your caseload in the staff directory");

    workflow.complete(applicant, instance, "chooseCaseFiles",
        Map.of("workerCaseFile1", caseload.get(0), "workerCaseFile2", caseload.get(1)));
    List<String> drawn = Arrays.asList(((String) workflow.variable(instance, "randomCaseFiles")).split(", "));
    assertThat(drawn).hasSize(3).doesNotHaveDuplicates().doesNotContain(caseload.get(0), caseload.get(1));
    assertThat(caseload).containsAll(drawn);
    assertThat(draws.forInstance("nelc", instance.getId())).singleElement().satisfies(draw -> {
      assertThat(draw.drawn()).isEqualTo(drawn);
      assertThat(draw.chosenByWorker()).containsExactly(caseload.get(0), caseload.get(1));
      assertThat(draw.caseload()).isEqualTo(caseload);
    });
    assertThat(instance).isWaitingAt("examineCaseFiles");
  }

  @Test
  @DisplayName("NELC-L3-06: the draw is random: many draws from one caseload do not all pick the same three")
  void theDrawVaries() {
    String applicant = staff.socialWorker("nelc", "2", 10);
    List<String> caseload = staff.caseload(applicant);
    ProcessInstance instance = approvedApplication(applicant);
    appointLeadAssessorAndMeet(instance);
    workflow.complete(applicant, instance, "chooseCaseFiles",
        Map.of("workerCaseFile1", caseload.get(0), "workerCaseFile2", caseload.get(1)));
    Set<String> outcomes = new HashSet<>();
    // Run the draw again and again, as an administrator could from Cockpit by moving the token back to it.
    for (int i = 0; i < 20; i++) {
      engine.getRuntimeService().createProcessInstanceModification(instance.getId())
          .startBeforeActivity("drawRandomCaseFiles").execute();
      outcomes.add((String) workflow.variable(instance, "randomCaseFiles"));
    }
    assertThat(outcomes).as("20 draws of 3 from 8 (56 possible sets)").hasSizeGreaterThan(1);
  }

  @Test
  @DisplayName("NELC-L3-06: a caseload too small for five files is refused with what to do about it")
  void aCaseloadTooSmallForTheDraw() {
    String applicant = staff.socialWorker("nelc", "2", 4);
    List<String> caseload = staff.caseload(applicant);
    ProcessInstance instance = approvedApplication(applicant);
    appointLeadAssessorAndMeet(instance);
    assertThatThrownBy(() -> workflow.complete(applicant, instance, "chooseCaseFiles",
        Map.of("workerCaseFile1", caseload.get(0), "workerCaseFile2", caseload.get(1))))
        .isInstanceOf(RuleRefusal.class).hasMessageContaining("has 4 cases").hasMessageContaining("needs five");
    assertThat(instance).isWaitingAt("chooseCaseFiles");
  }

  @Test
  @DisplayName("NELC-L3-07, L3-08, L3-11: observers and panels are who the scheme says; scores are whole numbers from 1 to 4")
  void choicesThatBreakTheRulesAreRefused() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = approvedApplication(applicant);
    workflow.complete(PSW, instance, "appointLeadAssessor", Map.of("leadAssessor", LEAD_ASSESSOR));
    assertThatThrownBy(() -> workflow.complete(LEAD_ASSESSOR, instance, "holdInitialMeeting",
        initialMeeting(LINE_MANAGER)))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-07").hasMessageContaining("not independent");
    workflow.complete(LEAD_ASSESSOR, instance, "holdInitialMeeting", initialMeeting(INDEPENDENT_OBSERVER));

    submitPresentationReport(instance, applicant);
    Map<String, Object> presentation = presentation();
    presentation.put("presentationPanelSeniorSocialWorker", "ben.carter");
    assertThatThrownBy(() -> workflow.complete(LEAD_ASSESSOR, instance, "recordPresentation", presentation))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-08").hasMessageContaining("must be at Level 3 in the staff directory");

    gatherAllEvidence(instance, applicant);
    assertThatThrownBy(() -> score(instance, 3, 3, 5, 3, 3, 3))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-11").hasMessageContaining("from 1 to 4");
    assertThat(instance).isWaitingAt("scoreEvidence");
  }

  @Test
  @DisplayName("NELC-L3-04: the Lead Assessor is a Practice Improvement Practitioner who is not the applicant's line manager")
  void leadAssessorRefusals() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    StaffMember record = directory.get("nelc", applicant);
    directory.save(new StaffMember(applicant, "nelc", record.fullName(), record.email(), record.jobTitle(), "2",
        record.qualifiedOn(), record.asyeCompletedOn(), false, record.registrationNumber(), INDEPENDENT_OBSERVER,
        TEAM_MANAGER, null, true));
    ProcessInstance instance = workflow.start(applicant, "nelc", NelcApplications.ROUTE, NelcApplications.expressionOfIntent());
    workflow.complete(INDEPENDENT_OBSERVER, instance, "supportExpressionOfIntent", Map.of("lineManagerDecision", "supported"));
    workflow.complete(TEAM_MANAGER, instance, "approveExpressionOfIntent", Map.of("teamManagerDecision", "approved"));

    assertThatThrownBy(() -> workflow.complete(PSW, instance, "appointLeadAssessor", Map.of("leadAssessor", PANEL_TEAM_MANAGER)))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-04")
        .hasMessageContaining("The Lead Assessor must be one of the practice improvement practitioners; Tom Hughes is not.");
    assertThatThrownBy(() -> workflow.complete(PSW, instance, "appointLeadAssessor", Map.of("leadAssessor", INDEPENDENT_OBSERVER)))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-04")
        .hasMessageContaining("Peter Jones is the applicant's line manager, so is not independent enough to be the Lead Assessor");
    assertThatThrownBy(() -> workflow.complete(PSW, instance, "appointLeadAssessor", Map.of()))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-04").hasMessageContaining("Choose the Lead Assessor.");
    assertThat(instance).isWaitingAt("appointLeadAssessor");
    assertThat(optionValues(instance, "appointLeadAssessor", "leadAssessorOptions"))
        .as("the form offers only those the check accepts").contains(LEAD_ASSESSOR).doesNotContain(INDEPENDENT_OBSERVER, applicant);

    workflow.complete(PSW, instance, "appointLeadAssessor", Map.of("leadAssessor", LEAD_ASSESSOR));
    assertThat(workflow.variable(instance, "leadAssessorName")).isEqualTo("Priya Shah");
  }

  @Test
  @DisplayName("NELC-L3-08: the presentation panel is three different people: the Lead Assessor, an ATM and a Senior Social Worker")
  void presentationPanelOfThreeDifferentPeople() {
    String both = staff.member("nelc", "3", Role.ASSISTANT_TEAM_MANAGERS, Role.PRACTICE_IMPROVEMENT_PRACTITIONERS);
    String atmAtLevelThree = staff.member("nelc", "3", Role.ASSISTANT_TEAM_MANAGERS);
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = approvedApplication(applicant);
    workflow.complete(PSW, instance, "appointLeadAssessor", Map.of("leadAssessor", both));
    workflow.complete(both, instance, "holdInitialMeeting", initialMeeting(INDEPENDENT_OBSERVER));
    submitPresentationReport(instance, applicant);

    Map<String, Object> sameTwice = presentation();
    sameTwice.put("presentationPanelAtm", SIGNATORY);
    sameTwice.put("presentationPanelSeniorSocialWorker", SIGNATORY);
    assertThatThrownBy(() -> workflow.complete(both, instance, "recordPresentation", sameTwice))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-08").hasMessageContaining("must be at Level 3");
    Map<String, Object> leadAssessorTwice = presentation();
    leadAssessorTwice.put("presentationPanelAtm", both);
    assertThatThrownBy(() -> workflow.complete(both, instance, "recordPresentation", leadAssessorTwice))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-08")
        .hasMessageContaining("was the Lead Assessor, so is not independent enough to be the presentation panel's Assistant Team Manager");
    Map<String, Object> onePersonTwoSeats = presentation();
    onePersonTwoSeats.put("presentationPanelAtm", atmAtLevelThree);
    onePersonTwoSeats.put("presentationPanelSeniorSocialWorker", atmAtLevelThree);
    assertThatThrownBy(() -> workflow.complete(both, instance, "recordPresentation", onePersonTwoSeats))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-08").hasMessageContaining("must be different people");
    workflow.complete(both, instance, "recordPresentation", presentation());
    assertThat(workflow.variable(instance, "presentationPanelSeniorSocialWorkerName")).isEqualTo("Olivia Grant");
  }

  @Test
  @DisplayName("NELC-L3-09: the Lead Assessor contacts the service users of two different cases from the worker's caseload")
  void serviceUserCases() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = approvedApplication(applicant);
    appointLeadAssessorAndMeet(instance);
    List<String> caseload = staff.caseload(applicant);
    assertThatThrownBy(() -> workflow.complete(LEAD_ASSESSOR, instance, "contactServiceUsers", Map.of("serviceUserCase1",
        caseload.get(2), "serviceUserCase2", caseload.get(2), "serviceUserViews", "Views.")))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-09").hasMessageContaining("Choose two different cases");
    assertThatThrownBy(() -> workflow.complete(LEAD_ASSESSOR, instance, "contactServiceUsers", Map.of("serviceUserCase1",
        caseload.get(2), "serviceUserCase2", "NELC-Z9999", "serviceUserViews", "Views.")))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-09")
        .hasMessageContaining("NELC-Z9999 is not in the worker's caseload in the staff directory");
    assertThatThrownBy(() -> workflow.complete(LEAD_ASSESSOR, instance, "contactServiceUsers", Map.of("serviceUserViews", "Views.")))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-09").hasMessageContaining("Choose the first case.");
    workflow.complete(LEAD_ASSESSOR, instance, "contactServiceUsers", Map.of("serviceUserCase1", caseload.get(2),
        "serviceUserCase2", caseload.get(3), "serviceUserViews", "Both families felt listened to."));
  }

  @Test
  @DisplayName("NELC-L3-10: mentoring evidence and the training record are an element the Lead Assessor scores; not met, the panel gives feedback on it")
  void mentoringAndTrainingIsScored() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = approvedApplication(applicant);
    appointLeadAssessorAndMeet(instance);
    gatherAllEvidence(instance, applicant);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("trainingRecord").singleResult().getValue()).isEqualTo("Court skills 2025; DA training 2026.");
    score(instance, 3, 3, 3, 3, 3, 2);
    assertThat(workflow.variable(instance, "mentoringAndTrainingMet")).isEqualTo(false);
    assertThat((String) workflow.variable(instance, "scoreTable")).contains("| Mentoring and training record (NELC-L3-10) | 2 | Not met |");
    workflow.complete(LEAD_ASSESSOR, instance, "writeAssessmentReport",
        Map.of("assessmentReport", "No mentoring evidence.", "leadAssessorRecommendation", "defer"));
    Map<String, Object> deferral = panel("defer");
    deferral.put("panelFeedback", "Mentor a new colleague.");
    assertThatThrownBy(() -> workflow.complete(PSW, instance, "recordPanelDecision", deferral))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-14")
        .hasMessageContaining("Add feedback on: Mentoring and training record (NELC-L3-10).");
    deferral.put("feedbackMentoringAndTraining", "Keep a mentoring log.");
    workflow.complete(PSW, instance, "recordPanelDecision", deferral);
    assertThat(instance).isWaitingAt("considerAppeal");
  }

  @Test
  @DisplayName("NELC-L3-12: the Progression Review Panel is the PSW (chair), a team manager and the Lead Assessor, not one person twice")
  void progressionReviewPanelMembers() {
    String leadAssessorAndTeamManager = staff.member("nelc", "TM", Role.TEAM_MANAGERS, Role.PRACTICE_IMPROVEMENT_PRACTITIONERS);
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = approvedApplication(applicant);
    workflow.complete(PSW, instance, "appointLeadAssessor", Map.of("leadAssessor", leadAssessorAndTeamManager));
    workflow.complete(leadAssessorAndTeamManager, instance, "holdInitialMeeting", initialMeeting(INDEPENDENT_OBSERVER));
    gatherAllEvidence(instance, applicant, leadAssessorAndTeamManager);
    workflow.complete(leadAssessorAndTeamManager, instance, "scoreEvidence", Map.of("scoreSelfAssessment", 3L, "scoreCaseFiles", 3L,
        "scoreObservations", 3L, "scorePresentation", 3L, "scoreServiceUserViews", 3L, "scoreMentoringAndTraining", 3L));
    workflow.complete(leadAssessorAndTeamManager, instance, "writeAssessmentReport",
        Map.of("assessmentReport", "All met.", "leadAssessorRecommendation", "progress"));

    Map<String, Object> notATeamManager = panel("progress");
    notATeamManager.put("panelTeamManager", SIGNATORY);
    assertThatThrownBy(() -> workflow.complete(PSW, instance, "recordPanelDecision", notATeamManager))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-12")
        .hasMessageContaining("The Progression Review Panel's team manager must be one of the team managers; Aisha Rahman is not.");
    Map<String, Object> leadAssessorTwice = panel("progress");
    leadAssessorTwice.put("panelTeamManager", leadAssessorAndTeamManager);
    assertThatThrownBy(() -> workflow.complete(PSW, instance, "recordPanelDecision", leadAssessorTwice))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-12")
        .hasMessageContaining("was the Lead Assessor, so is not independent enough to be the Progression Review Panel's team manager");
    assertThatThrownBy(() -> workflow.complete(PSW, instance, "recordPanelDecision", panel("maybe")))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-12").hasMessageContaining("What does the panel decide?");

    workflow.complete(PSW, instance, "recordPanelDecision", panel("progress"));
    assertThat(workflow.variable(instance, "panelChair")).as("the PSW who recorded it chaired").isEqualTo(PSW);
    assertThat(workflow.variable(instance, "panelChairName")).isEqualTo("Sam Patel");
    assertThat(workflow.variable(instance, "panelDecisionText")).isEqualTo("progress to Senior Social Worker");
  }

  @Test
  @DisplayName("NELC-L3-13: People and Culture update the contract: Level 3 in the directory from the date they give")
  void peopleAndCultureUpdateTheContract() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = atThePanel(applicant);
    workflow.complete(PSW, instance, "recordPanelDecision", panel("progress"));
    assertThatThrownBy(() -> workflow.complete(HR, instance, "updateContract", Map.of("levelEffectiveDate", "2027-05-01")))
        .isInstanceOf(RuleRefusal.class).hasMessageContaining("'Contract variation reference' is required.");
    assertThat(directory.get("nelc", applicant).currentLevel()).as("nothing recorded from a refused form").isEqualTo("2");
    assertThatThrownBy(() -> workflow.complete(HR, instance, "updateContract", Map.of("contractVariationReference", "VAR-2027-0500")))
        .isInstanceOf(RuleRefusal.class).hasMessageContaining("'Date Level 3 takes effect' is required.");
    workflow.clock(MONDAY.plusMonths(6));
    workflow.complete(HR, instance, "updateContract",
        Map.of("contractVariationReference", "VAR-2027-0500", "levelEffectiveDate", "2027-06-01"));
    assertThat(instance).isEnded().hasPassed("progressed");
    assertThat(directory.levelChanges("nelc", applicant)).singleElement().satisfies(change -> {
      assertThat(change.toLevel()).isEqualTo("3");
      assertThat(change.effectiveOn()).as("the date People and Culture gave").isEqualTo(LocalDate.of(2027, 6, 1));
      assertThat(change.recordedBy()).isEqualTo(HR);
    });
  }

  @Test
  @DisplayName("NELC-L3-11: a process owner raises the pass mark from Modeler; new applications use it, those under way keep theirs")
  void aNewPassMarkAppliesToNewApplicationsOnly(@LocalServerPort int port) throws Exception {
    byte[] original = Files.readAllBytes(Path.of("processes/nelc/element-met.dmn"));
    String raised = new String(original, StandardCharsets.UTF_8).replace("<text>&gt;= 3</text>", "<text>&gt;= 4</text>");
    assertThat(raised).as("the edit a process owner makes in Modeler").isNotEqualTo(new String(original, StandardCharsets.UTF_8));
    String earlyApplicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance underWay = approvedApplication(earlyApplicant);
    try {
      Rest.Response deployed = new Rest(port).postMultipart("oscar.fisher", "/engine-rest/deployment/create",
          Map.of("deployment-name", "Pass mark 4", "tenant-id", "nelc", "deployment-source", "Camunda Modeler"),
          Map.of("element-met.dmn", raised.getBytes(StandardCharsets.UTF_8)));
      assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
      String laterApplicant = staff.socialWorker("nelc", "2", 8);
      ProcessInstance startedAfter = approvedApplication(laterApplicant);

      for (ProcessInstance instance : List.of(underWay, startedAfter)) {
        appointLeadAssessorAndMeet(instance);
      }
      gatherAllEvidence(underWay, earlyApplicant);
      gatherAllEvidence(startedAfter, laterApplicant);
      score(underWay, 3, 3, 3, 3, 3, 3);
      score(startedAfter, 3, 3, 3, 3, 3, 3);
      assertThat(workflow.variable(underWay, "allElementsMet")).as("started before: pass mark 3").isEqualTo(true);
      assertThat(workflow.variable(startedAfter, "allElementsMet")).as("started after: pass mark 4").isEqualTo(false);
      assertThat((String) workflow.variable(startedAfter, "scoreTable")).contains("| Five case files (NELC-L3-06) | 3 | Not met |");
    } finally {
      // Later tests expect the pass mark the repository holds.
      engine.getRepositoryService().createDeployment().tenantId("nelc").name("nelc").source("test: restore")
          .addInputStream("processes/nelc/element-met.dmn", new java.io.ByteArrayInputStream(original)).deploy();
    }
  }

  /** The values of a select list the form shows, from the task's input (as Tasklist reads it). */
  List<String> optionValues(ProcessInstance instance, String taskKey, String optionsVariable) {
    Object options = engine.getTaskService().getVariable(workflow.task(instance, taskKey).getId(), optionsVariable);
    List<String> values = new java.util.ArrayList<>();
    ((org.camunda.spin.json.SpinJsonNode) options).elements().forEach(option -> values.add(option.prop("value").stringValue()));
    return values;
  }

  // ---- Deferral, reapplication and appeal ----------------------------------------------------------

  @Test
  @DisplayName("NELC-L3-14: a deferral gives feedback on every element not met; reapplying before three months is refused with the date")
  void deferredThenReapplyingTooEarly() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = atThePanel(applicant);

    Map<String, Object> noFeedback = panel("defer");
    assertThatThrownBy(() -> workflow.complete(PSW, instance, "recordPanelDecision", noFeedback))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-14")
        .hasMessageContaining("Presentation to the three-person panel (NELC-L3-08)")
        .hasMessageContaining("Views of service users and families (NELC-L3-09)")
        .hasMessageNotContaining("Five case files");
    workflow.complete(PSW, instance, "recordPanelDecision", deferral());
    assertThat(instance).isWaitingAt("considerAppeal").task().isAssignedTo(applicant);
    LocalDate decided = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), Dates.UK);

    MimeMessage deferral = email("Progression Review Panel decision: application deferred");
    assertThat(recipients(deferral)).contains(address(applicant), address(LINE_MANAGER), address(LEAD_ASSESSOR));
    LocalDate appealBy = Dates.toLocalDate(workflow.variable(instance, "appealDeadline"));
    assertThat(workflow.task(instance, "considerAppeal").getDueDate()).as("the email's deadline is the task's")
        .isEqualTo(Dates.endOfDay(appealBy));
    assertThat(body(deferral))
        .as("NELC-L3-12: the decision in words").contains("decided on " + Dates.text(decided) + " to defer")
        .as("NELC-L3-14: feedback on each element not met")
        .contains("- Presentation to the three-person panel (NELC-L3-08): Link theory to the risk analysis.")
        .contains("- Views of service users and families (NELC-L3-09): Seek the child's own view.")
        .doesNotContain("Five case files")
        .as("NELC-L3-14: the overall feedback").contains("Reapply once the two areas are evidenced.")
        .as("NELC-L3-14: the date to apply again").contains("may apply again from " + Dates.text(decided.plusMonths(3)))
        .as("NELC-L3-15: the right to appeal and its deadline")
        .contains("may appeal if the process was not followed correctly")
        .contains("within ten working days of receiving this decision: by the end of " + Dates.text(appealBy))
        .doesNotContain("is in Tasklist").doesNotContain("{");

    workflow.complete(applicant, instance, "considerAppeal", Map.of("appealDecision", "accept"));
    assertThat(instance).hasPassed("recordDeferral").isEnded().hasPassed("deferred");
    assertThat(myApplications.one(instance.getId(), workflow.caller(applicant)).mayApplyAgainFrom())
        .as("My applications shows the email's date").isEqualTo(Dates.text(decided.plusMonths(3)));

    workflow.clock(decided.plusMonths(2));
    assertThatThrownBy(() -> NelcApplications.apply(workflow, "nelc", applicant))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-14")
        .hasMessageContaining("You can apply again from " + Dates.text(decided.plusMonths(3)));
    workflow.clock(decided.plusMonths(3));
    assertThat(NelcApplications.apply(workflow, "nelc", applicant)).isWaitingAt("supportExpressionOfIntent");
  }

  @Test
  @DisplayName("NELC-L3-15 to L3-17: an appeal is upheld and a Progression Review Panel decides again")
  void appealUpheld() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = deferredAtThePanel(applicant);
    lodgeAppeal(instance, applicant);
    assertThat(instance).isWaitingAt("setUpAppealsPanel").task().isAssignedTo(PSW);
    workflow.complete(PSW, instance, "setUpAppealsPanel", independentAppealsPanel());
    assertThat(instance).isWaitingAt("recordAppealDecision").task().isAssignedTo("sian.edwards");

    workflow.complete("sian.edwards", instance, "recordAppealDecision",
        Map.of("appealOutcome", "upheld", "appealDecisionReasons", "The presentation panel had only two members."));
    assertThat(instance).hasPassed("notifyAppealUpheld").isWaitingAt("recordPanelDecision");
    assertThat(mail.getReceivedMessages()).extracting(MimeMessage::getSubject).contains("Your appeal was upheld");

    workflow.complete(PSW, instance, "recordPanelDecision", panel("progress"));
    workflow.complete(HR, instance, "updateContract",
        Map.of("contractVariationReference", "VAR-1", "levelEffectiveDate", MONDAY.plusMonths(7).toString()));
    assertThat(instance).isEnded().hasPassed("progressed").hasNotPassed("recordDeferral");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableNameIn("reapplyFrom", "reapplyFromText").list()).as("progressed: no date to apply again is left from the deferral")
        .filteredOn(variable -> variable.getExecutionId().equals(instance.getId()))
        .hasSize(2).allSatisfy(variable -> assertThat(variable.getValue()).isNull());
    assertThat(myApplications.one(instance.getId(), workflow.caller(applicant)).mayApplyAgainFrom())
        .as("My applications says nothing of applying again").isNull();
  }

  @Test
  @DisplayName("NELC-L3-17: an appeal is dismissed and the deferral stands")
  void appealDismissed() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = deferredAtThePanel(applicant);
    lodgeAppeal(instance, applicant);
    workflow.complete(PSW, instance, "setUpAppealsPanel", independentAppealsPanel());
    workflow.complete("sian.edwards", instance, "recordAppealDecision",
        Map.of("appealOutcome", "dismissed", "appealDecisionReasons", "The process was followed."));
    assertThat(instance).hasPassed("notifyAppealDismissed", "decisionStands", "recordDeferral").isEnded().hasPassed("deferred");
    assertThat(body(email("Your appeal was dismissed"))).as("NELC-L3-14, L3-17: the reasons and the date to apply again")
        .contains("The process was followed.")
        .contains("You may apply again from " + Dates.text(today().plusMonths(3)));
  }

  @Test
  @DisplayName("NELC-L3-16: the appellant and the three Appeals Panel members are told the hearing's date and place; the appellant may bring a colleague or trade union representative")
  void appealHearingIsAnnounced() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = deferredAtThePanel(applicant);
    lodgeAppeal(instance, applicant);

    Map<String, Object> noPlace = independentAppealsPanel();
    noPlace.remove("appealHearingPlace");
    assertThatThrownBy(() -> workflow.complete(PSW, instance, "setUpAppealsPanel", noPlace))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-16").hasMessageContaining("where the hearing is held");
    assertThat(instance).isWaitingAt("setUpAppealsPanel");

    Map<String, Object> panel = independentAppealsPanel();
    workflow.complete(PSW, instance, "setUpAppealsPanel", panel);
    assertThat(instance).hasPassed("notifyAppealHearing").isWaitingAt("recordAppealDecision");

    String hearing = Dates.text(LocalDate.parse((String) panel.get("appealHearingDate")));
    MimeMessage announced = email("Appeals Panel hearing on " + hearing);
    assertThat(recipients(announced)).as("the appellant and all three members")
        .containsExactlyInAnyOrder(address(applicant), address("sian.edwards"), address("tessa.ward"), address("paula.green"));
    assertThat(body(announced))
        .contains("Date: " + hearing)
        .contains("Place: Room 2.14, Municipal Offices, Town Hall Square, Grimsby, 10:00")
        .contains("Sian Edwards, Service Manager (chair)").contains("Tessa Ward, Team Manager")
        .contains("Paula Green, Practice Improvement Practitioner")
        .contains("The presentation panel had two members, not three.")
        .contains("the right to attend with a work colleague or a trade union representative (NELC-L3-16)")
        .doesNotContain("{");
  }

  static String address(String userId) {
    return userId + "@nelc.example";
  }

  static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), Dates.UK);
  }

  @Test
  @DisplayName("NELC-L3-15: an appeal after ten working days is refused with the deadline it missed; the window closes with the panel's decision")
  void appealTooLate() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = deferredAtThePanel(applicant);
    Date deadline = (Date) workflow.variable(instance, "appealDeadline");

    workflow.clock(new Date(deadline.getTime() + 60_000));
    assertThatThrownBy(() -> lodgeAppeal(instance, applicant))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-15")
        .hasMessageContaining("The deadline for an appeal was the end of " + Dates.text(Dates.toLocalDate(deadline)));
    assertThat(instance).isWaitingAt("considerAppeal");

    workflow.fire(instance, "appealWindowClosed");
    assertThat(instance).hasPassed("decisionStands", "recordDeferral").isEnded().hasPassed("deferred");
  }

  @Test
  @DisplayName("NELC-L3-16: an Appeals Panel member who took part in the application is refused, naming who and why")
  void conflictedAppealsPanel() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = deferredAtThePanel(applicant);
    lodgeAppeal(instance, applicant);

    Map<String, Object> conflicted = independentAppealsPanel();
    conflicted.put("appealsPanelTeamManager", PANEL_TEAM_MANAGER);
    conflicted.put("appealsPanelPip", INDEPENDENT_OBSERVER);
    assertThatThrownBy(() -> workflow.complete(PSW, instance, "setUpAppealsPanel", conflicted))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-16")
        .hasMessageContaining("Tom Hughes sat on the Progression Review Panel")
        .hasMessageContaining("Peter Jones was the independent observer and completed 'Observe practice (independent observer)'")
        .hasMessageNotContaining("Sian Edwards");

    Map<String, Object> wrongRole = independentAppealsPanel();
    wrongRole.put("appealsPanelChair", "tessa.ward");
    assertThatThrownBy(() -> workflow.complete(PSW, instance, "setUpAppealsPanel", wrongRole))
        .isInstanceOf(RuleRefusal.class).hasMessageContaining("must be one of the service managers");
    assertThat(instance).isWaitingAt("setUpAppealsPanel");
  }

  @Test
  @DisplayName("NELC-L3-16: an Appeals Panel not set up within ten working days escalates to the service managers")
  void overdueAppealsPanelSetUpEscalates() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = deferredAtThePanel(applicant);
    lodgeAppeal(instance, applicant);

    workflow.fire(instance, "appealsPanelSetupOverdue");
    assertThat(instance).isWaitingAt("setUpAppealsPanel", "chaseAppealsPanelSetup");
    assertThat(workflow.task(instance, "chaseAppealsPanelSetup")).isNotNull();
    assertThat(instance).task("chaseAppealsPanelSetup").hasCandidateGroup("nelc-service-managers");
    workflow.complete("steve.morgan", instance, "chaseAppealsPanelSetup", Map.of("chaseNote", "Spoke to Sam: hearing next week."));
    assertThat(instance).hasPassed("escalationHandled").isWaitingAt("setUpAppealsPanel");
  }

  @Test
  @DisplayName("NELC-L3-15, L3-16, L3-17: ten-working-day deadlines skip Christmas and Easter bank holidays")
  void deadlinesOverChristmasAndEaster() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    ProcessInstance instance = atThePanel(applicant);
    workflow.clock(LocalDateTime.of(2026, 12, 18, 15, 0));
    workflow.complete(PSW, instance, "recordPanelDecision", deferral());
    assertThat(workflow.variable(instance, "appealDeadline")).as("NELC-L3-15")
        .isEqualTo(Dates.endOfDay(LocalDate.of(2027, 1, 6)));
    assertThat(workflow.task(instance, "considerAppeal").getDueDate()).isEqualTo(Dates.endOfDay(LocalDate.of(2027, 1, 6)));

    workflow.clock(LocalDateTime.of(2027, 3, 23, 11, 0));
    ProcessInstance second = deferredAtThePanel(staff.socialWorker("nelc", "2", 8));
    lodgeAppeal(second, (String) workflow.variable(second, "applicant"));
    assertThat(workflow.variable(second, "appealsPanelSetupDue")).as("NELC-L3-16: Good Friday and Easter Monday")
        .isEqualTo(Dates.endOfDay(LocalDate.of(2027, 4, 8)));
    Map<String, Object> panel = independentAppealsPanel();
    panel.put("appealHearingDate", "2027-03-24");
    workflow.complete(PSW, second, "setUpAppealsPanel", panel);
    assertThat(workflow.variable(second, "appealDecisionDue")).as("NELC-L3-17")
        .isEqualTo(Dates.endOfDay(LocalDate.of(2027, 4, 9)));
  }

  // ---- Steps -----------------------------------------------------------------------------------------

  ProcessInstance approvedApplication(String applicant) {
    ProcessInstance instance = NelcApplications.apply(workflow, "nelc", applicant);
    workflow.complete(LINE_MANAGER, instance, "supportExpressionOfIntent", Map.of("lineManagerDecision", "supported"));
    workflow.complete(TEAM_MANAGER, instance, "approveExpressionOfIntent", Map.of("teamManagerDecision", "approved"));
    return instance;
  }

  void appointLeadAssessorAndMeet(ProcessInstance instance) {
    workflow.complete(PSW, instance, "appointLeadAssessor", Map.of("leadAssessor", LEAD_ASSESSOR));
    assertThat(instance).isWaitingAt("holdInitialMeeting").task().isAssignedTo(LEAD_ASSESSOR);
    workflow.complete(LEAD_ASSESSOR, instance, "holdInitialMeeting", initialMeeting(INDEPENDENT_OBSERVER));
  }

  static Map<String, Object> initialMeeting(String observer) {
    return Map.of("initialMeetingDate", MONDAY.plusDays(7).toString(), "supervisorAttended", true,
        "initialAssessment", "Good start: two case studies drafted.", "developmentPlan", "Mentoring log; presentation by March.",
        "panelPoints", "Panel in June", "independentObserver", observer);
  }

  /** Every evidence step of NELC-L3-05 to L3-10, by the person the scheme names; then the portfolio's join runs. */
  void gatherAllEvidence(ProcessInstance instance, String applicant) {
    gatherAllEvidence(instance, applicant, LEAD_ASSESSOR);
  }

  void gatherAllEvidence(ProcessInstance instance, String applicant, String leadAssessor) {
    List<String> caseload = staff.caseload(applicant);
    if (engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("submitSelfAssessment").count() > 0) {
      attachSelfAssessment(instance, applicant);
      workflow.complete(applicant, instance, "submitSelfAssessment", Map.of("selfAssessmentRoute", "signatory",
          "selfAssessmentSummary", "Self-assessment against the ten KSS areas.", "selfAssessmentSignatory", SIGNATORY));
      workflow.complete(SIGNATORY, instance, "signOffSelfAssessment", Map.of("selfAssessmentConfirmed", true));
    }
    workflow.complete(applicant, instance, "chooseCaseFiles",
        Map.of("workerCaseFile1", caseload.get(0), "workerCaseFile2", caseload.get(1)));
    workflow.complete(leadAssessor, instance, "examineCaseFiles", Map.of("caseFileFindings", "Records timely and complete."));
    workflow.complete(leadAssessor, instance, "observePractice", Map.of("firstObservationDate", "2027-01-12",
        "firstObservationActivity", "CIN meeting", "firstObservationEvaluation", "Confident chairing."));
    workflow.complete(INDEPENDENT_OBSERVER, instance, "observePracticeIndependently", Map.of("secondObservationDate", "2027-02-02",
        "secondObservationActivity", "Home visit", "secondObservationEvaluation", "Skilled, child-centred."));
    if (engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("submitPresentationReport").count() > 0) {
      submitPresentationReport(instance, applicant);
    }
    if (engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("recordPresentation").count() > 0) {
      workflow.complete(leadAssessor, instance, "recordPresentation", presentation());
    }
    workflow.complete(leadAssessor, instance, "contactServiceUsers", Map.of("serviceUserCase1", caseload.get(2),
        "serviceUserCase2", caseload.get(3), "serviceUserViews", "Both families felt listened to."));
    workflow.complete(applicant, instance, "submitMentoringAndTraining",
        Map.of("mentoringEvidence", "Buddy to two ASYEs.", "trainingRecord", "Court skills 2025; DA training 2026."));
    // "All evidence in" waits for the job executor (asynchronous before the join), which tests run themselves.
    workflow.runAsyncContinuations(instance);
  }

  void attachSelfAssessment(ProcessInstance instance, String applicant) {
    NelcApplications.attachSelfAssessment(workflow, instance, applicant);
  }

  void submitPresentationReport(ProcessInstance instance, String applicant) {
    NelcApplications.submitPresentationReport(workflow, instance, applicant);
  }

  static Map<String, Object> presentation() {
    return NelcApplications.presentation();
  }

  void score(ProcessInstance instance, int selfAssessment, int caseFiles, int observations, int presentation,
      int serviceUserViews, int mentoring) {
    workflow.complete(LEAD_ASSESSOR, instance, "scoreEvidence", Map.of("scoreSelfAssessment", (long) selfAssessment,
        "scoreCaseFiles", (long) caseFiles, "scoreObservations", (long) observations, "scorePresentation", (long) presentation,
        "scoreServiceUserViews", (long) serviceUserViews, "scoreMentoringAndTraining", (long) mentoring));
  }

  ProcessInstance atThePanel(String applicant) {
    ProcessInstance instance = approvedApplication(applicant);
    appointLeadAssessorAndMeet(instance);
    gatherAllEvidence(instance, applicant);
    score(instance, 3, 3, 3, 2, 1, 3);
    assertThat((String) workflow.variable(instance, "elementsNotMet"))
        .isEqualTo("Presentation to the three-person panel (NELC-L3-08); Views of service users and families (NELC-L3-09)");
    workflow.complete(LEAD_ASSESSOR, instance, "writeAssessmentReport",
        Map.of("assessmentReport", "Two elements not met.", "leadAssessorRecommendation", "defer"));
    return instance;
  }

  ProcessInstance deferredAtThePanel(String applicant) {
    ProcessInstance instance = atThePanel(applicant);
    workflow.complete(PSW, instance, "recordPanelDecision", deferral());
    return instance;
  }

  static Map<String, Object> panel(String decision) {
    Map<String, Object> form = new HashMap<>();
    form.put("panelTeamManager", PANEL_TEAM_MANAGER);
    form.put("panelDate", MONDAY.plusMonths(5).toString());
    form.put("panelDecision", decision);
    return form;
  }

  static Map<String, Object> deferral() {
    Map<String, Object> form = panel("defer");
    form.put("feedbackPresentation", "Link theory to the risk analysis.");
    form.put("feedbackServiceUserViews", "Seek the child's own view.");
    form.put("panelFeedback", "Reapply once the two areas are evidenced.");
    return form;
  }

  void lodgeAppeal(ProcessInstance instance, String applicant) {
    workflow.complete(applicant, instance, "considerAppeal", Map.of("appealDecision", "appeal",
        "appealGrounds", "The presentation panel had two members, not three.", "appealEvidence", "Panel attendance note."));
  }

  static Map<String, Object> independentAppealsPanel() {
    Map<String, Object> form = new HashMap<>();
    form.put("appealsPanelChair", "sian.edwards");
    form.put("appealsPanelTeamManager", "tessa.ward");
    form.put("appealsPanelPip", "paula.green");
    form.put("appealHearingDate", LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), Dates.UK).plusDays(7).toString());
    form.put("appealHearingPlace", "Room 2.14, Municipal Offices, Town Hall Square, Grimsby, 10:00");
    return form;
  }
}
