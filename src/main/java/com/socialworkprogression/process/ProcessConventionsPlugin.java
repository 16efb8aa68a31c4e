package com.socialworkprogression.process;

import com.socialworkprogression.process.integrity.FormRulesConventions;
import com.socialworkprogression.process.integrity.LongText;
import com.socialworkprogression.security.ExpressionQueryGuard;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Engine-wide rules every route follows, whatever its diagram says. */
@Component
public class ProcessConventionsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new PlainRaceMessages());
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new RuleRefusalUnwrapping());
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new ExpressionQueryGuard());

    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new UserTaskConventions());
    configuration.getCustomPostBPMNParseListeners().add(new OnlyItsStartersStart());
    FormRulesConventions.register(configuration);

    LongText.register(configuration);
  }
}
