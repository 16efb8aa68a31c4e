package com.socialworkprogression.staff;

import com.socialworkprogression.process.RuleRefusal;
import com.socialworkprogression.process.SystemAccess;
import com.socialworkprogression.tenancy.Role;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Who holds which role in an authority, and what people are called. */
@Component
public class People {

  private final IdentityService identityService;
  private final StaffDirectory directory;

  public People(IdentityService identityService, StaffDirectory directory) {
    this.identityService = identityService;
    this.directory = directory;
  }

  public boolean hasRole(String tenantId, String userId, Role role) {
    return userId != null && SystemAccess.run(() ->
        identityService.createUserQuery().userId(userId).memberOfGroup(role.groupId(tenantId)).count() > 0);
  }

  /**
   * Refuses a choice of person who does not hold the role a rule asks for: "NELC-L3-16: the chair of the
   * Appeals Panel must be a service manager; Tom Turner is not one."
   */
  public void requireRole(String tenantId, String userId, Role role, String rule, String position) {
    if (userId == null || userId.isBlank()) {
      throw RuleRefusal.of(rule, "Choose " + position + ".");
    }
    if (!hasRole(tenantId, userId, role)) {
      throw RuleRefusal.of(rule, position.substring(0, 1).toUpperCase() + position.substring(1) + " must be one of the "
          + role.inASentence() + "; " + name(tenantId, userId)
          + " is not.");
    }
  }

  public List<String> withRole(String tenantId, Role role) {
    return SystemAccess.run(() -> identityService.createUserQuery().memberOfGroup(role.groupId(tenantId))
        .orderByUserLastName().asc().list().stream().map(User::getId).toList());
  }

  public boolean exists(String userId) {
    return SystemAccess.run(() -> identityService.createUserQuery().userId(userId).count() > 0);
  }

  /** A member of the authority, through one of its groups or directly. */
  public boolean belongsTo(String tenantId, String userId) {
    return SystemAccess.run(() -> identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
        .tenantId(tenantId).count() > 0);
  }

  /** The name to show for a user: the directory's, else the identity's, else the id itself. */
  public String name(String tenantId, String userId) {
    if (userId == null || userId.isBlank()) {
      return "";
    }
    return directory.find(tenantId, userId).map(StaffMember::fullName).orElseGet(() -> SystemAccess.run(() -> {
      User user = identityService.createUserQuery().userId(userId).singleResult();
      return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).trim();
    }));
  }

  public String email(String tenantId, String userId) {
    String fromDirectory = directory.find(tenantId, userId).map(StaffMember::email).orElse(null);
    if (fromDirectory != null && !fromDirectory.isBlank()) {
      return fromDirectory;
    }
    return SystemAccess.run(() -> {
      User user = identityService.createUserQuery().userId(userId).singleResult();
      return user == null ? null : user.getEmail();
    });
  }
}
