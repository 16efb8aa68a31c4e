package com.socialworkprogression.panels;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.socialworkprogression.process.SystemAccess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.springframework.stereotype.Component;

/**
 * The newest deployed Camunda Form with a given id (a step's camunda:formRef) in an authority's
 * deployments, as binding "latest" finds it: to show a completed step's answers in its own form's words.
 */
@Component
public class EvidenceForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RepositoryService repository;
  /** Deployments never change: the id of each .form resource is read once. */
  private final Map<String, String> formIds = new ConcurrentHashMap<>();

  public EvidenceForms(RepositoryService repository) {
    this.repository = repository;
  }

  public Optional<String> json(String tenantId, String formId) {
    return SystemAccess.run(() -> {
      for (Deployment deployment : repository.createDeploymentQuery().tenantIdIn(tenantId).orderByDeploymentTime().desc().list()) {
        for (Resource resource : repository.getDeploymentResources(deployment.getId())) {
          if (resource.getName().endsWith(".form")) {
            String key = deployment.getId() + "/" + resource.getName();
            if (formId.equals(formIds.computeIfAbsent(key, k -> id(read(deployment.getId(), resource.getName()))))) {
              return Optional.of(read(deployment.getId(), resource.getName()));
            }
          }
        }
      }
      return Optional.<String>empty();
    });
  }

  private String read(String deploymentId, String name) {
    try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String id(String json) {
    try {
      return JSON.readTree(json).path("id").asText("");
    } catch (IOException e) {
      return "";
    }
  }
}
