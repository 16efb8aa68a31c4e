package com.socialworkprogression.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.support.SampleFiles;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * NELC's ASYE year (NELC-ASYE-01 to 06) and Level 1 to Level 2 (NELC-L2-01, 02) with their demo people in Tasklist.
 */
class NelcAsyeAndLevelTwoInTasklistTest extends BrowserTest {

  @Autowired StaffDirectory directory;

  @Test
  void levelOneToLevelTwo() {
    try (Tasklist ella = tasklist("ella.hunt")) {
      ella.startForm("Progress from Level 1 to Level 2").accessible()
          .date("Date of the supervision where you discussed it", LocalDate.now(Dates.UK).minusDays(2))
          .fill("Why you are ready", "I hold complex child protection cases and supervise a student.")
          .start("Progress from Level 1 to Level 2");
    }
    try (Tasklist lewis = tasklist("lewis.brown")) {
      lewis.open("My tasks", "Agree readiness", "Ella Hunt").accessible().choose("Ready to progress").complete("readiness");
    }
    try (Tasklist tara = tasklist("tara.wilson")) {
      tara.open("My tasks", "Endorse", "Ella Hunt").accessible().choose("Endorsed").complete("endorsement");
    }
    ProcessInstance application = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("nelcLevelTwo")
        .variableValueEquals("applicant", "ella.hunt").singleResult();
    try (Tasklist ella = tasklist("ella.hunt")) {
      ella.open("My tasks", "Submit a piece of work").accessible();
      ella.documentsTab();
      ella.attach("court-report.pdf", "application/pdf", SampleFiles.pdf("Court report, anonymised"));
      ella.formTab().choose("A court report").fill("What it shows of your practice", "My analysis of risk and the child's voice.")
          .complete("piece of work");
    }
    try (Tasklist hugh = tasklist("hugh.newton")) {
      hugh.open("My team's tasks", "Agree progress to panel").accessible().choose("Agreed").complete("progress to panel");
    }
    LocalDate panel = LocalDate.now(Dates.UK).plusWeeks(2);
    try (Tasklist sam = tasklist("sam.patel")) {
      sam.open("My team's tasks", "Set the panel").accessible().date("Date of the panel", panel)
          .selectLabelled("Practice Improvement Practitioner", "Priya Shah").complete("panel set");
    }
    workflow.fire(application, "panelDay");
    try (Tasklist sam = tasklist("sam.patel")) {
      sam.open("Panel decisions", "Record the panel's decision", "Ella Hunt").accessible()
          .fill("Notes of the reflective conversation", "A thoughtful court report; clear analysis of risk.")
          .choose("Ready: Level 2").complete("Level 2 decision");
    }
    assertThat(directory.get("nelc", "ella.hunt").currentLevel()).isEqualTo("2");
    // Ella's own page: the application, its outcome, who did what, and the letter.
    try (Tasklist ella = tasklist("ella.hunt")) {
      ella.page.locator("#swp-my-applications-link").click();
      ella.page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
          new com.microsoft.playwright.Page.GetByRoleOptions().setName("My applications")).waitFor();
      assertThat(ella.page.locator("#main-content")).containsText("Progress from Level 1 to Level 2");
      assertThat(ella.page.locator("#main-content")).containsText("Level 2");
      assertThat(ella.page.locator("#main-content")).containsText("court-report.pdf");
      accessible(ella.page);
      screenshots.take(ella.page, "ella.hunt", "my applications");
      // With the keyboard alone: the skip link comes first, then Tab to the application and Enter opens it.
      ella.page.keyboard().press("Tab");
      assertThat(ella.page.locator(":focus")).hasText("Skip to main content");
      for (int tabs = 0; tabs < 20 && !"Progress from Level 1 to Level 2".equals(ella.page.locator(":focus").textContent()); tabs++) {
        ella.page.keyboard().press("Tab");
      }
      ella.page.keyboard().press("Enter");
      assertThat(ella.page.locator("h1")).hasText("Progress from Level 1 to Level 2");
      accessible(ella.page);
      ella.page.navigate(baseUrl() + "/swp/accessibility");
      assertThat(ella.page.locator("h1")).hasText("Accessibility statement");
      accessible(ella.page);
    }
    // People and Culture record Ella's new job title in the staff directory; the change is audited.
    try (Tasklist hannah = tasklist("hannah.lee")) {
      hannah.page.navigate(baseUrl() + "/swp/staff");
      hannah.page.getByLabel("Name, user id, job title or level").fill("Ella");
      hannah.page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
          new com.microsoft.playwright.Page.GetByRoleOptions().setName("Search")).click();
      accessible(hannah.page);
      hannah.page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
          new com.microsoft.playwright.Page.GetByRoleOptions().setName("Ella Hunt")).click();
      hannah.page.getByLabel("Job title").fill("Experienced Social Worker (Level 2)");
      hannah.page.getByLabel("Qualified on (2022-07-01)").fill("1 July 2023");
      hannah.page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
          new com.microsoft.playwright.Page.GetByRoleOptions().setName("Save the record")).click();
      assertThat(hannah.page.locator(".govuk-error-summary")).containsText("is not a date: write it as 2026-12-01");
      accessible(hannah.page);
      screenshots.take(hannah.page, "hannah.lee", "staff record refused");
      hannah.page.getByLabel("Qualified on (2022-07-01)").fill("2023-07-01");
      hannah.page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
          new com.microsoft.playwright.Page.GetByRoleOptions().setName("Save the record")).click();
      assertThat(hannah.page.locator(".govuk-notification-banner")).containsText("The record is saved");
      assertThat(hannah.page.locator("#main-content")).containsText("Experienced Social Worker (Level 2)");
      accessible(hannah.page);
      screenshots.take(hannah.page, "hannah.lee", "staff record saved");
    }
    // The Principal Social Worker's pipeline, and Ella's application with its timeline.
    try (Tasklist sam = tasklist("sam.patel")) {
      sam.page.navigate(baseUrl() + "/swp/applications/all");
      assertThat(sam.page.locator("#main-content")).containsText("By route and stage");
      assertThat(sam.page.locator("#main-content")).containsText("Ella Hunt");
      accessible(sam.page);
      screenshots.take(sam.page, "sam.patel", "applications pipeline");
      sam.page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
          new com.microsoft.playwright.Page.GetByRoleOptions().setName("Ella Hunt")).first().click();
      assertThat(sam.page.locator("#main-content")).containsText("What has been done");
      assertThat(sam.page.locator("#main-content")).containsText("Set the panel");
      accessible(sam.page);
      screenshots.take(sam.page, "sam.patel", "application timeline");
      sam.page.navigate(baseUrl() + "/swp/reports");
      assertThat(sam.page.locator("#main-content")).containsText("Figures by route");
      assertThat(sam.page.locator("#main-content")).containsText("Progress from Level 1 to Level 2");
      accessible(sam.page);
      screenshots.take(sam.page, "sam.patel", "reports");
    }
  }

  @Test
  void theAsyeYear() {
    try (Tasklist hannah = tasklist("hannah.lee")) {
      hannah.startForm("The ASYE year: to Level 1").accessible()
          .fill("The newly qualified social worker's user id", "noah.price")
          .date("Start date", LocalDate.now(Dates.UK).minusDays(7))
          .start("The ASYE year: to Level 1");
      hannah.open("My team's tasks", "Choose the co-ordinator").accessible()
          .selectLabelled("ASYE co-ordinator", "Priya Shah").selectLabelled("Supervisor for the first 6 weeks", "Aisha Rahman")
          .complete("co-ordinator chosen");
    }
    ProcessInstance year = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("nelcAsye")
        .variableValueEquals("applicant", "noah.price").singleResult();
    ProcessInstance firstSession = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(year.getId())
        .processDefinitionKey("nelcAsyeSupervision").list().stream()
        .filter(session -> ((String) workflow.variable(session, "session")).contains("Weekly supervision 1")).findFirst().orElseThrow();
    workflow.fire(firstSession, "sessionOpens");
    workflow.clock(LocalDate.now(Dates.UK));
    try (Tasklist aisha = tasklist("aisha.rahman")) {
      aisha.open("My tasks", "Supervision", "Noah Price").accessible();
      assertThat(aisha.form()).containsText("Weekly supervision 1");
      aisha.date("Date it was held", LocalDate.now(Dates.UK)).fill("Notes of the session", "Induction week one; shadowing.")
          .complete("weekly supervision");
    }
    // Priya pauses the year for four weeks' sick leave: every date still ahead moves.
    String twelveMonthsBefore = (String) workflow.variable(year, "twelveMonthsDueText");
    try (Tasklist priya = tasklist("priya.shah")) {
      priya.startForm("Pause or extend an ASYE").accessible()
          .fill("The ASYE worker's user id", "noah.price").choose("Pause: long sickness or leave")
          .fill("By how many weeks", "4").fill("Why", "Four weeks' sick leave.").start("Pause or extend an ASYE");
    }
    assertThat(workflow.variable(year, "twelveMonthsDueText")).isNotEqualTo(twelveMonthsBefore);
    // After the induction Lewis places Noah in the team; the portfolio begins, with the register Priya keeps.
    workflow.fire(year, "inductionEnds");
    workflow.complete("lewis.brown", year, "placeInTeam", Map.of("buddy", "Olivia Grant", "firstCasesFrom",
        LocalDate.now(Dates.UK).plusWeeks(5).toString()));
    workflow.clock(LocalDate.now(Dates.UK));
    try (Tasklist priya = tasklist("priya.shah")) {
      priya.open("My tasks", "Development days register", "Noah Price").accessible();
      priya.choose("Attended").shot("register, day 1");
    }
  }
}
