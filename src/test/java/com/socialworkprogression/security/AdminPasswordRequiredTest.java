package com.socialworkprogression.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class AdminPasswordRequiredTest {

  private final AdminPasswordRequired check = new AdminPasswordRequired();

  @Test
  void refusesToStartWithoutAnAdministratorPassword() {
    MockEnvironment environment = new MockEnvironment().withProperty("camunda.bpm.admin-user.password", "");
    assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SWP_ADMIN_PASSWORD");
  }

  @Test
  void refusesToStartWhenThePasswordIsNotSetAtAll() {
    assertThatThrownBy(() -> check.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
        .hasMessageContaining("SWP_ADMIN_PASSWORD");
  }

  @Test
  void startsWithAPasswordFromTheEnvironment() {
    MockEnvironment environment = new MockEnvironment().withProperty("camunda.bpm.admin-user.password", "Str0ng-secret!");
    assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
  }
}
