package com.socialworkprogression.applications;

import com.socialworkprogression.documents.Caller;
import com.socialworkprogression.staff.People;
import com.socialworkprogression.tenancy.Authorities;
import com.socialworkprogression.tenancy.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reports (/swp/reports, and /swp/reports.csv to download the same figures) for the Principal Social Worker and
 * the administrators, per authority, route and period ({@link Reports}).
 */
@Controller
public class ReportPages {

  private final Reports reports;
  private final IdentityService identity;
  private final People people;
  private final Authorities authorities;

  public ReportPages(Reports reports, IdentityService identity, People people, Authorities authorities) {
    this.reports = reports;
    this.identity = identity;
    this.people = people;
    this.authorities = authorities;
  }

  /** The authorities whose reports the person sees: as their Principal Social Worker, or every one as administrator. */
  static List<String> seen(Caller caller, List<String> all) {
    return all.stream().filter(tenantId -> caller.groupIds().contains(Groups.CAMUNDA_ADMIN) || caller.belongsTo(tenantId)
        && caller.groupIds().contains(Role.PRINCIPAL_SOCIAL_WORKERS.groupId(tenantId))).toList();
  }

  @GetMapping("/swp/reports")
  public String report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      Model model, HttpServletResponse response) {
    Caller caller = Caller.of(identity);
    List<String> tenants = seen(caller, authorities.ids());
    if (tenants.isEmpty()) {
      throw new MyApplications.NotYours();
    }
    LocalDate fromDate = date(from);
    LocalDate toDate = date(to);
    if ((from != null && !from.isBlank() && fromDate == null) || (to != null && !to.isBlank() && toDate == null)) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("dateProblem", "A date of the period is not a date: write it as 2027-01-31.");
    }
    Reports.Report report = reports.of(tenants, fromDate, toDate);
    model.addAttribute("report", report);
    model.addAttribute("from", from == null ? "" : from);
    model.addAttribute("to", to == null ? "" : to);
    model.addAttribute("most", report.routes().stream().mapToLong(Reports.Figures::started).max().orElse(1));
    String tenantId = caller.tenantIds().isEmpty() ? null : caller.tenantIds().get(0);
    model.addAttribute("userName", tenantId == null ? caller.userId() : people.name(tenantId, caller.userId()));
    model.addAttribute("authorityName", tenantId == null ? "" : authorities.find(tenantId).map(Authorities.Authority::name).orElse(tenantId));
    return "applications/reports";
  }

  @GetMapping("/swp/reports.csv")
  public ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    Caller caller = Caller.of(identity);
    List<String> tenants = seen(caller, authorities.ids());
    if (tenants.isEmpty()) {
      throw new MyApplications.NotYours();
    }
    Reports.Report report = reports.of(tenants, date(from), date(to));
    StringBuilder csv = new StringBuilder("route,started,progressed,deferred,lapsed,appealed,appeals upheld,"
        + "median working days start to decision,90th percentile start to decision,"
        + "median working days panel to letter,90th percentile panel to letter\n");
    for (Reports.Figures f : report.routes()) {
      csv.append(cell(f.route())).append(',').append(f.started()).append(',').append(f.progressed()).append(',')
          .append(f.deferred()).append(',').append(f.lapsed()).append(',').append(f.appealed()).append(',').append(f.upheld())
          .append(',').append(number(f.medianToDecision())).append(',').append(number(f.p90ToDecision())).append(',')
          .append(number(f.medianPanelToLetter())).append(',').append(number(f.p90PanelToLetter())).append('\n');
    }
    csv.append("\nroute,team,started,progressed (counts from 1 to 4 not shown)\n");
    for (Reports.TeamFigures t : report.teams()) {
      csv.append(cell(t.route())).append(',').append(cell(t.team())).append(',').append(small(t.started())).append(',')
          .append(small(t.progressed())).append('\n');
    }
    csv.append("\nroute,cohort (financial year the application started),started,progressed (counts from 1 to 4 not shown)\n");
    for (Reports.CohortFigures c : report.cohorts()) {
      csv.append(cell(c.route())).append(',').append(cell(c.cohort())).append(',').append(small(c.started())).append(',')
          .append(small(c.progressed())).append('\n');
    }
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"progression-report.csv\"")
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  @ExceptionHandler(MyApplications.NotYours.class)
  public String notYours(Model model, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    model.addAttribute("message", "Reports are for the Principal Social Worker and the administrators.");
    return "applications/refused";
  }

  /** A cell as CSV writes it; a leading =, +, - or @ is quoted away so a spreadsheet never runs it as a formula. */
  static String cell(String text) {
    String value = text == null ? "" : text;
    if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  private static String number(Double value) {
    return value == null ? "" : String.valueOf(value.intValue());
  }

  private static String small(Long value) {
    return value == null ? "fewer than 5" : value.toString();
  }

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
