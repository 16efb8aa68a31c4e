package com.socialworkprogression.panels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * A Camunda Form (the form-js JSON a process owner edits in Modeler) as our own pages show it: its
 * texts and fields, in order, with their choices and the values they hold. So a sitting's page shows an
 * application's evidence and takes a panel's decision in the same words as the task's form in Tasklist.
 * Texts written as FEEL expressions (starting "=") and dynamic lists are not shown: Tasklist evaluates
 * those, we do not.
 */
public final class FormFields {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One thing the form shows: a text (kind "text") or a field. */
  public record Item(String kind, String key, String label, String description, boolean required, boolean readOnly,
      List<Choice> choices, Object value) {

    public boolean isText() {
      return "text".equals(kind);
    }

    /** The value as a person reads it. */
    public String shown() {
      if (value == null || value.toString().isBlank()) {
        return "";
      }
      if (value instanceof Boolean yes) {
        return yes ? "Yes" : "No";
      }
      if (value instanceof Date || "date".equals(kind) && value.toString().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        return com.socialworkprogression.calendar.Dates.text(com.socialworkprogression.calendar.Dates.toLocalDate(value));
      }
      for (Choice choice : choices) {
        if (choice.value().equals(value.toString())) {
          return choice.label();
        }
      }
      return value.toString();
    }
  }

  public record Choice(String value, String label) {}

  private FormFields() {}

  /** The form's items with the values these variables give them. */
  public static List<Item> of(String formJson, Map<String, Object> variables) {
    try {
      List<Item> items = new ArrayList<>();
      collect(JSON.readTree(formJson), variables, items);
      return items;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(JsonNode container, Map<String, Object> variables, List<Item> items) {
    for (JsonNode component : container.path("components")) {
      String type = component.path("type").asText("");
      switch (type) {
        case "group" -> collect(component, variables, items);
        case "text" -> {
          String text = component.path("text").asText("");
          // A text written as FEEL ("=...") or with templates ("{{...}}") is Tasklist's to evaluate; the page shows the same facts itself.
          if (!text.isBlank() && !text.startsWith("=") && !text.contains("{{")) {
            items.add(new Item("text", null, plain(text), null, false, true, List.of(), null));
          }
        }
        case "textfield", "textarea", "number", "datetime", "select", "radio", "checkbox" -> {
          String key = component.path("key").asText("");
          if (key.isBlank()) {
            continue;
          }
          String label = type.equals("datetime") ? component.path("dateLabel").asText(key) : component.path("label").asText(key);
          boolean readOnly = component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false);
          items.add(new Item(type.equals("datetime") ? "date" : type, key, label.startsWith("=") ? key : label,
              component.path("description").asText(null), component.path("validate").path("required").asBoolean(false),
              readOnly, choices(component, variables), variables.get(key)));
        }
        default -> {
          // Spacers, separators, images, dynamic lists: nothing to show or enter here.
        }
      }
    }
  }

  private static List<Choice> choices(JsonNode component, Map<String, Object> variables) {
    List<Choice> choices = new ArrayList<>();
    JsonNode values = component.path("values");
    if (values.isArray()) {
      values.forEach(value -> choices.add(new Choice(value.path("value").asText(), value.path("label").asText())));
    } else if (component.hasNonNull("valuesKey") && variables.get(component.path("valuesKey").asText()) != null) {
      JsonNode listed = JSON.valueToTree(variables.get(component.path("valuesKey").asText()));
      listed.forEach(value -> choices.add(new Choice(value.path("value").asText(), value.path("label").asText())));
    }
    return choices;
  }

  /** Markdown as plain text: headings, emphasis and links lose their marks. */
  private static String plain(String markdown) {
    return markdown.replaceAll("(?m)^#+\\s*", "").replaceAll("\\*\\*|__|\\*", "")
        .replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1").trim();
  }
}
