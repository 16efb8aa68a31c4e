package com.socialworkprogression.panels;

import java.util.LinkedHashMap;
import java.util.Map;

/** A sitting as the panel administrator enters it: text as typed, checked by {@link PanelSittings}. */
public record SittingForm(String sitsOn, String startsAt, String place, String onlineLink, Map<String, String> seats) {

  public SittingForm {
    seats = seats == null ? Map.of() : new LinkedHashMap<>(seats);
  }

  public static SittingForm of(PanelSitting sitting) {
    Map<String, String> seats = new LinkedHashMap<>(sitting.seats());
    seats.putAll(sitting.guests());
    return new SittingForm(sitting.sitsOn().toString(), sitting.startsAt(), sitting.place(), sitting.onlineLink(), seats);
  }
}
