package com.socialworkprogression.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.panels.PanelSitting;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.support.PanelCalendar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dudley's three routes with their people in Tasklist and on the panel's page: Senior Social Worker
 * (DUD-SSW-01 to 07), the Social Work Apprenticeship (DUD-APP-01) and Return to Social Work (DUD-RTS-01).
 */
class DudleyInTasklistTest extends BrowserTest {

  @Autowired StaffDirectory directory;

  @Test
  void seniorSocialWorkerAtTheQuarterlyPanel() {
    PanelSitting sitting = PanelCalendar.dudley(workflow).empty().schedule(LocalDate.now(Dates.UK).plusWeeks(8));
    try (Tasklist josh = tasklist("josh.bennett")) {
      String refused = josh.startForm("Apply for Senior Social Worker")
          .date("Date of the supervision or annual review where you discussed it", LocalDate.now(Dates.UK).minusDays(3))
          .fill("Why you want to progress now", "I feel ready.").startRefused();
      assertThat(refused).contains("DUD-SSW-02").contains("30 months or more");
    }
    try (Tasklist amy = tasklist("amy.lewis")) {
      amy.startForm("Apply for Senior Social Worker").accessible()
          .date("Date of the supervision or annual review where you discussed it", LocalDate.now(Dates.UK).minusDays(3))
          .fill("Why you want to progress now", "Ready to lead complex work and support students.")
          .start("Apply for Senior Social Worker");
    }
    try (Tasklist dan = tasklist("dan.foster")) {
      dan.open("My tasks", "Record the conversation and decision").accessible()
          .fill("Notes of the conversation", "Discussed at Amy's annual review.")
          .choose("I support the application")
          .complete("supervision decision");
    }
    ProcessInstance application = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("dudleySeniorSocialWorker").variableValueEquals("applicant", "amy.lewis").singleResult();
    workflow.complete("amy.lewis", application, "completeApplication", application());
    workflow.complete("dan.foster", application, "writeManagersSummary", summary());
    workflow.complete("tom.price", application, "observePractice", Map.of("observationDate", LocalDate.now(Dates.UK).toString(),
        "practiceType", "Home visit", "observationRating", "4", "holisticAssessment", "Warm and purposeful.",
        "familyFeedback", "The family felt heard.", "observerSignature", true));
    try (Tasklist clare = tasklist("clare.webb")) {
      clare.open("My team's tasks", "Confirm criteria").accessible();
      assertThat(clare.form()).containsText("Amy Lewis");
      clare.choose("The criteria are met").fill("Their time at the panel", "10:30").complete("criteria confirmed");
    }
    workflow.clock(sitting.sitsOn());
    try (Tasklist ruth = tasklist("ruth.green")) {
      Page page = ruth.page;
      page.navigate(baseUrl() + "/swp/panels/sittings/" + sitting.id());
      assertThat(page.locator("#main-content")).containsText("Jordan (Children in Care Council)");
      assertThat(page.locator("#main-content")).containsText("Amy Lewis");
      Locator form = page.locator("form", new Page.LocatorOptions().setHas(page.getByText("Decision of the panel"))).first();
      form.getByLabel("The panel's questions and the answers").fill("Asked about care proceedings.");
      form.getByLabel("Agreed: progression to Senior Social Worker").check();
      form.getByLabel("Short-term targets").fill("Supervise a student.");
      form.getByLabel("Medium-term targets").fill("Lead a practitioner circle.");
      form.getByLabel("Long-term targets").fill("Specialise in court work.");
      form.getByRole(AriaRole.BUTTON).click();
      assertThat(page.locator(".govuk-notification-banner")).containsText("Done: Record the panel's decision (chair)");
      screenshots.take(page, "ruth.green", "decision recorded");
    }
    assertThat(directory.get("dudley", "amy.lewis").currentLevel()).isEqualTo("SSW");
    assertThat(directory.levelChanges("dudley", "amy.lewis")).singleElement()
        .satisfies(change -> assertThat(change.effectiveOn()).isEqualTo(sitting.sitsOn()));
  }

  @Test
  void theApprenticeshipAndReturnToSocialWork() {
    try (Tasklist amy = tasklist("amy.lewis")) {
      String refused = apprenticeshipForm(amy.startForm("Apply for the Social Work Apprenticeship")).startRefused();
      assertThat(refused).contains("DUD-APP-01").contains("apply for Senior Social Worker");
    }
    try (Tasklist kelly = tasklist("kelly.hart")) {
      apprenticeshipForm(kelly.startForm("Apply for the Social Work Apprenticeship").accessible())
          .start("Apply for the Social Work Apprenticeship");
    }
    try (Tasklist dan = tasklist("dan.foster")) {
      dan.open("My tasks", "Decide and endorse").accessible()
          .choose("I support and endorse the application")
          .fill("Manager's summary and recommendation", "Reliable, committed and excellent with families.")
          .choose("No procedure is open")
          .tick("I confirm my decision")
          .complete("endorsement");
    }
    LocalDate panelDate = LocalDate.now(Dates.UK).plusDays(10);
    try (Tasklist neil = tasklist("neil.ward")) {
      neil.open("My team's tasks", "Arrange the panel").accessible()
          .date("Date of the panel", panelDate)
          .selectLabelled("Principal Social Worker (chairs)", "Ruth Green")
          .selectLabelled("CPP Team Manager", "Neil Ward")
          .selectLabelled("Head of Service", "Helen Shaw")
          .complete("panel arranged");
    }
    try (Tasklist ruth = tasklist("ruth.green")) {
      ruth.open("My tasks", "The panel's decision").accessible()
          .fill("The candidate's suitability", "Strong values and experience with families.")
          .fill("The course commitment", "Understands the three years of study and work.")
          .fill("Post-employment plans", "A children in care team.")
          .choose("Agreed")
          .fill("The reasons for the decision", "A considered and well supported application.")
          .complete("panel decision");
    }
    try (Tasklist neil = tasklist("neil.ward")) {
      neil.open("My team's tasks", "Notify the outcome").accessible();
      assertThat(neil.form()).containsText("three working days after it");
      neil.fill("A personal message to add to the letter (optional)", "The next cohort starts in September.")
          .complete("outcome notified");
    }
    try (Tasklist mo = tasklist("mo.ahmed")) {
      apprenticeshipForm(mo.startForm("Apply to return to social work").accessible())
          .fill("Qualification date and date of last registration", "Qualified 2010; last registered 2016")
          .fill("Your previous employment as a social worker", "Walsall, 2010 to 2016.")
          .fill("Your reasons for returning", "My children are at school now.")
          .start("Apply to return to social work");
    }
    try (Tasklist dan = tasklist("dan.foster")) {
      dan.open("My tasks", "Decide and endorse").accessible();
      assertThat(dan.form()).containsText("Mo Ahmed");
      dan.choose("I support and endorse the application")
          .fill("Manager's summary and recommendation", "An experienced practitioner ready to return.")
          .choose("No procedure is open")
          .tick("I confirm my decision")
          .complete("return endorsed");
    }
    try (Tasklist neil = tasklist("neil.ward")) {
      neil.filter("My team's tasks");
      assertThat(neil.card("Arrange the panel")).containsText("Mo Ahmed");
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("dudleyApprenticeship")
        .finished().count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("dudleyReturnToSocialWork")
        .variableValueEquals("applicant", "mo.ahmed").count()).isEqualTo(1);
  }

  private static Tasklist apprenticeshipForm(Tasklist form) {
    return form.date("Date of the supervision or annual review where you discussed it", LocalDate.now(Dates.UK).minusDays(3))
        .fill("Current role and pay grade", "SEND Officer, grade F")
        .fill("How long you have been employed by Dudley", "Six years")
        .fill("Your current role", "Work with families of children with SEND.")
        .fill("Why now", "I want to qualify and stay in Dudley.")
        .tick("I confirm this application is my own and accurate");
  }

  private static Map<String, Object> application() {
    Map<String, Object> form = new HashMap<>();
    form.put("currentRoleAndGrade", "Social Worker, grade J");
    form.put("registrationDate", "Qualified January 2022");
    form.put("lengthOfService", "Four years");
    form.put("roleDescription", "Child protection team.");
    form.put("readiness", "I lead complex cases.");
    form.put("cpdActivity", "practiceEducation");
    form.put("cpdDetails", "Stage 1 Practice Education, 2025.");
    form.put("statutoryExperience", "Child protection, children in care, care proceedings.");
    for (String area : new String[] {"relationships", "communication", "childDevelopment", "adultDifficulties",
        "abuseAndNeglect", "familyAssessment", "analysisAndPlanning", "lawAndJustice", "supervision", "organisationalContext"}) {
      form.put(area + "Evidence", "Evidence for " + area + ".");
      form.put(area + "Sources", "Case records");
    }
    form.put("applicantSignature", true);
    return form;
  }

  private static Map<String, Object> summary() {
    Map<String, Object> form = new HashMap<>(Map.of("timekeeping", "Punctual.", "attendance", "Excellent.",
        "cpdCommitment", "Stage 1 done.", "qualityOfPractice", "Consistently good.", "subjectToProcedures", "no",
        "observer", "tom.price", "managerSignature", true));
    return form;
  }
}
