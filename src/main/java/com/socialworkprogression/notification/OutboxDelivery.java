package com.socialworkprogression.notification;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers one mail of the outbox: claims it, sends it, marks it sent. A failure keeps the mail, counts
 * the attempt and sets the next one further off each time (1, 5, 15, 60 minutes, then hourly).
 */
@Component
public class OutboxDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);

  /** How long a claim holds: far longer than a send can take with the mail timeouts in application.yaml. */
  static final Duration CLAIM = Duration.ofMinutes(5);
  private static final List<Duration> BACKOFF =
      List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60));

  private final OutboxStore store;
  private final MailTransport transport;
  private final String node = nodeName();
  private final Counter sent;
  private final Counter failed;

  public OutboxDelivery(OutboxStore store, MailTransport transport, MeterRegistry meters) {
    this.store = store;
    this.transport = transport;
    this.sent = Counter.builder("swp.notifications.sent").description("Notifications handed to the mail server").register(meters);
    this.failed = Counter.builder("swp.notifications.failed")
        .description("Attempts to send a notification that failed (the mail is kept and retried)").register(meters);
  }

  /** Sends the mail unless it is sent already, not due yet, or held by another node; true if this call sent it. */
  public boolean deliver(String id, OffsetDateTime now) {
    String owner = node + "/" + UUID.randomUUID();
    if (!store.claim(id, owner, now, CLAIM)) {
      return false;
    }
    StoredMail mail = store.load(id).orElseThrow();
    try {
      transport.send(mail);
    } catch (RuntimeException e) {
      int attempts = mail.attempts() + 1;
      OffsetDateTime next = now.plus(backoff(attempts));
      store.recordFailure(id, owner, attempts, next, describe(e));
      failed.increment();
      LOG.error("Could not send mail '{}' to {} (outbox id {}, application {}, attempt {}): {}. The mail is kept and "
              + "will be retried at {}.", mail.subject(), mail.to(), id, mail.mail().processInstanceId(), attempts,
          describe(e), next);
      return false;
    }
    sent.increment();
    if (!store.markSent(id, owner, now)) {
      LOG.warn("Mail '{}' (outbox id {}) was sent, but its claim had run out: it may be sent again", mail.subject(), id);
    }
    return true;
  }

  /** The wait before the next attempt, after this many failed ones. */
  static Duration backoff(int failedAttempts) {
    return BACKOFF.get(Math.min(failedAttempts, BACKOFF.size()) - 1);
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(e.toString());
    Throwable cause = e.getCause();
    for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
      text.append("; caused by ").append(cause);
    }
    return text.toString();
  }

  private static String nodeName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
