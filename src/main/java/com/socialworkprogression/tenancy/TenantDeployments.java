package com.socialworkprogression.tenancy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/&lt;tenant&gt;/ (BPMN, DMN, notification texts, letter templates) and forms/&lt;tenant&gt;/ (Camunda Forms) as that tenant's
 * deployment. Unchanged files are filtered out, so a restart adds a new version only of what a
 * process owner changed. The starter's own auto-deployment is off: it knows nothing of tenants and
 * does not deploy .form files.
 */
@Component
public class TenantDeployments {

  private static final Logger LOG = LoggerFactory.getLogger(TenantDeployments.class);
  static final String SOURCE = "social-work-progression";

  private final RepositoryService repositoryService;
  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  public TenantDeployments(RepositoryService repositoryService, Authorities authorities) {
    this.repositoryService = repositoryService;
    authorities.ids().forEach(tenant -> deploy(tenant, resourcesOf(tenant)));
  }

  /** Deploys the given resources as the tenant's; returns the new deployment, or empty when nothing changed. */
  public Optional<Deployment> deploy(String tenantId, Map<String, byte[]> resources) {
    if (resources.isEmpty()) {
      LOG.warn("No processes or forms found for authority '{}'", tenantId);
      return Optional.empty();
    }
    long before = deploymentCount(tenantId);
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(tenantId)
        .tenantId(tenantId)
        .source(SOURCE)
        .enableDuplicateFiltering(true);
    resources.forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
    Deployment deployment = builder.deploy();
    if (deploymentCount(tenantId) == before) {
      LOG.info("Authority '{}': processes and forms unchanged", tenantId);
      return Optional.empty();
    }
    LOG.info("Authority '{}': deployed {}", tenantId, repositoryService.getDeploymentResourceNames(deployment.getId()));
    return Optional.of(deployment);
  }

  private long deploymentCount(String tenantId) {
    return repositoryService.createDeploymentQuery().tenantIdIn(tenantId).deploymentName(tenantId).count();
  }

  /** The tenant's files on the classpath, named by their path below processes/ or forms/. */
  public Map<String, byte[]> resourcesOf(String tenantId) {
    Map<String, byte[]> resources = new LinkedHashMap<>();
    for (String pattern : new String[] {
        "classpath*:processes/" + tenantId + "/**/*.bpmn",
        "classpath*:processes/" + tenantId + "/**/*.dmn",
        "classpath*:processes/" + tenantId + "/**/*.txt",
        "classpath*:processes/" + tenantId + "/**/*.html",
        "classpath*:forms/" + tenantId + "/**/*.form"}) {
      try {
        for (Resource resource : resolver.getResources(pattern)) {
          String url = resource.getURL().toString();
          String top = url.contains("/processes/" + tenantId + "/") ? "processes/" : "forms/";
          String name = top + url.substring(url.lastIndexOf("/" + top) + top.length() + 1);
          try (InputStream in = resource.getInputStream()) {
            resources.put(name, in.readAllBytes());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + pattern, e);
      }
    }
    return resources;
  }
}
