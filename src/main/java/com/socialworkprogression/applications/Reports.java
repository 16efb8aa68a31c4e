package com.socialworkprogression.applications;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.WorkingDays;
import com.socialworkprogression.documents.DocumentStore;
import com.socialworkprogression.documents.StoredDocument;
import com.socialworkprogression.process.SystemAccess;
import com.socialworkprogression.staff.People;
import com.socialworkprogression.staff.StaffDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures a Principal Social Worker reports, per authority, route and period (applications started in it):
 * how many started, progressed (a level change recorded by the application), were deferred, lapsed, appealed and
 * had an appeal upheld; and the median and 90th percentile of working days from start to decision and from the
 * panel's decision to its letter. The breakdowns by team and by cohort suppress any count from 1 to 4, so no one
 * is identifiable. A cohort is the financial year (1 April to 31 March) in which the application started: the year
 * a Principal Social Worker's annual report and workforce plan are counted in, and the same for every route.
 *
 * What counts: progressed, a row of the directory's level history naming the application; deferred, a deferral
 * record naming it; lapsed, ended at an end event named "Lapsed…"; appealed, an appeal decided (a variable
 * "…AppealDecision" or "appealDecision"), upheld when its value is "upheld".
 */
@Service
public class Reports {

  public static final int SMALLEST_SHOWN = 5;

  public record Figures(String route, long started, long progressed, long deferred, long lapsed, long appealed,
      long upheld, Double medianToDecision, Double p90ToDecision, Double medianPanelToLetter, Double p90PanelToLetter) {}

  /** A team's counts, each from 1 to 4 suppressed (null). */
  public record TeamFigures(String route, String team, Long started, Long progressed) {}

  /** A cohort's counts: the applications started in one financial year ("April 2029 to March 2030"), as a team's. */
  public record CohortFigures(String route, String cohort, Long started, Long progressed) {}

  public record Report(List<Figures> routes, List<TeamFigures> teams, List<CohortFigures> cohorts) {}

  private final HistoryService history;
  private final RepositoryService repository;
  private final JdbcClient jdbc;
  private final DocumentStore documents;
  private final WorkingDays workingDays;
  private final StaffDirectory directory;
  private final People people;

  public Reports(HistoryService history, RepositoryService repository, JdbcClient jdbc, DocumentStore documents,
      WorkingDays workingDays, StaffDirectory directory, People people) {
    this.history = history;
    this.repository = repository;
    this.jdbc = jdbc;
    this.documents = documents;
    this.workingDays = workingDays;
    this.directory = directory;
    this.people = people;
  }

  private record One(String route, String team, String cohort, boolean progressed, boolean deferred, boolean lapsed,
      boolean appealed, boolean upheld, Integer toDecision, Integer panelToLetter) {}

  public Report of(List<String> tenantIds, LocalDate from, LocalDate to) {
    List<One> all = SystemAccess.run(() -> {
      List<One> ones = new ArrayList<>();
      var query = history.createHistoricProcessInstanceQuery().rootProcessInstances().tenantIdIn(tenantIds.toArray(String[]::new));
      if (from != null) {
        query.startedAfter(Dates.startOfDay(from));
      }
      if (to != null) {
        query.startedBefore(Dates.startOfDay(to.plusDays(1)));
      }
      for (HistoricProcessInstance instance : query.list()) {
        ones.add(one(instance));
      }
      return ones;
    });
    Map<String, List<One>> byRoute = new LinkedHashMap<>();
    all.stream().sorted(Comparator.comparing(One::route)).forEach(o -> byRoute.computeIfAbsent(o.route(), r -> new ArrayList<>()).add(o));
    List<Figures> figures = new ArrayList<>();
    List<TeamFigures> teams = new ArrayList<>();
    List<CohortFigures> cohorts = new ArrayList<>();
    byRoute.forEach((route, ones) -> {
      List<Integer> toDecision = ones.stream().map(One::toDecision).filter(d -> d != null).sorted().toList();
      List<Integer> toLetter = ones.stream().map(One::panelToLetter).filter(d -> d != null).sorted().toList();
      figures.add(new Figures(route, ones.size(), count(ones, One::progressed), count(ones, One::deferred),
          count(ones, One::lapsed), count(ones, One::appealed), count(ones, One::upheld),
          percentile(toDecision, 50), percentile(toDecision, 90), percentile(toLetter, 50), percentile(toLetter, 90)));
      groups(ones, One::team).forEach((team, members) -> teams.add(new TeamFigures(route, team,
          suppressed(members.size()), suppressed(count(members, One::progressed)))));
      groups(ones, One::cohort).forEach((cohort, members) -> cohorts.add(new CohortFigures(route, cohort,
          suppressed(members.size()), suppressed(count(members, One::progressed)))));
    });
    return new Report(figures, teams, cohorts);
  }

  /** A route's applications grouped by team or cohort, in the order of the group's name. */
  private static Map<String, List<One>> groups(List<One> ones, Function<One, String> key) {
    Map<String, List<One>> groups = new TreeMap<>();
    ones.forEach(one -> groups.computeIfAbsent(key.apply(one), k -> new ArrayList<>()).add(one));
    return groups;
  }

  /**
   * A count shown as it is when 0 (no one to identify) or from 5 up; 1 to 4 is null ("fewer than 5"), so that no
   * one's outcome can be picked out of a breakdown.
   */
  static Long suppressed(long count) {
    return count > 0 && count < SMALLEST_SHOWN ? null : count;
  }

  /** The financial year (1 April to 31 March) that holds the day: "April 2029 to March 2030". */
  static String cohort(LocalDate started) {
    int from = started.getMonthValue() >= 4 ? started.getYear() : started.getYear() - 1;
    return "April " + from + " to March " + (from + 1);
  }

  /** The nearest-rank percentile of sorted values, or null with none. */
  static Double percentile(List<Integer> sorted, int percent) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return (double) sorted.get(Math.max(0, rank - 1));
  }

  private static long count(List<One> ones, java.util.function.Predicate<One> test) {
    return ones.stream().filter(test).count();
  }

  private One one(HistoricProcessInstance root) {
    String route = repository.getProcessDefinition(root.getProcessDefinitionId()).getName();
    List<String> tree = new ArrayList<>(List.of(root.getId()));
    for (int i = 0; i < tree.size(); i++) {
      history.createHistoricProcessInstanceQuery().superProcessInstanceId(tree.get(i)).list().forEach(c -> tree.add(c.getId()));
    }
    List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(tree.toArray(String[]::new)).list();
    String applicant = variables.stream().filter(v -> v.getName().equals("applicant") && v.getValue() != null)
        .map(v -> v.getValue().toString()).findFirst().orElse(null);
    String team = applicant == null ? "" : directory.find(root.getTenantId(), applicant).map(m -> m.teamManagerId())
        .map(id -> people.name(root.getTenantId(), id)).orElse("");
    boolean progressed = countRows("staff_level_change", tree) > 0;
    boolean deferred = countRows("progression_deferral", tree) > 0;
    boolean lapsed = root.getEndTime() != null && tree.stream().flatMap(id -> history.createHistoricActivityInstanceQuery()
        .processInstanceId(id).finished().list().stream())
        .anyMatch(a -> a.getActivityType().endsWith("EndEvent") && a.getActivityName() != null
            && a.getActivityName().toLowerCase(java.util.Locale.UK).startsWith("lapsed"));
    List<Object> appeals = variables.stream().filter(v -> v.getName().endsWith("AppealDecision") || v.getName().equals("appealDecision"))
        .map(HistoricVariableInstance::getValue).filter(v -> v != null).toList();
    Integer toDecision = root.getEndTime() == null ? null : between(root.getStartTime(), root.getEndTime());
    Optional<Date> panel = variables.stream().filter(v -> v.getName().equals("panelDecisionDate") && v.getValue() instanceof Date)
        .map(v -> (Date) v.getValue()).findFirst();
    Optional<Date> letter = tree.stream().flatMap(id -> documents.ofApplication(id).stream())
        .filter(d -> d.kind() == StoredDocument.Kind.LETTER).map(StoredDocument::addedAt).min(Comparator.naturalOrder());
    Integer panelToLetter = panel.isPresent() && letter.isPresent() ? between(panel.get(), letter.get()) : null;
    return new One(route, team, cohort(Dates.toLocalDate(root.getStartTime())), progressed, deferred, lapsed,
        !appeals.isEmpty(), appeals.contains("upheld"), toDecision, panelToLetter);
  }

  private long countRows(String table, List<String> tree) {
    String marks = String.join(", ", tree.stream().map(id -> "?").toList());
    return jdbc.sql("select count(*) from " + table + " where process_instance_id in (" + marks + ")")
        .params(tree.toArray()).query(Long.class).single();
  }

  /** Working days from one day to another (England and Wales bank holidays excluded); 0 on the same day. */
  private int between(Date start, Date end) {
    LocalDate from = Dates.toLocalDate(start);
    LocalDate until = Dates.toLocalDate(end);
    int days = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(until); day = day.plusDays(1)) {
      if (workingDays.isWorkingDay(day)) {
        days++;
      }
    }
    return days;
  }
}
