package com.socialworkprogression.notification;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.documents.ApplicationParticipants;
import com.socialworkprogression.retention.RetentionPlugin;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox keeps every mail as it was sent, letters attached: personal data like the rest of an
 * application, so it goes when history cleanup deletes the application at the end of its retention period.
 * Mail that belongs to no application goes the default period after it was sent. Swept each morning, after
 * the history cleanup window.
 */
@Component
@EnableScheduling
public class SentMailRetention {

  private static final Logger LOG = LoggerFactory.getLogger(SentMailRetention.class);

  private final OutboxStore store;
  private final ApplicationParticipants participants;
  private final RetentionPlugin retention;
  private final Today today;

  public SentMailRetention(OutboxStore store, ApplicationParticipants participants, RetentionPlugin retention, Today today) {
    this.store = store;
    this.participants = participants;
    this.retention = retention;
    this.today = today;
  }

  /** Deletes the mail of applications whose history is gone, and old mail of none; returns how many went. */
  @Scheduled(cron = "${swp.outbox.retention-cron:0 40 5 * * *}")
  @Transactional
  public int sweep() {
    int deleted = 0;
    for (String applicationId : store.applicationsWithMail()) {
      if (participants.application(applicationId).isEmpty()) {
        int count = store.deleteOfApplication(applicationId);
        LOG.info("Deleted {} mails of application {}: its history was deleted at the end of its retention period",
            count, applicationId);
        deleted += count;
      }
    }
    OffsetDateTime before = today.now().toInstant().atZone(Dates.UK).toOffsetDateTime()
        .minus(retention.retention().retentionOf(null));
    return deleted + store.deleteSentWithoutApplicationBefore(before);
  }
}
