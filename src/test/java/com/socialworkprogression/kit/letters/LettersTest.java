package com.socialworkprogression.kit.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.support.Rest;
import com.socialworkprogression.support.SwpSpringTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Decision letters: each authority's templates, deployed with its diagrams, become PDFs that say the
 * decision, the reasons, the dates and what happens next, with whatever people typed escaped.
 * The letters are written on Friday 18 December 2026, the day of the decisions.
 */
@SwpSpringTest
class LettersTest {

  static final LocalDate DECIDED = LocalDate.of(2026, 12, 18);

  @Autowired Letters letters;
  @Autowired RepositoryService repositoryService;
  @LocalServerPort int port;

  @BeforeEach
  void writtenOnTheDayOfTheDecision() {
    ClockUtil.setCurrentTime(Dates.startOfDay(DECIDED));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aDeferralGivesTheFeedbackOnEachElementNotMetTheDateToApplyAgainAndTheRightOfAppeal() throws Exception {
    Letter letter = letters.render("nelc", "nelc/panel-decision", panel("defer"), "4711");

    assertThat(letter.fileName()).isEqualTo("2026-12-18-panel-decision.pdf");
    assertThat(letter.title()).isEqualTo("Your application to progress to Senior Social Worker: the panel's decision");
    String text = text(letter);
    assertThat(text).contains("North East Lincolnshire Council", "Date: 18 December 2026", "Our reference: 4711",
        "Dear Sam Taylor,", "The panel decided to defer your application",
        "The Progression Review Panel met on 16 December 2026",
        // every element not met, with the panel's feedback on it
        "Five case files (NELC-L3-06)", "Two case files closed late without a closing summary.",
        "Presentation to the three-person panel (NELC-L3-08)", "The risk assessment did not weigh the father's history.",
        "Overall: strong direct work; recording needs attention.",
        // NELC-L3-14: three months after the decision; NELC-L3-15: ten working days, Christmas excluded
        "You can apply again from 18 March 2027", "by 6 January 2027", "Rachel Green",
        "Yours sincerely,", "Principal Social Worker, chair of the Progression Review Panel",
        "A copy of this letter is kept with your application (reference 4711)");
    assertThat(text).doesNotContain("Congratulations", "feedbackCaseFiles", "${");
    assertThat(text.indexOf("Self-assessment against the PQS (NELC-L3-05) 3 Met")).as("the score table").isPositive();
  }

  @Test
  void theAppealDeadlineTheRouteAlreadySetIsTheOneTheLetterGives() throws Exception {
    Map<String, Object> variables = panel("defer");
    variables.put("appealDeadline", Dates.endOfDay(LocalDate.of(2027, 1, 7)));
    variables.put("appealDeadlineText", "7 January 2027");
    assertThat(text(letters.render("nelc", "nelc/panel-decision", variables, "4711"))).contains("by 7 January 2027");
  }

  @Test
  void aPanelThatProgressesTheWorkerSaysSoAndNothingOfADeferral() throws Exception {
    String text = text(letters.render("nelc", "nelc/panel-decision", panel("progress"), "4711"));
    assertThat(text).contains("The panel decided that you progress to Senior Social Worker", "People and Culture");
    assertThat(text).doesNotContain("defer", "apply again", "appeal");
  }

  @Test
  void nelcsOtherDecisionLetters() throws Exception {
    Map<String, Object> variables = people();
    variables.put("lineManagerDecision", "notSupported");
    variables.put("areasToDevelop", "Court skills.\nChairing meetings.");
    variables.put("developmentDiscussion", "Shadow a court hearing by March.");
    assertThat(text(letters.render("nelc", "nelc/not-supported", variables, "1")))
        .contains("Lewis Brown, has decided not to support it", "Court skills. Chairing meetings.",
            "Shadow a court hearing by March.", "in supervision (NELC-L3-03)");

    variables.put("teamManagerDecision", "notApproved");
    variables.put("teamManagerComments", "The caseload does not yet include care proceedings.");
    assertThat(text(letters.render("nelc", "nelc/not-approved", variables, "1")))
        .contains("I have decided not to approve it", "The caseload does not yet include care proceedings.",
            "Priya Shah Team manager");

    Map<String, Object> appeal = panel("defer");
    appeal.put("appealHearingDate", "2027-01-20");
    appeal.put("appealsPanelChairName", "Tom Turner");
    appeal.put("appealDecisionReasons", "Only two case files were drawn at random, not three.");
    appeal.put("appealOutcome", "upheld");
    assertThat(text(letters.render("nelc", "nelc/appeal-upheld", appeal, "1")))
        .contains("met on 20 January 2027", "The Appeals Panel upheld your appeal",
            "Only two case files were drawn at random, not three.", "will consider your application again",
            "Tom Turner Service Manager, chair of the Appeals Panel");
    appeal.put("appealOutcome", "dismissed");
    appeal.put("appealDecisionReasons", "The case files were drawn as the scheme says.");
    assertThat(text(letters.render("nelc", "nelc/appeal-dismissed", appeal, "1")))
        .contains("The Appeals Panel dismissed your appeal", "The decision to defer your application stands",
            "The case files were drawn as the scheme says.", "You can apply again from 18 March 2027");
  }

  @Test
  void theHeadOfServicesDecisionInPlainWords() throws Exception {
    Map<String, Object> variables = redbridge();
    variables.put("headOfServiceDecision", "agreed");
    String agreed = text(letters.render("redbridge", "redbridge/head-of-service-decision", variables, "9"));
    assertThat(agreed).contains("London Borough of Redbridge", "I have agreed that you progress to Level 3",
        "takes effect from the date of your PMR, 1 December 2026 (RED-06)", "Harriet Cole Head of Service");
    assertThat(agreed).doesNotContain("appeal", "not agreed");

    variables.put("headOfServiceDecision", "notAgreed");
    variables.put("headOfServiceReasons", "The court work case study is not yet yours alone.");
    variables.put("notSupportedOn", Dates.startOfDay(DECIDED));
    variables.put("appealDeadlineText", "6 January 2027");
    String notAgreed = text(letters.render("redbridge", "redbridge/head-of-service-decision", variables, "9"));
    assertThat(notAgreed).contains("I have not agreed that you progress to Level 3",
        "The court work case study is not yet yours alone.", "You can appeal (RED-07)", "by 6 January 2027");
    assertThat(notAgreed).doesNotContain("notAgreed", "Congratulations");
  }

  @Test
  void redbridgesAppealRefusedAndProgressedLetters() throws Exception {
    Map<String, Object> variables = redbridge();
    variables.put("appealOutcome", "refused");
    variables.put("appealReasons", "The evidence of peer support is thin.");
    assertThat(text(letters.render("redbridge", "redbridge/appeal-refused", variables, "9")))
        .contains("I have refused your appeal", "The evidence of peer support is thin.", "at a later PMR");

    variables.put("appointmentPost", "Social Worker (Level 3)");
    variables.put("appointmentTeam", "Assessment Team East");
    variables.put("appointmentGrade", "PO3");
    variables.put("contractVariationReference", "VC-2026-118");
    Letter progressed = letters.render("redbridge", "redbridge/progressed", variables, "9");
    assertThat(progressed.title()).isEqualTo("Your progression to Level 3");
    assertThat(text(progressed)).contains("Your progression to Level 3", "you are now Level 3",
        "Performance Management Review, 1 December 2026 (RED-06)", "Team: Assessment Team East", "VC-2026-118");
  }

  @Test
  void whatPeopleTypeIsPrintedAsTypedNeverAsMarkup() throws Exception {
    Map<String, Object> variables = people();
    variables.put("applicantName", "Sam <b>Taylor</b> & Sons");
    variables.put("areasToDevelop", "<script>alert('x')</script> & <img src=x onerror=alert(1)> &amp; &nbsp; ]]> <!--");
    Letter letter = letters.render("nelc", "nelc/not-supported", variables, "1");
    assertThat(text(letter)).contains("Dear Sam <b>Taylor</b> & Sons,",
        "<script>alert('x')</script> & <img src=x onerror=alert(1)> &amp; &nbsp; ]]> <!--");
  }

  @Test
  void aLetterFromTheExecutionOfTheStepThatSendsIt() throws Exception {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getTenantId()).thenReturn("nelc");
    when(execution.getProcessInstanceId()).thenReturn("c0ffee");
    when(execution.getVariables()).thenReturn(panel("defer"));
    Letter letter = letters.render(execution, "nelc/panel-decision");
    assertThat(text(letter)).contains("Our reference: c0ffee", "You can apply again from 18 March 2027");
  }

  @Test
  void lettersAreDeployedWithTheDiagramsAndAModelerDeploymentOfOneIsUsedFromThen() throws Exception {
    assertThat(repositoryService.createDeploymentQuery().tenantIdIn("nelc").list().stream()
        .flatMap(d -> repositoryService.getDeploymentResourceNames(d.getId()).stream()))
        .contains("processes/nelc/letters/panel-decision.html", "processes/nelc/letters/not-supported.html");

    String tenant = "lettershire";
    deploy(tenant, "greeting.html", "<html xmlns:th=\"http://www.thymeleaf.org\"><head><title>First</title></head>"
        + "<body><p th:text=\"${authorityName}\">x</p></body></html>");
    assertThat(letters.render(tenant, tenant + "/greeting", Map.of(), null).title()).isEqualTo("First");
    ClockUtil.setCurrentTime(Date.from(Dates.startOfDay(DECIDED).toInstant().plusSeconds(3600)));
    deploy(tenant, "greeting.html", "<html><head><title>Second</title></head><body><p>Hello&nbsp;&pound;5</p></body></html>");
    Letter second = letters.render(tenant, tenant + "/greeting", Map.of(), null);
    assertThat(second.title()).isEqualTo("Second");
    assertThat(text(second)).as("HTML's named characters").contains("Hello\u00a0£5");
  }

  @Test
  void aProcessOwnerDeploysALetterFromModeler() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("deployment-name", "A new letter");
    fields.put("deployment-source", "Camunda Modeler");
    fields.put("tenant-id", "nelc");
    String name = "letters-test-" + System.nanoTime();
    Rest.Response deployed = new Rest(port).postMultipart("oscar.fisher", "/engine-rest/deployment/create", fields,
        Map.of(name + ".html", "<html><head><title>From Modeler</title></head><body><p>Hi</p></body></html>"
            .getBytes(StandardCharsets.UTF_8)));
    assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
    assertThat(letters.render("nelc", "nelc/" + name, Map.of(), null).title()).isEqualTo("From Modeler");
  }

  @Test
  void aTemplateThatWouldPrintInputAsMarkupOrIsNotWellFormedIsRefusedWithItsName() {
    deploy("lettershire", "raw.html", "<html><body><p th:utext=\"${areasToDevelop}\">x</p></body></html>");
    assertThatThrownBy(() -> letters.render("lettershire", "lettershire/raw", Map.of(), null))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("lettershire/raw").hasMessageContaining("th:text");
    deploy("lettershire", "unclosed.html", "<html><body><p>One<br>two</p></body></html>");
    assertThatThrownBy(() -> letters.render("lettershire", "lettershire/unclosed", Map.of(), null))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("not well-formed").hasMessageContaining("<br/>");
  }

  @Test
  void writesEachLetterForALook() throws Exception {
    Path folder = Path.of("target/letters");
    Files.createDirectories(folder);
    Letter letter = letters.render("nelc", "nelc/panel-decision", panel("defer"), "4711");
    Files.write(folder.resolve(letter.fileName()), letter.pdf());
  }

  void deploy(String tenant, String file, String html) {
    repositoryService.createDeployment().tenantId(tenant).name(tenant)
        .addInputStream(file, new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))).deploy();
  }

  static Map<String, Object> people() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("applicant", "sam.taylor");
    variables.put("applicantName", "Sam Taylor");
    variables.put("lineManager", "lewis.brown");
    variables.put("lineManagerName", "Lewis Brown");
    variables.put("teamManager", "priya.shah");
    variables.put("teamManagerName", "Priya Shah");
    return variables;
  }

  /** As the route holds them after the Progression Review Panel's decision (NELC-L3-11 to NELC-L3-14). */
  static Map<String, Object> panel(String decision) {
    Map<String, Object> variables = people();
    variables.put("leadAssessor", "nina.patel");
    variables.put("leadAssessorName", "Nina Patel");
    variables.put("panelChair", "rachel.green");
    variables.put("panelChairName", "Rachel Green");
    variables.put("panelTeamManager", "priya.shah");
    variables.put("panelTeamManagerName", "Priya Shah");
    variables.put("panelDate", "2026-12-16");
    variables.put("panelDecision", decision);
    variables.put("panelDecisionText", "progress".equals(decision) ? "progress to Senior Social Worker" : "deferred");
    // As DecisionWithReasons records it: the moment the chair completed the decision.
    variables.put("panelDecisionDate", Date.from(Dates.startOfDay(DECIDED).toInstant().plusSeconds(11 * 3600)));
    variables.put("scoredElements", Spin.JSON("""
        [{"key":"selfAssessment","title":"Self-assessment against the PQS (NELC-L3-05)","score":3,"met":true},
         {"key":"caseFiles","title":"Five case files (NELC-L3-06)","score":2,"met":false},
         {"key":"observations","title":"Two observations of practice (NELC-L3-07)","score":4,"met":true},
         {"key":"presentation","title":"Presentation to the three-person panel (NELC-L3-08)","score":1,"met":false},
         {"key":"serviceUserViews","title":"Views of service users and families (NELC-L3-09)","score":3,"met":true},
         {"key":"mentoringAndTraining","title":"Mentoring and training record (NELC-L3-10)","score":3,"met":true}]"""));
    variables.put("elementsNotMet", "Five case files (NELC-L3-06); Presentation to the three-person panel (NELC-L3-08)");
    variables.put("allElementsMet", false);
    if ("defer".equals(decision)) {
      // As the sending step stores them (notifyPanelDecision): three months, and ten working days, after the decision.
      variables.put("reapplyFromText", "18 March 2027");
      variables.put("appealDeadlineText", "6 January 2027");
      variables.put("feedbackCaseFiles", "Two case files closed late without a closing summary.");
      variables.put("feedbackPresentation", "The risk assessment did not weigh the father's history.");
      variables.put("panelFeedback", "Overall: strong direct work; recording needs attention.");
    }
    return variables;
  }

  /** As the Redbridge route holds them at the Head of Service's decision (RED-05). */
  static Map<String, Object> redbridge() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("applicant", "amy.wood");
    variables.put("applicantName", "Amy Wood");
    variables.put("lineManager", "robert.king");
    variables.put("lineManagerName", "Robert King");
    variables.put("nextLevel", "3");
    variables.put("nextLevelTitle", "Level 3");
    variables.put("pmrDate", Dates.startOfDay(LocalDate.of(2026, 12, 1)));
    variables.put("pmrDateText", "1 December 2026");
    variables.put("pmrDecision", "supported");
    variables.put("headOfService", "harriet.cole");
    variables.put("headOfServiceName", "Harriet Cole");
    return variables;
  }

  static String text(Letter letter) throws Exception {
    assertThat(new String(letter.pdf(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument pdf = Loader.loadPDF(letter.pdf())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(pdf).replaceAll("\\s+", " ");
    }
  }
}
