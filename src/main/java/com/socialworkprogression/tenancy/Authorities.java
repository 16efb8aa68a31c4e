package com.socialworkprogression.tenancy;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The local authorities this installation serves; each is a Camunda tenant (swp.authorities). */
@ConfigurationProperties(prefix = "swp")
public record Authorities(List<Authority> authorities) {

  public record Authority(String id, String name) {}

  public Optional<Authority> find(String tenantId) {
    return authorities.stream().filter(a -> a.id().equals(tenantId)).findFirst();
  }

  public List<String> ids() {
    return authorities.stream().map(Authority::id).toList();
  }
}
