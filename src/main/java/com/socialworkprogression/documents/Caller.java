package com.socialworkprogression.documents;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;

/** Who is asking: the user, their groups and their authorities, as the login (Tasklist or HTTP Basic) set them. */
public record Caller(String userId, List<String> groupIds, List<String> tenantIds) {

  public static Caller of(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new DocumentRefusal(HttpStatus.UNAUTHORIZED,
          "Log in to Tasklist first (or use HTTP Basic authentication for /api).");
    }
    return new Caller(authentication.getUserId(), nonNull(authentication.getGroupIds()), nonNull(authentication.getTenantIds()));
  }

  public boolean belongsTo(String tenantId) {
    return tenantIds.contains(tenantId);
  }

  private static List<String> nonNull(List<String> values) {
    return values == null ? List.of() : values;
  }
}
