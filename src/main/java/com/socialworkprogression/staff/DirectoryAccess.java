package com.socialworkprogression.staff;

import com.socialworkprogression.tenancy.Authorities;
import com.socialworkprogression.tenancy.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may maintain an authority's directory: platform administrators, and that authority's People
 * and Culture team. Nobody reads or changes another authority's staff.
 */
@Component
public class DirectoryAccess {

  private final IdentityService identityService;
  private final Authorities authorities;

  public DirectoryAccess(IdentityService identityService, Authorities authorities) {
    this.identityService = identityService;
    this.authorities = authorities;
  }

  /** Returns the authenticated user id, or refuses with 401/403/404. */
  public String require(String tenantId) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Log in with HTTP Basic authentication.");
    }
    if (authorities.find(tenantId).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No authority '" + tenantId + "'; the authorities are "
          + String.join(", ", authorities.ids()) + ".");
    }
    var groups = authentication.getGroupIds();
    boolean admin = groups != null && groups.contains(Groups.CAMUNDA_ADMIN);
    boolean hr = groups != null && groups.contains(Role.PEOPLE_AND_CULTURE.groupId(tenantId));
    if (!admin && !hr) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only administrators and " + tenantId
          + "'s People and Culture team may read or change the " + tenantId + " staff directory.");
    }
    return authentication.getUserId();
  }
}
