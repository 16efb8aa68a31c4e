package com.socialworkprogression.staff;

import java.time.LocalDate;

/** A performance, disciplinary or sickness-absence procedure; open while closedOn is null. */
public record Procedure(Long id, String kind, LocalDate openedOn, LocalDate closedOn) {

  public boolean open() {
    return closedOn == null;
  }
}
