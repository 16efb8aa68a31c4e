package com.socialworkprogression.notification;

import jakarta.annotation.PreDestroy;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mail is sent once per event and never lost: {@link #enqueue} writes the mail in the current
 * transaction (a process step's, as the engine runs in Spring's transactions on the same database), and
 * only once that commits is it delivered. A rolled-back step sends nothing; a mail that fails is kept
 * and the {@link OutboxPoller} tries again.
 *
 * swp.outbox.deliver-after-commit: "async" (default) sends on a thread of its own, so no one waits for a
 * slow mail server; "sync" sends before the commit returns (the tests, which read the mail at once).
 */
@Component
public class Outbox {

  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  private final OutboxStore store;
  private final OutboxDelivery delivery;
  private final ExecutorService executor;

  public Outbox(OutboxStore store, OutboxDelivery delivery,
      @Value("${swp.outbox.deliver-after-commit:async}") String deliverAfterCommit) {
    this.store = store;
    this.delivery = delivery;
    this.executor = switch (deliverAfterCommit) {
      case "async" -> senderThreads();
      case "sync" -> null;
      default -> throw new IllegalArgumentException(
          "swp.outbox.deliver-after-commit must be async or sync, not '" + deliverAfterCommit + "'");
    };
  }

  /** Keeps the mail with the current transaction and sends it after the commit; returns its outbox id. */
  public String enqueue(OutgoingMail mail) {
    if (mail.to().isEmpty()) {
      throw new IllegalArgumentException("Mail '" + mail.subject() + "' has no recipient");
    }
    String id = UUID.randomUUID().toString();
    store.insert(id, mail, now());
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          deliverSoon(id);
        }
      });
    } else {
      deliverSoon(id);
    }
    return id;
  }

  private void deliverSoon(String id) {
    if (executor == null) {
      deliverNow(id);
      return;
    }
    try {
      executor.execute(() -> deliverNow(id));
    } catch (RejectedExecutionException e) {
      LOG.info("Mail {} waits for the outbox poller: the sending threads are busy or stopping", id);
    }
  }

  /** Never throws: the step has committed, and a mail that could not go is kept for the poller. */
  private void deliverNow(String id) {
    try {
      delivery.deliver(id, now());
    } catch (RuntimeException e) {
      LOG.error("Could not deliver mail {} after its step committed; it is kept and the outbox poller will retry it", id, e);
    }
  }

  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** Two threads and a bounded queue: anything beyond waits in the table for the poller. */
  private static ExecutorService senderThreads() {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1000), task -> {
      Thread thread = new Thread(task, "mail-outbox-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  @PreDestroy
  void stopSending() throws InterruptedException {
    if (executor != null) {
      executor.shutdown();
      executor.awaitTermination(10, TimeUnit.SECONDS);
    }
  }
}
