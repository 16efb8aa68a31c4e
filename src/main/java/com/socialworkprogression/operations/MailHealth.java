package com.socialworkprogression.operations;

import com.socialworkprogression.notification.OutboxStore;
import com.socialworkprogression.notification.OutboxStore.Backlog;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Mail, as readiness reports it. Mail that cannot go out waits in the outbox and is retried, and the
 * application goes on working, so a mail server that is down makes mail DEGRADED, not DOWN: the node
 * stays in service and an administrator sees how much mail waits and why.
 */
@Component("mailHealthIndicator")
public class MailHealth extends AbstractHealthIndicator {

  public static final Status DEGRADED = new Status("DEGRADED", "Mail is waiting to be retried; it is kept in the outbox");

  private final OutboxStore outbox;

  public MailHealth(OutboxStore outbox) {
    this.outbox = outbox;
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    Backlog backlog = outbox.backlog();
    health.status(backlog.failing() > 0 ? DEGRADED : Status.UP)
        .withDetail("waiting", backlog.waiting())
        .withDetail("failing", backlog.failing());
    if (backlog.failing() > 0) {
      health.withDetail("lastError", backlog.lastError());
    }
  }
}
