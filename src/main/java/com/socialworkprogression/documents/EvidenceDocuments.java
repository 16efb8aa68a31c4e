package com.socialworkprogression.documents;

import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.documents.StoredDocument.Kind;
import com.socialworkprogression.process.SystemAccess;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of an application: evidence attached at the steps that take it, and the letters it sent.
 * Only a step's assignee attaches to it, within the limits its diagram sets, and only while the evidence
 * is not frozen; only people with a part in the application read its documents (ApplicationParticipants).
 */
@Service
public class EvidenceDocuments {

  private final DocumentStore store;
  private final FileTypes fileTypes;
  private final ApplicationParticipants participants;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final Today today;

  public EvidenceDocuments(DocumentStore store, FileTypes fileTypes, ApplicationParticipants participants,
      TaskService taskService, RuntimeService runtimeService, Today today) {
    this.store = store;
    this.fileTypes = fileTypes;
    this.participants = participants;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.today = today;
  }

  /** What a task's Documents tab shows: the step's limits (if it takes documents) and the application's documents. */
  public record TaskDocuments(String stepName, DocumentLimits limits, boolean canAttach, int attachedHere,
      Optional<EvidenceFreeze> frozen, List<StoredDocument> documents) {}

  public TaskDocuments forTask(String taskId, Caller caller) {
    Task task = task(taskId, caller);
    readableApplication(task.getProcessInstanceId(), caller);
    DocumentLimits limits = limits(task);
    Optional<EvidenceFreeze> frozen = store.freezeOf(task.getProcessInstanceId());
    boolean canAttach = limits != null && frozen.isEmpty() && caller.userId().equals(task.getAssignee());
    return new TaskDocuments(task.getName(), limits, canAttach,
        store.countAtStep(task.getProcessInstanceId(), task.getTaskDefinitionKey()), frozen,
        store.ofApplication(task.getProcessInstanceId()));
  }

  /** Attaches a file to the task's step, or refuses it saying what the step takes; a refusal changes nothing. */
  @Transactional
  public StoredDocument attach(String taskId, Caller caller, String fileName, byte[] content) {
    Task task = task(taskId, caller);
    if (!caller.userId().equals(task.getAssignee())) {
      throw DocumentRefusal.forbidden("Only the person the task '" + task.getName() + "' is assigned to can attach documents to it"
          + (task.getAssignee() == null ? ": claim it first." : "."));
    }
    DocumentLimits limits = limits(task);
    if (limits == null) {
      throw DocumentRefusal.badFile("The step '" + task.getName() + "' takes no documents.");
    }
    notFrozen(task.getProcessInstanceId());
    String name = FileNames.clean(fileName);
    int attached = store.countAtStep(task.getProcessInstanceId(), task.getTaskDefinitionKey());
    if (attached >= limits.maxFiles()) {
      throw DocumentRefusal.badFile(limits.rulePrefix() + "This step takes at most " + limits.maxFiles() + " file"
          + (limits.maxFiles() == 1 ? "" : "s") + " and " + attached + " " + (attached == 1 ? "is" : "are")
          + " attached. Remove one before you attach '" + name + "'.");
    }
    if (content.length == 0) {
      throw DocumentRefusal.badFile("'" + name + "' is empty (0 bytes). Attach the file again; nothing was saved.");
    }
    if (content.length > limits.maxBytes()) {
      throw DocumentRefusal.badFile("'" + name + "' is " + megabytes(content.length) + "; this step takes files of at most "
          + limits.maxFileSizeMb() + " MB. Make it smaller (for example, save it as a PDF) or split it into parts.");
    }
    String mediaType = fileTypes.detect(content);
    if (!limits.allows(mediaType)) {
      throw DocumentRefusal.badFile("'" + name + "' cannot be attached here: its content is " + fileTypes.whatItIs(mediaType)
          + ", whatever its name says. This step takes " + limits.allowed() + ".");
    }
    StoredDocument document = new StoredDocument(UUID.randomUUID().toString(), task.getTenantId(), task.getProcessInstanceId(),
        Kind.EVIDENCE, task.getTaskDefinitionKey(), task.getName(), task.getId(),
        FileNames.withExtension(name, fileTypes.extension(mediaType)), mediaType, content.length, sha256(content),
        caller.userId(), today.now());
    store.insert(document, content);
    return document;
  }

  /** Removes a file its uploader attached to a task they still hold, while the evidence is not frozen. */
  @Transactional
  public StoredDocument remove(String documentId, Caller caller) {
    StoredDocument document = readableDocument(documentId, caller);
    notFrozen(document.applicationId());
    Task task = document.taskId() == null ? null
        : SystemAccess.run(() -> taskService.createTaskQuery().taskId(document.taskId()).singleResult());
    if (document.kind() != Kind.EVIDENCE || task == null || !caller.userId().equals(task.getAssignee())
        || !caller.userId().equals(document.addedBy())) {
      throw DocumentRefusal.forbidden("'" + document.fileName() + "' can be removed only by the person who attached it, "
          + "while the step it was attached to ('" + document.stepName() + "') is still theirs to complete.");
    }
    store.delete(documentId);
    return document;
  }

  /** A document and its content, for someone with a part in its application. */
  public Map.Entry<StoredDocument, byte[]> open(String documentId, Caller caller) {
    StoredDocument document = readableDocument(documentId, caller);
    return Map.entry(document, store.content(documentId));
  }

  /** Keeps a letter the application sent, with its documents. Joins the sending step's transaction. */
  public StoredDocument keepLetter(String tenantId, String applicationId, String stepId, String stepName, String fileName,
      byte[] pdf) {
    StoredDocument letter = new StoredDocument(UUID.randomUUID().toString(), tenantId, applicationId, Kind.LETTER, stepId,
        stepName, null, FileNames.clean(fileName), "application/pdf", pdf.length, sha256(pdf), "system", today.now());
    store.insert(letter, pdf);
    return letter;
  }

  /** Evidence attached at that step of the application. */
  public int attachedAtStep(String applicationId, String stepId) {
    return store.countAtStep(applicationId, stepId);
  }

  public void freeze(String tenantId, String applicationId, String stepName, String rule) {
    store.freeze(tenantId, new EvidenceFreeze(applicationId, today.now(), stepName, rule));
  }

  private StoredDocument readableDocument(String documentId, Caller caller) {
    StoredDocument document = store.find(documentId)
        .orElseThrow(() -> DocumentRefusal.notFound("There is no document " + documentId + ": it may have been removed."));
    if (!caller.belongsTo(document.tenantId())) {
      throw DocumentRefusal.forbidden("This document belongs to another authority's application.");
    }
    readableApplication(document.applicationId(), caller);
    return document;
  }

  private void readableApplication(String applicationId, Caller caller) {
    HistoricProcessInstance application = participants.application(applicationId)
        .orElseThrow(() -> DocumentRefusal.notFound("The application " + applicationId + " is no longer kept."));
    if (!participants.hasPart(application, caller)) {
      throw DocumentRefusal.forbidden("Only people with a part in this application can read its documents: the applicant, "
          + "the people named in it and those who hold or held its tasks.");
    }
  }

  private Task task(String taskId, Caller caller) {
    Task task = SystemAccess.runAcrossTenants(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
    if (task == null) {
      throw DocumentRefusal.notFound("There is no open task " + taskId + ": it may have been completed already.");
    }
    if (!caller.belongsTo(task.getTenantId())) {
      throw DocumentRefusal.forbidden("This task belongs to another authority's application.");
    }
    return task;
  }

  private void notFrozen(String applicationId) {
    store.freezeOf(applicationId).ifPresent(freeze -> {
      throw DocumentRefusal.conflict(freeze.explanation());
    });
  }

  private DocumentLimits limits(Task task) {
    Map<String, Object> inputs = SystemAccess.run(() -> runtimeService.getVariablesLocal(task.getExecutionId(), DocumentLimits.INPUTS));
    return DocumentLimits.of(inputs, task.getName());
  }

  /** As a file list shows it: "512 bytes", "38 KB", "2.4 MB". */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    return bytes < 1024 * 1024 ? Math.round(bytes / 1024.0) + " KB" : megabytes(bytes);
  }

  static String megabytes(long bytes) {
    return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
