package com.socialworkprogression.documents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An application's documents are kept as long as the application is: they go when Camunda's history
 * cleanup deletes the application's history at the end of its history time to live, and not before
 * (a running or ended application keeps them, and nobody can delete frozen evidence). Swept each morning,
 * after the history cleanup window (01:00 to 05:00).
 */
@Component
@EnableScheduling
public class DocumentRetention {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentRetention.class);

  private final DocumentStore store;
  private final ApplicationParticipants participants;

  public DocumentRetention(DocumentStore store, ApplicationParticipants participants) {
    this.store = store;
    this.participants = participants;
  }

  /** Deletes the documents of applications whose history is gone; returns how many documents went. */
  @Scheduled(cron = "${swp.documents.retention-cron:0 30 5 * * *}")
  @Transactional
  public int sweep() {
    int deleted = 0;
    for (String applicationId : store.applications()) {
      if (participants.application(applicationId).isEmpty()) {
        int count = store.deleteApplication(applicationId);
        LOG.info("Deleted {} documents of application {}: its history was deleted at the end of its retention period",
            count, applicationId);
        deleted += count;
      }
    }
    return deleted;
  }
}
