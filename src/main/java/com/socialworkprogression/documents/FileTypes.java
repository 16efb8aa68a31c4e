package com.socialworkprogression.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * What a file is, read from its content by Apache Tika (magic bytes, and inside zip and OLE2 containers
 * for Word and OpenDocument), never from its name: a program renamed "report.pdf" is still a program.
 * A step names the kinds it takes ("pdf, word, odt, images").
 */
@Component
public class FileTypes {

  /** The kinds of file a process owner can let a step take. */
  public enum Kind {
    PDF("pdf", "a PDF", Set.of("application/pdf")),
    WORD("word", "a Word document (.doc or .docx)", Set.of("application/msword",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
    ODT("odt", "an OpenDocument text (.odt)", Set.of("application/vnd.oasis.opendocument.text")),
    IMAGES("images", "a JPEG or PNG image", Set.of("image/jpeg", "image/png"));

    private final String setting;
    private final String description;
    private final Set<String> mediaTypes;

    Kind(String setting, String description, Set<String> mediaTypes) {
      this.setting = setting;
      this.description = description;
      this.mediaTypes = mediaTypes;
    }

    public String setting() {
      return setting;
    }

    public String description() {
      return description;
    }

    public boolean includes(String mediaType) {
      return mediaTypes.contains(mediaType);
    }

    /** "pdf" → PDF; a setting that names no kind is the process owner's mistake, named with the kinds there are. */
    public static Kind of(String setting) {
      return Arrays.stream(values()).filter(kind -> kind.setting.equalsIgnoreCase(setting.trim())).findFirst()
          .orElseThrow(() -> new IllegalStateException("'" + setting + "' is not a kind of document a step can take; the kinds are "
              + String.join(", ", Arrays.stream(values()).map(Kind::setting).toList()) + "."));
    }
  }

  private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
  private final MimeTypes registry = MimeTypes.getDefaultMimeTypes();

  /** The media type the content shows, e.g. application/pdf; application/octet-stream when it shows none. */
  public String detect(byte[] content) {
    try (TikaInputStream in = TikaInputStream.get(content)) {
      return detector.detect(in, new Metadata()).getBaseType().toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the file to tell its type", e);
    }
  }

  /** "a PDF, a Word document (.doc or .docx) or a JPEG or PNG image" */
  public static String described(List<Kind> kinds) {
    List<String> names = kinds.stream().map(Kind::description).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  /** What the content is, for a refusal: "DOS/Windows executable (application/x-msdownload)". */
  public String whatItIs(String mediaType) {
    String description = "";
    try {
      MimeType type = registry.forName(mediaType);
      description = type.getDescription();
    } catch (MimeTypeException e) {
      // an unregistered type is named by itself
    }
    if ("application/octet-stream".equals(mediaType)) {
      return "not a kind of file that can be recognised";
    }
    return (description == null || description.isBlank() ? "a file of type " + mediaType : description + " (" + mediaType + ")");
  }

  /** The usual extension of a type, e.g. ".pdf", so that a file saved without one opens. */
  public String extension(String mediaType) {
    try {
      return registry.forName(mediaType).getExtension();
    } catch (MimeTypeException e) {
      return "";
    }
  }
}
