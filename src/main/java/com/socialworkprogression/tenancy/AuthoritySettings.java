package com.socialworkprogression.tenancy;

import java.util.List;

/**
 * What an authority's scheme needs beyond its diagrams, from authorities/&lt;tenant&gt;.yaml on the
 * classpath (src/main/resources/authorities/). An authority without a file has none of it.
 *
 * @param panelTasks ids of the user tasks Tasklist's shared filter "Panel decisions" shows
 */
public record AuthoritySettings(List<String> panelTasks) {

  public AuthoritySettings {
    panelTasks = panelTasks == null ? List.of() : List.copyOf(panelTasks);
  }

  public static AuthoritySettings of(String tenantId) {
    return AuthorityFiles.read("authorities/" + tenantId + ".yaml", AuthoritySettings.class)
        .orElse(new AuthoritySettings(List.of()));
  }
}
