package com.socialworkprogression.security;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start without an administrator password from the environment. Only the demo and test
 * profiles carry one of their own; a production installation must set SWP_ADMIN_PASSWORD.
 */
public class AdminPasswordRequired implements EnvironmentPostProcessor, Ordered {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String password = environment.getProperty("camunda.bpm.admin-user.password");
    if (password == null || password.isBlank()) {
      throw new IllegalStateException("No administrator password: set the environment variable SWP_ADMIN_PASSWORD "
          + "(or run the demo profile). Social Work Progression does not start with a default admin password.");
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
