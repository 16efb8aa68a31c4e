package com.socialworkprogression.applications;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.documents.Caller;
import com.socialworkprogression.process.SystemAccess;
import com.socialworkprogression.staff.People;
import com.socialworkprogression.staff.StaffDirectory;
import com.socialworkprogression.staff.StaffMember;
import com.socialworkprogression.tenancy.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Every application of an authority, for those who own its scheme: the Principal Social Worker, the process
 * owners and the administrators. The pipeline by route and stage, overdue first, filtered by route, team, status
 * and start date; each application's timeline is {@link MyApplications#view}.
 */
@Service
public class Pipeline {

  public record Row(String id, String tenantId, String route, String applicant, String team, String stage, String heldBy,
      Date due, boolean overdue, Date started, Date ended, String outcome) {

    public String dueText() {
      return MyApplications.dateText(due);
    }

    public String startedText() {
      return MyApplications.dateText(started);
    }
  }

  /** The filters a person chose; any may be empty. */
  public record Filters(String route, String team, String status, LocalDate from, LocalDate to) {}

  private final HistoryService history;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final StaffDirectory directory;
  private final People people;
  private final Today today;
  private final MyApplications applications;

  public Pipeline(HistoryService history, TaskService tasks, RepositoryService repository, StaffDirectory directory,
      People people, Today today, MyApplications applications) {
    this.applications = applications;
    this.history = history;
    this.tasks = tasks;
    this.repository = repository;
    this.directory = directory;
    this.people = people;
    this.today = today;
  }

  /** Whether the person sees every application of that authority. */
  public static boolean seesAll(Caller caller, String tenantId) {
    return caller.groupIds().contains(Groups.CAMUNDA_ADMIN) || caller.belongsTo(tenantId)
        && (caller.groupIds().contains(Role.PRINCIPAL_SOCIAL_WORKERS.groupId(tenantId))
        || caller.groupIds().contains(Role.PROCESS_OWNERS.groupId(tenantId)));
  }

  /** The authorities whose pipeline the person sees. */
  public static List<String> authoritiesSeen(Caller caller, List<String> all) {
    return all.stream().filter(tenantId -> seesAll(caller, tenantId)).toList();
  }

  /** The applications of those authorities that pass the filters: overdue first, then by due date, then newest. */
  public List<Row> rows(List<String> tenantIds, Filters filters) {
    if (tenantIds.isEmpty()) {
      return List.of();
    }
    Date now = today.now();
    List<Row> rows = SystemAccess.run(() -> {
      HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery().rootProcessInstances()
          .tenantIdIn(tenantIds.toArray(String[]::new));
      if ("running".equals(filters.status())) {
        query.unfinished();
      } else if ("ended".equals(filters.status())) {
        query.finished();
      }
      if (filters.from() != null) {
        query.startedAfter(Dates.startOfDay(filters.from()));
      }
      if (filters.to() != null) {
        query.startedBefore(Dates.startOfDay(filters.to().plusDays(1)));
      }
      List<Row> all = new ArrayList<>();
      for (HistoricProcessInstance instance : query.list()) {
        all.add(row(instance, now));
      }
      return all;
    });
    return rows.stream()
        .filter(row -> blank(filters.route()) || row.route().equals(filters.route()))
        .filter(row -> blank(filters.team()) || row.team().equals(filters.team()))
        .sorted(Comparator.comparing((Row row) -> !row.overdue())
            .thenComparing(row -> row.due() == null ? new Date(Long.MAX_VALUE) : row.due())
            .thenComparing(Row::started, Comparator.reverseOrder()))
        .toList();
  }

  /** How many applications stand at each stage of each route: route, then stage, then count. */
  public static Map<String, Map<String, Long>> byRouteAndStage(List<Row> rows) {
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    for (Row row : rows) {
      counts.computeIfAbsent(row.route(), route -> new LinkedHashMap<>()).merge(row.stage(), 1L, Long::sum);
    }
    return counts;
  }

  private Row row(HistoricProcessInstance instance, Date now) {
    String tenantId = instance.getTenantId();
    String route = repository.getProcessDefinition(instance.getProcessDefinitionId()).getName();
    Object applicantId = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("applicant").list().stream().findFirst().map(v -> v.getValue()).orElse(null);
    String applicant = applicantId == null ? "" : applicantId.toString();
    Optional<StaffMember> member = applicant.isEmpty() ? Optional.empty() : directory.find(tenantId, applicant);
    String team = member.map(StaffMember::teamManagerId).map(id -> people.name(tenantId, id)).orElse("");
    List<String> tree = new ArrayList<>(List.of(instance.getId()));
    for (int i = 0; i < tree.size(); i++) {
      history.createHistoricProcessInstanceQuery().superProcessInstanceId(tree.get(i)).unfinished().list()
          .forEach(called -> tree.add(called.getId()));
    }
    List<Task> open = instance.getEndTime() == null
        ? tasks.createTaskQuery().processInstanceIdIn(tree.toArray(String[]::new)).list().stream()
            .sorted(Comparator.comparing(Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))).toList()
        : List.of();
    String outcome = instance.getEndTime() == null ? "In progress" : history.createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).activityType("noneEndEvent").list().stream()
        .map(a -> a.getActivityName()).filter(n -> n != null).findFirst().orElse("Ended");
    String stage = instance.getEndTime() != null ? "Ended: " + outcome : open.isEmpty() ? "Waiting" : open.get(0).getName();
    String heldBy = open.isEmpty() ? "" : applications.holder(tenantId, open.get(0));
    Date due = open.stream().map(Task::getDueDate).filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
    return new Row(instance.getId(), tenantId, route, applicant.isEmpty() ? "" : people.name(tenantId, applicant), team,
        stage, heldBy, due, due != null && due.before(now), instance.getStartTime(), instance.getEndTime(), outcome);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
