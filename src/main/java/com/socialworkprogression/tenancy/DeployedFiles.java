package com.socialworkprogression.tenancy;

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
 * Text files an authority deploys with its diagrams, by kind: notification texts
 * (processes/&lt;authority&gt;/notifications/&lt;name&gt;.txt), letter templates
 * (processes/&lt;authority&gt;/letters/&lt;name&gt;.html). A process owner changes one the way they change a
 * diagram: in the repository (deployed at start-up by {@link TenantDeployments}) or from Camunda Modeler
 * (attached to a deployment, or deployed alone, when the file is named just &lt;name&gt;.txt or .html).
 *
 * A diagram names a file as "&lt;authority&gt;/&lt;name&gt;", e.g. "nelc/panel-decision". It is read from the
 * newest deployment of the application's tenant that holds either the path start-up deploys it under or
 * the file's own name, as Modeler deploys it. Like a form with binding "latest", the newest file applies
 * to every application, running or new.
 */
@Component
public class DeployedFiles {

  /** A kind of file: its folder under processes/&lt;authority&gt;/, its extension, and what people call it. */
  public record Kind(String folder, String extension, String description) {}

  private final RepositoryService repositoryService;
  /** Deployments never change: their resource names are kept once read. */
  private final Map<String, Set<String>> resourceNames = new ConcurrentHashMap<>();

  public DeployedFiles(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  /** The resource name start-up deploys a file under: "nelc/panel-decision" → processes/nelc/&lt;folder&gt;/panel-decision&lt;extension&gt;. */
  public static String resourceName(Kind kind, String name) {
    int slash = name.lastIndexOf('/');
    if (slash <= 0) {
      throw new ProcessEngineException(capitalised(kind.description()) + " '" + name + "' must be '<authority>/<name>', "
          + "the authority's id, a slash and the file's name without " + kind.extension() + ".");
    }
    return "processes/" + name.substring(0, slash) + "/" + kind.folder() + "/" + fileName(kind, name);
  }

  /** The file's own name, as Modeler deploys it: "nelc/panel-decision" → panel-decision&lt;extension&gt;. */
  public static String fileName(Kind kind, String name) {
    return name.substring(name.lastIndexOf('/') + 1) + kind.extension();
  }

  /** The text of the named file for an application of that tenant. */
  public String text(Kind kind, String tenantId, String name) {
    String path = resourceName(kind, name);
    String file = fileName(kind, name);
    return SystemAccess.run(() -> {
      DeploymentQuery query = repositoryService.createDeploymentQuery();
      query = tenantId == null ? query.withoutTenantId() : query.tenantIdIn(tenantId);
      for (Deployment deployment : query.orderByDeploymentTime().desc().list()) {
        Set<String> names = resourceNames.computeIfAbsent(deployment.getId(), id ->
            Set.copyOf(repositoryService.getDeploymentResources(id).stream().map(Resource::getName).toList()));
        for (String candidate : List.of(path, file)) {
          if (names.contains(candidate)) {
            return read(deployment.getId(), candidate);
          }
        }
      }
      throw new ProcessEngineException("No " + kind.description() + " " + path + " (or " + file + ") is deployed for "
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

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
