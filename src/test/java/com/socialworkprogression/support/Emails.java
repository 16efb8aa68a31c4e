package com.socialworkprogression.support;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** What a person reads in an email: its text (plain, or the text part beside a letter) and its attachments. */
public final class Emails {

  private Emails() {}

  /** The first email with exactly that subject, or a failure that lists the subjects sent. */
  public static MimeMessage withSubject(MimeMessage[] received, String subject) {
    return java.util.Arrays.stream(received).filter(message -> subject.equals(subject(message))).findFirst()
        .orElseThrow(() -> new AssertionError("No email '" + subject + "'; sent: "
            + java.util.Arrays.stream(received).map(Emails::subject).toList()));
  }

  public static String subject(MimeMessage email) {
    try {
      return email.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static List<String> recipients(MimeMessage email) {
    try {
      return java.util.Arrays.stream(email.getRecipients(jakarta.mail.Message.RecipientType.TO)).map(Object::toString).toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text, with line ends as "\n". */
  public static String text(MimeMessage email) {
    try {
      Object content = email.getContent();
      StringBuilder text = new StringBuilder();
      if (content instanceof Multipart parts) {
        appendText(parts, text);
      } else {
        text.append(content);
      }
      return text.toString().replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static List<String> attachmentNames(MimeMessage email) {
    List<String> names = new ArrayList<>();
    try {
      if (email.getContent() instanceof Multipart parts) {
        collectNames(parts, names);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }

  private static void appendText(Multipart parts, StringBuilder text) throws MessagingException, IOException {
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.getContent() instanceof Multipart nested) {
        appendText(nested, text);
      } else if (part.isMimeType("text/plain") && part.getFileName() == null) {
        text.append(part.getContent());
      }
    }
  }

  private static void collectNames(Multipart parts, List<String> names) throws MessagingException, IOException {
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.getContent() instanceof Multipart nested) {
        collectNames(nested, names);
      } else if (part.getFileName() != null) {
        names.add(part.getFileName());
      }
    }
  }
}
