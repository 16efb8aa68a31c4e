package com.socialworkprogression.process.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The input fields of a Camunda Form (form-js schema, as Camunda Modeler saves a .form file), with what
 * the server needs to apply the form's own rules: key, kind, label, validation, choices and the hide
 * conditions of the field and of every group around it.
 */
public record CamundaForm(String id, List<Field> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The kinds of component that hold a value the person enters. */
  static final Set<String> INPUTS = Set.of(
      "textfield", "textarea", "number", "datetime", "select", "radio", "checkbox", "checklist", "taglist");

  /**
   * One input field.
   *
   * @param path the variable path: the key, under the path of any group around it (form-js "path")
   * @param hideConditions the field's own conditional.hide and those of the groups around it; the field
   *     is hidden, and so neither checked nor submitted by the form, when any of them is true
   */
  public record Field(String path, String type, String label, JsonNode component, List<String> hideConditions) {

    public String subtype() {
      return component.path("subtype").asText("");
    }

    public JsonNode validate() {
      return component.path("validate");
    }

    /** Custom properties a process owner sets in Modeler (form-js keeps them as "properties"). */
    public JsonNode properties() {
      return component.path("properties");
    }

    public boolean disabled() {
      return component.path("disabled").asBoolean(false);
    }
  }

  public static CamundaForm parse(String json) {
    try {
      JsonNode schema = JSON.readTree(json);
      List<Field> fields = new ArrayList<>();
      collect(schema, "", List.of(), fields);
      return new CamundaForm(schema.path("id").asText(""), List.copyOf(fields));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The deployed form is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static void collect(JsonNode container, String pathPrefix, List<String> hiddenWhen, List<Field> fields) {
    for (JsonNode component : container.path("components")) {
      String type = component.path("type").asText("");
      List<String> conditions = hiddenWhen;
      String hide = component.path("conditional").path("hide").asText("");
      if (!hide.isBlank()) {
        conditions = new ArrayList<>(hiddenWhen);
        conditions.add(hide);
      }
      if (INPUTS.contains(type) && !component.path("key").asText("").isBlank()) {
        fields.add(new Field(pathPrefix + component.path("key").asText(), type, label(component), component,
            List.copyOf(conditions)));
      } else if (type.equals("group")) {
        String path = component.path("path").asText("");
        collect(component, path.isBlank() ? pathPrefix : pathPrefix + path + ".", conditions, fields);
      }
      // A dynamic list repeats its fields once per item of a list variable: not checked here (no form uses one).
    }
  }

  private static String label(JsonNode component) {
    String type = component.path("type").asText();
    JsonNode label = component.path("label");
    if (type.equals("datetime")) {
      label = component.path("subtype").asText("").equals("time") ? component.path("timeLabel")
          : component.path("dateLabel");
    }
    String text = label instanceof MissingNode ? "" : label.asText("").trim();
    // A label that is itself an expression ("=...") says nothing on its own: name the field by its key.
    return text.isEmpty() || text.startsWith("=") ? component.path("key").asText() : text;
  }
}
