package com.socialworkprogression.tenancy;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The local authorities this installation serves; each is a Camunda tenant (swp.authorities). */
@ConfigurationProperties(prefix = "swp")
public record Authorities(List<Authority> authorities) {

  /**
   * An authority; retention is how long its applications are kept after they end, as an ISO-8601
   * period (P6Y), when it differs from the default (swp.retention).
   */
  public record Authority(String id, String name, String retention) {}

  public Optional<Authority> find(String tenantId) {
    return authorities.stream().filter(a -> a.id().equals(tenantId)).findFirst();
  }

  public List<String> ids() {
    return authorities.stream().map(Authority::id).toList();
  }
}
