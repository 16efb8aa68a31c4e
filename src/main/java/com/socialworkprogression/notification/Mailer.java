package com.socialworkprogression.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends a notification: adds the link to Tasklist and puts the mail in the {@link Outbox}, which sends
 * it once the step commits (or writes it to the log when no mail server is configured, as in the demo).
 */
@Component
public class Mailer {

  private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

  private final Outbox outbox;
  private final String tasklistUrl;

  public Mailer(Outbox outbox, @Value("${swp.tasklist-url}") String tasklistUrl) {
    this.outbox = outbox;
    this.tasklistUrl = tasklistUrl;
  }

  public void send(OutgoingMail mail) {
    if (mail.to().isEmpty()) {
      LOG.warn("Notification '{}' has no recipient with an email address", mail.subject());
      return;
    }
    outbox.enqueue(mail.withBody(mail.body() + "\n\nOpen Tasklist: " + tasklistUrl + "\n"));
  }
}
