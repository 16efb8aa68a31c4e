package com.socialworkprogression.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.support.RestTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 15, hardening: headers, cookies, the Admin first-run set-up, Java serialization. */
class HardeningTest extends RestTest {

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  @DisplayName("Our own responses carry security headers: no framing, no sniffing, no referrer")
  void securityHeaders() throws Exception {
    HttpResponse<String> response = get("/api/documents/none");
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().allValues("Content-Security-Policy")).contains("frame-ancestors 'none'");
    assertThat(get("/camunda/app/tasklist/default/").headers().firstValue("Content-Security-Policy").orElse(""))
        .as("the webapps' own policy").contains("frame-ancestors 'none'");
  }

  @Test
  @DisplayName("The webapps' session cookie is HttpOnly and SameSite; the session times out after 30 minutes")
  void sessionCookie() throws Exception {
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base() + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=lewis.brown&password=Progress-2026")).build(),
        HttpResponse.BodyHandlers.ofString());
    String cookie = String.join("; ", login.headers().allValues("Set-Cookie"));
    assertThat(cookie).contains("JSESSIONID").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    assertThat(engineSessionTimeoutMinutes()).isEqualTo(30);
  }

  @Test
  @DisplayName("The Admin first-run set-up (create the first administrator) is always refused: there is one")
  void firstRunSetUpRefused() throws Exception {
    HttpResponse<String> setUp = client.send(HttpRequest.newBuilder(URI.create(base() + "/camunda/api/admin/setup/default/user/create"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\","
            + "\"email\":\"i@example.org\"},\"credentials\":{\"password\":\"Progress-2026!x\"}}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(setUp.statusCode()).isIn(401, 403);
    assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  @DisplayName("Java serialization of variables is off")
  void javaSerializationOff() {
    assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .isJavaSerializationFormatEnabled()).isFalse();
  }

  @org.springframework.beans.factory.annotation.Value("${server.servlet.session.timeout}")
  java.time.Duration sessionTimeout;

  private long engineSessionTimeoutMinutes() {
    return sessionTimeout.toMinutes();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private String base() {
    return "http://localhost:" + port;
  }

  @Test
  @org.junit.jupiter.api.DisplayName("Login throttling: after a wrong password the right one is refused for a few seconds, through REST and Tasklist's login alike")
  void loginThrottling() {
    String user = "throttled-" + System.nanoTime();
    org.camunda.bpm.engine.identity.User throttled = engine.getIdentityService().newUser(user);
    throttled.setPassword("Progress-2026");
    engine.getIdentityService().saveUser(throttled);
    assertThat(rest.getWithPassword(user, "Progress-2026", "/engine-rest/task").status()).as("before").isEqualTo(200);
    assertThat(rest.getWithPassword(user, "wrong-password", "/engine-rest/task").status()).isEqualTo(401);
    assertThat(rest.getWithPassword(user, "Progress-2026", "/engine-rest/task").status())
        .as("the right password at once after a wrong one").isEqualTo(401);
    assertThat(engine.getIdentityService().checkPassword(user, "Progress-2026")).as("Tasklist's login checks the same way")
        .isFalse();
  }
}
