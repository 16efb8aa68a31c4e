package com.socialworkprogression.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.panels.SittingStore;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.support.PanelCalendar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Leicestershire's Progression Panel in the browser (LEI-L3-04 to LEI-L3-09): the panel administrator
 * schedules a sitting on the panel calendar, reached from Tasklist's header; two workers' applications join
 * it; the chair opens the sitting's page and records both decisions there.
 */
class PanelSittingInBrowserTest extends BrowserTest {

  static final String ROUTE = "Apply for progression to Level 3";

  @Autowired StaffDirectory directory;
  @Autowired SittingStore sittings;

  @Test
  void theAdministratorSchedulesAndTheChairDecidesBothInOnePlace() {
    new PanelCalendar(workflow).empty();
    LocalDate sitsOn = LocalDate.now(Dates.UK).plusWeeks(6);

    try (Tasklist pam = tasklist(PanelCalendar.ADMINISTRATOR)) {
      Page page = pam.page;
      page.locator("#swp-panel-sittings-link").click();
      page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Panel sittings")).waitFor();
      screenshots.take(page, "pam.hill", "panel calendar");
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Schedule a sitting")).click();
      accessible(page);
      // Submitted with nothing chosen: every problem at once, nothing saved.
      page.getByLabel("Date of the sitting").fill(sitsOn.toString());
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule the sitting")).click();
      assertThat(page.locator(".govuk-error-summary")).containsText("Enter where the panel sits");
      assertThat(page.locator(".govuk-error-summary")).containsText("LEI-L3-06: Choose who sits as Chair, Head of Service (Practice Excellence).");
      assertThat(page.getByLabel("Date of the sitting")).hasValue(sitsOn.toString());
      screenshots.take(page, "pam.hill", "schedule refused");
      page.getByLabel("Place").fill("Room 2, County Hall, Glenfield");
      page.getByLabel("Chair, Head of Service (Practice Excellence)").selectOption("grace.turner");
      page.getByLabel("Learning and Development").selectOption("liam.walsh");
      page.getByLabel("Principal Social Worker or Practice Excellence").selectOption("nina.patel");
      page.getByLabel("Service Manager Operations").selectOption("owen.clarke");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule the sitting")).click();
      assertThat(page.locator(".govuk-notification-banner")).containsText("The sitting is scheduled");
      assertThat(page.locator("h1")).containsText(Dates.text(sitsOn));
      assertThat(page.locator(".govuk-summary-list")).containsText("Grace Turner");
      accessible(page);
      screenshots.take(page, "pam.hill", "sitting scheduled");
    }

    // Jas applies in Tasklist; Leo's application goes through the same steps behind the scenes.
    try (Tasklist jas = tasklist("jas.kaur")) {
      jas.startForm(ROUTE).accessible()
          .date("Date of the supervision where you discussed your readiness", LocalDate.now(Dates.UK).minusDays(7))
          .fill("Area of work", "Children in care, Hinckley")
          .tick("My team manager and I have discussed my readiness in supervision")
          .start(ROUTE);
    }
    ProcessInstance jasApplication = application("jas.kaur");
    ProcessInstance leoApplication = workflow.start("leo.martin", "leicestershire", "leicestershireLevelThree",
        Map.of("supervisionDate", LocalDate.now(Dates.UK).minusDays(3).toString(), "areaOfWork", "Child protection, Coalville",
            "discussedWithTeamManager", true));
    for (ProcessInstance application : List.of(jasApplication, leoApplication)) {
      String worker = (String) workflow.variable(application, "applicant");
      workflow.complete("rachel.adams", application, "writeTeamManagerReport", Map.of("teamManagerReadiness", "ready",
          "holisticAssessment", worker + " manages complex cases with confidence."));
      workflow.complete(worker, application, "buildPortfolio", portfolio(worker));
      workflow.complete("liam.walsh", application, "checkPortfolioEvidence", Map.of("evidenceDecision", "met"));
    }
    String sittingId = (String) workflow.variable(jasApplication, "panelSittingId");
    assertThat(workflow.variable(leoApplication, "panelSittingId")).isEqualTo(sittingId);

    workflow.clock(sitsOn);
    try (Tasklist grace = tasklist(PanelCalendar.CHAIR)) {
      Page page = grace.page;
      page.navigate(baseUrl() + "/swp/panels/sittings/" + sittingId);
      assertThat(page.locator("h2").first()).containsText("Applications to be heard (2)");
      assertThat(page.locator("#main-content")).containsText("Jas Kaur");
      assertThat(page.locator("#main-content")).containsText("Leo Martin");
      page.getByText("Build and submit the portfolio (social worker)").first().click();
      assertThat(page.locator("#main-content")).containsText("The reflective statement of jas.kaur.");
      assertThat(page.locator("#main-content")).containsText("The reflective statement of leo.martin.");
      accessible(page);
      screenshots.take(page, "grace.turner", "the sitting with both applications");

      Locator first = page.locator("form", new Page.LocatorOptions().setHas(page.getByText("Decision of the panel"))).first();
      first.getByLabel("Pass: progress to Level 3").check();
      first.getByLabel("The decision, with its rationale clearly set out").fill("Confident, reflective practice throughout.");
      first.getByRole(AriaRole.BUTTON).click();
      assertThat(page.locator(".govuk-notification-banner")).containsText("Done: Record the panel's decision (chair)");

      Locator second = page.locator("form", new Page.LocatorOptions().setHas(page.getByText("Decision of the panel"))).first();
      second.getByLabel("Defer", new Locator.GetByLabelOptions().setExact(true)).check();
      second.getByLabel("The decision, with its rationale clearly set out").fill("Not yet consistent in managing risk.");
      second.getByRole(AriaRole.BUTTON).click();
      assertThat(page.locator(".govuk-error-summary")).containsText("LEI-L3-07: Say why the panel defers");
      assertThat(page.locator(".govuk-error-summary")).containsText("nothing has been saved");
      screenshots.take(page, "grace.turner", "deferral refused without its plan");
      second = page.locator("form", new Page.LocatorOptions().setHas(page.getByText("Decision of the panel"))).first();
      second.getByLabel("Defer", new Locator.GetByLabelOptions().setExact(true)).check();
      second.getByLabel("The decision, with its rationale clearly set out").fill("Not yet consistent in managing risk.");
      second.getByLabel("Why the panel defers").fill("Too little independent management of risk.");
      second.getByLabel("Further work or development required").fill("Hold two child protection plans.");
      second.getByLabel("Action plan").fill("Monthly review in supervision.");
      second.getByLabel("Complete the actions by").fill(sitsOn.plusMonths(6).toString());
      second.getByRole(AriaRole.BUTTON).click();
      assertThat(page.locator(".govuk-notification-banner")).containsText("Done: Record the panel's decision (chair)");
      assertThat(page.locator(".govuk-tag--green")).hasCount(2);
      screenshots.take(page, "grace.turner", "both decisions recorded");
    }
    List<String> levels = List.of(directory.get("leicestershire", "jas.kaur").currentLevel(),
        directory.get("leicestershire", "leo.martin").currentLevel());
    assertThat(levels).containsExactlyInAnyOrder("3", "2");
  }

  private ProcessInstance application(String worker) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("leicestershireLevelThree")
        .variableValueEquals("applicant", worker).active().list().stream().reduce((a, b) -> b).orElseThrow();
  }

  private static Map<String, Object> portfolio(String worker) {
    Map<String, Object> form = new HashMap<>();
    form.put("yearQualified", 2021L);
    form.put("lengthOfService", "Four years");
    form.put("registrationNumber", "SW" + worker.length() + "0042");
    form.put("areaOfWork", "Children in care");
    form.put("reflectiveStatement", "The reflective statement of " + worker + ".");
    form.put("cpdEvidence", "Signs of Safety advanced training.");
    form.put("observationObserver", "Rachel Adams, Team Manager");
    form.put("observationDate", LocalDate.now(Dates.UK).minusDays(20).toString());
    form.put("observationSituation", "A family network meeting.");
    form.put("observationSkills", "Clear and warm.");
    form.put("observationParticipantFeedback", "The family felt heard.");
    form.put("observationFeedbackGiven", "Write the plan with the family.");
    form.put("observationReflections", "I will.");
    form.put("feedbackFromOthers", "Praised by the IRO.");
    form.put("childrenAndFamiliesFeedback", "\"You listened.\"");
    form.put("signsOfSafetyWork", "A safety plan with a family network.");
    return form;
  }
}
