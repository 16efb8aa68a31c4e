package com.socialworkprogression.process.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.support.NelcApplications;
import com.socialworkprogression.support.Rest;
import com.socialworkprogression.support.RestTest;
import com.socialworkprogression.support.SwpSpringTest;
import com.socialworkprogression.support.TestStaff;
import com.socialworkprogression.support.Workflow;
import com.socialworkprogression.tenancy.Role;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each task's and start event's own Camunda Form is applied by the server, over REST as Tasklist and
 * other clients submit: required fields, dates, numbers, choices, patterns, word limits, hidden fields.
 * A refusal is a 400 naming the field by its label; nothing of the refused submission is saved.
 */
class FormRulesTest extends RestTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
  static final String LEAD_ASSESSOR = "priya.shah";
  static final String TEST_TENANT = "othershire";
  static final String TEST_ROUTE = "swpFormRulesTest";


  @BeforeEach
  void setUp() {
    workflow.clock(MONDAY);
    engine.getRepositoryService().createDeployment().name("swp-form-rules-test").tenantId(TEST_TENANT)
        .enableDuplicateFiltering(true)
        .addClasspathResource("integrity/form-rules-test.bpmn")
        .addClasspathResource("integrity/reflection.form")
        .addClasspathResource("integrity/review.form")
        .deploy();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // ---- NELC's own forms ----------------------------------------------------------------------------

  @Test
  @DisplayName("'Observe practice' completed with nothing, then with the date 23/11/2026, is refused naming the fields; the task stays open with nothing saved; then it completes")
  void observePractice() {
    ProcessInstance instance = atThePortfolio(staff.socialWorker("nelc", "2", 8));
    Task task = workflow.task(instance, "observePractice");

    Rest.Response nothing = rest.post(LEAD_ASSESSOR, "/engine-rest/task/" + task.getId() + "/complete", "{}");
    assertThat(nothing.status()).as(nothing.body()).isEqualTo(400);
    assertThat(nothing.body()).contains("'Date of the observation' is required.", "'What you observed' is required.",
        "'Your competency-based evaluation' is required.").doesNotContain("at org.", "ENGINE-");
    Rest.Response nothingSubmitted = rest.post(LEAD_ASSESSOR, "/engine-rest/task/" + task.getId() + "/submit-form",
        "{\"variables\": {}}");
    assertThat(nothingSubmitted.status()).isEqualTo(400);
    assertThat(nothingSubmitted.body()).contains("'Date of the observation' is required.");

    Rest.Response britishDate = rest.post(LEAD_ASSESSOR, "/engine-rest/task/" + task.getId() + "/submit-form",
        form("firstObservationDate", "23/11/2026", "firstObservationActivity", "CIN meeting",
            "firstObservationEvaluation", "Confident chairing."));
    assertThat(britishDate.status()).as(britishDate.body()).isEqualTo(400);
    assertThat(britishDate.body())
        .contains("'Date of the observation' must be a date like 2026-11-23; '23/11/2026' is not one.");
    Rest.Response viaComplete = rest.post(LEAD_ASSESSOR, "/engine-rest/task/" + task.getId() + "/complete",
        form("firstObservationDate", "23/11/2026", "firstObservationActivity", "CIN meeting",
            "firstObservationEvaluation", "Confident chairing."));
    assertThat(viaComplete.status()).isEqualTo(400);
    assertThat(viaComplete.body()).contains("'Date of the observation' must be a date like 2026-11-23");

    assertThat(workflow.task(instance, "observePractice").getId()).as("the task stays open").isEqualTo(task.getId());
    assertThat(workflow.variable(instance, "firstObservationActivity")).as("nothing is saved").isNull();
    assertThat(workflow.variable(instance, "firstObservationDate")).isNull();
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance.getId())
        .variableUpdates().list()).noneMatch(detail -> detail.toString().contains("firstObservation"));

    Rest.Response valid = rest.post(LEAD_ASSESSOR, "/engine-rest/task/" + task.getId() + "/submit-form",
        form("firstObservationDate", "2026-11-23", "firstObservationActivity", "CIN meeting",
            "firstObservationEvaluation", "Confident chairing."));
    assertThat(valid.status()).as(valid.body()).isEqualTo(204);
    assertThat(workflow.variable(instance, "firstObservationDate")).isEqualTo("2026-11-23");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isZero();
  }

  @Test
  @DisplayName("The form's shape comes first, then the route's own rule, then what the form is missing")
  void wellFormedThenTheRoutesRuleThenComplete() {
    ProcessInstance instance = approved(staff.socialWorker("nelc", "2", 8));
    workflow.complete("sam.patel", instance, "appointLeadAssessor", Map.of("leadAssessor", LEAD_ASSESSOR));

    Map<String, Object> meeting = new HashMap<>(Map.of("initialMeetingDate", "next Tuesday", "supervisorAttended", true,
        "initialAssessment", "Good start.", "developmentPlan", "Mentoring log.", "panelPoints", "Panel in June",
        "independentObserver", "lewis.brown"));
    assertThatThrownBy(() -> workflow.complete(LEAD_ASSESSOR, instance, "holdInitialMeeting", meeting))
        .as("a malformed date is refused before the route's checks see it")
        .isInstanceOf(FormRuleRefusal.class)
        .hasMessageStartingWith("'Date of the initial meeting' must be a date like 2026-11-23; 'next Tuesday' is not one.");

    meeting.put("initialMeetingDate", "2026-11-30");
    assertThatThrownBy(() -> workflow.complete(LEAD_ASSESSOR, instance, "holdInitialMeeting", meeting))
        .as("the route's own rule").isInstanceOf(RuleRefusal.class).hasMessageStartingWith("NELC-L3-07");

    meeting.put("independentObserver", "peter.jones");
    meeting.remove("panelPoints");
    meeting.put("supervisorAttended", "yes");
    assertThatThrownBy(() -> workflow.complete(LEAD_ASSESSOR, instance, "holdInitialMeeting", meeting))
        .as("malformed: refused at once, with everything else the form finds")
        .isInstanceOf(FormRuleRefusal.class)
        .hasMessage("'The applicant's supervisor attended the meeting' must be ticked or not (true or false); 'yes' is neither."
            + " 'Panel points agreed with the applicant' is required.");
    meeting.put("supervisorAttended", false);
    assertThatThrownBy(() -> workflow.complete(LEAD_ASSESSOR, instance, "holdInitialMeeting", meeting))
        .isInstanceOf(FormRuleRefusal.class).hasMessage("'Panel points agreed with the applicant' is required.");
    assertThat(workflow.task(instance, "holdInitialMeeting")).isNotNull();

    meeting.put("panelPoints", "Panel in June");
    workflow.complete(LEAD_ASSESSOR, instance, "holdInitialMeeting", meeting);
    assertThat(workflow.task(instance, "observePractice")).isNotNull();
  }

  @Test
  @DisplayName("The Expression of Intent's start form: a missing required answer is refused naming it, and no application starts")
  void theStartFormsRequiredFields() throws Exception {
    String applicant = staff.socialWorker("nelc", "2", 8);
    Rest.Response refused = rest.post(applicant,
        "/engine-rest/process-definition/key/nelcSeniorSocialWorker/tenant-id/nelc/submit-form",
        form("experienceSummary", "Five years.", "portfolioCommitment", true));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("'Why you feel ready to progress to Senior Social Worker' is required.");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().startedBy(applicant).count()).isZero();

    Rest.Response started = rest.post(applicant,
        "/engine-rest/process-definition/key/nelcSeniorSocialWorker/tenant-id/nelc/submit-form",
        form("readinessStatement", "Ready.", "experienceSummary", "Five years.", "portfolioCommitment", true));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
  }

  @Test
  @DisplayName("A field the form hides is not required; shown, the route's own rule speaks first")
  void aHiddenFieldIsNotRequired() {
    ProcessInstance instance = NelcApplications.apply(workflow, "nelc", staff.socialWorker("nelc", "2", 8));
    Task task = workflow.task(instance, "supportExpressionOfIntent");

    Rest.Response notSupported = rest.post("lewis.brown", "/engine-rest/task/" + task.getId() + "/submit-form",
        form("lineManagerDecision", "notSupported"));
    assertThat(notSupported.status()).isEqualTo(400);
    assertThat(notSupported.body()).contains("NELC-L3-03");

    Rest.Response notAChoice = rest.post("lewis.brown", "/engine-rest/task/" + task.getId() + "/submit-form",
        form("lineManagerDecision", "maybe"));
    assertThat(notAChoice.status()).isEqualTo(400);

    Rest.Response supported = rest.post("lewis.brown", "/engine-rest/task/" + task.getId() + "/submit-form",
        form("lineManagerDecision", "supported"));
    assertThat(supported.status()).as("'Areas the social worker needs to develop' is hidden: " + supported.body())
        .isEqualTo(204);
  }

  // ---- A test form with every kind of rule ---------------------------------------------------------

  @Test
  @DisplayName("Start form: every missing required field is named; nothing starts")
  void startFormMissingRequiredFields() throws Exception {
    String applicant = testApplicant();
    Rest.Response refused = startTestRoute(applicant, form("route", "manager"));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("'Area 1' is required.", "'Line manager's name' is required.",
        "'Date you started' is required.", "'This is my own work' is required.")
        .doesNotContain("Who confirms it?", "Name of the other agency");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().startedBy(applicant).count()).isZero();
  }

  @Test
  @DisplayName("A field hidden by its condition (or its group's) is not required; shown, it is")
  void conditionalFields() throws Exception {
    String applicant = testApplicant();
    Map<String, Object> reflection = reflection();
    reflection.put("route", "external");
    reflection.remove("managerName");
    Rest.Response refused = startTestRoute(applicant, form(reflection));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("'Name of the other agency' is required.").doesNotContain("Line manager");

    reflection.put("agencyName", "NHS Humber");
    assertThat(startTestRoute(applicant, form(reflection)).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("A word limit: 'Area 1' has 51 words; at most 50 are allowed")
  void aWordLimit() throws Exception {
    String applicant = testApplicant();
    Map<String, Object> reflection = reflection();
    reflection.put("area1", words(51));
    Rest.Response refused = startTestRoute(applicant, form(reflection));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("'Area 1' has 51 words; at most 50 are allowed.").doesNotContain("pattern");

    reflection.put("area1", words(50) + "\n");
    assertThat(startTestRoute(applicant, form(reflection)).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("Numbers, emails, dates, ticks and choices are checked as the form checks them; a field may name its scheme rule")
  void valuesOfEachKind() throws Exception {
    String applicant = testApplicant();
    Map<String, Object> reflection = reflection();
    reflection.put("supervisionHours", 2.5);
    reflection.put("contactEmail", "lewis.brown at nelc");
    reflection.put("startedOn", "2026-02-30");
    reflection.put("ownWork", false);
    reflection.put("topics", json("[\"court\", \"cooking\"]"));
    reflection.put("selfScore", 5);
    Rest.Response refused = startTestRoute(applicant, form(reflection));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains(
        "'Hours of supervision' must be a whole number; 2.5 is not one.",
        "'Contact email' must be an email address; 'lewis.brown at nelc' is not one.",
        "'Date you started' must be a date like 2026-11-23; '2026-02-30' is not one.",
        "'This is my own work' is required.",
        "'Topics' may hold only the choices offered (court, multiAgency); 'cooking' is not one of them.",
        "TEST-11: 'Your own score (1 to 4)' must be from 1 to 4; 5 is not.");

    reflection = reflection();
    reflection.put("supervisionHours", 11);
    reflection.put("route", "manager and agency");
    Rest.Response outOfRange = startTestRoute(applicant, form(reflection));
    assertThat(outOfRange.body()).contains("'Hours of supervision' must be from 1 to 10; 11 is not.",
        "'Who confirms it?' must be one of the choices offered (manager, external); 'manager and agency' is not one of them.");

    reflection = reflection();
    reflection.put("supervisionHours", "7");
    assertThat(startTestRoute(applicant, form(reflection)).body())
        .contains("'Hours of supervision' must be sent as a number, not as text ('7').");

    assertThat(startTestRoute(applicant, form(reflection())).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("Task form: pattern, length, options from a variable, time, no past date; a route check that fails on a missing value still gives the form's refusal; the Java API is checked too")
  void taskForm() throws Exception {
    String applicant = testApplicant();
    Map<String, Object> reflection = reflection();
    reflection.put("reviewerOptions", json("[{\"label\": \"Priya Shah\", \"value\": \"priya.shah\"},"
        + " {\"label\": \"Peter Jones\", \"value\": \"peter.jones\"}]"));
    Rest.Response started = startTestRoute(applicant, form(reflection));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = JSON.readTree(started.body()).get("id").asText();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();

    Rest.Response refused = rest.post(applicant, "/engine-rest/task/" + task.getId() + "/submit-form", form(
        "reviewReference", "ABC", "secondReviewer", "olivia.grant", "reviewTime", "2pm", "nextReviewOn", "2026-11-20"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains(
        "'Your note on the reflection' is required.",
        "'Review reference' is not in the form this field needs (pattern ^REF-\\\\d+$).",
        "'Second reviewer' must be one of the choices offered; 'olivia.grant' is not one of them.",
        "'Time of the review' must be a time like 14:30; '2pm' is not one.",
        "'Next review' must not be in the past; 2026-11-20 is before today, 2026-11-23.");
    // Well-formed but incomplete: the route's own check (NoteCheck) runs and fails on the missing note with a
    // NullPointerException; the person is told what the form is missing, not given a server error.
    Rest.Response wellFormed = rest.post(applicant, "/engine-rest/task/" + task.getId() + "/submit-form", form(
        "reviewReference", "REF-1", "secondReviewer", "olivia.grant", "reviewTime", "14:30"));
    assertThat(wellFormed.status()).as(wellFormed.body()).isEqualTo(400);
    assertThat(wellFormed.body()).contains("'Your note on the reflection' is required.",
        "'Second reviewer' must be one of the choices offered").doesNotContain("Review reference", "Time of the review");
    Rest.Response tooLong = rest.post(applicant, "/engine-rest/task/" + task.getId() + "/complete", form(
        "reviewNote", "Fine.", "reviewReference", "REF-1234567890", "secondReviewer", "peter.jones"));
    assertThat(tooLong.body()).contains("'Review reference' must be at most 12 characters long; it has 14.");
    assertThat(engine.getRuntimeService().getVariable(instanceId, "reviewNote")).isNull();
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

    assertThatThrownBy(() -> workflow.as(applicant, () -> engine.getTaskService().complete(task.getId(),
        Map.of("reviewNote", "Fine.", "secondReviewer", "olivia.grant"))))
        .isInstanceOf(FormRuleRefusal.class).hasMessageContaining("'Second reviewer' must be one of the choices offered");

    Rest.Response valid = rest.post(applicant, "/engine-rest/task/" + task.getId() + "/submit-form", form(
        "reviewNote", "Fine.", "reviewReference", "REF-12", "secondReviewer", "peter.jones", "reviewTime", "14:30",
        "nextReviewOn", "2026-11-23"));
    assertThat(valid.status()).as(valid.body()).isEqualTo(204);
  }

  @Test
  @DisplayName("A task the engine completes itself (no user) is not checked: the required 'Second reviewer' may be missing")
  void theEnginesOwnWorkIsNotChecked() throws Exception {
    String applicant = testApplicant();
    Rest.Response started = startTestRoute(applicant, form(reflection()));
    String instanceId = JSON.readTree(started.body()).get("id").asText();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
    engine.getTaskService().complete(task.getId(), Map.of("reviewNote", "Closed by the system."));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .singleResult().getEndActivityId()).isEqualTo("reviewed");
  }

  // ---- helpers ---------------------------------------------------------------------------------------

  ProcessInstance approved(String applicant) {
    ProcessInstance instance = NelcApplications.apply(workflow, "nelc", applicant);
    workflow.complete("lewis.brown", instance, "supportExpressionOfIntent", Map.of("lineManagerDecision", "supported"));
    workflow.complete("tara.wilson", instance, "approveExpressionOfIntent", Map.of("teamManagerDecision", "approved"));
    return instance;
  }

  ProcessInstance atThePortfolio(String applicant) {
    ProcessInstance instance = approved(applicant);
    workflow.complete("sam.patel", instance, "appointLeadAssessor", Map.of("leadAssessor", LEAD_ASSESSOR));
    workflow.complete(LEAD_ASSESSOR, instance, "holdInitialMeeting", Map.of("initialMeetingDate", "2026-11-30",
        "supervisorAttended", true, "initialAssessment", "Good start.", "developmentPlan", "Mentoring log.",
        "panelPoints", "Panel in June", "independentObserver", "peter.jones"));
    return instance;
  }

  /** A social worker of the test-only authority's, who may start the test route. */
  String testApplicant() {
    String id = "rules-" + System.nanoTime();
    User user = engine.getIdentityService().newUser(id);
    user.setPassword("Progress-2026");
    engine.getIdentityService().saveUser(user);
    engine.getIdentityService().createMembership(id, Role.STAFF.groupId(TEST_TENANT));
    engine.getIdentityService().createMembership(id, Role.SOCIAL_WORKERS.groupId(TEST_TENANT));
    return id;
  }

  Rest.Response startTestRoute(String user, String form) {
    return rest.post(user, "/engine-rest/process-definition/key/" + TEST_ROUTE + "/tenant-id/" + TEST_TENANT
        + "/submit-form", form);
  }

  /** A complete, valid reflection for the test start form. */
  static Map<String, Object> reflection() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("area1", "Court work this year, with two contested hearings.");
    form.put("route", "manager");
    form.put("managerName", "Lewis Brown");
    form.put("supervisionHours", 6);
    form.put("contactEmail", "worker@othershire.example");
    form.put("startedOn", "2026-09-01");
    form.put("ownWork", true);
    form.put("topics", json("[\"court\"]"));
    form.put("selfScore", 3);
    return form;
  }

  static String words(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(n -> "word" + n).collect(Collectors.joining(" "));
  }

  /** A JSON variable, as Tasklist sends a checklist's list or an options list. */
  record JsonVariable(String json) {}

  static JsonVariable json(String text) {
    return new JsonVariable(text);
  }

  /** The body Tasklist sends: each value untyped, lists and objects as "Json". */
  static String form(Object... keysAndValues) {
    Map<String, Object> form = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      form.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return form(form);
  }

  static String form(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((key, value) -> variables.put(key, value instanceof JsonVariable json
        ? Map.of("type", "Json", "value", json.json())
        : value == null ? new HashMap<>() : Map.of("value", value)));
    try {
      return JSON.writeValueAsString(Map.of("variables", variables));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

}
