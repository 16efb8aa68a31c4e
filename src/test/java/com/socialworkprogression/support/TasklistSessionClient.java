package com.socialworkprogression.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser's session without the browser: logs in to Tasklist as a user, then reads our own pages (/swp). */
public class TasklistSessionClient {

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  public TasklistSessionClient(int port) {
    this.base = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  public TasklistSessionClient logIn(String user) throws IOException, InterruptedException {
    client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=Progress-2026")).build(), HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200) {
      throw new IllegalStateException("Login as " + user + " answered " + login.statusCode() + ": " + login.body());
    }
    // Tasklist opens after the login, as in a browser: the new session gets its security token for our pages' forms.
    client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    return this;
  }

  /** Posts a form as a browser does (the page's CSRF field included by the caller); follows the redirect. */
  public HttpResponse<String> post(String path, java.util.Map<String, String> form) throws IOException, InterruptedException {
    String body = form.entrySet().stream().map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)).collect(java.util.stream.Collectors.joining("&"));
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The status a GET of that page answers, whatever it is. */
  public int status(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  public String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode());
    }
    return response.body();
  }

  /**
   * A call Tasklist itself makes to the engine's REST API in its session: JSON in and out, HAL where Tasklist asks
   * for it, the session's CSRF token on a POST. Returns the body; anything but 200 is an error.
   */
  public String engine(String method, String path, String json, boolean hal) throws IOException, InterruptedException {
    String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default" + path))
        .header("Accept", hal ? "application/hal+json, application/json; q=0.5" : "application/json")
        .header("X-XSRF-TOKEN", token);
    request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
        : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}
