package com.socialworkprogression.scratch;

import com.socialworkprogression.support.SwpSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SwpSpringTest
class ScratchTest {
  @Autowired ProcessEngine engine;

  @Test
  void probe() {
    var cfg = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    System.out.println("PROBE adhoc=" + cfg.isEnableExpressionsInAdhocQueries() + " stored=" + cfg.isEnableExpressionsInStoredQueries());
    try {
      System.out.println("PROBE result=" + engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}").list());
    } catch (Exception e) { System.out.println("PROBE refused " + e); }
  }
}
