package com.socialworkprogression.process;

import com.socialworkprogression.tenancy.Role;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A route says who starts it (camunda:candidateStarterGroups, "Starter" in Modeler): social workers apply,
 * People and Culture start an NQSW's ASYE. The engine only records that; here it holds. Someone else who
 * starts the route, in Tasklist or through the REST API, is refused with who does start it, and nothing
 * is started. The application itself (no user: a timer, a message) and administrators are not refused.
 */
class OnlyItsStartersStart extends AbstractBpmnParseListener {

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    String starters = processElement.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "candidateStarterGroups");
    if (starters != null && !starters.isBlank()) {
      List<String> groups = List.of(starters.trim().split("\\s*,\\s*"));
      processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
          (ExecutionListener) execution -> refuseOthers(execution, groups));
    }
  }

  /**
   * A diagram names its starters as one authority's role group ("nelc-social-workers"); deployed for another
   * authority (shared definitions), the same role of that authority starts it.
   */
  private static String ofAuthority(String group, String tenantId) {
    if (tenantId == null) {
      return group;
    }
    for (Role role : Role.values()) {
      if (group.endsWith("-" + role.suffix())) {
        return role.groupId(tenantId);
      }
    }
    return group;
  }

  private static void refuseOthers(DelegateExecution execution, List<String> starters) {
    // A sub-process started by a call activity was started by its route, not by the person at that moment.
    if (execution.getParentId() != null || ((ExecutionEntity) execution).getSuperExecution() != null) {
      return;
    }
    Authentication user = Context.getCommandContext().getAuthentication();
    if (user == null || user.getUserId() == null) {
      return;
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    List<String> ofThisAuthority = starters.stream().map(group -> ofAuthority(group, execution.getTenantId())).toList();
    if (groups.contains(Groups.CAMUNDA_ADMIN) || groups.stream().anyMatch(ofThisAuthority::contains)) {
      return;
    }
    List<String> names = SystemAccess.run(() -> execution.getProcessEngineServices().getIdentityService()
        .createGroupQuery().groupIdIn(ofThisAuthority.toArray(String[]::new)).list().stream().map(Group::getName).toList());
    String route = execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getName();
    throw new RuleRefusal("'" + route + "' is started by " + String.join(" or ", names.isEmpty() ? ofThisAuthority : names)
        + ", not by you; nothing was started. If you should start it, ask an administrator to add you to that group.");
  }
}
