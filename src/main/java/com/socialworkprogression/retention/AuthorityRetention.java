package com.socialworkprogression.retention;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.tenancy.Authorities;
import com.socialworkprogression.tenancy.Authorities.Authority;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.history.DefaultHistoryRemovalTimeProvider;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * When an ended application's history (and with it its documents and letters) may be deleted: the
 * authority's retention period (swp.authorities[].retention, else swp.retention, six years by default)
 * after the application ended. Camunda's history cleanup, which runs in the nightly window, deletes what
 * has passed its removal time; DocumentRetention then deletes the documents of what it deleted.
 * A running application has no removal time: it is kept however long it runs.
 */
public class AuthorityRetention extends DefaultHistoryRemovalTimeProvider {

  private final Period fallback;
  private final Map<String, Period> byAuthority;

  public AuthorityRetention(Authorities authorities, String defaultRetention) {
    this.fallback = period(defaultRetention, "swp.retention");
    this.byAuthority = authorities.authorities().stream().filter(a -> a.retention() != null && !a.retention().isBlank())
        .collect(Collectors.toMap(Authority::id, a -> period(a.retention(), "swp.authorities[" + a.id() + "].retention")));
  }

  @Override
  public Date calculateRemovalTime(HistoricProcessInstanceEventEntity application, ProcessDefinition definition) {
    Date ended = application.getEndTime();
    if (ended == null) {
      return null;
    }
    Period retention = byAuthority.getOrDefault(application.getTenantId(), fallback);
    return Date.from(ended.toInstant().atZone(Dates.UK).plus(retention).toInstant());
  }

  public Period retentionOf(String tenantId) {
    return byAuthority.getOrDefault(tenantId, fallback);
  }

  private static Period period(String text, String setting) {
    try {
      return Period.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(setting + " is '" + text + "', which is not a period like P6Y (six years) or P18M.", e);
    }
  }
}
