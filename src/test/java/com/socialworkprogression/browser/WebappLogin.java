package com.socialworkprogression.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

/** A fresh browser session logged in through a Camunda webapp's own login page (Tasklist, Cockpit). */
record WebappLogin(BrowserContext context, Page page) {

  static WebappLogin logIn(Browser browser, String loginUrl, String user, double timeoutMillis) {
    BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000));
    context.setDefaultTimeout(timeoutMillis);
    Page page = context.newPage();
    page.navigate(loginUrl);
    // On a busy machine the login form can be filled before AngularJS has bound it, which then empties
    // it: a person who sees empty fields types again, and so do we.
    for (int attempt = 1; ; attempt++) {
      page.locator("input[type=text]").first().fill(user);
      page.locator("input[type=password]").fill("Progress-2026");
      page.locator("button[type=submit]").click();
      try {
        page.locator("input[type=password]").waitFor(new Locator.WaitForOptions()
            .setState(WaitForSelectorState.DETACHED).setTimeout(timeoutMillis / 2));
        return new WebappLogin(context, page);
      } catch (com.microsoft.playwright.TimeoutError stillOnTheLoginPage) {
        if (attempt == 3) {
          throw stillOnTheLoginPage;
        }
      }
    }
  }
}
