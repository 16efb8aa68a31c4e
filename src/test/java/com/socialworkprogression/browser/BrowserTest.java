package com.socialworkprogression.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.socialworkprogression.support.SwpSpringTest;
import com.socialworkprogression.support.Workflow;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser suite (Maven profile "browser"): the application on a random port with the demo people,
 * driven through Camunda Tasklist and Cockpit in Debian's Chromium, headless, by Playwright. Each
 * person logs in through the webapps' own login page. Screenshots of every step land in
 * target/browser-screenshots/&lt;test class&gt;/&lt;test&gt;/.
 */
@SwpSpringTest
@Tag("browser")
abstract class BrowserTest {

  static final Path CHROMIUM = Paths.get(System.getProperty("swp.chromium", "/usr/bin/chromium"));

  static Playwright playwright;
  static Browser browser;

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  Workflow workflow;
  Screenshots screenshots;

  @BeforeAll
  static void launchChromium() {
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM)
        .setHeadless(true)
        // As root, on a machine with no network but loopback: no sandbox, no background traffic.
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
  }

  @AfterAll
  static void closeChromium() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  @BeforeEach
  void setUpBrowserTest(TestInfo test) {
    workflow = new Workflow(engine);
    screenshots = new Screenshots(Paths.get("target", "browser-screenshots", getClass().getSimpleName(),
        test.getTestMethod().orElseThrow().getName()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  /** A fresh browser session, logged in to Tasklist as that user. */
  Tasklist tasklist(String user) {
    return Tasklist.login(browser, baseUrl(), user, screenshots);
  }

  /** axe-core on our own page: no serious or critical WCAG violation. */
  protected static void accessible(com.microsoft.playwright.Page page) {
    java.util.List<com.deque.html.axecore.results.Rule> serious = new com.deque.html.axecore.playwright.AxeBuilder(page).withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
        .analyze().getViolations().stream()
        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
    org.assertj.core.api.Assertions.assertThat(serious).as("serious or critical accessibility violations: %s",
        serious.stream().map(rule -> rule.getId() + " (" + rule.getHelp() + ")").toList()).isEmpty();
  }
}
