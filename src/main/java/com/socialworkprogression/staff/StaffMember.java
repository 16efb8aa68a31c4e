package com.socialworkprogression.staff;

import java.time.LocalDate;

/** One member of staff as the directory holds them. Levels are the authority's own codes ("2", "3", "ASYE"). */
public record StaffMember(
    String userId,
    String tenantId,
    String fullName,
    String email,
    String jobTitle,
    String currentLevel,
    LocalDate qualifiedOn,
    LocalDate asyeCompletedOn,
    boolean pre2012Equivalent,
    String registrationNumber,
    String lineManagerId,
    String teamManagerId,
    LocalDate nextPmrDate,
    boolean permanent) {

  /** NELC-L3-01: ASYE completed, or qualified before 2012 with an equivalent qualification. */
  public boolean hasAsyeOrEquivalent() {
    return asyeCompletedOn != null || pre2012Equivalent;
  }

  public StaffMember withLevel(String level) {
    return new StaffMember(userId, tenantId, fullName, email, jobTitle, level, qualifiedOn, asyeCompletedOn,
        pre2012Equivalent, registrationNumber, lineManagerId, teamManagerId, nextPmrDate, permanent);
  }
}
