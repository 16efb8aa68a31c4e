package com.socialworkprogression.applications;

import com.socialworkprogression.documents.Caller;
import com.socialworkprogression.staff.People;
import com.socialworkprogression.tenancy.Authorities;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * "My applications" (/swp/applications), in the Tasklist session: what Tasklist's task list cannot show a worker,
 * where each of their applications is, who holds it, what is due, every decision's reasons and the letters.
 */
@Controller
@RequestMapping("/swp/applications")
public class ApplicationPages {

  private final MyApplications applications;
  private final IdentityService identity;
  private final People people;
  private final Authorities authorities;

  public ApplicationPages(MyApplications applications, IdentityService identity, People people, Authorities authorities) {
    this.applications = applications;
    this.identity = identity;
    this.people = people;
    this.authorities = authorities;
  }

  @GetMapping
  public String mine(Model model) {
    Caller caller = Caller.of(identity);
    model.addAttribute("applications", applications.of(caller));
    String tenantId = caller.tenantIds().isEmpty() ? null : caller.tenantIds().get(0);
    model.addAttribute("userName", tenantId == null ? caller.userId() : people.name(tenantId, caller.userId()));
    model.addAttribute("authorityName", tenantId == null ? "" : authorities.find(tenantId).map(Authorities.Authority::name).orElse(tenantId));
    return "applications/mine";
  }
}
