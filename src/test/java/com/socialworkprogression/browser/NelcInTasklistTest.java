package com.socialworkprogression.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.support.NelcApplications;
import com.socialworkprogression.support.SampleFiles;
import com.socialworkprogression.support.TestStaff;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * NELC (NELC-L3-01 to L3-17), every person in their own Tasklist: Expression of Intent to Senior Social
 * Worker; a deferral, an appeal and its escalation; and an appeal lodged too late.
 */
class NelcInTasklistTest extends BrowserTest {

  static final String ROUTE = "Apply for progression to Senior Social Worker";
  static final String PANEL = "Progression Review Panel decision";

  @Autowired StaffDirectory directory;

  @Test
  void anApplicationFromExpressionOfIntentToSeniorSocialWorker() {
    String amira = "Amira Khan";
    try (Tasklist applicant = tasklist("amira.khan")) {
      applicant.startForm(ROUTE).accessible()
          .fill("Why you feel ready", "I lead complex child protection work and support newer colleagues.")
          .fill("Your post-qualifying experience", "Six years post-qualifying in the Safeguarding team.")
          .tick("I commit to submitting my completed portfolio")
          .start(ROUTE);
    }
    expressionOfIntentSupportedAndApproved(amira);
    leadAssessorAppointedAndInitialMeetingHeld(amira);

    try (Tasklist applicant = tasklist("amira.khan")) {
      openEvidence(applicant, "Submit the self-assessment against the PQS", amira)
          .choose("Signed off by an approved signatory in NELC")
          .fill("Summary of your self-assessment", "Self-assessment against the ten KSS areas.")
          .selectLabelled("Approved signatory", "Aisha Rahman");
      assertThat(applicant.attach("self-assessment.pdf", "application/pdf", SampleFiles.pdf("Self-assessment against the PQS")))
          .contains("is attached");
      applicant.complete("self-assessment for a signatory");
    }
    try (Tasklist signatory = tasklist("aisha.rahman")) {
      openEvidence(signatory, "Sign off the self-assessment", amira)
          .tick("I sign off this self-assessment")
          .complete("self-assessment signed off");
    }
    try (Tasklist applicant = tasklist("amira.khan")) {
      openEvidence(applicant, "Choose two case files for examination", amira)
          .selectLabelled("First case file you choose", "NELC-K1001")
          .selectLabelled("Second case file you choose", "NELC-K1002")
          .complete("two case files chosen");
    }
    caseFilesExaminedAndPracticeObserved(amira);
    try (Tasklist applicant = tasklist("amira.khan")) {
      presentationReportSubmitted(applicant, amira);
    }
    try (Tasklist leadAssessor = tasklist("priya.shah")) {
      presentationRecorded(leadAssessor, amira);
      openEvidence(leadAssessor, "Service users' views on two cases", amira)
          .selectLabelled("First case you chose", "NELC-K1003")
          .selectLabelled("Second case you chose", "NELC-K1004")
          .fill("Views of the service users", "Both families felt listened to and involved in the plan.")
          .complete("service users' views");
    }
    try (Tasklist applicant = tasklist("amira.khan")) {
      mentoringAndTrainingSubmitted(applicant, amira);
    }
    portfolioJoined("amira.khan");
    try (Tasklist leadAssessor = tasklist("priya.shah")) {
      scored(leadAssessor, amira, "3", "3", "4", "3", "3", "3");
      reported(leadAssessor, amira, "Strong evidence across every element.", "Progress to Level 3");
    }

    try (Tasklist applicant = tasklist("amira.khan")) {
      applicant.filter("My tasks");
      assertThat(applicant.page.getByText("No task matching filters found")).isVisible();
      assertThat(applicant.cards()).not().containsText(new String[] {"Progression Review Panel"});
      applicant.filter("Panel decisions");
      assertThat(applicant.page.getByText("No task matching filters found")).isVisible();
      assertThat(applicant.cards()).not().containsText(new String[] {"Progression Review Panel"});
      applicant.shot("no panel task for the applicant");
    }
    try (Tasklist psw = tasklist("sam.patel")) {
      psw.filter("Panel decisions");
      assertThat(psw.card(PANEL, amira)).isVisible();
      psw.shot("panel task in Panel decisions");
    }
    try (Tasklist psw = tasklist("sam.patel")) {
      psw.open("My team's tasks", PANEL, amira).accessible();
      assertThat(psw.form()).containsText(amira);
      assertThat(psw.form()).containsText("All elements are met.");
      psw.selectLabelled("Team Manager on the panel", "Tom Hughes")
          .date("Date of the panel", today())
          .choose("Progress to Level 3 Senior Social Worker")
          .complete("panel decides progress");
    }
    LocalDate effective = today().plusMonths(1).withDayOfMonth(1);
    try (Tasklist hr = tasklist("hannah.lee")) {
      hr.open("My team's tasks", "Update the contract", amira).accessible();
      assertThat(hr.form()).containsText(amira);
      hr.fill("Contract variation reference", "VAR-NELC-2026-0412")
          .date("Date Level 3 takes effect", effective)
          .complete("contract updated");
    }

    assertThat(directory.get("nelc", "amira.khan").currentLevel()).isEqualTo("3");
    assertThat(directory.levelChanges("nelc", "amira.khan")).singleElement()
        .satisfies(change -> assertThat(change.effectiveOn()).isEqualTo(effective));
  }

  @Test
  void aDeferralAndAnAppeal() {
    String ben = "Ben Carter";
    try (Tasklist applicant = tasklist("ben.carter")) {
      applicant.startForm(ROUTE).accessible()
          .fill("Why you feel ready", "I chair strategy meetings and mentor two ASYE colleagues.")
          .fill("Your post-qualifying experience", "Five years in Children in Need and Child Protection.")
          .tick("I commit to submitting my completed portfolio")
          .start(ROUTE);
    }
    expressionOfIntentSupportedAndApproved(ben);
    leadAssessorAppointedAndInitialMeetingHeld(ben);

    try (Tasklist applicant = tasklist("ben.carter")) {
      openEvidence(applicant, "Submit the self-assessment against the PQS", ben)
          .choose("NAAS accreditation")
          .fill("Summary of your self-assessment", "Accredited through NAAS in 2025.")
          .fill("NAAS accreditation reference", "NAAS-55120")
          .date("Date you were accredited through NAAS", LocalDate.of(2025, 6, 12));
      assertThat(applicant.attach("naas-certificate.png", "image/png", SampleFiles.png())).contains("is attached");
      applicant.complete("self-assessment by NAAS");
    }
    try (Tasklist leadAssessor = tasklist("priya.shah")) {
      openEvidence(leadAssessor, "Verify NAAS or external sign-off", ben);
      assertThat(leadAssessor.form()).containsText("NAAS-55120");
      leadAssessor.tick("I have verified the NAAS accreditation").complete("NAAS accreditation verified");
    }

    // A month before the deadline, with the rest of the evidence still to come.
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .variableValueEquals("applicant", "ben.carter").singleResult();
    workflow.fire(instance, "waitForReminderDate");
    try (Tasklist leadAssessor = tasklist("priya.shah")) {
      openEvidence(leadAssessor, "Extend the portfolio deadline?", ben)
          .choose("No, keep the current deadline")
          .complete("portfolio deadline kept");
    }

    try (Tasklist applicant = tasklist("ben.carter")) {
      openEvidence(applicant, "Choose two case files for examination", ben)
          .selectLabelled("First case file you choose", "NELC-C1001")
          .selectLabelled("Second case file you choose", "NELC-C1002")
          .complete("two case files chosen");
    }
    caseFilesExaminedAndPracticeObserved(ben);
    try (Tasklist applicant = tasklist("ben.carter")) {
      presentationReportSubmitted(applicant, ben);
    }
    try (Tasklist leadAssessor = tasklist("priya.shah")) {
      presentationRecorded(leadAssessor, ben);
      openEvidence(leadAssessor, "Service users' views on two cases", ben)
          .selectLabelled("First case you chose", "NELC-C1003")
          .selectLabelled("Second case you chose", "NELC-C1004")
          .fill("Views of the service users", "One family could not be reached; the other was mixed.")
          .complete("service users' views");
    }
    try (Tasklist applicant = tasklist("ben.carter")) {
      mentoringAndTrainingSubmitted(applicant, ben);
    }
    workflow.runAsyncContinuations(instance);
    try (Tasklist leadAssessor = tasklist("priya.shah")) {
      scored(leadAssessor, ben, "3", "3", "3", "2", "1", "3");
      reported(leadAssessor, ben, "Two elements not met.", "Defer the application");
    }

    try (Tasklist psw = tasklist("sam.patel")) {
      psw.open("My team's tasks", PANEL, ben).accessible();
      assertThat(psw.form()).containsText(ben);
      assertThat(psw.form()).containsText("Elements not met:");
      psw.selectLabelled("Team Manager on the panel", "Tom Hughes")
          .date("Date of the panel", today())
          .choose("Defer the application")
          .fill("Feedback on the presentation", "Link theory to the risk analysis.")
          .fill("Overall feedback", "Reapply once the two areas are evidenced.");
      assertThat(psw.form().getByLabel("Feedback on the self-assessment")).hasCount(0);
      psw.pressComplete();
      assertThat(psw.form().locator(".fjs-form-field-error").first()).isVisible();
      assertThat(psw.form().locator(".fjs-form-field-error").first()).containsText("required");
      psw.shot("deferral without feedback on every element not met");
      assertThat(psw.form()).isVisible();
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey("recordPanelDecision").count()).isEqualTo(1);
      assertThat(psw.form().getByLabel("Feedback on the views of service users")).isVisible();
      psw.fill("Feedback on the views of service users", "Seek the child's own view.")
          .complete("panel defers with feedback");
    }
    try (Tasklist applicant = tasklist("ben.carter")) {
      applicant.open("My tasks", "Appeal against the process?", ben).accessible();
      assertThat(applicant.card("Appeal against the process?", ben)).containsText("Due");
      assertThat(applicant.form()).containsText("Link theory to the risk analysis.");
      assertThat(applicant.form()).containsText("Seek the child's own view.");
      applicant.choose("Yes, I want to appeal")
          .fill("Your reasons for appealing", "The presentation panel had two members, not three.")
          .fill("Your evidence", "Panel attendance note.")
          .complete("appeal lodged");
    }

    workflow.fire(instance, "appealsPanelSetupOverdue");
    try (Tasklist serviceManager = tasklist("steve.morgan")) {
      serviceManager.open("My team's tasks", "Chase the overdue Appeals Panel set-up", ben).accessible();
      assertThat(serviceManager.form()).containsText(ben);
      assertThat(serviceManager.form()).containsText("The presentation panel had two members, not three.");
      serviceManager.fill("What you did to chase the set-up", "Spoke to Sam: hearing next week.")
          .complete("Appeals Panel set-up chased");
    }
    try (Tasklist psw = tasklist("sam.patel")) {
      psw.open("My tasks", "Set up the Appeals Panel", ben).accessible();
      assertThat(psw.card("Set up the Appeals Panel", ben)).containsText("Due");
      assertThat(psw.form()).containsText(ben);
      psw.selectLabelled("Service Manager (chair of the Appeals Panel)", "Sian Edwards")
          .selectLabelled("Team Manager on the Appeals Panel", "Tom Hughes")
          .selectLabelled("Practice Improvement Practitioner on the Appeals Panel", "Paula Green")
          .date("Date of the Appeals Panel hearing", today().plusDays(7))
          .fill("Place of the hearing, and its time", "Room 2.14, Municipal Offices, Grimsby, 10:00");
      String refusal = psw.completeRefused();
      assertThat(refusal).contains("NELC-L3-16", "Tom Hughes").doesNotContain("Exception", "at org.");
      psw.selectLabelled("Team Manager on the Appeals Panel", "Tessa Ward")
          .complete("Appeals Panel set up");
    }
    try (Tasklist chair = tasklist("sian.edwards")) {
      chair.open("My tasks", "Appeals Panel decision", ben).accessible();
      assertThat(chair.card("Appeals Panel decision", ben)).containsText("Due");
      assertThat(chair.form()).containsText(ben);
      chair.choose("Dismissed")
          .fill("Reasons for the decision", "The process was followed: the third member's notes are on file.")
          .complete("appeal dismissed");
    }

    HistoricProcessInstance history = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult();
    assertThat(history.getEndTime()).isNotNull();
    assertThat(history.getEndActivityId()).isEqualTo("deferred");
  }

  @Test
  void aLateAppealIsRefusedWithItsDeadline() {
    String applicant = new TestStaff(engine.getIdentityService(), directory).socialWorker("nelc", "2", 8);
    ProcessInstance instance = deferredAtThePanel(applicant);
    Date deadline = (Date) workflow.variable(instance, "appealDeadline");

    workflow.clock(new Date(deadline.getTime() + 60_000));
    try (Tasklist worker = tasklist(applicant)) {
      worker.open("My tasks", "Appeal against the process?").accessible();
      assertThat(worker.form()).containsText("Link theory to the risk analysis.");
      worker.choose("Yes, I want to appeal")
          .fill("Your reasons for appealing", "The presentation panel had two members, not three.")
          .fill("Your evidence", "Panel attendance note.");
      String refusal = worker.completeRefused();
      assertThat(refusal).contains("NELC-L3-15",
              "The deadline for an appeal was the end of " + Dates.text(Dates.toLocalDate(deadline)))
          .doesNotContain("Exception", "at org.");
    }
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("considerAppeal").count()).isEqualTo(1);
  }

  // ---- Steps in Tasklist -----------------------------------------------------------------------------

  private void expressionOfIntentSupportedAndApproved(String applicantName) {
    try (Tasklist lineManager = tasklist("lewis.brown")) {
      lineManager.open("My tasks", "Support the Expression of Intent?", applicantName).accessible();
      assertThat(lineManager.form()).containsText(applicantName);
      lineManager.choose("Yes, I support it")
          .fill("Notes of your supervision discussion", "Ready: leads complex cases well.")
          .complete("line manager supports");
    }
    try (Tasklist teamManager = tasklist("tara.wilson")) {
      teamManager.open("My tasks", "Approve the Expression of Intent?", applicantName).accessible();
      assertThat(teamManager.form()).containsText(applicantName);
      teamManager.choose("Approve").complete("team manager approves");
    }
  }

  private void leadAssessorAppointedAndInitialMeetingHeld(String applicantName) {
    try (Tasklist psw = tasklist("sam.patel")) {
      psw.open("My team's tasks", "Appoint a Lead Assessor", applicantName).accessible();
      assertThat(psw.form()).containsText(applicantName);
      psw.selectLabelled("Lead Assessor", "Priya Shah").complete("Lead Assessor appointed");
    }
    try (Tasklist leadAssessor = tasklist("priya.shah")) {
      openEvidence(leadAssessor, "Initial meeting and development plan", applicantName)
          .date("Date of the initial meeting", today())
          .tick("supervisor attended the meeting")
          .fill("Initial assessment of portfolio work", "Good start: two case studies drafted.")
          .fill("Individualised development plan", "Mentoring log; presentation within four months.")
          .fill("Panel points agreed", "Panel once all six elements are scored.")
          .selectLabelled("Independent observer", "Peter Jones")
          .complete("initial meeting");
    }
  }

  private void caseFilesExaminedAndPracticeObserved(String applicantName) {
    try (Tasklist leadAssessor = tasklist("priya.shah")) {
      openEvidence(leadAssessor, "Examine the five case files", applicantName)
          .fill("Findings from the five case files", "Records timely and complete.")
          .complete("five case files examined");
      openEvidence(leadAssessor, "Observe practice (Lead Assessor)", applicantName)
          .date("Date of the observation", today())
          .fill("What you observed", "Child in Need meeting.")
          .fill("Your competency-based evaluation", "Confident chairing.")
          .complete("first observation");
    }
    try (Tasklist observer = tasklist("peter.jones")) {
      openEvidence(observer, "Observe practice (independent observer)", applicantName)
          .date("Date of the observation", today())
          .fill("What you observed", "Home visit.")
          .fill("Your competency-based evaluation", "Skilled, child-centred.")
          .complete("independent observation");
    }
  }

  /** NELC-L3-08: the applicant attaches the written report above the form, and submits it. */
  private void presentationReportSubmitted(Tasklist applicant, String applicantName) {
    openEvidence(applicant, "Submit the written report for your presentation", applicantName)
        .fill("Title of your written report", "Neglect: working with a family of four");
    applicant.tick("I have anonymised the case");
    assertThat(applicant.attach("presentation-report.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", SampleFiles.docx("Written report")))
        .contains("is attached");
    applicant.complete("written report for the presentation");
  }

  private void presentationRecorded(Tasklist leadAssessor, String applicantName) {
    openEvidence(leadAssessor, "Record the panel presentation", applicantName)
        .date("Date of the presentation", today())
        .selectLabelled("Assistant Team Manager on the panel", "Aisha Rahman")
        .selectLabelled("Senior Social Worker on the panel", "Olivia Grant")
        .fill("The anonymised case presented", "Anonymised neglect case, family of four.")
        .fill("evaluation of the presentation", "Clear theory and risk analysis.")
        .complete("presentation to the three-person panel");
  }

  private void mentoringAndTrainingSubmitted(Tasklist applicant, String applicantName) {
    openEvidence(applicant, "Submit mentoring evidence and training record", applicantName)
        .fill("Evidence of mentoring", "Buddy to two ASYEs.")
        .fill("Your training record", "Court skills 2025; domestic abuse training 2026.")
        .complete("mentoring and training");
  }

  private void scored(Tasklist leadAssessor, String applicantName, String selfAssessment, String caseFiles,
      String observations, String presentation, String serviceUserViews, String mentoring) {
    leadAssessor.open("My tasks", "Score each element of the evidence", applicantName).accessible();
    assertThat(leadAssessor.form()).containsText(applicantName);
    leadAssessor.fill("Score for the self-assessment", selfAssessment)
        .fill("Score for the case file examination", caseFiles)
        .fill("Score for the two observations", observations)
        .fill("Score for the presentation", presentation)
        .fill("Score for the views of service users", serviceUserViews)
        .fill("Score for mentoring", mentoring)
        .complete("scores");
  }

  private void reported(Tasklist leadAssessor, String applicantName, String report, String recommendation) {
    leadAssessor.open("My tasks", "Report and recommendation", applicantName).accessible();
    assertThat(leadAssessor.form()).containsText(applicantName);
    leadAssessor.fill("Your report for the Progression Review Panel", report)
        .choose(recommendation)
        .complete("report and recommendation");
  }

  /**
   * "All evidence in" waits for the job executor (asynchronous before the join); the test suite runs
   * without one, so the test runs the applicant's waiting continuations, as the job executor would.
   */
  private void portfolioJoined(String applicant) {
    workflow.runAsyncContinuations(engine.getRuntimeService().createProcessInstanceQuery()
        .variableValueEquals("applicant", applicant).singleResult());
  }

  /** Opens an evidence task (due by the portfolio deadline) from My tasks and checks its form. */
  private static Tasklist openEvidence(Tasklist tasklist, String taskName, String applicantName) {
    tasklist.open("My tasks", taskName, applicantName).accessible();
    assertThat(tasklist.card(taskName, applicantName)).containsText("Due");
    assertThat(tasklist.form()).containsText(applicantName);
    return tasklist;
  }

  private static LocalDate today() {
    return Dates.toLocalDate(ClockUtil.getCurrentTime());
  }

  // ---- To the appeal step through the Java API, as NelcSeniorSocialWorkerRouteTest does ----------------

  private ProcessInstance deferredAtThePanel(String applicant) {
    ProcessInstance instance = NelcApplications.apply(workflow, "nelc", applicant);
    workflow.complete("lewis.brown", instance, "supportExpressionOfIntent", Map.of("lineManagerDecision", "supported"));
    workflow.complete("tara.wilson", instance, "approveExpressionOfIntent", Map.of("teamManagerDecision", "approved"));
    workflow.complete("sam.patel", instance, "appointLeadAssessor", Map.of("leadAssessor", "priya.shah"));
    workflow.complete("priya.shah", instance, "holdInitialMeeting", Map.of("initialMeetingDate", today().toString(),
        "supervisorAttended", true, "initialAssessment", "Good start.", "developmentPlan", "Mentoring log.",
        "panelPoints", "Panel in June", "independentObserver", "peter.jones"));

    List<String> caseload = directory.caseload(applicant);
    NelcApplications.attachSelfAssessment(workflow, instance, applicant);
    workflow.complete(applicant, instance, "submitSelfAssessment", Map.of("selfAssessmentRoute", "signatory",
        "selfAssessmentSummary", "Self-assessment against the ten KSS areas.", "selfAssessmentSignatory", "aisha.rahman"));
    workflow.complete("aisha.rahman", instance, "signOffSelfAssessment", Map.of("selfAssessmentConfirmed", true));
    workflow.complete(applicant, instance, "chooseCaseFiles",
        Map.of("workerCaseFile1", caseload.get(0), "workerCaseFile2", caseload.get(1)));
    workflow.complete("priya.shah", instance, "examineCaseFiles", Map.of("caseFileFindings", "Records timely and complete."));
    workflow.complete("priya.shah", instance, "observePractice", Map.of("firstObservationDate", today().toString(),
        "firstObservationActivity", "CIN meeting", "firstObservationEvaluation", "Confident chairing."));
    workflow.complete("peter.jones", instance, "observePracticeIndependently", Map.of("secondObservationDate",
        today().toString(), "secondObservationActivity", "Home visit", "secondObservationEvaluation", "Skilled."));
    NelcApplications.submitPresentationReport(workflow, instance, applicant);
    workflow.complete("priya.shah", instance, "recordPresentation", Map.of("presentationDate", today().toString(),
        "presentationPanelAtm", "aisha.rahman", "presentationPanelSeniorSocialWorker", "olivia.grant",
        "presentationCase", "Anonymised neglect case.", "presentationEvaluation", "Clear theory."));
    workflow.complete("priya.shah", instance, "contactServiceUsers", Map.of("serviceUserCase1", caseload.get(2),
        "serviceUserCase2", caseload.get(3), "serviceUserViews", "Both families felt listened to."));
    workflow.complete(applicant, instance, "submitMentoringAndTraining",
        Map.of("mentoringEvidence", "Buddy to two ASYEs.", "trainingRecord", "Court skills 2025."));
    workflow.runAsyncContinuations(instance);

    workflow.complete("priya.shah", instance, "scoreEvidence", Map.of("scoreSelfAssessment", 3L, "scoreCaseFiles", 3L,
        "scoreObservations", 3L, "scorePresentation", 2L, "scoreServiceUserViews", 1L, "scoreMentoringAndTraining", 3L));
    workflow.complete("priya.shah", instance, "writeAssessmentReport",
        Map.of("assessmentReport", "Two elements not met.", "leadAssessorRecommendation", "defer"));
    Map<String, Object> deferral = new HashMap<>();
    deferral.put("panelTeamManager", "tom.hughes");
    deferral.put("panelDate", today().toString());
    deferral.put("panelDecision", "defer");
    deferral.put("feedbackPresentation", "Link theory to the risk analysis.");
    deferral.put("feedbackServiceUserViews", "Seek the child's own view.");
    deferral.put("panelFeedback", "Reapply once the two areas are evidenced.");
    workflow.complete("sam.patel", instance, "recordPanelDecision", deferral);
    return instance;
  }
}
