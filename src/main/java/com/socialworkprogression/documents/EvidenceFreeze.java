package com.socialworkprogression.documents;

import com.socialworkprogression.calendar.Dates;
import java.util.Date;

/** When and at which step an application's evidence was frozen for a possible appeal. */
public record EvidenceFreeze(String applicationId, Date frozenAt, String stepName, String rule) {

  /** e.g. "NELC-L3-11: The evidence was frozen for any appeal when 'Score each element' was completed on 18 December 2026." */
  public String explanation() {
    return (rule == null || rule.isBlank() ? "" : rule + ": ") + "The evidence was frozen for any appeal when '" + stepName
        + "' was completed on " + Dates.text(Dates.toLocalDate(frozenAt)) + ". It can be read, but nothing can be added, "
        + "replaced or removed.";
  }
}
