package com.socialworkprogression.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A staff record as the directory API reads and writes it. levelEffectiveOn is only read on a change
 * of level: the date the new level takes effect (today if omitted).
 */
public record StaffRecord(
    String userId,
    @NotBlank(message = "fullName is required")
    @Size(max = 200, message = "fullName is at most 200 characters") String fullName,
    @Email(message = "email is not an email address")
    @Size(max = 254, message = "email is at most 254 characters") String email,
    @Size(max = 200, message = "jobTitle is at most 200 characters") String jobTitle,
    @NotBlank(message = "currentLevel is required, e.g. \"2\"")
    @Size(max = 32, message = "currentLevel is at most 32 characters, e.g. \"2\"") String currentLevel,
    LocalDate qualifiedOn,
    LocalDate asyeCompletedOn,
    boolean pre2012Equivalent,
    @Size(max = 32, message = "registrationNumber is at most 32 characters") String registrationNumber,
    @Size(max = 64, message = "lineManagerId is at most 64 characters") String lineManagerId,
    @Size(max = 64, message = "teamManagerId is at most 64 characters") String teamManagerId,
    LocalDate nextPmrDate,
    Boolean permanent,
    List<@Size(max = 64, message = "each caseload reference is at most 64 characters") String> caseload,
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
