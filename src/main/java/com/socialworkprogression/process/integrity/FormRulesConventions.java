package com.socialworkprogression.process.integrity;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Every Camunda Form's own rules apply on the server, in every diagram of every authority: the listeners
 * of {@link FormRulesOnTasks} on each user task, and {@link FormRulesOnStart} on each process start event,
 * that shows a Camunda Form (camunda:formRef, or a camunda-forms:deployment: form key).
 */
public final class FormRulesConventions extends AbstractBpmnParseListener {

  /**
   * Registers the parse listener (after the engine-wide conventions already registered, so that "only the
   * assignee completes" is checked first) and the interceptor that frames each command.
   */
  public static void register(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new FormRulesConventions());
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new HeldFormProblems());
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (showsCamundaForm(userTaskElement)) {
      ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
          .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, FormRulesOnTasks.WHEN_COMPLETING);
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, FormRulesOnTasks.WHEN_LEAVING);
    }
  }

  @Override
  public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEventActivity) {
    if (scope instanceof ProcessDefinitionEntity && showsCamundaForm(startEventElement)) {
      startEventActivity.addBuiltInListener(ExecutionListener.EVENTNAME_START, FormRulesOnStart.INSTANCE);
    }
  }

  static boolean showsCamundaForm(Element element) {
    String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    String formKey = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formKey");
    return formRef != null && !formRef.isBlank()
        || formKey != null && formKey.startsWith("camunda-forms:deployment:");
  }
}
