package com.socialworkprogression.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.staff.StaffDirectory;
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
          .fill("eight criteria", "Mapped in my PMR objectives.")
          .complete("portfolio");
    }
    try (Tasklist mark = tasklist("mark.ellis")) {
      mark.open("My tasks", "Review at the PMR").accessible();
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
}
