package com.socialworkprogression.panels;

import com.socialworkprogression.tenancy.Authorities;
import com.socialworkprogression.tenancy.AuthorityFiles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Each authority's panels that sit on dates, from its authorities/&lt;tenant&gt;.yaml (read once, at start-up). */
@Component
public class PanelCalendars {

  /** The part of an authority's file this reads. */
  public record Settings(List<PanelDefinition> panels) {
    public Settings {
      panels = panels == null ? List.of() : List.copyOf(panels);
    }
  }

  private final Map<String, List<PanelDefinition>> byTenant;

  public PanelCalendars(Authorities authorities) {
    this.byTenant = authorities.ids().stream().collect(Collectors.toMap(Function.identity(), tenantId ->
        AuthorityFiles.read("authorities/" + tenantId + ".yaml", Settings.class).map(Settings::panels).orElse(List.of())));
  }

  public List<PanelDefinition> panels(String tenantId) {
    return byTenant.getOrDefault(tenantId, List.of());
  }

  public Optional<PanelDefinition> panel(String tenantId, String panelId) {
    return panels(tenantId).stream().filter(panel -> panel.id().equals(panelId)).findFirst();
  }

  /** For a diagram's setting: a panel the authority's file does not describe is the process owner's mistake. */
  public PanelDefinition required(String tenantId, String panelId) {
    return panel(tenantId, panelId).orElseThrow(() -> new IllegalStateException("The panel '" + panelId
        + "' is not described under panels: in authorities/" + tenantId + ".yaml. Add it there, or name one of "
        + panels(tenantId).stream().map(PanelDefinition::id).toList() + " in the diagram."));
  }
}
