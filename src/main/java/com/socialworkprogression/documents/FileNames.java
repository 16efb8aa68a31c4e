package com.socialworkprogression.documents;

/**
 * A file name as people see it, never a path: the browser's name is kept for recognition, but without
 * folders, control characters or quotes, and short enough for the table and a download header.
 */
final class FileNames {

  private FileNames() {}

  static String clean(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    base = base.replaceAll("[\\p{Cntrl}\"<>|*?:]", "").strip();
    while (base.startsWith(".")) {
      base = base.substring(1);
    }
    if (base.length() > 150) {
      int dot = base.lastIndexOf('.');
      String extension = dot > 0 && base.length() - dot <= 6 ? base.substring(dot) : "";
      base = base.substring(0, 150 - extension.length()) + extension;
    }
    return base.isBlank() ? "document" : base;
  }

  /** Adds the type's usual extension when the name has none that fits, so the file opens where it is saved. */
  static String withExtension(String name, String extension) {
    if (extension == null || extension.isBlank() || name.toLowerCase().endsWith(extension)) {
      return name;
    }
    String lower = name.toLowerCase();
    if (extension.equals(".jpg") && lower.endsWith(".jpeg") || extension.equals(".doc") && lower.endsWith(".docx")) {
      return name;
    }
    return name + extension;
  }
}
