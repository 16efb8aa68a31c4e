package com.socialworkprogression.notification;

import com.socialworkprogression.tenancy.DeployedFiles;
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
 * every application, running or new. See {@link DeployedFiles}.
 */
@Component
public class NotificationTexts {

  public static final DeployedFiles.Kind KIND = new DeployedFiles.Kind("notifications", ".txt", "notification text");

  private final DeployedFiles files;

  public NotificationTexts(DeployedFiles files) {
    this.files = files;
  }

  /** The resource name start-up deploys a text under: "nelc/panel-decision" → processes/nelc/notifications/panel-decision.txt. */
  public static String resourceName(String template) {
    return DeployedFiles.resourceName(KIND, template);
  }

  /** The file's own name, as Modeler deploys it: "nelc/panel-decision" → panel-decision.txt. */
  public static String fileName(String template) {
    return DeployedFiles.fileName(KIND, template);
  }

  /** The text of the template for an application of that tenant. */
  public String text(String tenantId, String template) {
    return files.text(KIND, tenantId, template);
  }
}
