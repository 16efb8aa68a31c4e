package com.socialworkprogression.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.support.SwpSpringTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/&lt;tenant&gt;/ and forms/&lt;tenant&gt;/ deploy as that tenant's deployment, forms included; at
 * start-up a changed diagram becomes a new version and unchanged files do not.
 */
@SwpSpringTest
class TenantDeploymentsTest {

  static final String BPMN = "processes/nelc/senior-social-worker.bpmn";

  @Autowired TenantDeployments deployments;
  @Autowired RepositoryService repositoryService;

  @Test
  void nelcsDiagramsTablesAndFormsAreNelcsDeployment() {
    ProcessDefinition route = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("nelcSeniorSocialWorker").tenantIdIn("nelc").latestVersion().singleResult();
    assertThat(route).isNotNull();
    assertThat(repositoryService.createDecisionDefinitionQuery().tenantIdIn("nelc")
        .decisionDefinitionKey("nelcSeniorEligibility").count()).isPositive();
    List<String> resources = repositoryService.createDeploymentQuery().tenantIdIn("nelc").list().stream()
        .flatMap(deployment -> repositoryService.getDeploymentResourceNames(deployment.getId()).stream()).toList();
    assertThat(resources).contains("forms/nelc/expression-of-intent.form", "forms/nelc/panel-decision.form",
        "processes/nelc/senior-eligibility.dmn", BPMN);
    assertThat(repositoryService.createProcessDefinitionQuery().withoutTenantId().count())
        .as("nothing is deployed without an authority").isZero();
  }

  @Test
  void unchangedFilesAreNotRedeployedAndAChangedDiagramBecomesANewVersion() {
    String tenant = "othershire";
    Map<String, byte[]> resources = deployments.resourcesOf("nelc");
    deployments.deploy(tenant, resources);
    assertThat(deployments.deploy(tenant, resources)).as("a restart with nothing changed").isEmpty();
    int processVersion = latest(tenant).getVersion();

    Map<String, byte[]> edited = new LinkedHashMap<>(resources);
    String diagram = new String(resources.get(BPMN), StandardCharsets.UTF_8);
    edited.put(BPMN, diagram.replace("Check eligibility", "Check eligibility (edited in Modeler)")
        .getBytes(StandardCharsets.UTF_8));
    Deployment deployment = deployments.deploy(tenant, edited).orElseThrow();

    assertThat(repositoryService.getDeploymentResourceNames(deployment.getId()))
        .as("only the changed diagram; unchanged forms and tables keep their versions").containsExactly(BPMN);
    assertThat(deployment.getTenantId()).isEqualTo(tenant);
    assertThat(latest(tenant).getVersion()).isEqualTo(processVersion + 1);
  }

  private ProcessDefinition latest(String tenant) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey("nelcSeniorSocialWorker")
        .tenantIdIn(tenant).latestVersion().singleResult();
  }
}
