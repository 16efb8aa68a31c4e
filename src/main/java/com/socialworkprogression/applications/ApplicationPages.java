package com.socialworkprogression.applications;

import com.socialworkprogression.documents.Caller;
import com.socialworkprogression.staff.People;
import com.socialworkprogression.tenancy.Authorities;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Applications in the browser, in the Tasklist session: "My applications" (/swp/applications) for every worker;
 * the pipeline of an authority (/swp/applications/all) for its Principal Social Worker, process owners and the
 * administrators; and one application's page with its timeline (/swp/applications/{id}), for its applicant and them.
 */
@Controller
@RequestMapping("/swp/applications")
public class ApplicationPages {

  private final MyApplications applications;
  private final Pipeline pipeline;
  private final IdentityService identity;
  private final People people;
  private final Authorities authorities;

  public ApplicationPages(MyApplications applications, Pipeline pipeline, IdentityService identity, People people,
      Authorities authorities) {
    this.applications = applications;
    this.pipeline = pipeline;
    this.identity = identity;
    this.people = people;
    this.authorities = authorities;
  }

  @GetMapping
  public String mine(Model model) {
    Caller caller = Caller.of(identity);
    model.addAttribute("applications", applications.of(caller));
    return page(model, caller, "applications/mine");
  }

  @GetMapping("/all")
  public String all(@RequestParam(required = false) String route, @RequestParam(required = false) String team,
      @RequestParam(required = false) String status, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, Model model, HttpServletResponse response) {
    Caller caller = Caller.of(identity);
    List<String> seen = Pipeline.authoritiesSeen(caller, authorities.ids());
    if (seen.isEmpty()) {
      throw new MyApplications.NotYours();
    }
    List<Pipeline.Row> everything = pipeline.rows(seen, new Pipeline.Filters(null, null, null, null, null));
    LocalDate fromDate = date(from, "from", model);
    LocalDate toDate = date(to, "to", model);
    if (model.containsAttribute("dateProblem")) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    List<Pipeline.Row> rows = pipeline.rows(seen, new Pipeline.Filters(route, team, status, fromDate, toDate));
    model.addAttribute("rows", rows);
    model.addAttribute("stages", Pipeline.byRouteAndStage(rows));
    model.addAttribute("routes", everything.stream().map(Pipeline.Row::route).distinct().sorted().toList());
    model.addAttribute("teams", everything.stream().map(Pipeline.Row::team).filter(t -> !t.isBlank()).distinct().sorted().toList());
    model.addAttribute("route", route == null ? "" : route);
    model.addAttribute("team", team == null ? "" : team);
    model.addAttribute("status", status == null ? "" : status);
    model.addAttribute("from", from == null ? "" : from);
    model.addAttribute("to", to == null ? "" : to);
    model.addAttribute("overdue", rows.stream().filter(Pipeline.Row::overdue).count());
    return page(model, caller, "applications/all");
  }

  @GetMapping("/{applicationId}")
  public String one(@PathVariable String applicationId, Model model) {
    Caller caller = Caller.of(identity);
    model.addAttribute("app", applications.one(applicationId, caller));
    return page(model, caller, "applications/one");
  }

  @ExceptionHandler(MyApplications.NotYours.class)
  public String notYours(MyApplications.NotYours refusal, Model model, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    model.addAttribute("message", refusal.getMessage());
    return page(model, Caller.of(identity), "applications/refused");
  }

  /** A date filter typed as 2027-01-31; anything else is named back, and the filter left out. */
  private static LocalDate date(String text, String name, Model model) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      model.addAttribute("dateProblem", "The '" + name + "' date '" + text + "' is not a date: write it as 2027-01-31.");
      return null;
    }
  }

  private String page(Model model, Caller caller, String view) {
    String tenantId = caller.tenantIds().isEmpty() ? null : caller.tenantIds().get(0);
    model.addAttribute("userName", tenantId == null ? caller.userId() : people.name(tenantId, caller.userId()));
    model.addAttribute("authorityName", tenantId == null ? "" : authorities.find(tenantId).map(Authorities.Authority::name).orElse(tenantId));
    return view;
  }
}
