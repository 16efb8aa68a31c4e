package com.socialworkprogression.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.support.SampleFiles;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Redbridge (RED-01 to RED-06), every person in their own Tasklist: request to new grade. */
class RedbridgeInTasklistTest extends BrowserTest {

  static final String ROUTE = "Ask for a progression review at my PMR";

  @Autowired StaffDirectory directory;

  @Test
  void aReviewFromRequestToNewGrade() {
    LocalDate pmr = directory.get("redbridge", "ravi.mehta").nextPmrDate();
    try (Tasklist ravi = tasklist("ravi.mehta")) {
      ravi.startForm(ROUTE).accessible()
          .date("Date of your diarised PMR", pmr)
          .fill("What you would like to discuss", "Moving to Level 3.")
          .start(ROUTE);
      ravi.open("My tasks", "Compile the portfolio").accessible();
      assertThat(ravi.form()).containsText("Ravi Mehta");
      assertThat(ravi.card("Compile the portfolio")).containsText("Due");
      ravi.fill("court work", "Care proceedings: <b>final statement</b> & legislation.")
          .fill("multi-agency", "Strategy meetings with police and health.")
          .fill("working with children", "Direct work with a nine-year-old.")
          .fill("basic requirements", "All visits in timescale.")
          .tick("casework records are up to date")
          .fill("informal peer support", "Buddy to two NQSWs.")
          .fill("Continuous Professional Development", "Court skills 2026.")
          .fill("eight criteria", "Mapped in my PMR objectives.");
      assertThat(ravi.attach("portfolio.pdf", "application/pdf", SampleFiles.pdf("Case studies and CPD records")))
          .contains("is attached");
      ravi.complete("portfolio");
    }
    try (Tasklist mark = tasklist("mark.ellis")) {
      mark.open("My tasks", "Review at the PMR").accessible();
      assertThat(mark.card("Review at the PMR")).containsText("Ravi Mehta");
      assertThat(mark.card("Review at the PMR")).containsText("Due");
      assertThat(mark.form()).containsText("Ravi Mehta");
      assertThat(mark.form()).containsText("<b>final statement</b>");
      assertThat(mark.form().locator("b")).hasCount(0);
      mark.fill("Your feedback", "Strong court work.")
          .fill("Précis of the evidence", "Meets the Level 3 criteria.")
          .choose("Yes, I support")
          .complete("PMR review");
    }
    try (Tasklist helen = tasklist("helen.baker")) {
      helen.filter("My team's tasks");
      assertThat(helen.cards()).not().containsText(new String[] {"Expression of Intent"});
      // On the card in the team's inbox; claiming moves the task to "My tasks".
      assertThat(helen.card("Decide on progression")).containsText("Ravi Mehta");
      helen.open("My team's tasks", "Decide on progression").accessible();
      assertThat(helen.form()).containsText("Ravi Mehta");
      helen.choose("Agreed").complete("Head of Service decision");
    }
    try (Tasklist mark = tasklist("mark.ellis")) {
      mark.open("My tasks", "Complete the Appointment Form").accessible()
          .fill("Post title", "Social Worker (Level 3)")
          .fill("Team and service area", "Child Protection East")
          .fill("Grade", "PO3")
          .complete("Appointment Form");
    }
    try (Tasklist julia = tasklist("julia.price")) {
      julia.open("My team's tasks", "Change pay and grade").accessible();
      assertThat(julia.form()).containsText("Ravi Mehta");
      julia.fill("Contract variation reference", "VAR-RB-2026-118")
          .fill("New pay point", "SCP 36")
          .complete("pay and grade");
    }
    assertThat(directory.get("redbridge", "ravi.mehta").currentLevel()).isEqualTo("3");
    assertThat(directory.levelChanges("redbridge", "ravi.mehta")).singleElement()
        .satisfies(change -> assertThat(change.effectiveOn()).isEqualTo(pmr));
  }

  @Test
  void notAgreedAnAppealAgreedAndBothEscalations() {
    LocalDate pmr = directory.get("redbridge", "daniel.frost").nextPmrDate();
    try (Tasklist daniel = tasklist("daniel.frost")) {
      daniel.startForm(ROUTE).date("Date of your diarised PMR", pmr).start(ROUTE);
      daniel.open("My tasks", "Compile the portfolio");
      assertThat(daniel.form()).containsText("Senior Social Work Practitioner");
      // RED-03: an incomplete portfolio stays open with the form's message.
      daniel.fill("court work", "Section 47 enquiries and the Children Act 1989.");
      daniel.page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
          new com.microsoft.playwright.Page.GetByRoleOptions().setName("Complete").setExact(true)).click();
      assertThat(daniel.form().locator(".fjs-form-field-error").first()).isVisible();
      daniel.shot("incomplete portfolio");
      daniel.fill("multi-agency", "MASH work.")
          .fill("working with children", "Life-story work.")
          .fill("basic requirements", "Timescales met.")
          .tick("casework records are up to date")
          .fill("informal peer support", "Practice lead for the team.")
          .fill("Continuous Professional Development", "Practice educator award.")
          .fill("eight criteria", "Mapped.");
      assertThat(daniel.attach("portfolio.docx",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", SampleFiles.docx("Portfolio")))
          .contains("is attached");
      daniel.complete("portfolio");
    }
    try (Tasklist mark = tasklist("mark.ellis")) {
      mark.open("My tasks", "Review at the PMR")
          .fill("Your feedback", "Ready for senior practice.")
          .fill("Précis of the evidence", "Meets the SSWP criteria.")
          .choose("Yes, I support")
          .complete("PMR review");
    }
    var instance = engine.getRuntimeService().createProcessInstanceQuery()
        .variableValueEquals("applicant", "daniel.frost").singleResult();
    workflow.fire(instance, "headOfServiceDecisionOverdue");
    try (Tasklist priti = tasklist("priti.nair")) {
      priti.open("My team's tasks", "Chase the overdue decision").accessible();
      assertThat(priti.form()).containsText("Daniel Frost");
      priti.fill("What you did to chase it", "Asked Helen to decide by Friday.").complete("chase decision");
    }
    try (Tasklist helen = tasklist("helen.baker")) {
      helen.open("My team's tasks", "Decide on progression")
          .choose("Not agreed")
          .fill("Why you do not agree", "No SSWP post in the team budget this year.")
          .complete("Head of Service not agreed");
    }
    try (Tasklist daniel = tasklist("daniel.frost")) {
      daniel.open("My tasks", "Appeal?").accessible();
      assertThat(daniel.card("Appeal?")).containsText("Due");
      assertThat(daniel.form()).containsText("No SSWP post in the team budget this year.");
      daniel.choose("Yes, I appeal")
          .fill("Your grounds for appeal", "A senior post was advertised last month.")
          .complete("appeal");
    }
    try (Tasklist omar = tasklist("omar.said")) {
      omar.open("My team's tasks", "Review the appeal").accessible();
      assertThat(omar.form()).containsText("A senior post was advertised last month.");
      omar.choose("Agreed").fill("Reasons for your decision", "The post exists.");
      String refusal = omar.completeRefused();
      assertThat(refusal).contains("RED-07").contains("business needs").doesNotContain("Exception").doesNotContain("at org.");
      omar.tick("suitable and sufficient evidence").tick("business needs of the team").complete("appeal agreed");
    }
    try (Tasklist mark = tasklist("mark.ellis")) {
      mark.open("My tasks", "Complete the Appointment Form")
          .fill("Post title", "Senior Social Work Practitioner")
          .fill("Team and service area", "Children in Care")
          .fill("Grade", "PO5")
          .complete("Appointment Form");
    }
    workflow.fire(instance, "payAndContractsOverdue");
    try (Tasklist helen = tasklist("helen.baker")) {
      helen.open("My team's tasks", "Chase the overdue HR action").accessible()
          .fill("What you did to chase it", "Rang Pay and Contracts.").complete("chase HR");
    }
    try (Tasklist julia = tasklist("julia.price")) {
      julia.open("My team's tasks", "Change pay and grade")
          .fill("Contract variation reference", "VAR-RB-2026-131")
          .fill("New pay point", "SCP 42")
          .complete("pay and grade");
    }
    assertThat(directory.get("redbridge", "daniel.frost").currentLevel()).isEqualTo("SSWP");
  }
}
