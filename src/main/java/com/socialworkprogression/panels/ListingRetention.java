package com.socialworkprogression.panels;

import com.socialworkprogression.documents.ApplicationParticipants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A sitting's list names applicants and their decisions: each application's place on it goes when history
 * cleanup deletes the application at the end of its retention period, as its documents do. The calendar
 * itself (dates, places, who sat) stays. Swept each morning, after the history cleanup window.
 */
@Component
@EnableScheduling
public class ListingRetention {

  private static final Logger LOG = LoggerFactory.getLogger(ListingRetention.class);

  private final SittingStore store;
  private final ApplicationParticipants participants;

  public ListingRetention(SittingStore store, ApplicationParticipants participants) {
    this.store = store;
    this.participants = participants;
  }

  @Scheduled(cron = "${swp.panels.retention-cron:0 35 5 * * *}")
  @Transactional
  public int sweep() {
    int deleted = 0;
    for (String applicationId : store.listedApplications()) {
      if (participants.application(applicationId).isEmpty()) {
        deleted += store.deleteApplication(applicationId);
        LOG.info("Removed application {} from the panel sittings' lists: its history was deleted at the end of its "
            + "retention period", applicationId);
      }
    }
    return deleted;
  }
}
