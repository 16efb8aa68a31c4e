package com.socialworkprogression.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.support.RouteTest;
import com.socialworkprogression.tenancy.Role;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Kitborough Borough Council, an authority of the tests only, runs "Apply for Senior Practitioner"
 * (src/test/resources/processes/kitborough/senior-practitioner.bpmn) composed only of the route kit's blocks, three
 * decision tables and Camunda Forms: Kitborough has no Java of its own. Its rules, as the diagram documents them:
 * <ul>
 *   <li>KB-01 Level 2 with ASYE (or a pre-2012 equivalent) may apply for Level 3; KB-02 one application at a time;</li>
 *   <li>KB-03 the line manager supports it, or says why not, and the application ends;</li>
 *   <li>KB-04 the Principal Social Worker chooses an assessor: a team manager or PIP, not the applicant or line manager;</li>
 *   <li>KB-05 supporting evidence on the ten KSS areas, every one, at most 500 words each;</li>
 *   <li>KB-06 the assessor scores three elements from 1 to 5; 4 or above is met;</li>
 *   <li>KB-07 the Principal Social Worker chairs a panel of two different team or service managers who took no part;</li>
 *   <li>KB-08 a deferral gives overall feedback and feedback on every element not met;</li>
 *   <li>KB-09 an appeal within ten working days, reviewed by a Head of Service: upheld, the panel decides again;</li>
 *   <li>KB-10 progressed: People and Culture vary the contract and the directory records Level 3 from their date;</li>
 *   <li>KB-11 after a final deferral, the worker may apply again six months after the panel's decision.</li>
 *   <li>KB-12 not while a performance, disciplinary or sickness procedure is open in the staff directory.</li>
 * </ul>
 * Each step is done by the person the route names, logged in as themselves.
 */
class KitboroughRouteTest extends RouteTest {

  static final String KB = "kitborough";
  static final String ROUTE = "kitboroughSeniorPractitioner";
  static final Path DIAGRAM = Path.of("src/test/resources/processes/kitborough/senior-practitioner.bpmn");
  static final Path EVIDENCE_FORM = Path.of("src/test/resources/forms/kitborough/supporting-evidence.form");
  static final LocalDate ASYE = LocalDate.of(2020, 9, 1);
  static final List<String> KSS_AREAS = List.of("kssRelationships", "kssCommunication", "kssChildDevelopment",
      "kssAdultIllHealth", "kssAbuseAndNeglect", "kssAssessment", "kssAnalysis", "kssLaw", "kssSupervision",
      "kssOrganisationalContext");

  String lineManager;
  String psw;
  String assessor;
  String panelMember1;
  String panelMember2;
  String headOfService;
  String peopleAndCulture;
  String applicant;

  @BeforeEach
  void kitboroughStaff() {
    lineManager = staff.member(KB, "TM", Role.TEAM_MANAGERS);
    psw = staff.member(KB, "PSW", Role.PRINCIPAL_SOCIAL_WORKERS);
    assessor = staff.member(KB, "PIP", Role.PRACTICE_IMPROVEMENT_PRACTITIONERS);
    panelMember1 = staff.member(KB, "TM", Role.TEAM_MANAGERS);
    panelMember2 = staff.member(KB, "SM", Role.SERVICE_MANAGERS);
    headOfService = staff.member(KB, "HOS", Role.HEADS_OF_SERVICE);
    peopleAndCulture = staff.member(KB, "HR", Role.PEOPLE_AND_CULTURE);
    applicant = staff.socialWorkerManagedBy(KB, "2", ASYE, lineManager);
  }

  // ---- The whole way ------------------------------------------------------------------------------------

  @Test
  @DisplayName("KB-01 to KB-10: eligibility, line manager, assessor, evidence, scores, panel and People and Culture, all kit blocks: the worker is Level 3 in the directory")
  void progressesToSeniorPractitioner() {
    ProcessInstance instance = apply(applicant);
    assertThat(engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId()).getTenantId())
        .as("Kitborough's own deployment").isEqualTo(KB);
    assertThat(instance).isWaitingAt("lineManagerDecision").task().isAssignedTo(lineManager);
    assertThat(workflow.variable(instance, "nextLevel")).as("from kitboroughEligibility").isEqualTo("3");

    workflow.complete(lineManager, instance, "lineManagerDecision", Map.of("lineManagerDecision", "supported"));
    assertThat(instance).isWaitingAt("chooseAssessor").task().hasCandidateGroup("kitborough-principal-social-workers");
    workflow.complete(psw, instance, "chooseAssessor", Map.of("assessor", assessor));
    assertThat(workflow.variable(instance, "assessorName")).isEqualTo(name(assessor));

    assertThat(instance).isWaitingAt("submitEvidence").task().isAssignedTo(applicant);
    workflow.complete(applicant, instance, "submitEvidence", evidence());
    assertThat(workflow.variable(instance, "evidenceSubmittedOn")).isNotNull();

    assertThat(instance).isWaitingAt("scoreEvidence").task().isAssignedTo(assessor);
    workflow.complete(assessor, instance, "scoreEvidence", scores(4, 5, 4));
    assertThat(instance).hasPassed("tabulateScores");
    assertThat((String) workflow.variable(instance, "scoreTable"))
        .contains("| Observation of direct practice | 5 | Met |", "| Reflective discussion with the assessor | 4 | Met |");
    assertThat(workflow.variable(instance, "allElementsMet")).isEqualTo(true);

    assertThat(instance).isWaitingAt("panelDecision").task().hasCandidateGroup("kitborough-principal-social-workers");
    workflow.complete(psw, instance, "panelDecision", panel("progress"));
    assertThat(workflow.variable(instance, "panelChair")).as("the PSW who recorded it chaired").isEqualTo(psw);
    assertThat(workflow.variable(instance, "panelMember2Name")).isEqualTo(name(panelMember2));
    assertThat(instance).hasPassed("notifyPanelDecision").isWaitingAt("updateContract")
        .task().hasCandidateGroup("kitborough-people-and-culture");

    assertThatThrownBy(() -> workflow.complete(peopleAndCulture, instance, "updateContract",
        Map.of("levelEffectiveDate", "2027-01-01")))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("KB-10")
        .hasMessageContaining("Missing: the reference of the variation to contract.");
    workflow.clock(MONDAY.plusWeeks(2));
    workflow.complete(peopleAndCulture, instance, "updateContract",
        Map.of("contractVariationReference", "KB-VAR-0107", "levelEffectiveDate", "2027-01-01"));
    assertThat(instance).hasPassed("recordNewLevel", "notifyProgressed").isEnded().hasPassed("progressed");

    assertThat(directory.get(KB, applicant).currentLevel()).isEqualTo("3");
    assertThat(directory.levelChanges(KB, applicant)).singleElement().satisfies(change -> {
      assertThat(change.fromLevel()).isEqualTo("2");
      assertThat(change.toLevel()).isEqualTo("3");
      assertThat(change.effectiveOn()).isEqualTo(LocalDate.of(2027, 1, 1));
      assertThat(change.recordedBy()).isEqualTo(peopleAndCulture);
      assertThat(change.processInstanceId()).isEqualTo(instance.getId());
      assertThat(change.note()).contains("KB-VAR-0107");
    });
    assertThat(subjectsTo(applicant)).contains("Senior Practitioner Panel decision", "You are a Senior Practitioner");
    assertThat(subjectsTo(assessor)).contains("Senior Practitioner Panel decision");
  }

  // ---- Eligibility (kit block "Check eligibility", table kitboroughEligibility) ---------------------------

  @Test
  @DisplayName("KB-01, KB-02, KB-12: only a Level 2 social worker with ASYE may apply, one application at a time, and not while a procedure is open")
  void onlyLevelTwoWithAsyeOneAtATime() {
    String levelOne = staff.socialWorkerManagedBy(KB, "1", ASYE, lineManager);
    assertThatThrownBy(() -> apply(levelOne)).isInstanceOf(RuleRefusal.class)
        .hasMessage("KB-01: Senior Practitioner is open to Level 2 social workers; the staff directory records your level as 1.");
    String noAsye = staff.socialWorkerManagedBy(KB, "2", null, lineManager);
    assertThatThrownBy(() -> apply(noAsye)).isInstanceOf(RuleRefusal.class)
        .hasMessageStartingWith("KB-01").hasMessageContaining("no ASYE completion date");

    String underProcedure = staff.socialWorkerManagedBy(KB, "2", ASYE, lineManager);
    long procedure = directory.openProcedure(underProcedure, "DISCIPLINARY", LocalDate.of(2026, 11, 2));
    assertThatThrownBy(() -> apply(underProcedure)).isInstanceOf(RuleRefusal.class)
        .hasMessageStartingWith("KB-12").hasMessageContaining("procedure open for you");
    directory.closeProcedure(underProcedure, procedure, LocalDate.of(2026, 11, 20));
    assertThat(apply(underProcedure)).as("closed: the directory's fact changes the table's answer").isNotNull();

    apply(applicant);
    assertThatThrownBy(() -> apply(applicant)).isInstanceOf(RuleRefusal.class)
        .hasMessageStartingWith("KB-02").hasMessageContaining("already have an application for Senior Practitioner");
  }

  // ---- The line manager (kit block "Check: a decision with reasons") -------------------------------------

  @Test
  @DisplayName("KB-03: a line manager who does not support the application must say why; the worker is told and the application ends")
  void notSupportedNeedsReasons() {
    ProcessInstance instance = apply(applicant);
    assertThatThrownBy(() -> workflow.complete(lineManager, instance, "lineManagerDecision",
        Map.of("lineManagerDecision", "notSupported")))
        .isInstanceOf(RuleRefusal.class)
        .hasMessage("KB-03: Say why you do not support the application, and what the social worker should develop.");
    assertThatThrownBy(() -> workflow.complete(lineManager, instance, "lineManagerDecision",
        Map.of("lineManagerDecision", "later")))
        .isInstanceOf(RuleRefusal.class).hasMessage("KB-03: Answer 'Do you support the application?'.");
    assertThat(instance).isWaitingAt("lineManagerDecision");

    workflow.complete(lineManager, instance, "lineManagerDecision", Map.of("lineManagerDecision", "notSupported",
        "lineManagerReasons", "Lead a child protection conference first."));
    assertThat(instance).hasPassed("notifyNotSupported").isEnded().hasPassed("notSupported");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("lineManagerDecidedOn").singleResult()).as("when the line manager decided").isNotNull();
    MimeMessage told = mailTo(applicant, "Your application for Senior Practitioner was not supported");
    assertThat(body(told)).contains("Lead a child protection conference first.");
  }

  // ---- The assessor (kit block "Check: person chosen for a role", table kitboroughPositions) ---------------

  @Test
  @DisplayName("KB-04: the assessor is a team manager or PIP and not the applicant's line manager; the form offers only them")
  void assessorFromThePositionsTable() {
    ProcessInstance instance = supported();
    String colleague = staff.socialWorkerManagedBy(KB, "2", ASYE, lineManager);

    assertThatThrownBy(() -> workflow.complete(psw, instance, "chooseAssessor", Map.of("assessor", colleague)))
        .isInstanceOf(RuleRefusal.class).hasMessage("KB-04: The assessor must be one of the team managers or "
            + "practice improvement practitioners; " + name(colleague) + " is not.");
    assertThatThrownBy(() -> workflow.complete(psw, instance, "chooseAssessor", Map.of("assessor", lineManager)))
        .isInstanceOf(RuleRefusal.class).hasMessage("KB-04: " + name(lineManager)
            + " is the applicant's line manager, so is not independent enough to be the assessor. Choose someone else.");
    assertThatThrownBy(() -> workflow.complete(psw, instance, "chooseAssessor", Map.of()))
        .isInstanceOf(RuleRefusal.class).hasMessage("KB-04: Choose the assessor.");
    assertThat(instance).isWaitingAt("chooseAssessor");
    assertThat(optionValues(instance, "chooseAssessor", "assessorOptions"))
        .as("the select list offers only whom the check accepts")
        .contains(assessor, panelMember1).doesNotContain(lineManager, applicant, colleague, panelMember2);

    workflow.complete(psw, instance, "chooseAssessor", Map.of("assessor", panelMember1));
    assertThat(instance).isWaitingAt("submitEvidence");
  }

  // ---- Evidence (kit block "Check: required parts of a submission", with word limits) ----------------------

  @Test
  @DisplayName("KB-05: every KSS area is needed and an area over 500 words is refused naming it; the form's pattern refuses it too")
  void supportingEvidenceWithWordLimits() throws IOException {
    ProcessInstance instance = withAssessor();
    Map<String, Object> twoMissing = evidence();
    twoMissing.remove("kssLaw");
    twoMissing.put("kssOrganisationalContext", "   ");
    assertThatThrownBy(() -> workflow.complete(applicant, instance, "submitEvidence", twoMissing))
        .isInstanceOf(RuleRefusal.class).hasMessage("KB-05: 'Submit the supporting evidence (social worker)' is not "
            + "complete. Missing: your evidence on the law and the family and youth justice systems (KSS 8); "
            + "your evidence on organisational context (KSS 10).");

    Map<String, Object> tooLong = evidence();
    tooLong.put("kssAssessment", words(501));
    assertThatThrownBy(() -> workflow.complete(applicant, instance, "submitEvidence", tooLong))
        .as("the form's word limit, applied on the server too").isInstanceOf(RuleRefusal.class)
        .hasMessage("KB-05: '6. Child and family assessment' has 501 words; at most 500 are allowed.");
    assertThat(instance).isWaitingAt("submitEvidence");

    JsonNode form = new ObjectMapper().readTree(EVIDENCE_FORM.toFile());
    Map<String, String> patterns = new LinkedHashMap<>();
    form.get("components").forEach(c -> {
      if (KSS_AREAS.contains(c.path("key").asText())) {
        patterns.put(c.get("key").asText(), c.path("validate").path("pattern").asText());
      }
    });
    assertThat(patterns).as("every area of the form carries the word limit").containsOnlyKeys(KSS_AREAS);
    patterns.forEach((area, pattern) -> {
      // form-js tests a pattern as JavaScript's RegExp.test does: a match anywhere, here anchored by the pattern.
      Pattern browser = Pattern.compile(pattern);
      assertThat(browser.matcher(words(500)).find()).as("%s: 500 words pass in the browser", area).isTrue();
      assertThat(browser.matcher(" " + words(500) + "\n").find()).as("%s: surrounding white space", area).isTrue();
      assertThat(browser.matcher(words(501)).find()).as("%s: 501 words fail in the browser", area).isFalse();
    });

    Map<String, Object> atTheLimit = evidence();
    atTheLimit.put("kssAssessment", words(500));
    workflow.complete(applicant, instance, "submitEvidence", atTheLimit);
    assertThat(instance).isWaitingAt("scoreEvidence");
  }

  // ---- Scores (kit block "Score elements against a pass mark", table kitboroughElementMet) -------------------

  @Test
  @DisplayName("KB-06: scores are whole numbers from 1 to 5 and 4 or above meets an element; the assessor's summary is needed")
  void scoresFromOneToFiveWithPassMarkFour() {
    ProcessInstance instance = evidenceIn();
    assertThatThrownBy(() -> workflow.complete(assessor, instance, "scoreEvidence", scores(4, 6, 4)))
        .isInstanceOf(RuleRefusal.class)
        .hasMessage("KB-06: 'Observation of direct practice (1 to 5)' must be from 1 to 5; 6 is not.");
    assertThatThrownBy(() -> workflow.complete(assessor, instance, "scoreEvidence", scores(0, 4, 4)))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("KB-06: 'Supporting evidence against the ten KSS "
            + "areas (1 to 5)' must be from 1 to 5; 0 is not.");
    Map<String, Object> noSummary = scores(4, 4, 4);
    noSummary.remove("assessorSummary");
    assertThatThrownBy(() -> workflow.complete(assessor, instance, "scoreEvidence", noSummary))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("KB-06").hasMessageEndingWith("Missing: your summary for the panel.");
    assertThat(instance).isWaitingAt("scoreEvidence");

    workflow.complete(assessor, instance, "scoreEvidence", scores(5, 3, 4));
    assertThat(workflow.variable(instance, "supportingEvidenceMet")).isEqualTo(true);
    assertThat(workflow.variable(instance, "observationMet")).as("3 is below the pass mark of 4").isEqualTo(false);
    assertThat(workflow.variable(instance, "reflectiveDiscussionMet")).as("4 is the pass mark").isEqualTo(true);
    assertThat(workflow.variable(instance, "elementsNotMet")).isEqualTo("Observation of direct practice");
  }

  // ---- The panel (person chosen for a role, independent of the application, decision with reasons) -----------

  @Test
  @DisplayName("KB-07: the panel is two different team or service managers, neither the assessor nor anyone who took part in the application")
  void anIndependentPanelOfTwoDifferentPeople() {
    String teamManagerAssessor = staff.member(KB, "TM", Role.TEAM_MANAGERS);
    String pswAndServiceManager = staff.member(KB, "PSW", Role.PRINCIPAL_SOCIAL_WORKERS, Role.SERVICE_MANAGERS);
    ProcessInstance instance = supported();
    workflow.complete(pswAndServiceManager, instance, "chooseAssessor", Map.of("assessor", teamManagerAssessor));
    workflow.complete(applicant, instance, "submitEvidence", evidence());
    workflow.complete(teamManagerAssessor, instance, "scoreEvidence", scores(4, 4, 4));
    assertThat(optionValues(instance, "panelDecision", "panelMember1Options"))
        .as("the select list leaves out the applicant, the line manager and the assessor")
        .contains(panelMember1, panelMember2).doesNotContain(applicant, lineManager, teamManagerAssessor, psw);

    Map<String, Object> sameTwice = panel("progress");
    sameTwice.put("panelMember2", panelMember1);
    assertThatThrownBy(() -> workflow.complete(psw, instance, "panelDecision", sameTwice))
        .isInstanceOf(RuleRefusal.class).hasMessage("KB-07: The first panel member and the second panel member must be "
            + "different people; " + name(panelMember1) + " is chosen as both the first panel member and the second panel member.");
    Map<String, Object> theAssessor = panel("progress");
    theAssessor.put("panelMember1", teamManagerAssessor);
    assertThatThrownBy(() -> workflow.complete(psw, instance, "panelDecision", theAssessor))
        .isInstanceOf(RuleRefusal.class).hasMessage("KB-07: " + name(teamManagerAssessor)
            + " was the assessor, so is not independent enough to be the first panel member. Choose someone else.");
    Map<String, Object> notAManager = panel("progress");
    notAManager.put("panelMember2", applicant);
    assertThatThrownBy(() -> workflow.complete(psw, instance, "panelDecision", notAManager))
        .isInstanceOf(RuleRefusal.class).hasMessage("KB-07: The second panel member must be one of the team managers "
            + "or service managers; " + name(applicant) + " is not.");
    Map<String, Object> tookPart = panel("progress");
    tookPart.put("panelMember2", pswAndServiceManager);
    assertThatThrownBy(() -> workflow.complete(psw, instance, "panelDecision", tookPart))
        .isInstanceOf(RuleRefusal.class).hasMessage("KB-07: The panel must not include anyone involved in the application "
            + "so far. " + name(pswAndServiceManager) + " completed 'Choose an assessor (PSW)'. Choose other members.");
    assertThatThrownBy(() -> workflow.complete(psw, instance, "panelDecision", panel("undecided")))
        .isInstanceOf(RuleRefusal.class).hasMessage("KB-07: Answer 'What does the panel decide?'.");
    assertThat(instance).isWaitingAt("panelDecision");

    workflow.complete(psw, instance, "panelDecision", panel("progress"));
    assertThat(instance).isWaitingAt("updateContract");
  }

  // ---- Deferral (kit block "Check: feedback on every element not met") and reapplying -----------------------

  @Test
  @DisplayName("KB-08, KB-11: a deferral needs overall feedback and feedback on each element not met; accepted, the worker may apply again six months later")
  void aDeferralWithFullFeedbackThenSixMonths() {
    ProcessInstance instance = scored(4, 3, 4);
    assertThatThrownBy(() -> workflow.complete(psw, instance, "panelDecision", panel("defer")))
        .isInstanceOf(RuleRefusal.class)
        .hasMessage("KB-08: Give the panel's overall feedback: why it defers, and how the applicant can develop.");
    Map<String, Object> deferral = panel("defer");
    deferral.put("panelFeedback", "Strong evidence; practice not yet observed at Senior Practitioner level.");
    assertThatThrownBy(() -> workflow.complete(psw, instance, "panelDecision", deferral))
        .isInstanceOf(RuleRefusal.class).hasMessage("KB-08: A deferral gives full feedback on every element not met. "
            + "Add feedback on: Observation of direct practice.");
    assertThat(instance).isWaitingAt("panelDecision");

    deferral.put("feedbackObservation", "Take the lead in a complex family meeting.");
    workflow.complete(psw, instance, "panelDecision", deferral);
    assertThat(instance).hasPassed("notifyPanelDecision", "openAppealWindow").isWaitingAt("considerAppeal")
        .task().isAssignedTo(applicant).hasDueDate(Dates.endOfDay(LocalDate.of(2026, 12, 7)));
    assertThat(body(mailTo(applicant, "Senior Practitioner Panel decision")))
        .contains("deferred", "Elements not met: Observation of direct practice");

    workflow.complete(applicant, instance, "considerAppeal", Map.of("appealDecision", "accept"));
    assertThat(instance).hasPassed("deferralStands", "recordDeferral").isEnded().hasPassed("deferred");

    workflow.clock(MONDAY.plusMonths(6).minusDays(1));
    assertThatThrownBy(() -> apply(applicant)).isInstanceOf(RuleRefusal.class)
        .hasMessage("KB-11: Your last application was deferred less than six months ago. You can apply again from 23 May 2027.");
    workflow.clock(MONDAY.plusMonths(6));
    assertThat(apply(applicant)).isWaitingAt("lineManagerDecision");
  }

  // ---- Appeal (working-days deadline, "Check: an appeal lodged in time", decision with reasons) ---------------

  @Test
  @DisplayName("KB-09: an upheld appeal goes back to the panel; after a second deferral a late appeal is refused and the window closes")
  void anUpheldAppealThenTheWindowCloses() {
    ProcessInstance instance = deferred();
    assertThatThrownBy(() -> workflow.complete(applicant, instance, "considerAppeal", Map.of("appealDecision", "appeal")))
        .isInstanceOf(RuleRefusal.class).hasMessageStartingWith("KB-09: Give the grounds of your appeal");
    workflow.complete(applicant, instance, "considerAppeal", Map.of("appealDecision", "appeal",
        "appealGrounds", "The panel met without the assessor's summary."));
    assertThat(instance).isWaitingAt("reviewAppeal").task().hasCandidateGroup("kitborough-heads-of-service");

    assertThatThrownBy(() -> workflow.complete(headOfService, instance, "reviewAppeal", Map.of("appealOutcome", "upheld")))
        .isInstanceOf(RuleRefusal.class).hasMessage("KB-09: Give the reasons for your decision on the appeal.");
    workflow.complete(headOfService, instance, "reviewAppeal", Map.of("appealOutcome", "upheld",
        "appealOutcomeReasons", "The summary was not before the panel."));
    assertThat(instance).hasPassed("notifyAppealDecision").isWaitingAt("panelDecision");
    assertThat(workflow.variable(instance, "appealReviewer")).isEqualTo(headOfService);
    assertThat(body(mailTo(psw, "Appeal against the Senior Practitioner Panel's deferral: upheld")))
        .contains("The summary was not before the panel.");

    workflow.clock(MONDAY.plusWeeks(1));
    workflow.complete(psw, instance, "panelDecision", deferral());
    assertThat(instance).isWaitingAt("considerAppeal");
    Date deadline = (Date) workflow.variable(instance, "appealDeadline");
    assertThat(Dates.toLocalDate(deadline)).as("ten working days after Monday 30 November").isEqualTo(LocalDate.of(2026, 12, 14));

    workflow.clock(LocalDate.of(2026, 12, 15));
    assertThatThrownBy(() -> workflow.complete(applicant, instance, "considerAppeal", Map.of("appealDecision", "appeal",
        "appealGrounds", "Late grounds.")))
        .isInstanceOf(RuleRefusal.class).hasMessage("KB-09: The deadline for an appeal was the end of 14 December 2026 "
            + "(10 working days after 30 November 2026). An appeal can no longer be lodged.");
    workflow.fire(instance, "appealWindowClosed");
    assertThat(instance).hasPassed("appealWindowClosed", "recordDeferral").isEnded().hasPassed("deferred");
  }

  @Test
  @DisplayName("KB-09: a dismissed appeal: the worker and the panel chair are told why, and the deferral stands")
  void aDismissedAppeal() {
    ProcessInstance instance = deferred();
    workflow.complete(applicant, instance, "considerAppeal", Map.of("appealDecision", "appeal",
        "appealGrounds", "I was not told the panel date."));
    workflow.complete(headOfService, instance, "reviewAppeal", Map.of("appealOutcome", "dismissed",
        "appealOutcomeReasons", "The date was in the invitation of 2 November."));
    assertThat(instance).hasPassed("notifyAppealDecision", "deferralStands", "recordDeferral").isEnded().hasPassed("deferred");
    assertThat(body(mailTo(applicant, "Appeal against the Senior Practitioner Panel's deferral: dismissed")))
        .contains("The date was in the invitation of 2 November.");
  }

  // ---- No Java of its own --------------------------------------------------------------------------------

  @Test
  @DisplayName("Kitborough has no Java of its own: nothing under src/main names Kitborough")
  void noJavaOfItsOwn() throws IOException {
    List<Path> naming;
    try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
      naming = files.filter(Files::isRegularFile).filter(KitboroughRouteTest::namesKitborough).toList();
    }
    assertThat(naming).isEmpty();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      assertThat(files.filter(f -> f.toString().endsWith(".java")).count()).as("the check read the sources").isPositive();
    }
  }

  @Test
  @DisplayName("The route is composed only of kit blocks: every bean the diagram calls has an element template, and each step sets the inputs its template requires")
  void composedOnlyOfKitBlocks() throws IOException {
    Map<String, Set<String>> requiredInputs = templates();
    BpmnModelInstance model = Bpmn.readModelFromFile(DIAGRAM.toFile());
    assertThat(model.getModelElementsByType(ScriptTask.class)).isEmpty();
    assertThat(model.getModelElementsByType(CamundaTaskListener.class)).isEmpty();
    List<String> problems = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (Activity activity : model.getModelElementsByType(Activity.class)) {
      for (String attribute : List.of("class", "expression")) {
        if (activity.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", attribute) != null) {
          problems.add(activity.getId() + ": camunda:" + attribute + " is code of its own, not a kit block");
        }
      }
      Set<String> inputs = model.getModelElementsByType(CamundaInputParameter.class).stream()
          .filter(input -> input.getParentElement().getParentElement().getParentElement() == activity)
          .map(CamundaInputParameter::getCamundaName).collect(Collectors.toSet());
      for (String bean : beansOf(activity)) {
        used.add(bean);
        if (!requiredInputs.containsKey(bean)) {
          problems.add(activity.getId() + ": ${" + bean + "} is not a kit block with an element template");
        } else if (!inputs.containsAll(requiredInputs.get(bean))) {
          problems.add(activity.getId() + ": ${" + bean + "} needs " + requiredInputs.get(bean));
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(used).contains("eligibilityCheck", "decisionWithReasons", "personChosenForRole", "requiredParts",
        "scoreElements", "independentOfTheApplication", "feedbackOnElementsNotMet", "workingDaysDeadline",
        "appealDeadlineCheck", "levelChange", "deferralRecord", "sendNotification");
  }

  // ---- Helpers -------------------------------------------------------------------------------------------

  ProcessInstance apply(String worker) {
    return workflow.start(worker, KB, ROUTE, Map.of("readinessStatement", "We discussed it in supervision in October."));
  }

  ProcessInstance supported() {
    ProcessInstance instance = apply(applicant);
    workflow.complete(lineManager, instance, "lineManagerDecision", Map.of("lineManagerDecision", "supported"));
    return instance;
  }

  ProcessInstance withAssessor() {
    ProcessInstance instance = supported();
    workflow.complete(psw, instance, "chooseAssessor", Map.of("assessor", assessor));
    return instance;
  }

  ProcessInstance evidenceIn() {
    ProcessInstance instance = withAssessor();
    workflow.complete(applicant, instance, "submitEvidence", evidence());
    return instance;
  }

  ProcessInstance scored(long supportingEvidence, long observation, long reflectiveDiscussion) {
    ProcessInstance instance = evidenceIn();
    workflow.complete(assessor, instance, "scoreEvidence", scores(supportingEvidence, observation, reflectiveDiscussion));
    return instance;
  }

  /** Deferred by the panel on the test's Monday, with the observation not met: the appeal window is open. */
  ProcessInstance deferred() {
    ProcessInstance instance = scored(4, 3, 4);
    workflow.complete(psw, instance, "panelDecision", deferral());
    assertThat(instance).isWaitingAt("considerAppeal");
    return instance;
  }

  Map<String, Object> deferral() {
    Map<String, Object> deferral = panel("defer");
    deferral.put("panelFeedback", "Not yet at Senior Practitioner level in direct work.");
    deferral.put("feedbackObservation", "Take the lead in a complex family meeting.");
    return deferral;
  }

  static Map<String, Object> evidence() {
    Map<String, Object> form = new HashMap<>();
    KSS_AREAS.forEach(area -> form.put(area, "In my work with the Okafor family I " + area + ": " + words(40)));
    return form;
  }

  static Map<String, Object> scores(long supportingEvidence, long observation, long reflectiveDiscussion) {
    Map<String, Object> form = new HashMap<>();
    form.put("scoreSupportingEvidence", supportingEvidence);
    form.put("scoreObservation", observation);
    form.put("scoreReflectiveDiscussion", reflectiveDiscussion);
    form.put("assessorSummary", "Observed a home visit; a thoughtful reflective discussion.");
    return form;
  }

  Map<String, Object> panel(String decision) {
    Map<String, Object> form = new HashMap<>();
    form.put("panelMember1", panelMember1);
    form.put("panelMember2", panelMember2);
    form.put("panelDecision", decision);
    return form;
  }

  static String words(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(n -> "word" + n).collect(Collectors.joining(" "));
  }

  String name(String userId) {
    return directory.get(KB, userId).fullName();
  }

  List<String> optionValues(ProcessInstance instance, String taskKey, String optionsVariable) {
    SpinJsonNode options = (SpinJsonNode) engine.getTaskService().getVariable(workflow.task(instance, taskKey).getId(), optionsVariable);
    List<String> values = new ArrayList<>();
    options.elements().forEach(option -> values.add(option.prop("value").stringValue()));
    return values;
  }

  List<String> subjectsTo(String userId) {
    List<String> subjects = new ArrayList<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      if (recipients(message).contains(directory.get(KB, userId).email())) {
        subjects.add(subject(message));
      }
    }
    return subjects;
  }

  MimeMessage mailTo(String userId, String subject) {
    assertThat(subjectsTo(userId)).as("mail to %s", userId).contains(subject);
    return Stream.of(mail.getReceivedMessages()).filter(message -> subject.equals(subject(message))
        && recipients(message).contains(directory.get(KB, userId).email())).findFirst().orElseThrow();
  }

  private static boolean namesKitborough(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase().contains("kitborough");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Kit block bean to the inputs its element template requires (element-templates/*.json). */
  private static Map<String, Set<String>> templates() throws IOException {
    Map<String, Set<String>> required = new HashMap<>();
    Pattern bean = Pattern.compile("^\\$\\{(\\w+)}$");
    try (Stream<Path> files = Files.list(Path.of("element-templates"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        for (JsonNode template : new ObjectMapper().readTree(file.toFile())) {
          String name = null;
          Set<String> inputs = new HashSet<>();
          for (JsonNode property : template.get("properties")) {
            Matcher matcher = bean.matcher(property.path("value").asText());
            if ("Hidden".equals(property.path("type").asText()) && matcher.matches()) {
              name = matcher.group(1);
            }
            if ("camunda:inputParameter".equals(property.path("binding").path("type").asText())
                && property.path("constraints").path("notEmpty").asBoolean(false)) {
              inputs.add(property.path("binding").path("name").asText());
            }
          }
          required.put(name, inputs);
        }
      }
    }
    return required;
  }

  private static List<String> beansOf(Activity activity) {
    List<String> expressions = new ArrayList<>();
    String delegate = activity.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "delegateExpression");
    if (delegate != null) {
      expressions.add(delegate);
    }
    if (activity.getExtensionElements() != null) {
      activity.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class).list()
          .forEach(listener -> expressions.add(listener.getCamundaDelegateExpression()));
    }
    Pattern bean = Pattern.compile("^\\$\\{(\\w+)}$");
    return expressions.stream().map(expression -> {
      Matcher matcher = bean.matcher(expression == null ? "" : expression);
      return matcher.matches() ? matcher.group(1) : String.valueOf(expression);
    }).toList();
  }
}
