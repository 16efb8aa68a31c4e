package com.socialworkprogression.kit.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.dmn.DecisionsEvaluationBuilder;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinitionQuery;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * An application is decided by the versions of its decision tables that were the latest when it
 * started. {@link DecisionPinningParseListener} pins them at the start of every application, in the
 * process variable {@value #VARIABLE}: a JSON object of versions by key, e.g. {"passMark":3,"eligibility":1},
 * kept as text so that Tasklist, Cockpit and REST show it as it is. This evaluates a table at the
 * pinned version.
 *
 * <pre>
 * // a delegate, instead of decisionService.evaluateDecisionByKey(key)...
 * DmnDecisionResult result = pinnedDecisions.evaluate(execution, key, variables);
 *
 * &lt;!-- a business rule task: binding "version", the pinned version --&gt;
 * &lt;bpmn:businessRuleTask camunda:decisionRef="key" camunda:decisionRefBinding="version"
 *     camunda:decisionRefVersion="${pinnedDecisions.version(execution, 'key')}" ... /&gt;
 * </pre>
 *
 * A table the application never pinned (its key was an expression, or the application started before
 * pinning existed, or was migrated to a diagram that uses a new table) is pinned at its latest version
 * the first time it is used, and from then on stays there.
 *
 * The application's own work: lookups and evaluation run without authorization checks (the tenant
 * check stays on), as whoever completed the step may not be allowed to evaluate tables themselves.
 */
@Component("pinnedDecisions")
public class PinnedDecisions {

  /** The process variable holding the pinned versions, by decision key. */
  public static final String VARIABLE = "decisionVersions";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Evaluates the table at the version the application pinned, with the given facts. */
  public DmnDecisionResult evaluate(DelegateExecution execution, String key, Map<String, Object> variables) {
    int version = version(execution, key);
    ProcessEngineServices engine = execution.getProcessEngineServices();
    return withoutAuthorization(() -> {
      DecisionsEvaluationBuilder builder = engine.getDecisionService().evaluateDecisionByKey(key).version(version);
      builder = execution.getTenantId() == null ? builder.decisionDefinitionWithoutTenantId()
          : builder.decisionDefinitionTenantId(execution.getTenantId());
      return builder.variables(variables).evaluate();
    });
  }

  /** Evaluates the table at the pinned version, with the application's variables as the facts. */
  public DmnDecisionResult evaluate(DelegateExecution execution, String key) {
    return evaluate(execution, key, execution.getVariables());
  }

  /** The version of the table the application uses: pinned at its start, or now if it never was. */
  public Integer version(DelegateExecution execution, String key) {
    Map<String, Integer> pinned = pinned(execution);
    Integer version = pinned.get(key);
    if (version == null) {
      pin(execution, List.of(key));
      version = pinned(execution).get(key);
      if (version == null) {
        throw new ProcessEngineException("No decision table '" + key + "' is deployed for "
            + (execution.getTenantId() == null ? "applications without a tenant" : "tenant " + execution.getTenantId()));
      }
    }
    return version;
  }

  /** The versions the application pinned, by key: empty if none. */
  public static Map<String, Integer> pinned(DelegateExecution execution) {
    return read(execution.getVariableTyped(VARIABLE, false));
  }

  /** Reads the pinned versions as they are stored (JSON text, or a map), e.g. from RuntimeService#getVariableTyped. */
  public static Map<String, Integer> read(TypedValue stored) {
    Object value = stored instanceof SerializableValue serialized ? serialized.getValueSerialized()
        : stored == null ? null : stored.getValue();
    Map<String, Integer> versions = new TreeMap<>();
    if (value instanceof Map<?, ?> map) {
      map.forEach((key, version) -> versions.put(String.valueOf(key), ((Number) version).intValue()));
    } else if (value != null) {
      try {
        versions.putAll(JSON.readValue(value.toString(), new TypeReference<Map<String, Integer>>() {}));
      } catch (JsonProcessingException e) {
        throw new ProcessEngineException("Process variable " + VARIABLE + " is not a JSON object of versions: " + value, e);
      }
    }
    return versions;
  }

  /**
   * Pins the latest version, in the application's tenant, of each table not pinned yet. Kept on the
   * process instance, so that every step of the application sees it.
   */
  static void pin(DelegateExecution execution, Collection<String> keys) {
    Map<String, Integer> pinned = pinned(execution);
    boolean changed = false;
    for (String key : keys) {
      if (!pinned.containsKey(key)) {
        DecisionDefinition latest = latest(execution, key);
        if (latest != null) {
          pinned.put(key, latest.getVersion());
          changed = true;
        }
      }
    }
    if (changed) {
      try {
        execution.getProcessInstance().setVariable(VARIABLE, Variables.stringValue(JSON.writeValueAsString(pinned)));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static DecisionDefinition latest(DelegateExecution execution, String key) {
    return withoutAuthorization(() -> {
      DecisionDefinitionQuery query = execution.getProcessEngineServices().getRepositoryService()
          .createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion();
      query = execution.getTenantId() == null ? query.withoutTenantId() : query.tenantIdIn(execution.getTenantId());
      return query.singleResult();
    });
  }

  private static <T> T withoutAuthorization(Callable<T> work) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      try {
        return work.call();
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new ProcessEngineException(e);
      }
    }
    return context.runWithoutAuthorization(work);
  }
}
