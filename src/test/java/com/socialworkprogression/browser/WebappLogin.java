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
    page.locator("input[type=text]").first().fill(user);
    page.locator("input[type=password]").fill("Progress-2026");
    page.locator("button[type=submit]").click();
    page.locator("input[type=password]").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    return new WebappLogin(context, page);
  }
}
