package com.socialworkprogression.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands one mail to the mail server when one is configured (spring.mail.host). Without one, as in the
 * demo, the mail is written to the log instead, which counts as sent. Throws if the server refuses it.
 */
@Component
public class MailTransport {

  private static final Logger LOG = LoggerFactory.getLogger(MailTransport.class);

  private final ObjectProvider<JavaMailSender> sender;
  private final String from;

  public MailTransport(ObjectProvider<JavaMailSender> sender, @Value("${swp.mail-from}") String from) {
    this.sender = sender;
    this.from = from;
  }

  public void send(StoredMail stored) {
    OutgoingMail mail = stored.mail();
    JavaMailSender server = sender.getIfAvailable();
    if (server == null) {
      LOG.info("Notification to {}: {}\n{}{}", mail.to(), mail.subject(), mail.body(),
          mail.attachments().isEmpty() ? "" : "\nAttachments: " + mail.attachments().stream()
              .map(a -> a.fileName() + " (" + a.mediaType() + ", " + a.content().length + " bytes)").toList());
      return;
    }
    server.send(message(server, mail));
  }

  /** Plain text when there is nothing attached (as mail always was), multipart when there is. */
  private MimeMessage message(JavaMailSender server, OutgoingMail mail) {
    MimeMessage message = server.createMimeMessage();
    try {
      boolean multipart = !mail.attachments().isEmpty();
      MimeMessageHelper helper = new MimeMessageHelper(message, multipart, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(mail.to().toArray(String[]::new));
      helper.setSubject(mail.subject());
      helper.setText(mail.body());
      for (MailAttachment attachment : mail.attachments()) {
        helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.mediaType());
      }
    } catch (MessagingException e) {
      throw new MailPreparationException("Cannot build mail '" + mail.subject() + "': " + e.getMessage(), e);
    }
    return message;
  }
}
