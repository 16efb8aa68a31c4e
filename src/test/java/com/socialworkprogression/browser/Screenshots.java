package com.socialworkprogression.browser;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** Numbered full-page screenshots of each step, for people to review what the users saw. */
class Screenshots {

  private final Path folder;
  private final AtomicInteger step = new AtomicInteger();

  Screenshots(Path folder) {
    this.folder = folder;
  }

  void take(Page page, String user, String what) {
    String name = String.format("%02d-%s-%s.png", step.incrementAndGet(), user, what.replaceAll("[^A-Za-z0-9]+", "-"));
    page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name)).setFullPage(true));
  }
}
