package com.socialworkprogression.notification;

import java.util.List;

/** A mail as the outbox holds it: the text as it will be sent, and how often sending it has failed. */
public record StoredMail(String id, OutgoingMail mail, int attempts) {

  public List<String> to() {
    return mail.to();
  }

  public String subject() {
    return mail.subject();
  }
}
