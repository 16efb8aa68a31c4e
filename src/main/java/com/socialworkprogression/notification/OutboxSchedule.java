package com.socialworkprogression.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the outbox poller every swp.outbox.poll-interval (30s unless set). swp.outbox.poll: false turns
 * it off, as the tests do: they run the poller themselves, at the time they choose.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "swp.outbox.poll", havingValue = "true", matchIfMissing = true)
public class OutboxSchedule {

  private final OutboxPoller poller;

  public OutboxSchedule(OutboxPoller poller) {
    this.poller = poller;
  }

  @Scheduled(fixedDelayString = "${swp.outbox.poll-interval:30s}", initialDelayString = "${swp.outbox.poll-interval:30s}")
  void poll() {
    poller.deliverDue();
  }
}
