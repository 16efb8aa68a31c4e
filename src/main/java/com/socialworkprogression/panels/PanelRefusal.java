package com.socialworkprogression.panels;

import org.springframework.http.HttpStatus;

/** A request about a sitting that cannot be met as asked: who may not, or what is not there. */
public class PanelRefusal extends RuntimeException {

  private final HttpStatus status;

  public PanelRefusal(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }
}
