package com.socialworkprogression.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Our own pages as an administrator and as a process owner, the two roles the route walks do not take: each page
 * they may use opens and is accessible; one they may not says so plainly.
 */
class OurPagesByRoleTest extends BrowserTest {

  @Test
  void anAdministratorSeesEveryAuthoritysPages() {
    try (Tasklist admin = tasklist("admin")) {
      Page page = admin.page;
      page.navigate(baseUrl() + "/swp/applications/all");
      assertThat(page.locator("h1")).hasText("Applications");
      assertThat(page.locator(".govuk-header")).containsText("Reports");
      accessible(page);
      screenshots.take(page, "admin", "applications");
      page.navigate(baseUrl() + "/swp/reports");
      assertThat(page.locator("h1")).hasText("Reports");
      accessible(page);
      page.navigate(baseUrl() + "/swp/staff");
      assertThat(page.locator("h1")).hasText("Staff directory");
      accessible(page);
      screenshots.take(page, "admin", "staff directory");
    }
  }

  @Test
  void aProcessOwnerSeesTheApplicationsButNotTheReports() {
    try (Tasklist oscar = tasklist("oscar.fisher")) {
      Page page = oscar.page;
      page.navigate(baseUrl() + "/swp/applications/all");
      assertThat(page.locator("h1")).hasText("Applications");
      assertThat(page.locator(".govuk-header")).not().containsText("Reports");
      accessible(page);
      screenshots.take(page, "oscar.fisher", "applications");
      page.navigate(baseUrl() + "/swp/reports");
      assertThat(page.locator("h1")).hasText("Not available");
      assertThat(page.locator("#main-content")).containsText("Reports are for the Principal Social Worker and the administrators.");
      accessible(page);
      page.navigate(baseUrl() + "/swp/staff");
      assertThat(page.locator("h1")).hasText("Not available");
    }
  }
}
