package com.socialworkprogression.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.support.SwpSpringTest;
import com.socialworkprogression.support.TasklistSessionClient;
import com.socialworkprogression.support.TestStaff;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The staff directory's pages (/swp/staff) as People and Culture use them: search, change a record with the same
 * checks as the API, every change audited; and refused to a social worker and to another authority's People and
 * Culture.
 */
@SwpSpringTest
class DirectoryPagesTest {

  @Autowired ProcessEngine engine;
  @Autowired StaffDirectory directory;
  @Autowired StaffRecords records;
  @LocalServerPort int port;

  @Test
  @DisplayName("People and Culture find a record, change the job title, caseload and level (from a date), and see each change audited")
  void changeAndAudit() throws Exception {
    String worker = new TestStaff(engine.getIdentityService(), directory).socialWorkerManagedBy("nelc", "1",
        LocalDate.of(2024, 7, 31), "lewis.brown");
    String name = directory.get("nelc", worker).fullName();
    TasklistSessionClient hr = new TasklistSessionClient(port).logIn("hannah.lee");
    assertThat(hr.get("/swp/staff?q=" + worker)).contains(name).contains("Staff directory");
    String page = hr.get("/swp/staff/nelc/" + worker);
    Map<String, String> form = form(page);
    form.put("jobTitle", "Social Worker (Level 2)");
    form.put("currentLevel", "2");
    form.put("levelEffectiveOn", "2026-12-01");
    form.put("caseload", "NELC-Z1\nNELC-Z2");
    HttpResponse<String> saved = hr.post("/swp/staff/nelc/" + worker, form);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(saved.body()).contains("The record is saved").contains("Social Worker (Level 2)");
    StaffMember after = directory.get("nelc", worker);
    assertThat(after.jobTitle()).isEqualTo("Social Worker (Level 2)");
    assertThat(after.currentLevel()).isEqualTo("2");
    assertThat(after.permanent()).as("the ticked box stays ticked").isTrue();
    assertThat(directory.levelChanges("nelc", worker)).singleElement()
        .satisfies(change -> assertThat(change.effectiveOn()).isEqualTo(LocalDate.of(2026, 12, 1)));
    assertThat(records.changes("nelc", worker)).extracting(StaffRecords.Change::field)
        .contains("jobTitle", "currentLevel", "caseload").allSatisfy(field -> assertThat(field).isNotBlank());
    assertThat(records.changes("nelc", worker)).allSatisfy(change -> assertThat(change.changedBy()).isEqualTo("hannah.lee"));
  }

  @Test
  @DisplayName("A form with an email that is not one and a date in the wrong form, or an unknown manager, is refused naming each problem; nothing is saved")
  void refusedWithEveryProblem() throws Exception {
    String worker = new TestStaff(engine.getIdentityService(), directory).socialWorkerManagedBy("nelc", "1",
        LocalDate.of(2024, 7, 31), "lewis.brown");
    TasklistSessionClient hr = new TasklistSessionClient(port).logIn("hannah.lee");
    Map<String, String> form = form(hr.get("/swp/staff/nelc/" + worker));
    form.put("jobTitle", "Changed");
    form.put("email", "not-an-email");
    form.put("qualifiedOn", "1 December 2026");
    HttpResponse<String> refused = hr.post("/swp/staff/nelc/" + worker, form);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("nothing was saved").contains("email is not an email address")
        .contains("qualifiedOn &#39;1 December 2026&#39; is not a date");
    Map<String, String> unknownManager = form(hr.get("/swp/staff/nelc/" + worker));
    unknownManager.put("lineManagerId", "nobody.here");
    HttpResponse<String> noManager = hr.post("/swp/staff/nelc/" + worker, unknownManager);
    assertThat(noManager.statusCode()).isEqualTo(400);
    assertThat(noManager.body()).contains("lineManagerId &#39;nobody.here&#39; is not in the nelc directory");
    assertThat(directory.get("nelc", worker).jobTitle()).isNotEqualTo("Changed");
    assertThat(records.changes("nelc", worker)).isEmpty();
  }

  @Test
  @DisplayName("A social worker, and another authority's People and Culture, are refused the directory's pages with a 403")
  void notTheirs() throws Exception {
    assertThat(new TasklistSessionClient(port).logIn("chloe.davies").status("/swp/staff")).isEqualTo(403);
    TasklistSessionClient derbyshire = new TasklistSessionClient(port).logIn("gill.hughes");
    assertThat(derbyshire.status("/swp/staff/nelc/chloe.davies")).isEqualTo(403);
    assertThat(derbyshire.get("/swp/staff")).doesNotContain("chloe.davies");
  }

  /** The record page's form fields as the browser would send them, CSRF field included. */
  private static Map<String, String> form(String page) {
    Map<String, String> form = new HashMap<>();
    Matcher inputs = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"").matcher(page);
    while (inputs.find()) {
      form.put(inputs.group(1), org.springframework.web.util.HtmlUtils.htmlUnescape(inputs.group(2)));
    }
    Matcher caseload = Pattern.compile("<textarea[^>]*name=\"caseload\"[^>]*>([^<]*)</textarea>").matcher(page);
    if (caseload.find()) {
      form.put("caseload", caseload.group(1));
    }
    // A browser sends a checkbox only when it is ticked.
    if (!Pattern.compile("name=\"permanent\"[^>]*checked").matcher(page).find()) {
      form.remove("permanent");
    }
    if (!Pattern.compile("name=\"pre2012Equivalent\"[^>]*checked").matcher(page).find()) {
      form.remove("pre2012Equivalent");
    }
    return form;
  }
}
