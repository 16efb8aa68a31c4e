package com.socialworkprogression.notification;

import com.socialworkprogression.process.SystemAccess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentQuery;
import org.camunda.bpm.engine.repository.Resource;
import org.springframework.stereotype.Component;

/**
 * Notification texts are deployed with the diagrams, as each authority's own files, so that a process
 * owner changes one the way they change a diagram: in the repository (processes/&lt;authority&gt;/notifications/,
 * deployed at start-up) or from Camunda Modeler (attached to a deployment, or deployed alone).
 *
 * A diagram names a text as "&lt;authority&gt;/&lt;name&gt;", e.g. "nelc/panel-decision". It is read from the
 * newest deployment of the running application's tenant that holds either
 * processes/nelc/notifications/panel-decision.txt (as start-up deploys it) or panel-decision.txt (as
 * Modeler deploys an attached file). Like a form with binding "latest", the newest text applies to
 * every application, running or new.
 */
@Component
public class NotificationTexts {

  private final RepositoryService repositoryService;
  /** Deployments never change: their resource names are kept once read. */
  private final Map<String, Set<String>> resourceNames = new ConcurrentHashMap<>();

  public NotificationTexts(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  /** The resource name start-up deploys a text under: "nelc/panel-decision" → processes/nelc/notifications/panel-decision.txt. */
  public static String resourceName(String template) {
    int slash = template.lastIndexOf('/');
    if (slash <= 0) {
      throw new ProcessEngineException("Notification template '" + template + "' must be '<authority>/<name>', "
          + "the authority's id, a slash and the text's file name without .txt.");
    }
    return "processes/" + template.substring(0, slash) + "/notifications/" + fileName(template);
  }

  /** The file's own name, as Modeler deploys it: "nelc/panel-decision" → panel-decision.txt. */
  public static String fileName(String template) {
    return template.substring(template.lastIndexOf('/') + 1) + ".txt";
  }

  /** The text of the template for an application of that tenant. */
  public String text(String tenantId, String template) {
    String path = resourceName(template);
    String file = fileName(template);
    return SystemAccess.run(() -> {
      DeploymentQuery query = repositoryService.createDeploymentQuery();
      query = tenantId == null ? query.withoutTenantId() : query.tenantIdIn(tenantId);
      for (Deployment deployment : query.orderByDeploymentTime().desc().list()) {
        Set<String> names = resourceNames.computeIfAbsent(deployment.getId(), id ->
            Set.copyOf(repositoryService.getDeploymentResources(id).stream().map(Resource::getName).toList()));
        for (String name : List.of(path, file)) {
          if (names.contains(name)) {
            return read(deployment.getId(), name);
          }
        }
      }
      throw new ProcessEngineException("No notification text " + path + " (or " + file + ") is deployed for "
          + (tenantId == null ? "applications without an authority" : "authority " + tenantId)
          + ": deploy it with the authority's diagrams");
    });
  }

  private String read(String deploymentId, String name) {
    try (InputStream in = repositoryService.getResourceAsStream(deploymentId, name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name + " of deployment " + deploymentId, e);
    }
  }
}
