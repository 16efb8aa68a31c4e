package com.socialworkprogression.calendar;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The engine's clock, so that tests which move the engine's time move ours with it. */
@Component
public class Today {

  public Date now() {
    return ClockUtil.getCurrentTime();
  }

  public LocalDate date() {
    return Dates.toLocalDate(now());
  }
}
