package com.socialworkprogression.staff;

import java.time.Instant;
import java.time.LocalDate;

/** A change of level, effective from a date that may be earlier than when it was recorded. */
public record LevelChange(String userId, String fromLevel, String toLevel, LocalDate effectiveOn,
    Instant recordedAt, String recordedBy, String processInstanceId, String note) {}
