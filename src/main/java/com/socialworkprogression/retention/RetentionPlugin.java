package com.socialworkprogression.retention;

import com.socialworkprogression.tenancy.Authorities;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Puts the authorities' retention periods into the engine: removal times are set when an application
 * ends (strategy "end"), from AuthorityRetention rather than from each diagram's history time to live,
 * which stays on every diagram because the engine requires one.
 */
@Component
public class RetentionPlugin extends AbstractProcessEnginePlugin {

  private final AuthorityRetention retention;

  public RetentionPlugin(Authorities authorities, @Value("${swp.retention:P6Y}") String defaultRetention) {
    this.retention = new AuthorityRetention(authorities, defaultRetention);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_END);
    configuration.setHistoryRemovalTimeProvider(retention);
  }

  public AuthorityRetention retention() {
    return retention;
  }
}
