package com.socialworkprogression.notification;

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
 * "applicant,lineManager"). A template's first line is "Subject: ..."; {name} is replaced by the
 * process variable of that name (dates as "18 December 2026").
 */
@Component("sendNotification")
public class SendNotification implements JavaDelegate {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

  private final People people;
  private final Mailer mailer;
  private final NotificationTexts texts;

  public SendNotification(People people, Mailer mailer, NotificationTexts texts) {
    this.people = people;
    this.mailer = mailer;
    this.texts = texts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mailer.send(compose(execution, List.of()));
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
      Object userId = execution.getVariable(variable.trim());
      if (userId != null) {
        String email = people.email(execution.getTenantId(), userId.toString());
        if (email != null && !email.isBlank()) {
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
      matcher.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
