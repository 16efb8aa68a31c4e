package com.socialworkprogression.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** Calls the running application's REST APIs as a user (HTTP Basic), or as nobody. */
public class Rest {

  public record Response(int status, String body) {}

  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  public Rest(int port) {
    this.base = "http://localhost:" + port;
  }

  public Response get(String user, String path) {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** As Tasklist asks for a filter's tasks: HAL, with the filter's variables embedded. */
  public Response getHal(String user, String path) {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/hal+json").GET());
  }

  public Response getWithPassword(String user, String password, String path) {
    return send(user, password, HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  public Response post(String user, String path, String json) {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Response put(String user, String path, String json) {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Response delete(String user, String path) {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).DELETE());
  }

  /**
   * A multipart/form-data POST, as Camunda Modeler's Deploy button sends it: text fields (e.g.
   * deployment-name, tenant-id), then each file as a part named after its file name.
   */
  public Response postMultipart(String user, String path, Map<String, String> fields, Map<String, byte[]> files) {
    String boundary = "----swp" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"\r\n\r\n" + value + "\r\n"));
    files.forEach((fileName, bytes) -> {
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\""
          + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      body.writeBytes(bytes);
      write(body, "\r\n");
    });
    write(body, "--" + boundary + "--\r\n");
    return send(user, HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** A file attached as a browser's file picker sends it: one part named "file". */
  public Response upload(String user, String path, String fileName, byte[] content) {
    String boundary = "----swp" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(content);
    write(body, "\r\n--" + boundary + "--\r\n");
    return send(user, HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  public record Download(int status, byte[] body, java.net.http.HttpHeaders headers) {}

  /** A file as the browser receives it: status, bytes and headers. */
  public Download download(String user, String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":Progress-2026").getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private Response send(String user, HttpRequest.Builder request) {
    return send(user, "Progress-2026", request);
  }

  private Response send(String user, String password, HttpRequest.Builder request) {
    if (user != null) {
      String credentials = user + ":" + password;
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
