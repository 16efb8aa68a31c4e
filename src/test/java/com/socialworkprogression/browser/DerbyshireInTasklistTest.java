package com.socialworkprogression.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.panels.PanelSitting;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.support.PanelCalendar;
import com.socialworkprogression.support.SampleFiles;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Derbyshire's routes with its demo people in Tasklist: grade 10 to 11 in an application window (DER-10-01 to 05),
 * accelerated progression decided by the Director (DER-10-06), the NQSW year (DER-9-01 to 05) and a senior
 * practitioner post by competition (DER-11-01). The engine's clock is set inside the January window.
 */
class DerbyshireInTasklistTest extends BrowserTest {

  /** Monday 11 January 2027, inside the January window; its panel sits on Wednesday 17 February. */
  static final LocalDate IN_THE_WINDOW = LocalDate.of(2027, 1, 11);
  static final LocalDate FEBRUARY_PANEL = LocalDate.of(2027, 2, 17);

  @Autowired StaffDirectory directory;

  @Test
  void gradeElevenInTheJanuaryWindow() {
    workflow.clock(LocalDateTime.of(IN_THE_WINDOW, LocalTime.of(9, 0)));
    PanelSitting sitting = PanelCalendar.derbyshireGradeEleven(workflow).empty().schedule(FEBRUARY_PANEL);
    try (Tasklist leo = tasklist("leo.grant")) {
      String refused = leo.startForm("Request grade 11 in an application window").tick("I have completed the PQ consolidation module")
          .startRefused();
      assertThat(refused).contains("DER-10-01").contains("at least two years on grade 10").contains("DER-10-06");
    }
    try (Tasklist maya = tasklist("maya.shah")) {
      // One product: Tasklist carries its name, and staff see no "migrate to Camunda 8" banner.
      assertThat(maya.page).hasTitle("Social Work Progression Tasklist");
      assertThat(maya.page.locator(".ce-eol-banner")).isHidden();
      assertThat(maya.page.locator(".navbar-brand")).containsText("Social Work Progression");
      maya.startForm("Request grade 11 in an application window").accessible()
          .tick("I have completed the PQ consolidation module").start("Request grade 11 in an application window");
      maya.open("My tasks", "Submit the portfolio").accessible();
      assertThat(maya.form()).containsText("30 January 2027");
      assertThat(maya.form()).containsText("17 February 2027");
    }
    ProcessInstance panel = panelOf("derbyshireGradeEleven", "maya.shah");
    workflow.attach("maya.shah", panel, "buildPortfolio", "pq-consolidation.pdf", SampleFiles.pdf("PQ consolidation certificate"));
    workflow.complete("maya.shah", panel, "buildPortfolio", portfolio());
    try (Tasklist karen = tasklist("karen.boyd")) {
      karen.open("My tasks", "Supporting statement").accessible()
          .fill("Your supporting statement", "Maya works autonomously on complex cases and mentors a student.")
          .tick("I sign this statement").complete("supporting statement");
    }
    workflow.clock(LocalDateTime.of(FEBRUARY_PANEL, LocalTime.of(14, 0)));
    try (Tasklist sue = tasklist("sue.hart")) {
      sue.open("My tasks", "Record the panel's decision").accessible();
      assertThat(sue.form()).containsText("Maya Shah");
      assertThat(sue.form()).containsText("Raj Mehta");
      sue.fill("Notes of the formal discussion with the social worker", "Discussed two complex cases and her PQ plans.")
          .choose("Met: progression to grade 11").complete("panel decision");
    }
    assertThat(directory.get("derbyshire", "maya.shah").currentLevel()).isEqualTo("11");
    assertThat(directory.levelChanges("derbyshire", "maya.shah")).last()
        .satisfies(change -> assertThat(change.effectiveOn()).isEqualTo(LocalDate.of(2027, 1, 30)));
    assertThat(sitting.sitsOn()).isEqualTo(FEBRUARY_PANEL);
  }

  @Test
  void acceleratedProgressionTheDirectorRefuses() {
    try (Tasklist raj = tasklist("raj.mehta")) {
      raj.startForm("Accelerated progression to grade 11").accessible()
          .fill("The social worker's user id", "leo.grant")
          .fill("Why the evidence merits an early panel", "Leo holds complex court work alone and passed PQ consolidation.")
          .tick("They have completed the PQ consolidation module")
          .start("Accelerated progression to grade 11");
    }
    try (Tasklist david = tasklist("david.moore")) {
      david.open("My team's tasks", "Decide on an early panel").accessible();
      assertThat(david.form()).containsText("Leo Grant");
      assertThat(david.form()).containsText("complex court work");
      // The reasons box appears with the choice and is required by the form itself (the server refuses too, DER-10-06).
      david.choose("No early panel").pressComplete();
      assertThat(david.form()).containsText("Field is required.");
      david.fill("Why not", "Not yet exceptional: two more court cases first.").complete("early panel decision");
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("derbyshireAcceleratedProgression")
        .variableValueEquals("applicant", "leo.grant").finished().count()).isEqualTo(1);
  }

  @Test
  void theNqswYearAndASeniorPractitionerPost() {
    try (Tasklist gill = tasklist("gill.hughes")) {
      gill.startForm("The NQSW year: grade 9 to 10").accessible()
          .fill("The newly qualified social worker's user id", "ana.silva")
          .date("Start date", LocalDate.of(2026, 11, 2))
          .choose("Children and Younger Adults")
          .tick("They are registered on the NQSW scheme")
          .start("The NQSW year: grade 9 to 10");
      gill.open("My team's tasks", "Choose the District/Area Manager").accessible()
          .selectLabelled("District/Area Manager", "Sue Hart").complete("District/Area Manager chosen");
    }
    ProcessInstance year = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("derbyshireGradeTen")
        .variableValueEquals("applicant", "ana.silva").singleResult();
    ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(year.getId()).singleResult();
    workflow.fire(review, "reviewOpens");
    try (Tasklist karen = tasklist("karen.boyd")) {
      karen.open("My tasks", "Probation review", "Ana Silva").accessible();
      assertThat(karen.form()).containsText("Probation review at 1 month");
      assertThat(karen.form()).containsText("2 December 2026");
      karen.date("Date of the review", LocalDate.of(2026, 11, 30))
          .fill("Notes of the review", "Settling in well; shadowing a court case.")
          .choose("Making appropriate progress").complete("1-month review");
    }
    // The 3- and 5-month reviews, the portfolio near 12 months and the 12-month review, as the route test does them.
    for (int point = 0; point < 2; point++) {
      reviewThrough(year);
    }
    workflow.fire(year, "nearTwelveMonths");
    workflow.attach("ana.silva", year, "buildPortfolio", "nqsw-completion.pdf", SampleFiles.pdf("NQSW scheme completion"));
    workflow.complete("ana.silva", year, "buildPortfolio", Map.of("qualificationDate", "2026-07-01", "registrationNumber", "SWE-SILVA",
        "registrationCurrent", true, "nqswSchemeCompletion", "All outcomes met.", "trainingAttended", "Safeguarding level 3.",
        "kseStatement", "I work to the code of practice.", "caseExampleOne", "The R. family.", "caseExampleTwo", "The T. family."));
    reviewThrough(year);
    // Sue Hart fixes one of her local panel's set times on the panel calendar; Ana's portfolio is listed for it.
    PanelCalendar.derbyshireLocal(workflow, "sue.hart").empty();
    LocalDate sitsOn = LocalDate.now().plusWeeks(3);
    workflow.clock(LocalDate.now());
    try (Tasklist sue = tasklist("sue.hart")) {
      Page page = sue.page;
      page.navigate(baseUrl() + "/swp/panels/derbyshire/local-panel/new");
      page.getByLabel("Date of the sitting").fill(sitsOn.toString());
      page.getByLabel("Place").fill("Chesterfield, Saltergate, Room 4");
      page.getByLabel("Chair, District/Area Manager").selectOption("sue.hart");
      page.getByLabel("Professional development team").selectOption("lyn.carter");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule the sitting")).click();
      assertThat(page.locator(".govuk-notification-banner")).containsText("The sitting is scheduled");
      screenshots.take(page, "sue.hart", "local panel scheduled");
    }
    assertThat(workflow.variable(year, "panelDateText")).isEqualTo(com.socialworkprogression.calendar.Dates.text(sitsOn));
    workflow.clock(sitsOn);
    try (Tasklist sue = tasklist("sue.hart")) {
      sue.open("My tasks", "Record the decision and sign off").accessible();
      assertThat(sue.form()).containsText("Ana Silva");
      sue.fill("The panel's assessment of the evidence and the meeting with the worker", "Met Ana with Karen; the evidence is clear.")
          .choose("Supported: progression to grade 10").tick("I sign off this decision as District/Area Manager")
          .complete("local panel decision");
    }
    assertThat(directory.get("derbyshire", "ana.silva").currentLevel()).isEqualTo("10");
    workflow.clock(LocalDate.now());
    try (Tasklist tom = tasklist("tom.hale")) {
      String told = tom.startForm("Request grade 11 in an application window").tick("I have completed the PQ consolidation module")
          .startRefused();
      assertThat(told).contains("DER-11-01").contains("only by competitive recruitment");
    }
    try (Tasklist tom = tasklist("tom.hale")) {
      tom.startForm("Apply for a senior practitioner post").accessible()
          .fill("The post you are applying for", "DCC-SP-0427 Senior Practitioner, Chesterfield")
          .choose("No, I do not hold one")
          .fill("Your supporting statement for the post", "I lead complex safeguarding work and mentor PQ candidates.")
          .start("Apply for a senior practitioner post");
    }
    try (Tasklist raj = tasklist("raj.mehta")) {
      raj.open("My team's tasks", "Shortlist").accessible().choose("Shortlisted");
      assertThat(raj.completeRefused()).contains("DER-11-01").contains("essential to be shortlisted");
      raj.choose("Not shortlisted").fill("Why not", "No full PQ specialist award.").complete("shortlisting");
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("derbyshireSeniorPractitionerPost")
        .variableValueEquals("applicant", "tom.hale").finished().count()).isEqualTo(1);
  }

  /** The open probation review of the NQSW year, done by the line manager as the route test does it. */
  private void reviewThrough(ProcessInstance year) {
    ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(year.getId()).singleResult();
    workflow.fire(review, "reviewOpens");
    workflow.complete("karen.boyd", review, "reviewProbation", Map.of("reviewDate", "2027-01-04",
        "reviewNotes", "Progressing well.", "reviewProgress", "onTrack"));
  }

  private ProcessInstance panelOf(String route, String applicant) {
    ProcessInstance request = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(route)
        .variableValueEquals("applicant", applicant).singleResult();
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(request.getId()).singleResult();
  }

  private static Map<String, Object> portfolio() {
    Map<String, Object> form = new HashMap<>();
    form.put("qualificationDate", "2022-07-01");
    form.put("registrationNumber", "SWE-SHAH");
    form.put("registrationCurrent", true);
    form.put("gradeTenDate", "2024-10-07");
    form.put("pqConsolidationEvidence", "Consolidation module, University of Derby, 2026.");
    form.put("pqSpecialistAwardPlans", "Child Care Specialist Award from September 2027.");
    form.put("kseStatement", "I assess and plan for complex cases with increasing autonomy.");
    form.put("supportForOthers", "Practice educator for a final-year student.");
    form.put("trainingAndCpd", "Court skills; motivational interviewing.");
    form.put("flexibleWorking", "Covered duty for a neighbouring team.");
    form.put("caseExampleOne", "The K. family, Framework-i 1234.");
    form.put("caseExampleTwo", "The P. family, Framework-i 5678.");
    return form;
  }
}
