package com.socialworkprogression.panels;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.calendar.Today;
import com.socialworkprogression.documents.Caller;
import com.socialworkprogression.staff.People;
import com.socialworkprogression.tenancy.Authorities;
import com.socialworkprogression.tenancy.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The panel calendar in the browser (/swp/panels), in the Tasklist session: every panel of the user's
 * authority with its sittings; the panel administrator schedules and changes sittings; a sitting's page
 * lists the applications heard at it with their evidence, and each member's own steps (the evidence
 * check, the chair's decision) to complete there, one after another.
 */
@Controller
@RequestMapping("/swp/panels")
public class PanelPages {

  /** A sitting as the calendar lists it. */
  public record SittingRow(PanelSitting sitting, String chairName, long listed, boolean past) {}

  public record PanelCalendar(String tenantId, String authorityName, PanelDefinition panel, boolean mayManage,
      List<SittingRow> upcoming, List<SittingRow> past) {}

  /** A seat on the sitting form: who may sit in it. */
  public record SeatChoice(PanelDefinition.Seat seat, List<FormFields.Choice> people) {}

  private final PanelSittings sittings;
  private final PanelCalendars calendars;
  private final SittingStore store;
  private final SittingApplications applications;
  private final SittingSteps steps;
  private final People people;
  private final Authorities authorities;
  private final IdentityService identity;
  private final Today today;

  public PanelPages(PanelSittings sittings, PanelCalendars calendars, SittingStore store, SittingApplications applications,
      SittingSteps steps, People people, Authorities authorities, IdentityService identity, Today today) {
    this.sittings = sittings;
    this.calendars = calendars;
    this.store = store;
    this.applications = applications;
    this.steps = steps;
    this.people = people;
    this.authorities = authorities;
    this.identity = identity;
    this.today = today;
  }

  @org.springframework.web.bind.annotation.ModelAttribute("csrfToken")
  public String csrfToken(jakarta.servlet.http.HttpSession session) {
    return com.socialworkprogression.documents.TasklistSession.csrfToken(session);
  }

  @GetMapping
  public String calendar(Model model) {
    Caller caller = Caller.of(identity);
    List<PanelCalendar> calendarsShown = new ArrayList<>();
    for (String tenantId : caller.tenantIds()) {
      for (PanelDefinition panel : calendars.panels(tenantId)) {
        List<SittingRow> upcoming = new ArrayList<>();
        List<SittingRow> past = new ArrayList<>();
        for (PanelSitting sitting : store.calendar(tenantId, panel.id())) {
          long listed = store.listings(sitting.id()).stream().filter(l -> l.status() != Listing.Status.MOVED).count();
          boolean isPast = sitting.sitsOn().isBefore(today.date());
          (isPast ? past : upcoming).add(new SittingRow(sitting, people.name(tenantId, sitting.chair(panel)), listed, isPast));
        }
        calendarsShown.add(new PanelCalendar(tenantId, authorityName(tenantId), panel, sittings.mayManage(caller, tenantId),
            upcoming, newestFirst(past)));
      }
    }
    model.addAttribute("calendars", calendarsShown);
    return page(model, caller, "panels/calendar");
  }

  @GetMapping("/{tenantId}/{panelId}/new")
  public String newSitting(@PathVariable String tenantId, @PathVariable String panelId, Model model) {
    Caller caller = Caller.of(identity);
    PanelDefinition panel = sittings.panel(caller, tenantId, panelId);
    requireManager(caller, tenantId);
    return sittingForm(model, caller, tenantId, panel, null, new SittingForm("", "10:00", "", "", Map.of()), Map.of());
  }

  @PostMapping("/{tenantId}/{panelId}")
  public String schedule(@PathVariable String tenantId, @PathVariable String panelId,
      @RequestParam Map<String, String> fields, Model model, HttpServletResponse response) {
    Caller caller = Caller.of(identity);
    PanelDefinition panel = sittings.panel(caller, tenantId, panelId);
    SittingForm form = form(panel, fields);
    try {
      PanelSitting sitting = sittings.schedule(caller, tenantId, panelId, form);
      return "redirect:/swp/panels/sittings/" + sitting.id() + "?scheduled";
    } catch (SittingProblems problems) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return sittingForm(model, caller, tenantId, panel, null, form, problems.byField());
    }
  }

  @GetMapping("/sittings/{sittingId}")
  public String sitting(@PathVariable String sittingId, Model model, @RequestParam Map<String, String> flags) {
    Caller caller = Caller.of(identity);
    PanelSitting sitting = sittings.sitting(caller, sittingId);
    if (!sittings.maySee(caller, sitting)) {
      throw new PanelRefusal(org.springframework.http.HttpStatus.FORBIDDEN, "Only the sitting's members, the panel "
          + "administrators and the Principal Social Worker see the applications listed for a sitting.");
    }
    PanelDefinition panel = calendars.required(sitting.tenantId(), sitting.panelId());
    List<SittingApplications.ApplicationView> heard = new ArrayList<>();
    List<SittingApplications.ApplicationView> moved = new ArrayList<>();
    for (Listing listing : store.listings(sittingId)) {
      (listing.status() == Listing.Status.MOVED ? moved : heard).add(applications.view(listing, panel, caller));
    }
    model.addAttribute("sitting", sitting);
    model.addAttribute("panel", panel);
    model.addAttribute("members", members(panel, sitting));
    model.addAttribute("heard", heard);
    model.addAttribute("moved", moved);
    model.addAttribute("mayManage", sittings.mayManage(caller, sitting.tenantId()));
    model.addAttribute("flags", flags.keySet());
    model.addAttribute("dates", new DatesView());
    return page(model, caller, "panels/sitting");
  }

  @GetMapping("/sittings/{sittingId}/edit")
  public String editSitting(@PathVariable String sittingId, Model model) {
    Caller caller = Caller.of(identity);
    PanelSitting sitting = sittings.sitting(caller, sittingId);
    requireManager(caller, sitting.tenantId());
    PanelDefinition panel = calendars.required(sitting.tenantId(), sitting.panelId());
    return sittingForm(model, caller, sitting.tenantId(), panel, sitting, SittingForm.of(sitting), Map.of());
  }

  @PostMapping("/sittings/{sittingId}")
  public String change(@PathVariable String sittingId, @RequestParam Map<String, String> fields, Model model,
      HttpServletResponse response) {
    Caller caller = Caller.of(identity);
    PanelSitting sitting = sittings.sitting(caller, sittingId);
    PanelDefinition panel = calendars.required(sitting.tenantId(), sitting.panelId());
    SittingForm form = form(panel, fields);
    try {
      sittings.change(caller, sittingId, form);
      return "redirect:/swp/panels/sittings/" + sittingId + "?changed";
    } catch (SittingProblems problems) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return sittingForm(model, caller, sitting.tenantId(), panel, sitting, form, problems.byField());
    }
  }

  /** A member completes one of their steps on an application listed for the sitting (the chair's decision). */
  @PostMapping("/sittings/{sittingId}/steps/{taskId}")
  public String completeStep(@PathVariable String sittingId, @PathVariable String taskId,
      @RequestParam Map<String, String> fields, Model model, HttpServletResponse response) {
    Caller caller = Caller.of(identity);
    PanelSitting sitting = sittings.sitting(caller, sittingId);
    try {
      String done = steps.complete(caller, sitting, taskId, fields);
      return "redirect:/swp/panels/sittings/" + sittingId + "?recorded=" + java.net.URLEncoder.encode(done,
          java.nio.charset.StandardCharsets.UTF_8);
    } catch (SittingSteps.StepRefused refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("stepError", refused.getMessage());
      model.addAttribute("stepErrorTask", taskId);
      model.addAttribute("stepEntered", fields);
      return sitting(sittingId, model, Map.of());
    }
  }

  @ExceptionHandler(PanelRefusal.class)
  public String refused(PanelRefusal refusal, Model model, HttpServletResponse response) {
    response.setStatus(refusal.status().value());
    model.addAttribute("message", refusal.getMessage());
    return page(model, null, "panels/refused");
  }

  private String sittingForm(Model model, Caller caller, String tenantId, PanelDefinition panel, PanelSitting sitting,
      SittingForm form, Map<String, String> problems) {
    List<SeatChoice> seats = new ArrayList<>();
    for (PanelDefinition.Seat seat : panel.seats()) {
      seats.add(new SeatChoice(seat, seat.guest() ? List.of() : people.withRole(tenantId, Role.bySuffix(seat.role())).stream()
          .map(user -> new FormFields.Choice(user, people.name(tenantId, user))).toList()));
    }
    model.addAttribute("tenantId", tenantId);
    model.addAttribute("panel", panel);
    model.addAttribute("sitting", sitting);
    model.addAttribute("form", form);
    model.addAttribute("seats", seats);
    model.addAttribute("problems", problems);
    model.addAttribute("cutOffText", panel.cutOffInWords());
    return page(model, caller, "panels/sitting-form");
  }

  private static SittingForm form(PanelDefinition panel, Map<String, String> fields) {
    Map<String, String> seats = new LinkedHashMap<>();
    panel.seats().forEach(seat -> seats.put(seat.id(), fields.get("seat-" + seat.id())));
    return new SittingForm(fields.get("sitsOn"), fields.get("startsAt"), fields.get("place"), fields.get("onlineLink"), seats);
  }

  private List<Map.Entry<String, String>> members(PanelDefinition panel, PanelSitting sitting) {
    List<Map.Entry<String, String>> members = new ArrayList<>();
    for (PanelDefinition.Seat seat : panel.seats()) {
      String who = SittingVariables.who(sitting, seat, people);
      members.add(Map.entry(seat.title(), who == null ? "Nobody this time" : who));
    }
    return members;
  }

  private void requireManager(Caller caller, String tenantId) {
    if (!sittings.mayManage(caller, tenantId)) {
      throw new PanelRefusal(org.springframework.http.HttpStatus.FORBIDDEN, "Only the authority's panel administrators "
          + "keep the panel calendar. Ask one of them to schedule or change a sitting.");
    }
  }

  private String page(Model model, Caller caller, String view) {
    Caller who = caller == null ? Caller.of(identity) : caller;
    model.addAttribute("userName", who.tenantIds().isEmpty() ? who.userId() : people.name(who.tenantIds().get(0), who.userId()));
    model.addAttribute("authorityName", who.tenantIds().isEmpty() ? "" : authorityName(who.tenantIds().get(0)));
    model.addAttribute("dates", new DatesView());
    return view;
  }

  private static List<SittingRow> newestFirst(List<SittingRow> rows) {
    List<SittingRow> reversed = new ArrayList<>(rows);
    java.util.Collections.reverse(reversed);
    return reversed;
  }

  private String authorityName(String tenantId) {
    return authorities.find(tenantId).map(Authorities.Authority::name).orElse(tenantId);
  }

  /** Dates as the pages print them: "12 January 2027". */
  public static final class DatesView {
    public String text(java.time.LocalDate date) {
      return Dates.text(date);
    }

    public String text(java.util.Date date) {
      return date == null ? "" : Dates.text(Dates.toLocalDate(date));
    }

    public String text(java.time.Instant instant) {
      return instant == null ? "" : Dates.text(instant.atZone(Dates.UK).toLocalDate());
    }
  }
}
