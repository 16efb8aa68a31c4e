package com.socialworkprogression.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.socialworkprogression.support.Rest;
import com.socialworkprogression.support.SwpSpringTest;
import com.socialworkprogression.support.Workflow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process owner deploys from Camunda Modeler (its Deploy button: a multipart POST to
 * /engine-rest/deployment/create with HTTP Basic) to their own authority only. The same rule holds
 * through the Java API, and for redeploying and deleting deployments.
 */
@SwpSpringTest
class ModelerDeploymentTest {

  static final String TABLE = "processes/nelc/senior-eligibility.dmn";
  static final String KEY = "nelcSeniorEligibility";

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  Rest rest;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void setUp() {
    rest = new Rest(port);
  }

  /** The eligibility table as a process owner saves it after an edit that changes no rule: a new description. */
  static byte[] editedTable() throws IOException {
    String table = Files.readString(Path.of(TABLE));
    return table.replace("Evaluated by ${eligibilityCheck}",
        "Reworded in Modeler " + System.nanoTime() + ". Evaluated by ${eligibilityCheck}").getBytes(StandardCharsets.UTF_8);
  }

  /** What Modeler (5.x) sends: a deployment name, its source, duplicate filtering, the tenant if given, the files. */
  Rest.Response deployFromModeler(String user, String tenantId, Map<String, byte[]> files) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("deployment-name", "Changed in Modeler");
    fields.put("deployment-source", "Camunda Modeler");
    fields.put("enable-duplicate-filtering", "true");
    if (tenantId != null) {
      fields.put("tenant-id", tenantId);
    }
    return rest.postMultipart(user, "/engine-rest/deployment/create", fields, files);
  }

  @Test
  void aNelcProcessOwnerDeploysAChangedTableToNelcAsItsNextVersion() throws Exception {
    int before = latest("nelc").getVersion();

    Rest.Response response = deployFromModeler("oscar.fisher", "nelc", Map.of("senior-eligibility.dmn", editedTable()));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode deployment = json.readTree(response.body());
    assertThat(deployment.path("tenantId").asText()).isEqualTo("nelc");
    DecisionDefinition latest = latest("nelc");
    assertThat(latest.getVersion()).isEqualTo(before + 1);
    assertThat(latest.getDeploymentId()).isEqualTo(deployment.path("id").asText());
    assertThat(deployment.path("deployedDecisionDefinitions").path(latest.getId()).path("key").asText()).isEqualTo(KEY);
  }

  @Test
  void aNelcProcessOwnerCannotDeployToRedbridge() throws Exception {
    long redbridgeDeployments = deployments("redbridge");

    Rest.Response response = deployFromModeler("oscar.fisher", "redbridge", Map.of("senior-eligibility.dmn", editedTable()));

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body()).contains("oscar.fisher may deploy to nelc only, not to redbridge")
        .contains("Set 'Tenant ID' to nelc in Modeler's deploy dialog");
    assertThat(deployments("redbridge")).isEqualTo(redbridgeDeployments);
  }

  @Test
  void aDeploymentWithNoTenantIsRefusedWithWhatToSetInModeler() throws Exception {
    long untenanted = engine.getRepositoryService().createDeploymentQuery().withoutTenantId().count();

    Rest.Response response = deployFromModeler("oscar.fisher", null, Map.of("senior-eligibility.dmn", editedTable()));

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body()).contains("names none").contains("Set 'Tenant ID' to nelc in Modeler's deploy dialog");
    assertThat(deployFromModeler("oscar.fisher", "", Map.of("senior-eligibility.dmn", editedTable())).status())
        .as("an empty Tenant ID").isEqualTo(403);
    assertThat(engine.getRepositoryService().createDeploymentQuery().withoutTenantId().count()).isEqualTo(untenanted);
  }

  @Test
  void aRedbridgeProcessOwnerCannotDeployToNelc() throws Exception {
    int before = latest("nelc").getVersion();

    Rest.Response response = deployFromModeler("robert.king", "nelc", Map.of("senior-eligibility.dmn", editedTable()));

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body()).contains("robert.king may deploy to redbridge only, not to nelc")
        .contains("Set 'Tenant ID' to redbridge in Modeler's deploy dialog");
    assertThat(latest("nelc").getVersion()).isEqualTo(before);
  }

  @Test
  void aSocialWorkerCannotDeployAtAll() throws Exception {
    for (String tenantId : new String[] {"nelc", null}) {
      Rest.Response response = deployFromModeler("amira.khan", tenantId, Map.of("senior-eligibility.dmn", editedTable()));
      assertThat(response.status()).isEqualTo(403);
      assertThat(response.body()).contains("Only an authority's process owners and administrators may deploy");
    }
  }

  @Test
  void theJavaApiKeepsToTheSameRule() throws Exception {
    Workflow workflow = new Workflow(engine);
    byte[] table = editedTable();
    assertThatThrownBy(() -> workflow.as("oscar.fisher", () -> engine.getRepositoryService().createDeployment()
        .tenantId("redbridge").addInputStream("senior-eligibility.dmn", new ByteArrayInputStream(table)).deploy()))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("not to redbridge");
    Deployment own = workflow.as("oscar.fisher", () -> engine.getRepositoryService().createDeployment()
        .tenantId("nelc").addInputStream("senior-eligibility.dmn", new ByteArrayInputStream(table)).deploy());
    assertThat(own.getTenantId()).isEqualTo("nelc");
  }

  @Test
  void anAdministratorMayDeployToAnyAuthority() throws Exception {
    Rest.Response response = deployFromModeler("admin", "othershire", Map.of("senior-eligibility.dmn", editedTable()));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(latest("othershire").getDeploymentId()).isEqualTo(json.readTree(response.body()).path("id").asText());
  }

  @Test
  void theEngineRefusesWhatItRefusesAtStartUpATableWithoutHistoryTimeToLive() throws Exception {
    String table = new String(editedTable(), StandardCharsets.UTF_8)
        .replace("camunda:historyTimeToLive=\"2190\"", "");
    Rest.Response response = deployFromModeler("oscar.fisher", "nelc", Map.of("senior-eligibility.dmn",
        table.getBytes(StandardCharsets.UTF_8)));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("History Time To Live (TTL) cannot be null");

    String diagram = Files.readString(Path.of("processes/nelc/senior-social-worker.bpmn"))
        .replaceAll("camunda:historyTimeToLive=\"[^\"]*\"", "");
    Rest.Response bpmn = deployFromModeler("oscar.fisher", "nelc", Map.of("senior-social-worker.bpmn",
        diagram.getBytes(StandardCharsets.UTF_8)));
    assertThat(bpmn.status()).isEqualTo(400);
    assertThat(bpmn.body()).contains("History Time To Live (TTL) cannot be null");
  }

  @Test
  void onlyDiagramsTablesFormsAndTextsCanBeDeployed() {
    Rest.Response response = deployFromModeler("oscar.fisher", "nelc",
        Map.of("tidy-up.groovy", "println 'hello'".getBytes(StandardCharsets.UTF_8)));
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body()).contains("'tidy-up.groovy' cannot be deployed");
  }

  @Test
  void aProcessOwnerCannotRedeployAnotherAuthoritysDeploymentNorDeleteAny() throws Exception {
    String redbridge = engine.getRepositoryService().createDeploymentQuery().tenantIdIn("redbridge")
        .orderByDeploymentTime().desc().list().get(0).getId();

    Rest.Response redeploy = rest.post("oscar.fisher", "/engine-rest/deployment/" + redbridge + "/redeploy", "{}");
    assertThat(redeploy.status()).as(redeploy.body()).isIn(403, 404);
    Workflow workflow = new Workflow(engine);
    assertThatThrownBy(() -> workflow.as("oscar.fisher", () -> engine.getRepositoryService().createDeployment()
        .tenantId("nelc").addDeploymentResources(redbridge).deploy()))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("belongs to redbridge");

    // Through REST another authority's deployment does not exist for them; through Java, the guard says why.
    assertThat(rest.delete("oscar.fisher", "/engine-rest/deployment/" + redbridge).status()).isEqualTo(404);
    assertThatThrownBy(() -> workflow.as("oscar.fisher", () -> engine.getRepositoryService().deleteDeployment(redbridge)))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("belongs to redbridge");
    String nelc = json.readTree(deployFromModeler("oscar.fisher", "nelc", Map.of("senior-eligibility.dmn", editedTable()))
        .body()).path("id").asText();
    Rest.Response own = rest.delete("oscar.fisher", "/engine-rest/deployment/" + nelc + "?cascade=true");
    assertThat(own.status()).as("not even their own: deleting would take running applications with it").isEqualTo(403);
    assertThat(own.body()).contains("Only administrators delete deployments");
    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentId(redbridge).count()).isOne();
    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentId(nelc).count()).isOne();
  }

  private DecisionDefinition latest(String tenantId) {
    return engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(KEY)
        .tenantIdIn(tenantId).latestVersion().singleResult();
  }

  private long deployments(String tenantId) {
    return engine.getRepositoryService().createDeploymentQuery().tenantIdIn(tenantId).count();
  }
}
