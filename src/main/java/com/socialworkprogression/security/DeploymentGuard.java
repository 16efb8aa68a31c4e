package com.socialworkprogression.security;

import com.socialworkprogression.tenancy.Role;
import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.dmn.engine.impl.transform.DmnTransformException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;

/**
 * Each authority's process owners deploy to their own authority only, from Camunda Modeler (REST) or
 * the Java API alike: a deployment must name a tenant, and the user must be in that tenant's
 * process-owners group. They may redeploy only their own authority's files, and delete no deployment.
 * Only BPMN, DMN, form, text and letter (.html) files are deployed, as at start-up.
 *
 * A decision table the engine refuses (e.g. without a history time to live) is answered 400 with the
 * engine's reason, as a diagram is, so that Modeler shows the process owner what to fix.
 *
 * Administrators (camunda-admin) may deploy anything to any authority. The application's own start-up
 * deployment runs with no user and is not affected. Runs inside the command, after the engine has
 * opened its context, so that it sees the authenticated user, their groups and authorities.
 */
public class DeploymentGuard extends CommandInterceptor {

  /** What start-up deploys (tenancy/TenantDeployments), and so what a process owner may deploy. */
  static final List<String> DEPLOYABLE = List.of(".bpmn", ".dmn", ".form", ".txt", ".html");

  private static final Field DEPLOYMENT_BUILDER = field(DeployCmd.class, "deploymentBuilder");
  private static final Field DEPLOYMENT_ID = field(DeleteDeploymentCmd.class, "deploymentId");

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof DeployCmd || command instanceof DeleteDeploymentCmd) {
      CommandContext context = Context.getCommandContext();
      Authentication user = context == null ? null : context.getAuthentication();
      if (user != null && user.getUserId() != null && !context.getAuthorizationManager().isCamundaAdmin(user)) {
        if (command instanceof DeployCmd deploy) {
          checkDeployment(context, user, (DeploymentBuilderImpl) read(DEPLOYMENT_BUILDER, deploy));
        } else {
          checkDeletion(context, user, (String) read(DEPLOYMENT_ID, command));
        }
      }
    }
    if (command instanceof DeployCmd) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        throw asBadRequest(e);
      }
    }
    return next.execute(command);
  }

  /**
   * A decision table the engine cannot read (e.g. no history time to live) is the deployer's mistake,
   * as a diagram's is: 400 with the engine's reason, not 500. Other failures stay as they are.
   */
  private static ProcessEngineException asBadRequest(ProcessEngineException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof DmnTransformException) {
        return new BadUserRequestException("The decision table cannot be deployed: " + cause.getMessage(), e);
      }
    }
    return e;
  }

  private static void checkDeployment(CommandContext context, Authentication user, DeploymentBuilderImpl builder) {
    Set<String> owned = ownedTenants(user);
    if (owned.isEmpty()) {
      throw new AuthorizationException("Only an authority's process owners and administrators may deploy. "
          + user.getUserId() + " is not in any authority's process-owners group.");
    }
    String tenantId = builder.getDeployment().getTenantId();
    String setIt = "Set 'Tenant ID' to " + String.join(" or ", owned) + " in Modeler's deploy dialog.";
    if (tenantId == null || tenantId.isBlank()) {
      throw new AuthorizationException("A deployment goes to one authority, and this one names none. " + setIt);
    }
    if (!owned.contains(tenantId)) {
      throw new AuthorizationException(user.getUserId() + " may deploy to " + String.join(" or ", owned)
          + " only, not to " + tenantId + ". " + setIt);
    }
    for (String name : builder.getResourceNames()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (DEPLOYABLE.stream().noneMatch(lower::endsWith)) {
        throw new AuthorizationException("'" + name + "' cannot be deployed: only diagrams (.bpmn), decision tables "
            + "(.dmn), forms (.form), notification texts (.txt) and letter templates (.html) can.");
      }
    }
    for (String deploymentId : referencedDeployments(builder)) {
      DeploymentEntity source = context.getDeploymentManager().findDeploymentById(deploymentId);
      if (source != null && !tenantId.equals(source.getTenantId())) {
        throw new AuthorizationException("Deployment " + deploymentId + " belongs to "
            + (source.getTenantId() == null ? "no authority" : source.getTenantId())
            + ": its files can be redeployed only to " + source.getTenantId() + ", by its own process owners.");
      }
    }
  }

  /**
   * Only administrators delete deployments, even a process owner's own (the engine lets its creator
   * delete it): with it go the running applications on its diagrams and the decision versions they
   * were pinned to.
   */
  private static void checkDeletion(CommandContext context, Authentication user, String deploymentId) {
    DeploymentEntity deployment = context.getDeploymentManager().findDeploymentById(deploymentId);
    if (deployment == null) {
      return;
    }
    if (!ownedTenants(user).contains(deployment.getTenantId())) {
      throw new AuthorizationException("Deployment " + deploymentId + " belongs to "
          + (deployment.getTenantId() == null ? "no authority" : deployment.getTenantId())
          + "; " + user.getUserId() + " may not delete it.");
    }
    throw new AuthorizationException("Only administrators delete deployments: running applications and the "
        + "decision table versions they use may depend on it. Deploy a corrected version instead.");
  }

  /** The authorities whose process-owners group the user is in (and that they belong to). */
  static Set<String> ownedTenants(Authentication user) {
    Set<String> owned = new TreeSet<>();
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    for (String tenantId : user.getTenantIds() == null ? List.<String>of() : user.getTenantIds()) {
      if (groups.contains(Role.PROCESS_OWNERS.groupId(tenantId))) {
        owned.add(tenantId);
      }
    }
    return owned;
  }

  private static Set<String> referencedDeployments(DeploymentBuilderImpl builder) {
    Set<String> ids = new HashSet<>(builder.getDeployments());
    ids.addAll(builder.getDeploymentResourcesById().keySet());
    ids.addAll(builder.getDeploymentResourcesByName().keySet());
    if (builder.getNameFromDeployment() != null && !builder.getNameFromDeployment().isEmpty()) {
      ids.add(builder.getNameFromDeployment());
    }
    return ids;
  }

  private static Object read(Field field, Object command) {
    try {
      return field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  // The engine keeps these in protected fields with no getter.
  private static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda changed " + type.getSimpleName() + "; review DeploymentGuard", e);
    }
  }
}
