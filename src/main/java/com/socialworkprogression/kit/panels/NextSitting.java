package com.socialworkprogression.kit.panels;

import com.socialworkprogression.kit.StepSettings;
import com.socialworkprogression.panels.PanelDefinition;
import com.socialworkprogression.panels.PanelSitting;
import com.socialworkprogression.panels.SittingStore;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which sitting an application can reach: the panel's next one taking applications or, with the optional input
 * chairedBy (a user id, e.g. ${districtManager}), the next one that person chairs. Some authorities have one
 * calendar; others a local panel per manager, each keeping their own set times (DER-9-03).
 */
final class NextSitting {

  private final SittingStore sittings;
  private final String tenantId;
  private final PanelDefinition panel;
  private final String chairedBy;

  NextSitting(SittingStore sittings, String tenantId, PanelDefinition panel, StepSettings settings) {
    this.sittings = sittings;
    this.tenantId = tenantId;
    this.panel = panel;
    this.chairedBy = settings.text("chairedBy", "").trim();
  }

  Optional<PanelSitting> takingOn(LocalDate day) {
    if (chairedBy.isEmpty() || panel.chairSeat() == null) {
      return sittings.nextTaking(tenantId, panel.id(), day);
    }
    return sittings.nextTaking(tenantId, panel.id(), day, panel.chairSeat().id(), chairedBy);
  }

  /** Whether a sitting is one this application may be heard at. */
  boolean accepts(PanelSitting sitting) {
    return chairedBy.isEmpty() || panel.chairSeat() == null || chairedBy.equals(sitting.seats().get(panel.chairSeat().id()));
  }
}
