package com.socialworkprogression.staff;

import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.documents.Caller;
import com.socialworkprogression.tenancy.Authorities;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff directory in the browser (/swp/staff), for People and Culture and the administrators, in the Tasklist
 * session: search the records, change one with the same checks as the API ({@link StaffRecords}), and see every
 * change made to it, by whom and when.
 */
@Controller
@RequestMapping("/swp/staff")
public class DirectoryPages {

  private final StaffDirectory directory;
  private final StaffRecords records;
  private final DirectoryAccess access;
  private final IdentityService identity;
  private final People people;
  private final Authorities authorities;
  private final Validator validator;

  public DirectoryPages(StaffDirectory directory, StaffRecords records, DirectoryAccess access, IdentityService identity,
      People people, Authorities authorities, Validator validator) {
    this.directory = directory;
    this.records = records;
    this.access = access;
    this.identity = identity;
    this.people = people;
    this.authorities = authorities;
    this.validator = validator;
  }

  @ModelAttribute("csrfToken")
  public String csrfToken(jakarta.servlet.http.HttpSession session) {
    return com.socialworkprogression.documents.TasklistSession.csrfToken(session);
  }

  @GetMapping
  public String search(@RequestParam(required = false) String q, Model model) {
    Caller caller = Caller.of(identity);
    String tenantId = tenantOf(caller);
    access.require(tenantId);
    String query = q == null ? "" : q.trim().toLowerCase(Locale.UK);
    List<StaffMember> found = directory.list(tenantId).stream()
        .filter(m -> query.isEmpty() || (m.userId() + " " + m.fullName() + " " + m.jobTitle() + " " + m.currentLevel())
            .toLowerCase(Locale.UK).contains(query))
        .toList();
    model.addAttribute("tenantId", tenantId);
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("staff", found);
    return page(model, caller, "staff/list");
  }

  @GetMapping("/{tenantId}/{userId}")
  public String record(@PathVariable String tenantId, @PathVariable String userId, Model model,
      @RequestParam Map<String, String> flags) {
    Caller caller = Caller.of(identity);
    access.require(tenantId);
    StaffMember member = existing(tenantId, userId);
    return recordPage(model, caller, tenantId, userId, fields(records.record(member)), Map.of(), flags.containsKey("saved"));
  }

  @PostMapping("/{tenantId}/{userId}")
  public String save(@PathVariable String tenantId, @PathVariable String userId, @RequestParam Map<String, String> form,
      Model model, HttpServletResponse response) {
    Caller caller = Caller.of(identity);
    String editor = access.require(tenantId);
    existing(tenantId, userId);
    Map<String, String> problems = new LinkedHashMap<>();
    StaffRecord body = bind(userId, form, problems);
    if (body != null) {
      for (ConstraintViolation<StaffRecord> violation : validator.validate(body)) {
        problems.putIfAbsent(violation.getPropertyPath().toString().replaceAll("\\[.*", ""), violation.getMessage());
      }
    }
    if (problems.isEmpty()) {
      try {
        records.replace(tenantId, userId, body, editor);
        return "redirect:/swp/staff/" + tenantId + "/" + userId + "?saved";
      } catch (ResponseStatusException refused) {
        problems.put("record", refused.getReason());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return recordPage(model, caller, tenantId, userId, form, problems, false);
  }

  @ExceptionHandler(ResponseStatusException.class)
  public String refused(ResponseStatusException refusal, Model model, HttpServletResponse response) {
    response.setStatus(refusal.getStatusCode().value());
    model.addAttribute("message", refusal.getReason());
    return page(model, Caller.of(identity), "applications/refused");
  }

  private String recordPage(Model model, Caller caller, String tenantId, String userId, Map<String, String> fields,
      Map<String, String> problems, boolean saved) {
    model.addAttribute("tenantId", tenantId);
    model.addAttribute("userId", userId);
    model.addAttribute("f", fields);
    model.addAttribute("problems", problems);
    model.addAttribute("saved", saved);
    model.addAttribute("changes", records.changes(tenantId, userId).stream()
        .map(c -> new String[] {c.field(), c.before() == null ? "" : c.before(), c.after() == null ? "" : c.after(),
            people.name(tenantId, c.changedBy()), Dates.text(c.changedAt().atZone(Dates.UK).toLocalDate())}).toList());
    model.addAttribute("levels", directory.levelChanges(tenantId, userId).stream()
        .map(l -> new String[] {l.fromLevel(), l.toLevel(), Dates.text(l.effectiveOn()), people.name(tenantId, l.recordedBy())})
        .toList());
    return page(model, caller, "staff/record");
  }

  /**
   * The form's text as a record: a date that is not one is named, not guessed. A box not ticked is not sent at all,
   * so a missing "permanent" is an unticked box.
   */
  private static StaffRecord bind(String userId, Map<String, String> form, Map<String, String> problems) {
    LocalDate qualifiedOn = date(form, "qualifiedOn", problems);
    LocalDate asyeCompletedOn = date(form, "asyeCompletedOn", problems);
    LocalDate nextPmrDate = date(form, "nextPmrDate", problems);
    LocalDate levelEffectiveOn = date(form, "levelEffectiveOn", problems);
    List<String> caseload = Arrays.stream(form.getOrDefault("caseload", "").split("[\\r\\n,]+"))
        .map(String::trim).filter(s -> !s.isEmpty()).toList();
    return new StaffRecord(userId, text(form, "fullName"), text(form, "email"), text(form, "jobTitle"),
        text(form, "currentLevel"), qualifiedOn, asyeCompletedOn, "true".equals(form.get("pre2012Equivalent")),
        text(form, "registrationNumber"), text(form, "lineManagerId"), text(form, "teamManagerId"), nextPmrDate,
        "true".equals(form.get("permanent")), caseload, null, levelEffectiveOn);
  }

  private static String text(Map<String, String> form, String name) {
    String value = form.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static LocalDate date(Map<String, String> form, String name, Map<String, String> problems) {
    String value = text(form, name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problems.put(name, name + " '" + value + "' is not a date: write it as 2026-12-01.");
      return null;
    }
  }

  private static Map<String, String> fields(StaffRecord record) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("fullName", record.fullName());
    f.put("email", record.email());
    f.put("jobTitle", record.jobTitle());
    f.put("currentLevel", record.currentLevel());
    f.put("levelEffectiveOn", "");
    f.put("qualifiedOn", record.qualifiedOn() == null ? "" : record.qualifiedOn().toString());
    f.put("asyeCompletedOn", record.asyeCompletedOn() == null ? "" : record.asyeCompletedOn().toString());
    f.put("pre2012Equivalent", String.valueOf(record.pre2012Equivalent()));
    f.put("registrationNumber", record.registrationNumber());
    f.put("lineManagerId", record.lineManagerId());
    f.put("teamManagerId", record.teamManagerId());
    f.put("nextPmrDate", record.nextPmrDate() == null ? "" : record.nextPmrDate().toString());
    f.put("permanent", String.valueOf(record.permanent() == null || record.permanent()));
    f.put("caseload", String.join("\n", record.caseload()));
    return f;
  }

  private StaffMember existing(String tenantId, String userId) {
    return directory.find(tenantId, userId).orElseThrow(() -> new ResponseStatusException(
        org.springframework.http.HttpStatus.NOT_FOUND, "No member of staff '" + userId + "' in the " + tenantId + " directory."));
  }

  /** The authority whose directory the person keeps: their own (an administrator's first). */
  private String tenantOf(Caller caller) {
    if (caller.tenantIds().isEmpty()) {
      return authorities.ids().get(0);
    }
    return caller.tenantIds().get(0);
  }

  private String page(Model model, Caller caller, String view) {
    String tenantId = caller.tenantIds().isEmpty() ? null : caller.tenantIds().get(0);
    model.addAttribute("userName", tenantId == null ? caller.userId() : people.name(tenantId, caller.userId()));
    model.addAttribute("authorityName", tenantId == null ? "" : authorities.find(tenantId).map(Authorities.Authority::name).orElse(tenantId));
    return view;
  }
}
