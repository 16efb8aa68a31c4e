package com.socialworkprogression.documents;

import org.springframework.http.HttpStatus;

/** A request about documents that cannot be met, with the status and a message that says how to put it right. */
public class DocumentRefusal extends RuntimeException {

  private final HttpStatus status;

  public DocumentRefusal(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }

  public static DocumentRefusal badFile(String message) {
    return new DocumentRefusal(HttpStatus.BAD_REQUEST, message);
  }

  public static DocumentRefusal forbidden(String message) {
    return new DocumentRefusal(HttpStatus.FORBIDDEN, message);
  }

  public static DocumentRefusal notFound(String message) {
    return new DocumentRefusal(HttpStatus.NOT_FOUND, message);
  }

  public static DocumentRefusal conflict(String message) {
    return new DocumentRefusal(HttpStatus.CONFLICT, message);
  }
}
