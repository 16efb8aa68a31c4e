package com.socialworkprogression.notification;

import java.util.List;

/**
 * A mail to go out through the {@link Outbox}. The tenant and process instance say which authority and
 * which application it belongs to (either may be null), so stuck mail can be traced to its case.
 */
public record OutgoingMail(String tenantId, String processInstanceId, List<String> to, String subject, String body,
    List<MailAttachment> attachments) {

  public OutgoingMail {
    to = List.copyOf(to);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public OutgoingMail(String tenantId, String processInstanceId, List<String> to, String subject, String body) {
    this(tenantId, processInstanceId, to, subject, body, List.of());
  }

  public OutgoingMail withBody(String newBody) {
    return new OutgoingMail(tenantId, processInstanceId, to, subject, newBody, attachments);
  }
}
