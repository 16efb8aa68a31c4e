package com.socialworkprogression.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every call to the engine's REST API and to our own API is authenticated (HTTP Basic against the
 * engine's users) and runs as that user, so authorizations and the tenant check apply. Unauthenticated
 * calls get 401. Tasklist and Cockpit authenticate through their own login and session.
 */
@Configuration
public class RestAuthentication {

  @Bean
  public FilterRegistrationBean<Filter> engineRestAuthentication() {
    return basicAuthentication("engine-rest-authentication", "/engine-rest/*");
  }

  @Bean
  public FilterRegistrationBean<Filter> applicationApiAuthentication() {
    return basicAuthentication("api-authentication", "/api/*");
  }

  private static FilterRegistrationBean<Filter> basicAuthentication(String name, String urlPattern) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName(name);
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns(urlPattern);
    registration.setOrder(1);
    return registration;
  }
}
