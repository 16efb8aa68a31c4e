package com.socialworkprogression.notification;

/** A file sent with a mail, e.g. a letter as "application/pdf". */
public record MailAttachment(String fileName, String mediaType, byte[] content) {

  public MailAttachment {
    if (fileName == null || fileName.isBlank() || mediaType == null || mediaType.isBlank() || content == null) {
      throw new IllegalArgumentException("An attachment needs a file name, a media type and content");
    }
  }
}
