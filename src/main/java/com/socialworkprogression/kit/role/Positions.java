package com.socialworkprogression.kit.role;

import com.socialworkprogression.kit.rules.RuleTables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads a position from the route's positions table (a DMN whose input is the position's variable name). */
@Component
public class Positions {

  private final RuleTables tables;

  public Positions(RuleTables tables) {
    this.tables = tables;
  }

  public Position of(DelegateExecution application, String positionsDecision, String variable) {
    return Position.from(variable, tables.single(application, positionsDecision, Map.of("position", variable)));
  }
}
