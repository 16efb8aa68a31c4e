package com.socialworkprogression.notification;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends mail when a mail server is configured (spring.mail.host), and logs the message otherwise.
 * A mail server that is down must not stop an application in its tracks: the failure is logged.
 */
@Component
public class Mailer {

  private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

  private final ObjectProvider<JavaMailSender> sender;
  private final String from;
  private final String tasklistUrl;

  public Mailer(ObjectProvider<JavaMailSender> sender, @Value("${swp.mail-from}") String from,
      @Value("${swp.tasklist-url}") String tasklistUrl) {
    this.sender = sender;
    this.from = from;
    this.tasklistUrl = tasklistUrl;
  }

  public void send(List<String> to, String subject, String body) {
    if (to.isEmpty()) {
      LOG.warn("Notification '{}' has no recipient with an email address", subject);
      return;
    }
    String text = body + "\n\nOpen Tasklist: " + tasklistUrl + "\n";
    JavaMailSender mail = sender.getIfAvailable();
    if (mail == null) {
      LOG.info("Notification to {}: {}\n{}", to, subject, text);
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to.toArray(String[]::new));
    message.setSubject(subject);
    message.setText(text);
    try {
      mail.send(message);
    } catch (MailException e) {
      LOG.error("Could not send notification '{}' to {}", subject, to, e);
    }
  }
}
