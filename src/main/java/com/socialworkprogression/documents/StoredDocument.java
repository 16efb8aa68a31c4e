package com.socialworkprogression.documents;

import java.util.Date;

/** A document kept with an application, without its content. */
public record StoredDocument(String id, String tenantId, String applicationId, Kind kind, String stepId,
    String stepName, String taskId, String fileName, String mediaType, long size, String sha256,
    String addedBy, Date addedAt) {

  /** Evidence a person attached at a step, or a letter the application sent. */
  public enum Kind { EVIDENCE, LETTER }
}
