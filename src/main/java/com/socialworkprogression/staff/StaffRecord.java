package com.socialworkprogression.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;

/**
 * A staff record as the directory API reads and writes it. levelEffectiveOn is only read on a change
 * of level: the date the new level takes effect (today if omitted).
 */
public record StaffRecord(
    String userId,
    @NotBlank(message = "fullName is required") String fullName,
    @Email(message = "email is not an email address") String email,
    String jobTitle,
    @NotBlank(message = "currentLevel is required, e.g. \"2\"") String currentLevel,
    LocalDate qualifiedOn,
    LocalDate asyeCompletedOn,
    boolean pre2012Equivalent,
    String registrationNumber,
    String lineManagerId,
    String teamManagerId,
    LocalDate nextPmrDate,
    Boolean permanent,
    List<String> caseload,
    List<Procedure> procedures,
    LocalDate levelEffectiveOn) {

  static StaffRecord of(StaffMember m, List<String> caseload, List<Procedure> procedures) {
    return new StaffRecord(m.userId(), m.fullName(), m.email(), m.jobTitle(), m.currentLevel(), m.qualifiedOn(),
        m.asyeCompletedOn(), m.pre2012Equivalent(), m.registrationNumber(), m.lineManagerId(), m.teamManagerId(),
        m.nextPmrDate(), m.permanent(), caseload, procedures, null);
  }

  StaffMember toMember(String tenantId, String userId) {
    return new StaffMember(userId, tenantId, fullName.trim(), email, jobTitle, currentLevel.trim(), qualifiedOn,
        asyeCompletedOn, pre2012Equivalent, registrationNumber, blankToNull(lineManagerId), blankToNull(teamManagerId),
        nextPmrDate, permanent == null || permanent);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
