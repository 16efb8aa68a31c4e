package com.socialworkprogression.tenancy;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.socialworkprogression.tenancy.Authorities.Authority;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes each authority a tenant with its role groups and what those groups may do, and the shared
 * Tasklist filters. Idempotent: it runs at every start-up and adds only what is missing. The shared
 * filters are brought up to date with the configuration: "Panel decisions" holds every authority's
 * panel tasks (authorities/&lt;tenant&gt;.yaml).
 *
 * Tasks need no grant here: the engine gives a task's assignee and candidates TASK_WORK on it.
 */
@Component
public class AuthoritySetup {

  public static final String MY_TASKS = "My tasks";
  public static final String MY_TEAMS_TASKS = "My team's tasks";
  public static final String PANEL_DECISIONS = "Panel decisions";
  private static final Logger LOG = LoggerFactory.getLogger(AuthoritySetup.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final List<String> panelTasks;
  private final Authorities authorities;

  public AuthoritySetup(IdentityService identityService, AuthorizationService authorizationService,
      RepositoryService repositoryService,
      FilterService filterService, TaskService taskService, Authorities authorities,
      TenantDeployments deploymentsFirst) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    // Task ids may be the same in two authorities' diagrams; the tenant check keeps each user to their own.
    this.panelTasks = authorities.ids().stream()
        .flatMap(tenantId -> AuthoritySettings.of(tenantId).panelTasks().stream()).distinct().toList();
    this.authorities = authorities;
    apply();
  }

  /** Brings tenants, groups, permissions and the shared filters up to the configuration. Runs at start-up. */
  public void apply() {
    authorities.authorities().forEach(this::setUp);
    createFilters();
  }

  private void setUp(Authority authority) {
    String tenantId = authority.id();
    if (identityService.createTenantQuery().tenantId(tenantId).count() == 0) {
      Tenant tenant = identityService.newTenant(tenantId);
      tenant.setName(authority.name());
      identityService.saveTenant(tenant);
    }
    for (Role role : Role.values()) {
      String groupId = role.groupId(tenantId);
      if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
        Group group = identityService.newGroup(groupId);
        group.setName(role.groupName(authority.name()));
        group.setType("WORKFLOW");
        identityService.saveGroup(group);
      }
      if (identityService.createTenantQuery().groupMember(groupId).tenantId(tenantId).count() == 0) {
        identityService.createTenantGroupMembership(tenantId, groupId);
      }
    }
    // Authorizations are not tenant-scoped; the tenant check keeps each group to its own authority.
    String staff = Role.STAFF.groupId(tenantId);
    grant(staff, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    // Reading a task's form reads its process definition.
    grant(staff, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    grant(staff, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    String socialWorkers = Role.SOCIAL_WORKERS.groupId(tenantId);
    grant(socialWorkers, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(socialWorkers, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    grantStarters(tenantId);
    String owners = Role.PROCESS_OWNERS.groupId(tenantId);
    grant(owners, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(owners, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
    grant(owners, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grant(owners, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(owners, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    // Deploy from Camunda Modeler: to their own authority only (security/DeploymentGuard).
    grant(owners, Resources.DEPLOYMENT, ANY, Permissions.READ, Permissions.CREATE);
    grant(owners, Resources.TASK, ANY, Permissions.READ);
  }

  /**
   * Other groups start the routes whose Starter groups name them (People and Culture start an NQSW's ASYE; any
   * member of staff may apply to train as a social worker): they may start those routes only, so Tasklist
   * offers nobody a route they cannot start. Read from the routes deployed at start-up; OnlyItsStartersStart
   * holds the rule whatever the grants.
   */
  private void grantStarters(String tenantId) {
    for (ProcessDefinition route : repositoryService.createProcessDefinitionQuery().tenantIdIn(tenantId).latestVersion().list()) {
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(route.getId());
      org.camunda.bpm.model.bpmn.instance.Process process = model.getModelElementById(route.getKey());
      String starters = process == null ? null : process.getCamundaCandidateStarterGroups();
      for (String group : starters == null ? List.<String>of() : List.of(starters.split("\\s*,\\s*"))) {
        if (group.startsWith(tenantId + "-") && !group.equals(Role.SOCIAL_WORKERS.groupId(tenantId))) {
          grant(group, Resources.PROCESS_DEFINITION, route.getKey(), ProcessDefinitionPermissions.CREATE_INSTANCE);
          grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
      }
    }
  }

  /** Grants the permissions, adding to the group's existing grant on that resource if there is one. */
  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (java.util.Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
      return;
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }

  /** The task ids "Panel decisions" shows: every authority's panel tasks. */
  public List<String> panelTasks() {
    return panelTasks;
  }

  /**
   * Stored filters may use ${currentUser()}; ad-hoc queries may not (expressions in ad-hoc queries are off).
   * Only administrators can create filters, so users cannot store an expression of their own.
   */
  private void createFilters() {
    filter(MY_TASKS, -10, "Tasks assigned to you",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    filter(MY_TEAMS_TASKS, 0, "Unclaimed tasks for your roles: claim one to work on it",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
    if (panelTasks.isEmpty()) {
      LOG.warn("No authority lists panel tasks (panel-tasks in authorities/<tenant>.yaml): '{}' is left as it is",
          PANEL_DECISIONS);
      return;
    }
    filter(PANEL_DECISIONS, 10, "Panel and progression decisions you take part in, claimed or not",
        taskService.createTaskQuery().taskDefinitionKeyIn(panelTasks.toArray(String[]::new)));
  }

  /** Creates the filter, or brings its query and properties up to date when the configuration has changed. */
  private void filter(String name, int priority, String description, TaskQuery query) {
    Map<String, Object> properties = Map.of(
        "priority", priority,
        "description", description,
        "refresh", true,
        "variables", List.of(Map.of("name", "applicantName", "label", "Applicant")));
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
      filter.setQuery(query);
      filter.setProperties(properties);
      filterService.saveFilter(filter);
    } else if (!json(filter.<TaskQuery>getQuery()).equals(json(query))
        || !comparable(filter.getProperties()).equals(comparable(properties))) {
      filter.setQuery(query);
      filter.setProperties(properties);
      filterService.saveFilter(filter);
      LOG.info("Tasklist filter '{}' updated to the configuration", name);
    }
    // Everyone may read the shared filters: a GLOBAL authorization (a GRANT to user "*" is not honoured).
    boolean readable = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
        .resourceType(Resources.FILTER).resourceId(filter.getId()).count() > 0;
    if (!readable) {
      Authorization read = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
      read.setResource(Resources.FILTER);
      read.setResourceId(filter.getId());
      read.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(read);
    }
  }

  private static String json(TaskQuery query) {
    return new JsonTaskQueryConverter().toJson(query);
  }

  /** Stored properties come back from JSON: numbers of another class, maps in another order. */
  private static Object comparable(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((key, item) -> sorted.put(String.valueOf(key), comparable(item)));
      return sorted;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(AuthoritySetup::comparable).toList();
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros();
    }
    return value;
  }
}
