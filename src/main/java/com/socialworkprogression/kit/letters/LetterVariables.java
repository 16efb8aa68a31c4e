package com.socialworkprogression.kit.letters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.socialworkprogression.calendar.Dates;
import com.socialworkprogression.kit.scoring.ScoredElement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.spin.json.SpinJsonNode;

/**
 * What a letter's template can use: every process variable of the application, dates written out
 * ("18 December 2026"), the elements the scoring recorded with the panel's feedback on each, and what
 * {@link Letters} adds (the authority's name, today's date, the reference, people's names, the calendar).
 */
final class LetterVariables {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final ObjectMapper JSON = new ObjectMapper();

  private LetterVariables() {}

  /** The process variables as a template shows them. */
  static Map<String, Object> of(Map<String, Object> processVariables) {
    Map<String, Object> shown = new LinkedHashMap<>();
    processVariables.forEach((name, value) -> shown.put(name, shown(value)));
    List<Map<String, Object>> elements = scoredElements(processVariables);
    if (elements != null) {
      shown.put(ScoredElement.SCORED_ELEMENTS, elements);
      shown.put("notMetElements", elements.stream().filter(e -> !Boolean.TRUE.equals(e.get("met"))).toList());
    } else {
      shown.put("notMetElements", List.of());
    }
    return shown;
  }

  static Object shown(Object value) {
    if (value instanceof Date || value instanceof LocalDate) {
      return Dates.text(Dates.toLocalDate(value));
    }
    if (value instanceof LocalDateTime dateTime) {
      return Dates.text(dateTime.toLocalDate());
    }
    if (value instanceof String text && ISO_DATE.matcher(text.trim()).matches()) {
      try {
        return Dates.text(LocalDate.parse(text.trim()));
      } catch (DateTimeParseException notADate) {
        return text;
      }
    }
    if (value instanceof SpinJsonNode json) {
      return fromJson(json.toString());
    }
    return value;
  }

  /**
   * The scoring's list (key, title, score, met), each with the panel's feedback on it (feedback&lt;Key&gt;),
   * in the diagram's order; null when nothing was scored.
   */
  private static List<Map<String, Object>> scoredElements(Map<String, Object> variables) {
    Object scored = variables.get(ScoredElement.SCORED_ELEMENTS);
    if (scored == null) {
      return null;
    }
    Object list = scored instanceof SpinJsonNode json ? fromJson(json.toString())
        : scored instanceof String text ? fromJson(text) : scored;
    if (!(list instanceof List<?> items)) {
      return null;
    }
    List<Map<String, Object>> elements = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof Map<?, ?> element && element.get("key") != null) {
        Map<String, Object> shown = new LinkedHashMap<>();
        element.forEach((k, v) -> shown.put(String.valueOf(k), v));
        Object feedback = variables.get(ScoredElement.feedbackField(element.get("key").toString()));
        shown.put("feedback", feedback == null ? "" : feedback.toString().trim());
        elements.add(shown);
      }
    }
    return elements;
  }

  private static Object fromJson(String json) {
    try {
      return JSON.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      return json;
    }
  }

  /**
   * ${names.leadAssessor}: the name of the person whose user id the variable holds, looked up only when a
   * template asks for it.
   */
  static final class Names extends AbstractMap<String, String> {

    private final Map<String, Object> variables;
    private final Function<String, String> nameOfUser;

    Names(Map<String, Object> variables, Function<String, String> nameOfUser) {
      this.variables = variables;
      this.nameOfUser = nameOfUser;
    }

    @Override
    public String get(Object variable) {
      Object userId = variables.get(String.valueOf(variable));
      return userId == null || userId.toString().isBlank() ? "" : nameOfUser.apply(userId.toString());
    }

    @Override
    public boolean containsKey(Object variable) {
      return true;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      return Set.of();
    }
  }
}
