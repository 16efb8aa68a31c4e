package com.socialworkprogression.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A route's test class must cover every flow node and sequence flow of its diagram. */
@TestConfiguration
public class CoverageSettings {

  @Bean
  public ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.Companion.builder().assertClassCoverageAtLeast(1.0).build();
  }
}
