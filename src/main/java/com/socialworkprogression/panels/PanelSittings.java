package com.socialworkprogression.panels;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.documents.Caller;
import com.socialworkprogression.process.SystemAccess;
import com.socialworkprogression.staff.People;
import com.socialworkprogression.tenancy.Role;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panel administrator keeps each panel's calendar: schedules sittings and changes them. Scheduling a
 * sitting offers it to applications waiting for one (message panelSittingScheduled); changing one
 * brings every application aimed at or listed for it up to date (its dates, due dates, who chairs, who
 * checks) and tells it (message panelSittingChanged, which the route answers by telling its people).
 * One transaction with the engine's, so a refusal changes nothing.
 */
@Service
public class PanelSittings {

  public static final String SCHEDULED = "panelSittingScheduled";
  public static final String CHANGED = "panelSittingChanged";
  private static final int PLACE_LIMIT = 300;
  private static final int LINK_LIMIT = 500;
  private static final int GUEST_LIMIT = 200;

  private final PanelCalendars calendars;
  private final SittingStore store;
  private final People people;
  private final Today today;
  private final RuntimeService runtime;
  private final TaskService tasks;

  public PanelSittings(PanelCalendars calendars, SittingStore store, People people, Today today, RuntimeService runtime,
      TaskService tasks) {
    this.calendars = calendars;
    this.store = store;
    this.people = people;
    this.today = today;
    this.runtime = runtime;
    this.tasks = tasks;
  }

  /** Panel administrators of the authority, and platform administrators. */
  public boolean mayManage(Caller caller, String tenantId) {
    return caller.groupIds().contains(Groups.CAMUNDA_ADMIN)
        || caller.belongsTo(tenantId) && caller.groupIds().contains(Role.PANEL_ADMINISTRATORS.groupId(tenantId));
  }

  /** Who may see a sitting's applications: its members, those who keep the calendar, and the Principal Social Worker. */
  public boolean maySee(Caller caller, PanelSitting sitting) {
    return mayManage(caller, sitting.tenantId()) || caller.belongsTo(sitting.tenantId())
        && (sitting.memberIds().contains(caller.userId())
            || caller.groupIds().contains(Role.PRINCIPAL_SOCIAL_WORKERS.groupId(sitting.tenantId())));
  }

  public PanelDefinition panel(Caller caller, String tenantId, String panelId) {
    if (!caller.belongsTo(tenantId) && !caller.groupIds().contains(Groups.CAMUNDA_ADMIN)) {
      throw new PanelRefusal(HttpStatus.NOT_FOUND, "There is no such panel.");
    }
    return calendars.panel(tenantId, panelId).orElseThrow(() -> new PanelRefusal(HttpStatus.NOT_FOUND,
        "There is no panel '" + panelId + "'. The panels are listed at /swp/panels."));
  }

  /** A sitting of the caller's own authority; another authority's is "not found", as if it did not exist. */
  public PanelSitting sitting(Caller caller, String sittingId) {
    return store.find(sittingId)
        .filter(sitting -> caller.belongsTo(sitting.tenantId()) || caller.groupIds().contains(Groups.CAMUNDA_ADMIN))
        .orElseThrow(() -> new PanelRefusal(HttpStatus.NOT_FOUND, "There is no such panel sitting. It may have been "
            + "removed; the panel calendar is at /swp/panels."));
  }

  @Transactional
  public PanelSitting schedule(Caller caller, String tenantId, String panelId, SittingForm form) {
    PanelDefinition panel = panel(caller, tenantId, panelId);
    requireManager(caller, tenantId);
    PanelSitting sitting = checked(panel, tenantId, form, null, caller.userId());
    store.insert(sitting);
    SystemAccess.run(() -> {
      runtime.createMessageCorrelation(SCHEDULED).tenantId(tenantId)
          .processInstanceVariableEquals("panelId", panelId).correlateAll();
      return null;
    });
    return sitting;
  }

  @Transactional
  public PanelSitting change(Caller caller, String sittingId, SittingForm form) {
    PanelSitting before = sitting(caller, sittingId);
    requireManager(caller, before.tenantId());
    PanelDefinition panel = calendars.required(before.tenantId(), before.panelId());
    PanelSitting after = checked(panel, before.tenantId(), form, before, caller.userId());
    boolean decided = store.listings(sittingId).stream().anyMatch(listing -> listing.status() == Listing.Status.DECIDED);
    if (decided && !after.sitsOn().equals(before.sitsOn())) {
      throw new SittingProblems(Map.of("sitsOn", "This sitting has already recorded decisions on "
          + Dates.text(before.sitsOn()) + ", so it cannot move to another day. Schedule a new sitting instead."));
    }
    store.update(after);
    boolean moved = !after.sitsOn().equals(before.sitsOn()) || !after.startsAt().equals(before.startsAt())
        || !after.where().equals(before.where());
    SystemAccess.run(() -> {
      for (ProcessInstance application : runtime.createProcessInstanceQuery().tenantIdIn(after.tenantId())
          .variableValueEquals("panelSittingId", sittingId).list()) {
        bringUpToDate(application.getId(), panel, before, after, moved);
      }
      return null;
    });
    return after;
  }

  private void bringUpToDate(String applicationId, PanelDefinition panel, PanelSitting before, PanelSitting after,
      boolean moved) {
    runtime.setVariables(applicationId, SittingVariables.of(panel, after, people));
    Map<Date, Date> dueDates = Map.of(
        Dates.startOfDay(before.sitsOn()), Dates.startOfDay(after.sitsOn()),
        Dates.endOfDay(before.sitsOn()), Dates.endOfDay(after.sitsOn()),
        Dates.endOfDay(before.submitBy()), Dates.endOfDay(after.submitBy()));
    String oldChair = before.chair(panel);
    String newChair = after.chair(panel);
    Set<String> leaving = new HashSet<>(before.memberIds());
    leaving.removeAll(after.memberIds());
    for (Task task : tasks.createTaskQuery().processInstanceId(applicationId).list()) {
      if (task.getDueDate() != null && dueDates.containsKey(task.getDueDate())) {
        task.setDueDate(dueDates.get(task.getDueDate()));
        tasks.saveTask(task);
      }
      if (oldChair != null && oldChair.equals(task.getAssignee()) && !Objects.equals(oldChair, newChair)) {
        tasks.setAssignee(task.getId(), newChair);
      }
      List<String> candidates = tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
          .map(IdentityLink::getUserId).toList();
      if (candidates.stream().anyMatch(leaving::contains)) {
        // A members' task: the sitting's members now are its candidates.
        candidates.stream().filter(leaving::contains).forEach(user -> tasks.deleteCandidateUser(task.getId(), user));
        after.memberIds().stream().filter(user -> !candidates.contains(user))
            .forEach(user -> tasks.addCandidateUser(task.getId(), user));
      }
    }
    if (moved) {
      runtime.createMessageCorrelation(CHANGED).processInstanceId(applicationId).correlateAll();
    }
  }

  private void requireManager(Caller caller, String tenantId) {
    if (!mayManage(caller, tenantId)) {
      throw new PanelRefusal(HttpStatus.FORBIDDEN, "Only the authority's panel administrators keep the panel calendar. "
          + "Ask one of them to schedule or change the sitting.");
    }
  }

  /** The sitting as entered, or every problem with it at once. */
  private PanelSitting checked(PanelDefinition panel, String tenantId, SittingForm form, PanelSitting before,
      String byUser) {
    Map<String, String> problems = new LinkedHashMap<>();
    LocalDate sitsOn = null;
    try {
      sitsOn = LocalDate.parse(blankToNull(form.sitsOn()) == null ? "" : form.sitsOn().trim());
      if (!sitsOn.isAfter(today.date()) && (before == null || !sitsOn.equals(before.sitsOn()))) {
        problems.put("sitsOn", "The date of the sitting must be after today, " + Dates.text(today.date()) + ".");
      } else if (store.sitsOn(tenantId, panel.id(), sitsOn, before == null ? null : before.id())) {
        problems.put("sitsOn", "The " + panel.name() + " already sits on " + Dates.text(sitsOn)
            + ". Choose another day, or change that sitting.");
      }
    } catch (DateTimeParseException e) {
      problems.put("sitsOn", blankToNull(form.sitsOn()) == null ? "Enter the date of the sitting."
          : "Enter the date of the sitting as a date, like 2027-01-12; '" + form.sitsOn().trim() + "' is not one.");
    }
    String startsAt = blankToNull(form.startsAt());
    try {
      startsAt = startsAt == null ? null : LocalTime.parse(startsAt).toString();
    } catch (DateTimeParseException e) {
      startsAt = null;
    }
    if (startsAt == null) {
      problems.put("startsAt", "Enter the time the sitting starts, like 10:00.");
    }
    String place = blankToNull(form.place());
    String link = blankToNull(form.onlineLink());
    if (place == null && link == null) {
      problems.put("place", "Enter where the panel sits, or the link to join it online, or both.");
    } else if (place != null && place.length() > PLACE_LIMIT) {
      problems.put("place", "The place can be at most " + PLACE_LIMIT + " characters; it has " + place.length() + ".");
    }
    if (link != null && (!link.startsWith("https://") || link.length() > LINK_LIMIT || link.matches(".*\\s.*"))) {
      problems.put("onlineLink", "The online link must be a web address starting with https://, without spaces, "
          + "at most " + LINK_LIMIT + " characters.");
    }
    Map<String, String> seats = new LinkedHashMap<>();
    Map<String, String> guests = new LinkedHashMap<>();
    Set<String> seated = new HashSet<>();
    for (PanelDefinition.Seat seat : panel.seats()) {
      String user = blankToNull(form.seats().get(seat.id()));
      String field = "seat-" + seat.id();
      if (seat.guest()) {
        if (user == null && !seat.optional()) {
          problems.put(field, rule(panel.seatsRule()) + "Enter the name of the " + seat.title() + ".");
        } else if (user != null && user.length() > GUEST_LIMIT) {
          problems.put(field, "The name of the " + seat.title() + " can be at most " + GUEST_LIMIT + " characters.");
        } else if (user != null) {
          guests.put(seat.id(), user);
        }
        continue;
      }
      if (user == null && seat.optional()) {
        continue;
      }
      Role role = Role.bySuffix(seat.role());
      if (user == null) {
        problems.put(field, rule(panel.seatsRule()) + "Choose who sits as " + seat.title() + ".");
      } else if (!people.belongsTo(tenantId, user) || !people.hasRole(tenantId, user, role)) {
        problems.put(field, rule(panel.seatsRule()) + seat.title() + " must be one of the " + role.inASentence()
            + "; " + people.name(tenantId, user) + " is not.");
      } else if (!seated.add(user)) {
        problems.put(field, rule(panel.seatsRule()) + people.name(tenantId, user)
            + " already has another seat at this sitting; each seat needs its own person.");
      } else {
        seats.put(seat.id(), user);
      }
    }
    if (!problems.isEmpty()) {
      throw new SittingProblems(problems);
    }
    java.time.Instant now = today.now().toInstant();
    return before == null
        ? new PanelSitting(UUID.randomUUID().toString(), tenantId, panel.id(), sitsOn, startsAt, place, link,
            panel.submitBy(sitsOn), seats, guests, byUser, now, null, null)
        : new PanelSitting(before.id(), tenantId, panel.id(), sitsOn, startsAt, place, link, panel.submitBy(sitsOn),
            seats, guests, before.createdBy(), before.createdAt(), byUser, now);
  }

  private static String rule(String rule) {
    return rule == null || rule.isBlank() ? "" : rule + ": ";
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
