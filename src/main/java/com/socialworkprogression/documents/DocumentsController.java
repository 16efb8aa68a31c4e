package com.socialworkprogression.documents;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.documents.EvidenceDocuments.TaskDocuments;
import com.socialworkprogression.staff.People;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The documents of applications, for Tasklist's Documents tab (/swp, the Tasklist login's session) and
 * for API clients (/api, HTTP Basic). The same checks apply to both: EvidenceDocuments.
 */
@RestController
@RequestMapping({"/swp", "/api"})
public class DocumentsController {

  /** As spring.servlet.multipart.max-file-size says: the largest any step may allow (DocumentLimits). */
  static final int MAX_UPLOAD_MB = 20;

  private final EvidenceDocuments documents;
  private final IdentityService identityService;
  private final People people;

  public DocumentsController(EvidenceDocuments documents, IdentityService identityService, People people) {
    this.documents = documents;
    this.identityService = identityService;
    this.people = people;
  }

  @GetMapping("/tasks/{taskId}/documents")
  public Map<String, Object> forTask(@PathVariable String taskId) {
    Caller caller = Caller.of(identityService);
    TaskDocuments task = documents.forTask(taskId, caller);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("stepName", task.stepName());
    if (task.limits() != null) {
      DocumentLimits limits = task.limits();
      body.put("step", Map.of("label", limits.label(), "allowed", limits.allowed(), "maxFiles", limits.maxFiles(),
          "minFiles", limits.minFiles(), "maxFileSizeMb", limits.maxFileSizeMb(), "rule", limits.rule(),
          "attached", task.attachedHere(), "canAttach", task.canAttach()));
    }
    task.frozen().ifPresent(freeze -> body.put("frozen", freeze.explanation()));
    body.put("documents", task.documents().stream().map(document -> view(document, caller)).toList());
    return body;
  }

  @PostMapping(path = "/tasks/{taskId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<Map<String, Object>> attach(@PathVariable String taskId, @RequestParam("file") MultipartFile file)
      throws IOException {
    Caller caller = Caller.of(identityService);
    StoredDocument document = documents.attach(taskId, caller, file.getOriginalFilename(), file.getBytes());
    return ResponseEntity.status(HttpStatus.CREATED).body(view(document, caller));
  }

  @DeleteMapping("/documents/{documentId}")
  public Map<String, Object> remove(@PathVariable String documentId) {
    StoredDocument removed = documents.remove(documentId, Caller.of(identityService));
    return Map.of("removed", removed.fileName());
  }

  /** The file itself. PDFs and images open in the browser; other types download. Never run as a page of ours. */
  @GetMapping("/documents/{documentId}")
  public ResponseEntity<byte[]> open(@PathVariable String documentId) {
    Map.Entry<StoredDocument, byte[]> opened = documents.open(documentId, Caller.of(identityService));
    StoredDocument document = opened.getKey();
    boolean inline = document.mediaType().equals("application/pdf") || document.mediaType().startsWith("image/");
    ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
        .filename(document.fileName(), StandardCharsets.UTF_8).build();
    // Chromium shows no PDF under a sandbox policy; an image's page needs only itself; anything else is a download.
    String policy = document.mediaType().equals("application/pdf") ? "default-src 'none'; object-src 'self'; plugin-types application/pdf"
        : inline ? "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'" : "sandbox; default-src 'none'";
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", policy)
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(opened.getValue());
  }

  private Map<String, Object> view(StoredDocument document, Caller caller) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", document.id());
    view.put("fileName", document.fileName());
    view.put("kind", document.kind() == StoredDocument.Kind.LETTER ? "Letter" : "Evidence");
    view.put("mediaType", document.mediaType());
    view.put("size", EvidenceDocuments.size(document.size()));
    view.put("step", document.stepName());
    view.put("addedBy", document.kind() == StoredDocument.Kind.LETTER ? "Sent by the application"
        : people.name(document.tenantId(), document.addedBy()));
    view.put("addedOn", Dates.text(Dates.toLocalDate(document.addedAt())));
    view.put("url", "/swp/documents/" + document.id());
    view.put("canRemove", caller.userId().equals(document.addedBy()) && document.taskId() != null);
    return view;
  }

  /** Refusals as JSON the Documents tab shows as they are. */
  /**
   * A refusal, written whatever the request accepts: a person following a document link from a page (Accept:
   * text/html) gets the 403 or 404 and its reason, not a 500 for want of a JSON-accepting request.
   */
  @ExceptionHandler(DocumentRefusal.class)
  void refused(DocumentRefusal refusal, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
    response.setStatus(refusal.status().value());
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
        Map.of("status", refusal.status().value(), "message", refusal.getMessage())));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, Object>> tooLarge() {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("status", 413, "message",
        "The file is larger than " + MAX_UPLOAD_MB + " MB, more than any step takes; nothing was saved. Make it smaller "
            + "(for example, save it as a PDF) or split it into parts."));
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<Map<String, Object>> noFile() {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("status", 400, "message",
        "Choose a file to attach (a multipart form with the part 'file')."));
  }
}
