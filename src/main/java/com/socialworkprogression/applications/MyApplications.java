package com.socialworkprogression.applications;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.documents.Caller;
import com.socialworkprogression.documents.DocumentStore;
import com.socialworkprogression.documents.StoredDocument;
import com.socialworkprogression.process.SystemAccess;
import com.socialworkprogression.staff.People;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * A worker's own applications, read from the engine's history: for each, the route and its version, where it is
 * and who holds it, what is due when, what was done by whom, every decision's reasons and feedback, and the letters
 * and documents kept with it; after a deferral, a decision not met or a lapse, the date the worker may apply again
 * where her scheme sets one (the variable reapplyFrom, see DatesInWords). Only the applications the person is the
 * applicant of, in their own authorities: a colleague's or another authority's never appear, whatever the URL.
 */
@Service
public class MyApplications {

  /** The variables that carry a decision's written reasons or feedback, whatever the route calls them. */
  private static final Pattern FEEDBACK = Pattern.compile(".*(Reasons|Feedback|Plan|Targets|Advice)$");

  public record Application(String id, String route, int version, String authority, Date started, Date ended,
      String outcome, List<OpenStep> now, List<String> waitingFor, List<DoneStep> done, List<Feedback> feedback,
      List<Document> documents, String mayApplyAgainFrom) {

    public boolean running() {
      return ended == null;
    }

    public String startedText() {
      return dateText(started);
    }

    public String endedText() {
      return dateText(ended);
    }

    public boolean nothingOpen() {
      return now.isEmpty() && waitingFor.isEmpty();
    }

    public boolean hasFeedback() {
      return !feedback.isEmpty();
    }

    public boolean hasDocuments() {
      return !documents.isEmpty();
    }

    public boolean hasDone() {
      return !done.isEmpty();
    }

    /** Only where the route stored a date: a scheme that sets none gets no invented one. */
    public boolean hasMayApplyAgainFrom() {
      return mayApplyAgainFrom != null;
    }
  }

  public record OpenStep(String taskId, String name, String heldBy, Date due, boolean mine) {

    public String dueText() {
      return dateText(due);
    }
  }

  public record DoneStep(String name, String by, Date on) {

    public String onText() {
      return dateText(on);
    }
  }

  public record Feedback(String step, String text) {}

  public record Document(String id, String name, String kind, String step) {}

  private final HistoryService history;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final DocumentStore documents;
  private final People people;
  private final com.socialworkprogression.tenancy.Authorities authorities;

  public MyApplications(HistoryService history, TaskService tasks, RepositoryService repository, DocumentStore documents,
      People people, com.socialworkprogression.tenancy.Authorities authorities) {
    this.history = history;
    this.tasks = tasks;
    this.repository = repository;
    this.documents = documents;
    this.people = people;
    this.authorities = authorities;
  }

  /** The caller's applications, the running ones first, newest first. */
  public List<Application> of(Caller caller) {
    if (caller.tenantIds().isEmpty()) {
      return List.of();
    }
    return SystemAccess.run(() -> history.createHistoricProcessInstanceQuery().rootProcessInstances()
        .tenantIdIn(caller.tenantIds().toArray(String[]::new)).variableValueEquals("applicant", caller.userId())
        .orderByProcessInstanceStartTime().desc().list().stream()
        .map(instance -> view(instance, caller))
        .sorted(Comparator.comparing((Application a) -> !a.running()))
        .toList());
  }

  /**
   * One application, for its applicant or for someone who sees every application of its authority
   * ({@link Pipeline#seesAll}); anyone else, or an application of another authority, is told it is not theirs.
   */
  public Application one(String applicationId, Caller caller) {
    HistoricProcessInstance root = SystemAccess.run(() -> history.createHistoricProcessInstanceQuery()
        .processInstanceId(applicationId).rootProcessInstances().list().stream().findFirst().orElse(null));
    if (root == null) {
      throw new NotYours();
    }
    Object applicant = SystemAccess.run(() -> history.createHistoricVariableInstanceQuery().processInstanceId(applicationId)
        .variableName("applicant").list().stream().findFirst().map(v -> v.getValue()).orElse(null));
    boolean own = caller.belongsTo(root.getTenantId()) && caller.userId().equals(applicant);
    if (!own && !Pipeline.seesAll(caller, root.getTenantId())) {
      throw new NotYours();
    }
    return SystemAccess.run(() -> view(root, caller));
  }

  /** Not the caller's application to see: answered 403, the same for one that does not exist. */
  public static class NotYours extends RuntimeException {
    public NotYours() {
      super("This application is not yours to see. Your own applications are under My applications.");
    }
  }

  private Application view(HistoricProcessInstance root, Caller caller) {
    List<String> tree = tree(root.getId());
    ProcessDefinition definition = repository.getProcessDefinition(root.getProcessDefinitionId());
    String tenantId = root.getTenantId();
    List<OpenStep> now = new ArrayList<>();
    for (Task task : tasks.createTaskQuery().processInstanceIdIn(tree.toArray(String[]::new)).orderByTaskCreateTime().asc().list()) {
      now.add(new OpenStep(task.getId(), task.getName(), holder(tenantId, task), task.getDueDate(),
          caller.userId().equals(task.getAssignee())));
    }
    List<String> waiting = new ArrayList<>();
    List<DoneStep> done = new ArrayList<>();
    for (String instance : tree) {
      for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().processInstanceId(instance).list()) {
        if (activity.getEndTime() == null && activity.getActivityType().startsWith("intermediate") && activity.getActivityName() != null) {
          waiting.add(activity.getActivityName());
        }
      }
      for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(instance).finished().list()) {
        if ("completed".equals(task.getDeleteReason())) {
          done.add(new DoneStep(task.getName(), people.name(tenantId, task.getAssignee()), task.getEndTime()));
        }
      }
    }
    done.sort(Comparator.comparing(DoneStep::on));
    return new Application(root.getId(), definition.getName(), definition.getVersion(),
        authorities.find(tenantId).map(com.socialworkprogression.tenancy.Authorities.Authority::name).orElse(tenantId),
        root.getStartTime(), root.getEndTime(), outcome(root), now, waiting, done, feedback(tree), documents(tree),
        mayApplyAgainFrom(tree));
  }

  /**
   * The date the worker may apply again, in words: reapplyFrom, as the route stored it on the application or on a
   * process it called (DatesInWords.after / on), with the words it stored beside it. Null when no step set one, or
   * a later decision cleared it; the latest date if more than one process set it.
   */
  private String mayApplyAgainFrom(List<String> tree) {
    HistoricVariableInstance latest = null;
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(tree.toArray(String[]::new)).variableName("reapplyFrom").list()) {
      // Only the process's own: a step's input of the same name (a send task's reapplyFrom) keeps its old value.
      boolean ofTheProcess = variable.getProcessInstanceId().equals(variable.getExecutionId());
      if (ofTheProcess && variable.getValue() instanceof Date date && (latest == null || date.after((Date) latest.getValue()))) {
        latest = variable;
      }
    }
    if (latest == null) {
      return null;
    }
    String processInstanceId = latest.getProcessInstanceId();
    return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName("reapplyFromText")
        .list().stream().filter(text -> processInstanceId.equals(text.getExecutionId())).map(HistoricVariableInstance::getValue).filter(String.class::isInstance).map(String.class::cast)
        .filter(text -> !text.isBlank()).findFirst().orElse(dateText((Date) latest.getValue()));
  }

  /** The application and every process it called (a portfolio, a panel, a review). */
  private List<String> tree(String root) {
    List<String> all = new ArrayList<>(List.of(root));
    for (int i = 0; i < all.size(); i++) {
      history.createHistoricProcessInstanceQuery().superProcessInstanceId(all.get(i)).list()
          .forEach(called -> all.add(called.getId()));
    }
    return all;
  }

  /** Who holds an open step: the person it is assigned to, or the roles that may take it. */
  String holder(String tenantId, Task task) {
    if (task.getAssignee() != null) {
      return people.name(tenantId, task.getAssignee());
    }
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (link.getGroupId() != null) {
        groups.add(groupName(link.getGroupId(), tenantId));
      }
    }
    return groups.isEmpty() ? "Not yet taken" : String.join(", ", groups);
  }

  private static String groupName(String groupId, String tenantId) {
    String suffix = groupId.startsWith(tenantId + "-") ? groupId.substring(tenantId.length() + 1) : groupId;
    try {
      return com.socialworkprogression.tenancy.Role.bySuffix(suffix).title();
    } catch (IllegalArgumentException notARole) {
      return groupId;
    }
  }

  private String outcome(HistoricProcessInstance root) {
    if (root.getEndTime() == null) {
      return "In progress";
    }
    return history.createHistoricActivityInstanceQuery().processInstanceId(root.getId()).activityType("noneEndEvent").list()
        .stream().map(HistoricActivityInstance::getActivityName).filter(name -> name != null).findFirst()
        .or(() -> history.createHistoricActivityInstanceQuery().processInstanceId(root.getId()).activityType("terminateEndEvent")
            .list().stream().map(HistoricActivityInstance::getActivityName).findFirst())
        .orElse("Ended");
  }

  /** Every written reason and feedback, with the step it was written in, in the order written. */
  private List<Feedback> feedback(List<String> tree) {
    Map<String, Feedback> latest = new LinkedHashMap<>();
    for (String instance : tree) {
      List<HistoricDetail> details = history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates()
          .orderByTime().asc().list();
      for (HistoricDetail detail : details) {
        HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
        Object value = update.getValue();
        if (FEEDBACK.matcher(update.getVariableName()).matches() && value instanceof String text && !text.isBlank()) {
          String activity = stepOf(update);
          // What a called process was handed when it started (its caller's values, or advice for an outcome that
          // may never come, such as Derbyshire's lapseAdvice) was written by no step of it: it is no one's feedback.
          if (!instance.equals(tree.get(0)) && update.getTaskId() == null && activity.isEmpty()) {
            continue;
          }
          latest.put(instance + "/" + update.getVariableName() + "/" + text, new Feedback(activity, text));
        }
      }
    }
    return new ArrayList<>(latest.values());
  }

  /** The step a value was written in: the task whose form held it, else the activity that set it. */
  private String stepOf(HistoricVariableUpdate update) {
    if (update.getTaskId() != null) {
      return history.createHistoricTaskInstanceQuery().taskId(update.getTaskId()).list().stream()
          .map(HistoricTaskInstance::getName).findFirst().orElse("");
    }
    return update.getActivityInstanceId() == null ? "" : history.createHistoricActivityInstanceQuery()
        .activityInstanceId(update.getActivityInstanceId()).list().stream().map(HistoricActivityInstance::getActivityName)
        .filter(name -> name != null).findFirst().orElse("");
  }

  private List<Document> documents(List<String> tree) {
    List<Document> all = new ArrayList<>();
    for (String instance : tree) {
      for (StoredDocument document : documents.ofApplication(instance)) {
        all.add(new Document(document.id(), document.fileName(),
            document.kind() == StoredDocument.Kind.LETTER ? "Letter" : "Evidence", document.stepName()));
      }
    }
    return all;
  }

  static String dateText(Date date) {
    return date == null ? "" : Dates.text(Dates.toLocalDate(date));
  }
}
