package com.socialworkprogression.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.support.Rest;
import com.socialworkprogression.support.RestTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, hostile input the engine's REST API used to answer with a 500: each now gets a 400 that
 * says what is wrong, and nothing is saved.
 */
class EngineBadInputTest extends RestTest {

  static final String START = "/engine-rest/process-definition/key/nelcSeniorSocialWorker/tenant-id/nelc/start";

  @Test
  @DisplayName("A user id with a path in it is refused with what ids may contain; no user is made")
  void pathTraversalInAnId() {
    Rest.Response response = rest.post("admin", "/engine-rest/user/create", user("../evil", "Progress-2026!x"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("ids use letters, digits, dots, hyphens and underscores").doesNotContain("ProcessEngineException");
    assertThat(engine.getIdentityService().createUserQuery().userId("../evil").count()).isZero();
  }

  @Test
  @DisplayName("A password the policy refuses is answered with the policy; no user is made")
  void weakPassword() {
    Rest.Response response = rest.post("admin", "/engine-rest/user/create", user("weak.password", "abc"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("at least 10 characters");
    assertThat(engine.getIdentityService().createUserQuery().userId("weak.password").count()).isZero();
  }

  @Test
  @DisplayName("A Java-serialized object, or an Object variable without its type, is refused; no application starts")
  void objectVariables() {
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    Rest.Response serialized = rest.post("admin", START, "{\"variables\":{\"x\":{\"value\":\"rO0ABXQAA2FiYw==\","
        + "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
        + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}");
    assertThat(serialized.status()).isEqualTo(400);
    assertThat(serialized.body()).contains("Java-serialized objects are refused");
    Rest.Response untyped = rest.post("admin", START, "{\"variables\":{\"x\":{\"value\":\"{}\",\"type\":\"Object\"}}}");
    assertThat(untyped.status()).isEqualTo(400);
    assertThat(untyped.body()).contains("An Object variable needs valueInfo.objectTypeName");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  private static String user(String id, String password) {
    return "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"E\",\"lastName\":\"V\",\"email\":\"e@example.org\"},"
        + "\"credentials\":{\"password\":\"" + password + "\"}}";
  }
}
