package com.socialworkprogression.notification;

import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's due mail: mail whose first attempt failed, or that was waiting when a node stopped.
 * {@link OutboxSchedule} runs it every swp.outbox.poll-interval.
 */
@Component
public class OutboxPoller {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxPoller.class);
  private static final int BATCH = 50;
  /** A bound on one run, so that a run always ends; what is left waits for the next. */
  private static final int MAX_BATCHES = 20;

  private final OutboxStore store;
  private final OutboxDelivery delivery;

  public OutboxPoller(OutboxStore store, OutboxDelivery delivery) {
    this.store = store;
    this.delivery = delivery;
  }

  public int deliverDue() {
    return deliverDue(Outbox.now());
  }

  /** Delivers what is due at that time; returns how many mails this run sent. */
  public int deliverDue(OffsetDateTime now) {
    int sent = 0;
    try {
      for (int batch = 0; batch < MAX_BATCHES; batch++) {
        List<String> due = store.due(now, BATCH);
        for (String id : due) {
          // A failed mail is due again only later, and a sent one never, so each batch is new mail.
          sent += delivery.deliver(id, now) ? 1 : 0;
        }
        if (due.size() < BATCH) {
          break;
        }
      }
    } catch (RuntimeException e) {
      LOG.error("The outbox poller stopped early (the mail waiting is kept; it tries again next run)", e);
    }
    return sent;
  }
}
