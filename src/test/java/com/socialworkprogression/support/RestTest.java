package com.socialworkprogression.support;

import com.socialworkprogression.staff.StaffDirectory;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a test that calls the application over REST starts from: the engine, people to log in as, a client. */
@SwpSpringTest
public abstract class RestTest {

  @Autowired protected ProcessEngine engine;
  @Autowired protected StaffDirectory directory;
  @LocalServerPort protected int port;

  protected Workflow workflow;
  protected TestStaff staff;
  protected Rest rest;

  @BeforeEach
  void setUpRest() {
    workflow = new Workflow(engine);
    staff = new TestStaff(engine.getIdentityService(), directory);
    rest = new Rest(port);
  }
}
