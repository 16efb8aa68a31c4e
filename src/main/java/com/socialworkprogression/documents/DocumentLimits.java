package com.socialworkprogression.documents;

import com.socialworkprogression.documents.FileTypes.Kind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a step lets people attach, as its diagram sets it (the block "Documents for this step"): what
 * to attach, the kinds of file, the largest file, how many, and how many are needed to complete it.
 */
public record DocumentLimits(String label, List<Kind> kinds, int maxFileSizeMb, int maxFiles, int minFiles, String rule) {

  public static final String LABEL = "documentsLabel";
  public static final List<String> INPUTS = List.of(LABEL, "documentTypes", "maxFileSizeMb", "maxFiles", "minFiles", "documentsRule");

  /** Null when the step takes no documents (its diagram sets no documentsLabel). */
  public static DocumentLimits of(Map<String, Object> inputs, String stepName) {
    Object label = inputs.get(LABEL);
    if (label == null || label.toString().isBlank()) {
      return null;
    }
    String types = text(inputs, "documentTypes", "pdf, word, odt, images");
    List<Kind> kinds = Arrays.stream(types.split(",")).filter(t -> !t.isBlank()).map(Kind::of).toList();
    int maxMb = number(inputs, "maxFileSizeMb", 10, stepName);
    int max = number(inputs, "maxFiles", 5, stepName);
    int min = number(inputs, "minFiles", 1, stepName);
    if (maxMb < 1 || maxMb > 20 || max < 1 || min < 0 || min > max) {
      throw new IllegalStateException("The step '" + stepName + "' sets documents limits that cannot hold: the largest file "
          + maxMb + " MB (1 to 20), at most " + max + " files (1 or more), at least " + min + " (0 to the most). "
          + "Correct them in Camunda Modeler and deploy the diagram again.");
    }
    return new DocumentLimits(label.toString().trim(), kinds, maxMb, max, min, text(inputs, "documentsRule", ""));
  }

  public long maxBytes() {
    return maxFileSizeMb * 1024L * 1024L;
  }

  public boolean allows(String mediaType) {
    return kinds.stream().anyMatch(kind -> kind.includes(mediaType));
  }

  /** "a PDF, a Word document (.doc or .docx) or a JPEG or PNG image, of at most 10 MB" */
  public String allowed() {
    return FileTypes.described(kinds) + ", of at most " + maxFileSizeMb + " MB";
  }

  /** The rule prefix of a refusal, e.g. "NELC-L3-05: ", or nothing. */
  public String rulePrefix() {
    return rule.isBlank() ? "" : rule + ": ";
  }

  private static String text(Map<String, Object> inputs, String name, String otherwise) {
    Object value = inputs.get(name);
    return value == null || value.toString().isBlank() ? otherwise : value.toString().trim();
  }

  private static int number(Map<String, Object> inputs, String name, int otherwise, String stepName) {
    String value = text(inputs, name, String.valueOf(otherwise));
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalStateException("The step '" + stepName + "' sets '" + name + "' to '" + value
          + "', which is not a whole number. Correct it in Camunda Modeler and deploy the diagram again.");
    }
  }
}
