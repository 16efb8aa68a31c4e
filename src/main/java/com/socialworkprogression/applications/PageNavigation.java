package com.socialworkprogression.applications;

import com.socialworkprogression.documents.Caller;
import com.socialworkprogression.tenancy.Authorities;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page of ours shows in its header, whichever page it is: the Applications and Reports links for those
 * who see them, the Staff directory for those who keep it.
 */
@ControllerAdvice(assignableTypes = {ApplicationPages.class, ReportPages.class, AccessibilityPage.class,
    com.socialworkprogression.panels.PanelPages.class, com.socialworkprogression.staff.DirectoryPages.class})
public class PageNavigation {

  private final IdentityService identity;
  private final Authorities authorities;

  public PageNavigation(IdentityService identity, Authorities authorities) {
    this.identity = identity;
    this.authorities = authorities;
  }

  @ModelAttribute
  public void navigation(Model model) {
    var authentication = identity.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return;
    }
    Caller caller = Caller.of(identity);
    model.addAttribute("seesPipeline", !Pipeline.authoritiesSeen(caller, authorities.ids()).isEmpty());
    model.addAttribute("seesReports", !ReportPages.seen(caller, authorities.ids()).isEmpty());
    model.addAttribute("keepsDirectory", caller.groupIds().contains(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN)
        || caller.tenantIds().stream().anyMatch(t -> caller.groupIds().contains(
            com.socialworkprogression.tenancy.Role.PEOPLE_AND_CULTURE.groupId(t))));
  }
}
