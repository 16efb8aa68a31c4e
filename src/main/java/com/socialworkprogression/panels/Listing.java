package com.socialworkprogression.panels;

import java.time.Instant;

/**
 * An application listed for a sitting. Status: LISTED (to be heard), MOVED (it went to a later sitting:
 * in after the cut-off, or sent back for more evidence), DECIDED (the panel's decision is recorded).
 */
public record Listing(String sittingId, String applicationId, String tenantId, String applicant, Instant listedAt,
    Status status, String decision, String decidedBy, Instant decidedAt) {

  public enum Status { LISTED, MOVED, DECIDED }
}
