package com.socialworkprogression.kit.rules;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Finds the decision tables a diagram uses, and has every application of it pin their versions when
 * it starts. A diagram uses a table by key:
 * <ul>
 *   <li>in a business rule task, {@code camunda:decisionRef="key"};</li>
 *   <li>in an input parameter whose name ends in "Decision", e.g.
 *       {@code <camunda:inputParameter name="passMarkDecision">passMark</camunda:inputParameter>},
 *       for a delegate that evaluates the table itself.</li>
 * </ul>
 * Keys given as expressions (${...}) are not known until run time; they are pinned when first used.
 */
public class DecisionPinningParseListener extends AbstractBpmnParseListener {

  private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    Set<String> keys = new LinkedHashSet<>();
    collect(processElement, keys);
    if (!keys.isEmpty()) {
      processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, new PinDecisionVersions(keys));
    }
  }

  /** The decision keys a process element and everything inside it name. */
  static void collect(Element element, Set<String> keys) {
    if ("businessRuleTask".equals(element.getTagName())) {
      add(element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "decisionRef"), keys);
    }
    if ("inputParameter".equals(element.getTagName())
        && isCamunda(element.getUri())
        && element.attribute("name", "").endsWith("Decision") && element.elements().isEmpty()) {
      add(element.getText(), keys);
    }
    for (Element child : element.elements()) {
      collect(child, keys);
    }
  }

  private static boolean isCamunda(String uri) {
    return uri != null && (uri.equals(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS.getNamespaceUri())
        || uri.equals(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS.getAlternativeUri()));
  }

  private static void add(String key, Set<String> keys) {
    if (key != null && KEY.matcher(key.trim()).matches()) {
      keys.add(key.trim());
    }
  }

  /** The start listener: pins the latest version of each table in the application's tenant. */
  static final class PinDecisionVersions implements ExecutionListener {

    private final Set<String> keys;

    PinDecisionVersions(Set<String> keys) {
      this.keys = Set.copyOf(keys);
    }

    @Override
    public void notify(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
      PinnedDecisions.pin(execution, keys);
    }

    Set<String> keys() {
      return keys;
    }
  }
}
