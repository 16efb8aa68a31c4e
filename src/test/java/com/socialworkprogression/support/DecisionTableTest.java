package com.socialworkprogression.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.junit.jupiter.api.Test;

/**
 * A decision table tested on the DMN engine alone: no Spring, no process engine, no database. The
 * file is read from processes/ on disk, as a process owner saves it from Modeler.
 *
 * Each subclass lists scenarios, one or more per rule, each named after the scheme rule it proves
 * (from SCHEMES.md) and the id of the table rule that must match. Two guards make an edit to the
 * table show up here: the number of rules is fixed ({@link #expectedRules()}), and every rule of the
 * table must be matched by at least one scenario.
 */
public abstract class DecisionTableTest {

  private static final List<String> MATCHED = new ArrayList<>();
  private static final DmnEngine DMN_ENGINE = dmnEngine();

  /** The table's file, relative to the project, e.g. "processes/nelc/element-met.dmn". */
  protected abstract String file();

  /** The decision's id (its key in the engine). */
  protected abstract String key();

  /** How many rules the table has. Change it only together with the scenarios. */
  protected abstract int expectedRules();

  /** Every scenario of the subclass; the same list its parameterized test runs. */
  protected abstract Stream<Scenario> scenarioList();

  /**
   * One case: the facts given to the table, the rule that must answer (first hit), and outputs that
   * must come back. A value of null in the facts is passed as null.
   */
  public record Scenario(String name, String rule, Map<String, Object> facts, Map<String, Object> outputs) {

    @Override
    public String toString() {
      return name;
    }
  }

  /** Builds a scenario: {@code scenario("NELC-L3-01 ...").facts("currentLevel", "1").matches("notOnLevelTwo").gives(...)}. */
  public static Builder scenario(String name) {
    return new Builder(name);
  }

  public static final class Builder {
    private final String name;
    private final Map<String, Object> facts = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = name;
    }

    /** Pairs of fact name and value. */
    public Builder facts(Object... namesAndValues) {
      facts.putAll(pairs(namesAndValues));
      return this;
    }

    /** The rule that must answer, and pairs of output name and expected value. */
    public Scenario matches(String rule, Object... outputs) {
      return new Scenario(name, rule, facts, pairs(outputs));
    }
  }

  private static Map<String, Object> pairs(Object... namesAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  private DmnDecision decision;

  protected DmnDecision decision() {
    if (decision == null) {
      try (InputStream in = Files.newInputStream(Path.of(file()))) {
        decision = DMN_ENGINE.parseDecision(key(), in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return decision;
  }

  protected List<DmnDecisionTableRuleImpl> rules() {
    return ((DmnDecisionTableImpl) decision().getDecisionLogic()).getRules();
  }

  /** Evaluates the table with the facts; returns the rule ids that matched (in order) and the result. */
  protected Evaluation evaluate(Map<String, Object> facts) {
    synchronized (MATCHED) {
      MATCHED.clear();
      DmnDecisionResult result = DMN_ENGINE.evaluateDecision(decision(), new LinkedHashMap<>(facts));
      return new Evaluation(List.copyOf(MATCHED), result);
    }
  }

  public record Evaluation(List<String> matchedRules, DmnDecisionResult result) {

    public DmnDecisionResultEntries first() {
      return result.getFirstResult();
    }
  }

  /** Runs a scenario: the named rule answers first, with the outputs given. */
  protected void check(Scenario scenario) {
    Evaluation evaluation = evaluate(scenario.facts());
    assertThat(evaluation.matchedRules()).as("rules matching %s", scenario.facts()).isNotEmpty();
    assertThat(evaluation.matchedRules().get(0)).as("the rule that answers").isEqualTo(scenario.rule());
    Map<String, Object> entries = evaluation.first().getEntryMap();
    scenario.outputs().forEach((name, expected) ->
        assertThat(entries).as("output '%s'", name).containsEntry(name, expected));
  }

  @Test
  void theTableHasTheRulesItsTestsExpect() {
    assertThat(rules())
        .as("%s has changed: check its scenarios, then update expectedRules()", file())
        .hasSize(expectedRules());
  }

  @Test
  void everyRuleHasAScenario() {
    Set<String> ruleIds = rules().stream().map(DmnDecisionTableRuleImpl::getId).collect(Collectors.toCollection(TreeSet::new));
    Set<String> proved = scenarioList().map(Scenario::rule).collect(Collectors.toCollection(TreeSet::new));
    assertThat(proved).as("scenarios name only rules of the table").isSubsetOf(ruleIds);
    assertThat(ruleIds).as("rules of %s without a scenario", file()).isSubsetOf(proved);
  }

  private static DmnEngine dmnEngine() {
    DmnDecisionTableEvaluationListener recordMatches = (DmnDecisionTableEvaluationEvent event) -> {
      for (DmnEvaluatedDecisionRule rule : event.getMatchingRules()) {
        MATCHED.add(rule.getId());
      }
    };
    return DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
        .customPostDecisionTableEvaluationListeners(new ArrayList<>(Arrays.asList(recordMatches)))
        .buildEngine();
  }
}
