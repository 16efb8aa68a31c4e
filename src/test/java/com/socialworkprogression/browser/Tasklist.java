package com.socialworkprogression.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** One person's Tasklist, driven as they would: filters, task cards, Camunda Forms, Complete. */
class Tasklist implements AutoCloseable {

  private static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  final Page page;
  final String user;
  private final BrowserContext context;
  private final Screenshots screenshots;

  private Tasklist(BrowserContext context, Page page, String user, Screenshots screenshots) {
    this.context = context;
    this.page = page;
    this.user = user;
    this.screenshots = screenshots;
  }

  /** Logs in through Tasklist's own login page. */
  static Tasklist login(Browser browser, String baseUrl, String user, Screenshots screenshots) {
    WebappLogin session = WebappLogin.logIn(browser, baseUrl + "/camunda/app/tasklist/default/#/login", user, 15_000);
    session.page().getByText("My tasks").first().waitFor();
    return new Tasklist(session.context(), session.page(), user, screenshots);
  }

  /** Starts a process from Tasklist's "Start process" with its start form, expecting it to start. */
  Tasklist startForm(String processName) {
    page.getByText("Start process").first().click();
    page.locator(".modal-dialog").getByText(processName).first().click();
    page.locator(".modal-dialog .fjs-form").first().waitFor();
    return this;
  }

  void start(String processName) {
    shot("start " + processName);
    page.locator(".modal-dialog").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start").setExact(true)).click();
    assertThat(page.locator(".modal-dialog")).hasCount(0, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(15_000));
  }

  /** Presses Start expecting a refusal: returns what the user was told; the start form stays open. */
  String startRefused() {
    page.locator(".modal-dialog").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start").setExact(true)).click();
    Locator alert = page.locator(".modal-dialog .alert-danger, .modal-dialog .alert").first();
    alert.waitFor();
    shot("start refused");
    return alert.innerText();
  }

  Tasklist filter(String name) {
    page.getByText(name).first().click();
    page.waitForTimeout(800);
    return this;
  }

  /** The cards of the open filter's task list. */
  Locator cards() {
    return page.locator("ol.tasks-list > li, .tasks-list li.task");
  }

  Locator card(String taskName) {
    return cards().filter(new Locator.FilterOptions().setHasText(taskName));
  }

  /** The card of that task for that applicant (cards show the applicant's name), when a person has several. */
  Locator card(String taskName, String applicantName) {
    return card(taskName).filter(new Locator.FilterOptions().setHasText(applicantName));
  }

  /** Opens the task from its card in the given filter, claiming it if it is a group task. */
  Tasklist open(String filter, String taskName) {
    filter(filter);
    Locator card = card(taskName).first();
    // A task made a moment ago may miss the list's first load (a cold start): look again, as a person would.
    for (int attempt = 0; attempt < 2 && !shows(card); attempt++) {
      page.reload();
      page.getByText("My tasks").first().waitFor();
      filter(filter);
    }
    return openCard(card);
  }

  private static boolean shows(Locator card) {
    try {
      card.waitFor(new Locator.WaitForOptions().setTimeout(5_000));
      return true;
    } catch (com.microsoft.playwright.TimeoutError notYet) {
      return false;
    }
  }

  /** Like {@link #open(String, String)}, choosing the card of that applicant's task. */
  Tasklist open(String filter, String taskName, String applicantName) {
    filter(filter);
    return openCard(card(taskName, applicantName).first());
  }

  private Tasklist openCard(Locator card) {
    assertThat(card).isVisible();
    card.locator("a").first().click();
    page.locator(".fjs-form").first().waitFor();
    Locator claim = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim"));
    if (claim.count() > 0 && claim.first().isVisible()) {
      claim.first().click();
      page.waitForTimeout(1000);
    }
    return this;
  }

  Locator form() {
    Locator dialog = page.locator(".modal-dialog .fjs-form");
    return dialog.count() > 0 ? dialog.first() : page.locator(".fjs-form").first();
  }

  Tasklist fill(String label, String text) {
    form().getByLabel(label).first().fill(text);
    return this;
  }

  /** Picks the radio option whose label starts with the given words. */
  Tasklist choose(String option) {
    form().getByLabel(option).first().check();
    return this;
  }

  /**
   * Ticks a checkbox by clicking its label, as most people do. When a form is showing validation
   * errors, form-js re-renders as the previous field loses focus and can swallow that first click;
   * a person clicks again, and so do we.
   */
  Tasklist tick(String label) {
    Locator box = form().getByLabel(label).first();
    for (int attempt = 0; attempt < 3 && !box.isChecked(); attempt++) {
      form().locator("label[for='" + box.getAttribute("id") + "']").click();
      page.waitForTimeout(300);
    }
    assertThat(box).isChecked();
    return this;
  }

  Tasklist date(String label, LocalDate date) {
    Locator input = form().getByLabel(label).first();
    input.fill(FORM_DATE.format(date));
    // Enter sets the date; Tab leaves the picker (Escape would close Tasklist's start dialog).
    input.press("Enter");
    input.press("Tab");
    return this;
  }

  /** A select whose options come from the process (valuesKey): opens it and picks the option. */
  Tasklist select(String label, String option) {
    Locator field = form().locator(".fjs-form-field").filter(new Locator.FilterOptions().setHasText(label)).first();
    field.locator(".fjs-input-group").first().click();
    field.locator(".fjs-dropdownlist-item").filter(new Locator.FilterOptions().setHasText(option)).first().click();
    return this;
  }

  /**
   * Like {@link #select}, but finds the select field by its own label, not by any text in it (the form's
   * text may mention "Lead Assessor" too), and also changes a choice already made or one refused. A
   * form-js select opens when it gains focus; but the first open after the form's validation state has
   * changed (a field left empty, a refused Complete) is lost as the field renders again, and a select
   * that still has focus does not open on a click. So this leaves the select and clicks it until it opens.
   */
  Tasklist selectLabelled(String label, String option) {
    Locator field = form().locator(".fjs-form-field-select").filter(new Locator.FilterOptions()
        .setHas(page.locator("label.fjs-form-field-label", new Page.LocatorOptions().setHasText(label)))).first();
    Locator items = field.locator(".fjs-dropdownlist-item");
    for (int attempt = 0; attempt < 3 && items.count() == 0; attempt++) {
      field.locator("input.fjs-select-hidden-input").evaluate("input => input.blur()");
      field.locator(".fjs-input-group").first().click();
      try {
        items.first().waitFor(new Locator.WaitForOptions().setTimeout(1_000));
      } catch (com.microsoft.playwright.TimeoutError notOpenYet) {
        // clicked while the field rendered again: leave it and click once more
      }
    }
    items.filter(new Locator.FilterOptions().setHasText(option)).first().click();
    return this;
  }

  /** form-js validates a field when it loses focus, as when a person moves on to the Complete button. */
  private void leaveField() {
    page.keyboard().press("Tab");
    page.waitForTimeout(200);
    // An earlier message can sit over the Complete button; a person closes it first.
    Locator close = page.locator(".notifications .close, .page-notifications .close, .alert .close");
    for (int i = 0; i < close.count(); i++) {
      if (close.nth(i).isVisible()) {
        close.nth(i).click();
      }
    }
  }

  /** The task's Documents tab (our Tasklist plugin): the application's documents and, on a step that takes them, a file picker. */
  Tasklist documentsTab() {
    page.locator(".nav-tabs a").filter(new Locator.FilterOptions().setHasText("Documents")).first().click();
    page.locator(".swp-documents-list").first().waitFor();
    return this;
  }

  /** Back to the form, as a person clicks the Form tab. */
  Tasklist formTab() {
    page.locator(".nav-tabs a").filter(new Locator.FilterOptions().setHasText("Form")).first().click();
    page.locator(".fjs-form").first().waitFor();
    return this;
  }

  /**
   * Chooses a file in the documents panel in view (above the form, or in the Documents tab) and presses
   * Attach; returns the message shown (attached or refused).
   */
  String attach(String fileName, String mimeType, byte[] content) {
    Locator panel = page.locator(".swp-documents").filter(new Locator.FilterOptions().setVisible(true)).first();
    panel.locator("input.swp-document-file").setInputFiles(new com.microsoft.playwright.options.FilePayload(fileName, mimeType, content));
    panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Attach the file")).click();
    Locator message = page.locator(".swp-documents-status .alert").filter(new Locator.FilterOptions().setVisible(true)).first();
    message.waitFor();
    shot("attach " + fileName);
    return message.innerText();
  }

  /** The link to a document in the documents panel in view. */
  Locator documentLink(String fileName) {
    return page.locator(".swp-documents-list a").filter(new Locator.FilterOptions().setHasText(fileName).setVisible(true)).first();
  }

  /** Opens a document as its link does, in this person's session: the response the browser gets. */
  com.microsoft.playwright.APIResponse openDocument(String url) {
    return page.request().get(url.startsWith("http") ? url : page.url().replaceAll("^(https?://[^/]+).*$", "$1") + url);
  }

  Tasklist shot(String what) {
    screenshots.take(page, user, what);
    return this;
  }

  /** Presses Complete and waits for the task to leave the list. */
  void complete(String taskName) {
    leaveField();
    shot(taskName);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete").setExact(true)).click();
    assertThat(page.locator(".fjs-form")).hasCount(0, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(15_000));
  }

  /** Presses Complete and returns at once: for a form that should not submit (e.g. a required field left empty). */
  Tasklist pressComplete() {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete").setExact(true)).click();
    return this;
  }

  /** Presses Complete expecting a refusal: returns what the user was told; the task stays open. */
  String completeRefused() {
    leaveField();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete").setExact(true)).click();
    // Tasklist's task view always holds hidden (ng-hide) alert-danger boxes: wait for the visible one.
    Locator alert = page.locator(".alert-danger, .notifications .alert")
        .filter(new Locator.FilterOptions().setVisible(true)).first();
    alert.waitFor();
    shot("refused");
    String message = alert.innerText();
    assertThat(form()).isVisible();
    return message;
  }

  /** axe-core on the open form: no serious or critical WCAG violation inside it. */
  Tasklist accessible() {
    AxeResults results = new AxeBuilder(page).include(List.of(".fjs-form"))
        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze();
    List<Rule> serious = results.getViolations().stream()
        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
    assertThat(serious).as("serious or critical accessibility violations in the form: %s",
        serious.stream().map(rule -> rule.getId() + " (" + rule.getHelp() + ")").toList()).isEmpty();
    return this;
  }

  @Override
  public void close() {
    context.close();
  }
}
