package com.socialworkprogression.support;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Another node of the application, as its own JVM on the test's classpath, on the same database as the test's
 * own node: profiles test and postgres, its job executor and outbox running. Its log is target/&lt;name&gt;.log.
 */
public class SecondNode {

  private final String name;
  private final String databaseUrl;
  private final int port;
  private Process process;

  public SecondNode(String name, String databaseUrl) throws Exception {
    this.name = name;
    this.databaseUrl = databaseUrl;
    try (ServerSocket free = new ServerSocket(0)) {
      this.port = free.getLocalPort();
    }
  }

  public int port() {
    return port;
  }

  /** Starts it and waits until it is ready (its readiness probe answers 200). */
  public SecondNode start() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "com.socialworkprogression.SocialWorkProgressionApplication",
        "--spring.profiles.active=test,postgres", "--server.port=" + port, "--spring.datasource.url=" + databaseUrl,
        "--camunda.bpm.job-execution.enabled=true", "--swp.outbox.poll=true", "--swp.outbox.poll-interval=2s",
        "--swp.outbox.deliver-after-commit=async", "--camunda.bpm.generic-properties.properties.hostname=" + name)
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/" + name + ".log")))
        .start();
    long until = System.currentTimeMillis() + Duration.ofMinutes(3).toMillis();
    while (status("/actuator/health/readiness") != 200) {
      if (!process.isAlive() || System.currentTimeMillis() > until) {
        throw new IllegalStateException(name + " did not start; see target/" + name + ".log");
      }
      Thread.sleep(500);
    }
    return this;
  }

  /** kill -9: no shutdown hook, no transaction finished, nothing flushed. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  public void stop() {
    if (process != null) {
      process.destroy();
    }
  }

  public int status(String path) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
          .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception notYet) {
      return -1;
    }
  }
}
