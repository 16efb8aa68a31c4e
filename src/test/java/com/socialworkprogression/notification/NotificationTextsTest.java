package com.socialworkprogression.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.socialworkprogression.support.Emails;
import com.socialworkprogression.support.NelcApplications;
import com.socialworkprogression.support.Rest;
import com.socialworkprogression.support.RouteTest;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Notification texts live beside the diagrams (processes/&lt;authority&gt;/notifications/) and are deployed
 * with them; a process owner changes one from Camunda Modeler, and the next notification uses it,
 * with no restart and no rebuild.
 */
class NotificationTextsTest extends RouteTest {

  static final String TEXT = "processes/nelc/notifications/not-supported.txt";
  static final String CHANGED_SUBJECT = "Your Expression of Intent: not supported this time";

  @LocalServerPort int port;
  Rest rest;

  @BeforeEach
  void setUp() {
    rest = new Rest(port);
  }

  @Test
  void eachAuthoritysTextsAreDeployedWithItsDiagrams() {
    assertThat(resources("nelc")).contains(TEXT, "processes/nelc/notifications/panel-deferral.txt");
    assertThat(resources("redbridge")).contains("processes/redbridge/notifications/progressed.txt")
        .noneMatch(name -> name.contains("/nelc/"));
  }

  @Test
  void aTextAProcessOwnerDeploysFromModelerIsUsedByTheNextNotificationOfARunningApplication() throws Exception {
    String applicant = staff.socialWorker("nelc", "2", 6);
    ProcessInstance running = NelcApplications.apply(workflow, "nelc", applicant);
    int diagramVersion = diagramVersion();

    // Deployment order is by deployment time: deploy at the real time, after start-up's deployment.
    ClockUtil.reset();
    Rest.Response deployed = deployFromModeler("oscar.fisher", "nelc", changedText());
    workflow.clock(MONDAY);
    assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);

    workflow.complete("lewis.brown", running, "supportExpressionOfIntent",
        Map.of("lineManagerDecision", "notSupported", "areasToDevelop", "Court skills."));

    MimeMessage email = mailTo(applicant + "@nelc.example");
    assertThat(email.getSubject()).isEqualTo(CHANGED_SUBJECT);
    assertThat(Emails.text(email)).contains("Areas to develop:\nCourt skills.");
    assertThat(diagramVersion()).as("the diagram was not redeployed").isEqualTo(diagramVersion);
  }

  @Test
  void aProcessOwnerOfAnotherAuthorityCannotDeployATextForNelc() throws Exception {
    Rest.Response refused = deployFromModeler("robert.king", "nelc", changedText());
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains("Set 'Tenant ID' to redbridge in Modeler's deploy dialog");

    String applicant = staff.socialWorker("nelc", "2", 6);
    ProcessInstance instance = NelcApplications.apply(workflow, "nelc", applicant);
    workflow.complete("lewis.brown", instance, "supportExpressionOfIntent",
        Map.of("lineManagerDecision", "notSupported", "areasToDevelop", "Court skills."));
    assertThat(mailTo(applicant + "@nelc.example").getSubject()).isEqualTo("Your Expression of Intent was not supported");
  }

  /** Puts the repository's text back as NELC's newest, for the tests that follow. */
  @AfterEach
  void restoreTheText() throws Exception {
    ClockUtil.reset();
    engine.getRepositoryService().createDeployment().tenantId("nelc").name("Restored by NotificationTextsTest")
        .addInputStream("not-supported.txt", new ByteArrayInputStream(Files.readAllBytes(Path.of(TEXT)))).deploy();
  }

  static byte[] changedText() throws Exception {
    return Files.readString(Path.of(TEXT))
        .replace("Subject: Your Expression of Intent was not supported", "Subject: " + CHANGED_SUBJECT)
        // Different each run: a database kept between runs still sees a change to deploy.
        .concat("\nWording of " + System.nanoTime() + ".\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  Rest.Response deployFromModeler(String user, String tenantId, byte[] text) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("deployment-name", "Not supported: new wording");
    fields.put("deployment-source", "Camunda Modeler");
    fields.put("enable-duplicate-filtering", "true");
    fields.put("tenant-id", tenantId);
    return rest.postMultipart(user, "/engine-rest/deployment/create", fields, Map.of("not-supported.txt", text));
  }

  MimeMessage mailTo(String address) throws Exception {
    List<MimeMessage> received = Arrays.stream(mail.getReceivedMessages()).filter(message -> {
      try {
        return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
    assertThat(received).as("emails to " + address).hasSize(1);
    return received.get(0);
  }

  int diagramVersion() {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(NelcApplications.ROUTE)
        .tenantIdIn("nelc").latestVersion().singleResult().getVersion();
  }

  List<String> resources(String tenantId) {
    return engine.getRepositoryService().createDeploymentQuery().tenantIdIn(tenantId).list().stream()
        .map(Deployment::getId)
        .flatMap(id -> engine.getRepositoryService().getDeploymentResourceNames(id).stream()).toList();
  }
}
