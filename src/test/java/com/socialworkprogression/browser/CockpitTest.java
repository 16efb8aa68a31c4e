package com.socialworkprogression.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.support.NelcApplications;
import com.socialworkprogression.support.TestStaff;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cockpit: the administrator sees every authority's running applications, with the diagram and where
 * each one is; a process owner sees only their own authority's.
 */
class CockpitTest extends BrowserTest {

  @Autowired StaffDirectory directory;

  ProcessInstance nelc;
  ProcessInstance redbridge;

  @BeforeEach
  void oneApplicationInEachAuthority() {
    TestStaff staff = new TestStaff(engine.getIdentityService(), directory);
    nelc = NelcApplications.apply(workflow, "nelc", staff.socialWorker("nelc", "2", 6));
    LocalDate pmr = LocalDate.now().plusMonths(2);
    redbridge = workflow.start(staff.redbridgeWorker("2", pmr), "redbridge", "redbridgeProgressionReview",
        Map.of("pmrDate", pmr.toString()));
  }

  @Test
  void theAdministratorSeesEveryAuthoritysApplicationsAndWhereTheyAre() {
    try (Cockpit admin = cockpit("admin")) {
      admin.go("#/processes");
      // One product, not an engine console: the product's name, and no "migrate to Camunda 8" banner.
      assertThat(admin.page).hasTitle(java.util.regex.Pattern.compile("^Social Work Progression Cockpit"));
      assertThat(admin.page.locator(".ce-eol-banner")).isHidden();
      assertThat(admin.page.locator("body")).containsText("Apply for progression to Senior Social Worker");
      assertThat(admin.page.locator("body")).containsText("Ask for a progression review at my PMR");
      admin.shot("processes");

      admin.go("#/process-instance/" + nelc.getId() + "/runtime");
      assertThat(admin.page.locator(".djs-container svg").first()).isVisible();
      assertThat(admin.currentActivity("supportExpressionOfIntent")).hasText("1");
      admin.shot("nelc instance");

      admin.go("#/process-instance/" + redbridge.getId() + "/runtime");
      assertThat(admin.page.locator(".djs-container svg").first()).isVisible();
      assertThat(admin.currentActivity("compilePortfolio")).hasText("1");
      admin.shot("redbridge instance");
    }
  }

  @Test
  void aProcessOwnerSeesOnlyTheirOwnAuthority() {
    try (Cockpit oscar = cockpit("oscar.fisher")) {
      oscar.go("#/processes");
      assertThat(oscar.page.locator("body")).containsText("Apply for progression to Senior Social Worker");
      assertThat(oscar.page.locator("body")).not().containsText("Ask for a progression review at my PMR");
      oscar.shot("nelc owner processes");
      oscar.go("#/process-instance/" + nelc.getId() + "/runtime");
      assertThat(oscar.currentActivity("supportExpressionOfIntent")).hasText("1");
      oscar.shot("nelc owner instance");
      oscar.go("#/process-instance/" + redbridge.getId() + "/runtime");
      assertThat(oscar.page.locator("body")).containsText("No running process instance with ID " + redbridge.getId());
      oscar.shot("nelc owner cannot open a redbridge instance");
    }
    try (Cockpit robert = cockpit("robert.king")) {
      robert.go("#/processes");
      assertThat(robert.page.locator("body")).containsText("Ask for a progression review at my PMR");
      assertThat(robert.page.locator("body")).not().containsText("Apply for progression to Senior Social Worker");
      robert.shot("redbridge owner processes");
    }
  }

  Cockpit cockpit(String user) {
    return Cockpit.login(browser, baseUrl(), user, screenshots);
  }

  /** One person's Cockpit session, logged in through Cockpit's login page. */
  static class Cockpit implements AutoCloseable {
    final Page page;
    final String user;
    final String base;
    private final BrowserContext context;
    private final Screenshots screenshots;

    private Cockpit(BrowserContext context, Page page, String user, String base, Screenshots screenshots) {
      this.context = context;
      this.page = page;
      this.user = user;
      this.base = base;
      this.screenshots = screenshots;
    }

    static Cockpit login(Browser browser, String baseUrl, String user, Screenshots screenshots) {
      String base = baseUrl + "/camunda/app/cockpit/default/";
      WebappLogin session = WebappLogin.logIn(browser, base + "#/login", user, 20_000);
      return new Cockpit(session.context(), session.page(), user, base, screenshots);
    }

    void go(String route) {
      page.navigate(base + route);
      page.waitForLoadState();
    }

    void shot(String what) {
      screenshots.take(page, user, what);
    }

    /** The running-instances badge Cockpit puts on an activity of the diagram: where the application is. */
    com.microsoft.playwright.Locator currentActivity(String activityId) {
      return page.locator("[data-container-id='" + activityId + "'] .badge.instance-count").first();
    }

    @Override
    public void close() {
      context.close();
    }
  }
}
