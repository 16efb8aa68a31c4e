package com.socialworkprogression.notification;

import com.socialworkprogression.documents.EvidenceDocuments;
import com.socialworkprogression.documents.StoredDocument;
import com.socialworkprogression.kit.letters.Letter;
import com.socialworkprogression.kit.letters.Letters;
import org.springframework.beans.factory.annotation.Value;
import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.staff.People;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells people what happened, by email. Input parameters in the diagram: template (a text deployed
 * with the authority's diagrams, e.g. "nelc/panel-decision" for processes/nelc/notifications/panel-decision.txt;
 * see {@link NotificationTexts}) and recipients (process variables holding user ids, e.g.
 * "applicant,lineManager"; a variable may hold several, comma-separated, e.g. panelMembers). A template's first line is "Subject: ..."; {name} is replaced by the
 * process variable of that name (dates as "18 December 2026").
 *
 * Optional input letter: a decision letter template (e.g. "nelc/panel-decision" for
 * processes/nelc/letters/panel-decision.html, see {@link Letters}). The letter is made as a PDF, kept with
 * the application's documents (so the person can read it again when every task of theirs has closed)
 * and attached to the email, whose text says where it is kept. It is kept in the step's transaction, so
 * a step rolled back keeps no letter and sends no mail.
 */
@Component("sendNotification")
public class SendNotification implements JavaDelegate {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

  private final People people;
  private final Mailer mailer;
  private final NotificationTexts texts;
  private final Letters letters;
  private final EvidenceDocuments documents;
  private final String applicationUrl;

  public SendNotification(People people, Mailer mailer, NotificationTexts texts, Letters letters,
      EvidenceDocuments documents, @Value("${swp.application-url}") String applicationUrl) {
    this.people = people;
    this.mailer = mailer;
    this.texts = texts;
    this.letters = letters;
    this.documents = documents;
    this.applicationUrl = applicationUrl.replaceAll("/+$", "");
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object template = execution.getVariable("letter");
    if (template == null || template.toString().isBlank()) {
      mailer.send(compose(execution, List.of()));
      return;
    }
    Letter letter = letters.render(execution, template.toString().trim());
    StoredDocument kept = documents.keepLetter(execution.getTenantId(), execution.getProcessInstanceId(),
        execution.getCurrentActivityId(), execution.getCurrentActivityName(), letter.fileName(), letter.pdf());
    OutgoingMail mail = compose(execution, List.of(new MailAttachment(kept.fileName(), Letter.CONTENT_TYPE, letter.pdf())));
    mailer.send(mail.withBody(mail.body() + "\n\nThe letter \"" + letter.title() + "\" is attached. It is kept with the "
        + "application, so you can read it again at any time: log in to Tasklist, then open "
        + applicationUrl + "/swp/documents/" + kept.id()));
  }

  /** The mail the diagram's template and recipients make, with these files attached (e.g. letters). */
  OutgoingMail compose(DelegateExecution execution, List<MailAttachment> attachments) {
    String template = texts.text(execution.getTenantId(), String.valueOf(execution.getVariable("template")));
    String filled = fill(template, execution);
    int newline = filled.indexOf('\n');
    String subject = filled.substring(0, newline).replaceFirst("^Subject:\\s*", "").trim();
    String body = filled.substring(newline + 1).trim();
    List<String> addresses = new ArrayList<>();
    for (String variable : String.valueOf(execution.getVariable("recipients")).split(",")) {
      Object userIds = execution.getVariable(variable.trim());
      // A variable may name several people, comma-separated (a panel's members: panelMembers).
      for (String userId : userIds == null ? new String[0] : userIds.toString().split(",")) {
        String email = userId.isBlank() ? null : people.email(execution.getTenantId(), userId.trim());
        if (email != null && !email.isBlank() && !addresses.contains(email)) {
          addresses.add(email);
        }
      }
    }
    return new OutgoingMail(execution.getTenantId(), execution.getProcessInstanceId(), addresses, subject, body,
        attachments);
  }

  static String fill(String template, DelegateExecution execution) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      Object value = execution.getVariable(matcher.group(1));
      String text = value instanceof Date date ? Dates.text(Dates.toLocalDate(date)) : value == null ? "" : value.toString();
      // A date a form stored as text ("2027-07-12") reads as people write it.
      if (ISO_DATE.matcher(text).matches()) {
        text = Dates.text(Dates.toLocalDate(text));
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
