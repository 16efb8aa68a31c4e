package com.socialworkprogression.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.support.PanelCalendar;
import com.socialworkprogression.support.Rest;
import com.socialworkprogression.support.RestTest;
import com.socialworkprogression.support.TasklistSessionClient;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The list of hostile input (issue 15): each is answered with a clear 4xx, never a 500 or a stack trace, and
 * nothing is saved in part. Cases tested here, and where the others are:
 * <ul>
 *   <li>malformed JSON: here (engine REST) and StaffDirectoryHostileInputTest (directory API);</li>
 *   <li>a 1 MB string in a text field: here;</li>
 *   <li>wrong date formats: here (a form's date) and StaffDirectoryHostileInputTest (the directory's);</li>
 *   <li>unknown variable types: here; serialized Java objects and untyped Object variables: EngineBadInputTest;</li>
 *   <li>path traversal in ids: here (a task id, a document id) and EngineBadInputTest (a user id);</li>
 *   <li>SQL-looking text in the directory API: StaffDirectoryHostileInputTest (kept as text);</li>
 *   <li>HTML and script in free text: here (kept as text, never drawn as markup on our pages; emails are
 *       plain text, letters refuse unescaped output: LettersTest);</li>
 *   <li>a form submitted twice at once, a completed task submitted again, claim races: RaceMessagesTest;</li>
 *   <li>over-long directory values, a case reference too long (one transaction): StaffDirectoryHostileInputTest.</li>
 * </ul>
 */
class HostileInputTest extends RestTest {

  static final String START = "/engine-rest/process-definition/key/nelcSeniorSocialWorker/tenant-id/nelc/submit-form";

  @Test
  @DisplayName("Malformed JSON to the engine's REST API is a 400, and nothing starts")
  void malformedJson() {
    long before = applications();
    Rest.Response response = rest.post("amira.khan", START, "{\"variables\": {\"readinessStatement\": ");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("Exception:").doesNotContain("\tat ");
    assertThat(applications()).isEqualTo(before);
  }

  @Test
  @DisplayName("A 1 MB string in a text field is refused naming the field and the limit; nothing starts")
  void aMegabyteOfText() {
    String applicant = staff.socialWorker("nelc", "2", 8);
    long before = applications();
    String megabyte = "x".repeat(1024 * 1024);
    Rest.Response response = rest.post(applicant, START, "{\"variables\":{"
        + "\"readinessStatement\":{\"value\":\"" + megabyte + "\",\"type\":\"String\"},"
        + "\"experienceSummary\":{\"value\":\"Five years.\",\"type\":\"String\"},"
        + "\"portfolioCommitment\":{\"value\":true,\"type\":\"Boolean\"}}}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("is 1,048,576 characters long; a form takes at most 50,000");
    assertThat(applications()).isEqualTo(before);
  }

  @Test
  @DisplayName("A date in the wrong format is refused naming the field; nothing starts")
  void aDateInTheWrongFormat() {
    long before = applications();
    Rest.Response response = rest.post(staff.dudleyStaff("SW", java.time.LocalDate.of(2022, 1, 10), true, 16),
        "/engine-rest/process-definition/key/dudleySeniorSocialWorker/tenant-id/dudley/submit-form",
        "{\"variables\":{\"supervisionDate\":{\"value\":\"23/11/2026\",\"type\":\"String\"},"
        + "\"intentionSummary\":{\"value\":\"Ready.\",\"type\":\"String\"}}}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("must be a date like").contains("'23/11/2026' is not one");
    assertThat(applications()).isEqualTo(before);
  }

  @Test
  @DisplayName("A variable of a type the engine does not know is a 400, and nothing starts")
  void anUnknownVariableType() {
    long before = applications();
    Rest.Response response = rest.post(staff.socialWorker("nelc", "2", 8), START,
        "{\"variables\":{\"readinessStatement\":{\"value\":\"x\",\"type\":\"Banana\"}}}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("\tat ");
    assertThat(applications()).isEqualTo(before);
  }

  @Test
  @DisplayName("A path in a task or document id is a 4xx, never a file and never a 500")
  void pathTraversalInIds() {
    Rest.Response task = rest.get("amira.khan", "/engine-rest/task/..%2F..%2Fetc%2Fpasswd");
    assertThat(task.status()).isBetween(400, 499);
    Rest.Response document = rest.get("amira.khan", "/api/documents/..%2F..%2Fetc%2Fpasswd");
    assertThat(document.status()).isBetween(400, 499);
    assertThat(document.body()).doesNotContain("root:");
  }

  @Test
  @DisplayName("HTML and script typed in a form are kept as text and drawn as text on a panel sitting's page")
  void htmlIsText() throws Exception {
    PanelCalendar calendar = new PanelCalendar(workflow).empty();
    var sitting = calendar.schedule(java.time.LocalDate.now(com.socialworkprogression.calendar.Dates.UK).plusWeeks(6));
    String worker = staff.leicestershireWorker("2", java.time.LocalDate.of(2022, 7, 1));
    ProcessInstance application = workflow.start(worker, "leicestershire", "leicestershireLevelThree", Map.of(
        "supervisionDate", "2026-11-16", "areaOfWork", "Hinckley", "discussedWithTeamManager", true));
    workflow.complete("rachel.adams", application, "writeTeamManagerReport", Map.of("teamManagerReadiness", "ready",
        "holisticAssessment", "<script>alert('x')</script> Ready."));
    Map<String, Object> portfolio = new java.util.HashMap<>(com.socialworkprogression.leicestershire.LeicestershireLevelThreeRouteTest.portfolio());
    portfolio.put("reflectiveStatement", "<img src=x onerror=alert(1)> My year.");
    workflow.complete(worker, application, "buildPortfolio", portfolio);
    assertThat(workflow.variable(application, "reflectiveStatement")).isEqualTo("<img src=x onerror=alert(1)> My year.");

    String page = new TasklistSessionClient(port).logIn("liam.walsh").get("/swp/panels/sittings/" + sitting.id());
    assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt; My year.")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Ready.")
        .doesNotContain("<img src=x").doesNotContain("<script>alert");
  }

  private long applications() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().count();
  }
}
