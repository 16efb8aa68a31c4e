package com.socialworkprogression.process.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.camunda.spin.json.SpinJsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Camunda Form's own rules, applied on the server to what was submitted: what the form checks in the
 * browser (form-js), for every input field the form shows. A field hidden by its conditional.hide (or a
 * group's) is neither checked nor required, as in the browser. Each problem names the field by its label.
 *
 * <p>Problems come in two stages. {@link Stage#WELL_FORMED}: the value is of the field's kind and form
 * (text, a number, a date like 2026-11-23, true or false, a list; length, word limit, pattern, email,
 * phone, decimals). {@link Stage#COMPLETE}: the form is filled in and its answers are allowed (required,
 * one of the choices, minimum and maximum, increment, no date in the past).
 *
 * <p>A component may name the scheme rule it carries out in a custom property {@code rule} (e.g.
 * NELC-L3-11): its problems start with that rule. A text component may set a word limit in a custom
 * property {@code maxWords}; the browser enforces the same limit through a pattern (see README).
 */
public final class FormRules {

  private static final Logger LOG = LoggerFactory.getLogger(FormRules.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,3})?)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?";
  private static final Pattern ISO_TIME = Pattern.compile(TIME);
  private static final Pattern ISO_DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T" + TIME);
  private static final Pattern WORD = Pattern.compile("\\S+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*");
  private static final Pattern PHONE = Pattern.compile("(\\+|00)[1-9]\\d{6,18}");
  private static final int LISTED_CHOICES = 12;
  /**
   * The most any text a form submits may hold, whatever the form allows: 50,000 characters, about 8,000
   * words, longer than any statement a scheme asks for. Longer pieces are attached as documents. It keeps a
   * megabyte posted to the REST API out of the database and out of everyone's forms.
   */
  public static final int TEXT_CEILING = 50_000;

  public enum Stage { WELL_FORMED, COMPLETE }

  public record Problem(Stage stage, String field, String message) {}

  private FormRules() {}

  /**
   * @param form the deployed form
   * @param values the submitted values together with the variables the form was shown with (the task's
   *     or the new process instance's variables, as the engine sees them when the form is submitted)
   * @param today the engine's today, for "no date in the past"
   */
  public static List<Problem> check(CamundaForm form, Map<String, Object> values, LocalDate today) {
    Map<String, Object> context = new HashMap<>();
    for (CamundaForm.Field field : form.fields()) {
      context.putIfAbsent(field.path().split("\\.")[0], null);
    }
    context.putAll(values);

    List<Problem> problems = new ArrayList<>();
    values.forEach((name, value) -> {
      if (value instanceof String text && text.length() > TEXT_CEILING) {
        String label = form.fields().stream().filter(field -> field.path().equals(name)).map(CamundaForm.Field::label)
            .findFirst().orElse(name);
        problems.add(new Problem(Stage.WELL_FORMED, name, String.format("'%s' is %,d characters long; a form takes at most "
            + "%,d (about 8,000 words). Shorten it, or attach the full text as a document.", label, text.length(), TEXT_CEILING)));
      }
    });
    for (CamundaForm.Field field : form.fields()) {
      if (field.disabled() || field.hideConditions().stream().anyMatch(hide -> FeelConditions.holds(hide, context))) {
        continue;
      }
      new FieldCheck(field, resolve(values, field.path()), values, context, today, problems).run();
    }
    return problems;
  }

  /** The problems of that stage as one message, each sentence naming its field. */
  static String message(List<Problem> problems) {
    return String.join(" ", problems.stream().map(Problem::message).toList());
  }

  // ---- one field -------------------------------------------------------------------------------------

  private record FieldCheck(CamundaForm.Field field, Object value, Map<String, Object> values,
      Map<String, Object> context, LocalDate today, List<Problem> problems) {

    void run() {
      if (isMissing()) {
        if (field.validate().path("required").asBoolean(false)) {
          complete("'%s' is required.", field.label());
        }
        return;
      }
      switch (field.type()) {
        case "textfield", "textarea" -> text();
        case "number" -> number();
        case "datetime" -> dateTime();
        case "select", "radio" -> choice();
        case "checkbox" -> {
          if (!(value instanceof Boolean)) {
            wellFormed("'%s' must be ticked or not (true or false); %s is neither.", field.label(), shown(value));
          }
        }
        case "checklist", "taglist" -> choices();
        default -> { }
      }
    }

    boolean isMissing() {
      return value == null
          || value instanceof String text && text.isBlank()
          || field.type().equals("checkbox") && Boolean.FALSE.equals(value)
          || value instanceof Collection<?> list && list.isEmpty();
    }

    void text() {
      if (!(value instanceof String text)) {
        wellFormed("'%s' must be text; %s is not.", field.label(), shown(value));
        return;
      }
      JsonNode validate = field.validate();
      int length = text.trim().length();
      BigDecimal minLength = limit(validate.path("minLength"));
      BigDecimal maxLength = limit(validate.path("maxLength"));
      if (minLength != null && length < minLength.intValue()) {
        wellFormed("'%s' must be at least %s characters long; it has %d.", field.label(), plain(minLength), length);
      }
      if (maxLength != null && length > maxLength.intValue()) {
        wellFormed("'%s' must be at most %s characters long; it has %d.", field.label(), plain(maxLength), length);
      }
      Integer maxWords = maxWords();
      int words = wordCount(text);
      boolean tooManyWords = maxWords != null && words > maxWords;
      if (tooManyWords) {
        wellFormed("'%s' has %d words; at most %d are allowed.", field.label(), words, maxWords);
      }
      String pattern = validate.path("pattern").asText("");
      // A word limit's own pattern refuses the same text: the word count says it better.
      if (!pattern.isEmpty() && !tooManyWords && !matches(pattern, text)) {
        String custom = validate.path("patternErrorMessage").asText("");
        if (custom.isBlank()) {
          wellFormed("'%s' is not in the form this field needs (pattern %s).", field.label(), pattern);
        } else {
          wellFormed("'%s': %s", field.label(), custom.trim());
        }
      }
      String validationType = validate.path("validationType").asText("");
      if (validationType.equals("email") && !EMAIL.matcher(text.trim()).matches()) {
        wellFormed("'%s' must be an email address; %s is not one.", field.label(), shown(text));
      }
      if (validationType.equals("phone") && !PHONE.matcher(text.trim()).matches()) {
        wellFormed("'%s' must be an international phone number like +441472313131; %s is not one.", field.label(),
            shown(text));
      }
    }

    void number() {
      BigDecimal number = null;
      if (value instanceof Number n) {
        number = decimal(n.toString());
      } else if (value instanceof String text && field.component().path("serializeToString").asBoolean(false)) {
        number = decimal(text.trim());
      }
      if (number == null) {
        if (value instanceof String text && decimal(text.trim()) != null) {
          wellFormed("'%s' must be sent as a number, not as text (%s).", field.label(), shown(value));
        } else {
          wellFormed("'%s' must be a number; %s is not one.", field.label(), shown(value));
        }
        return;
      }
      JsonNode digits = field.component().path("decimalDigits");
      if (digits.isNumber() && Math.max(0, number.stripTrailingZeros().scale()) > digits.asInt()) {
        if (digits.asInt() == 0) {
          wellFormed("'%s' must be a whole number; %s is not one.", field.label(), plain(number));
        } else {
          wellFormed("'%s' may have at most %d decimal places; %s has more.", field.label(), digits.asInt(),
              plain(number));
        }
        return;
      }
      BigDecimal min = limit(field.validate().path("min"));
      BigDecimal max = limit(field.validate().path("max"));
      if (min != null && max != null && (number.compareTo(min) < 0 || number.compareTo(max) > 0)) {
        complete("'%s' must be from %s to %s; %s is not.", field.label(), plain(min), plain(max), plain(number));
      } else if (min != null && number.compareTo(min) < 0) {
        complete("'%s' must be at least %s; %s is less.", field.label(), plain(min), plain(number));
      } else if (max != null && number.compareTo(max) > 0) {
        complete("'%s' must be at most %s; %s is more.", field.label(), plain(max), plain(number));
      }
      BigDecimal increment = decimal(field.component().path("increment").asText(""));
      if (increment != null && increment.signum() > 0 && number.remainder(increment).signum() != 0) {
        complete("'%s' must be a multiple of %s; %s is not.", field.label(), plain(increment), plain(number));
      }
    }

    void dateTime() {
      String subtype = field.subtype().isEmpty() ? "date" : field.subtype();
      String text = value instanceof String s ? s.trim() : null;
      LocalDate date = null;
      switch (subtype) {
        case "time" -> {
          if (text == null || !ISO_TIME.matcher(text).matches()) {
            wellFormed("'%s' must be a time like 14:30; %s is not one.", field.label(), shown(value));
          }
          return;
        }
        case "datetime" -> {
          Matcher matcher = text == null ? null : ISO_DATE_TIME.matcher(text);
          date = matcher != null && matcher.matches() ? isoDate(matcher.group(1)) : null;
          if (date == null) {
            wellFormed("'%s' must be a date and time like %sT14:30; %s is not one.", field.label(), today, shown(value));
            return;
          }
        }
        default -> {
          date = text != null && ISO_DATE.matcher(text).matches() ? isoDate(text) : null;
          if (date == null) {
            wellFormed("'%s' must be a date like %s; %s is not one.", field.label(), today, shown(value));
            return;
          }
        }
      }
      if (field.component().path("disallowPassedDates").asBoolean(false) && date.isBefore(today)) {
        complete("'%s' must not be in the past; %s is before today, %s.", field.label(), date, today);
      }
    }

    void choice() {
      if (!isScalar(value)) {
        wellFormed("'%s' must be one of its choices; %s is not.", field.label(), shown(value));
        return;
      }
      List<Object> options = options();
      if (options != null && options.stream().noneMatch(option -> same(option, value))) {
        complete("'%s' must be one of the choices offered%s; %s is not one of them.", field.label(),
            listed(options, field), shown(value));
      }
    }

    void choices() {
      if (!(value instanceof List<?> chosen) || !chosen.stream().allMatch(FormRules::isScalar)) {
        wellFormed("'%s' must be a list of its choices; %s is not.", field.label(), shown(value));
        return;
      }
      List<Object> options = options();
      if (options == null) {
        return;
      }
      for (Object each : chosen) {
        if (options.stream().noneMatch(option -> same(option, each))) {
          complete("'%s' may hold only the choices offered%s; %s is not one of them.", field.label(),
              listed(options, field), shown(each));
        }
      }
    }

    /** The choices the form offers: static values, a variable (valuesKey) or an expression; null if unknown. */
    List<Object> options() {
      JsonNode component = field.component();
      Object source;
      if (component.path("values").isArray()) {
        source = toJava(component.path("values"));
      } else if (!component.path("valuesKey").asText("").isBlank()) {
        source = resolve(values, component.path("valuesKey").asText());
      } else if (!component.path("valuesExpression").asText("").isBlank()) {
        source = normalize(FeelConditions.evaluate(component.path("valuesExpression").asText(), context));
      } else {
        return null;
      }
      if (!(source instanceof List<?> list)) {
        return null;
      }
      List<Object> options = new ArrayList<>();
      for (Object option : list) {
        options.add(option instanceof Map<?, ?> map ? map.get("value") : option);
      }
      return options;
    }

    Integer maxWords() {
      JsonNode limit = field.properties().path("maxWords");
      try {
        return limit.isMissingNode() || limit.asText().isBlank() ? null : Integer.valueOf(limit.asText().trim());
      } catch (NumberFormatException e) {
        LOG.warn("Form field '{}': maxWords '{}' is not a whole number", field.path(), limit.asText());
        return null;
      }
    }

    /** A limit given as a number, or as a FEEL expression ("=...") as form-js allows. */
    BigDecimal limit(JsonNode node) {
      if (node.isMissingNode() || node.isNull()) {
        return null;
      }
      if (node.isNumber()) {
        return node.decimalValue();
      }
      Object evaluated = FeelConditions.evaluate(node.asText(), context);
      return evaluated instanceof Number n ? decimal(n.toString()) : decimal(String.valueOf(evaluated));
    }

    void wellFormed(String format, Object... arguments) {
      add(Stage.WELL_FORMED, format, arguments);
    }

    void complete(String format, Object... arguments) {
      add(Stage.COMPLETE, format, arguments);
    }

    void add(Stage stage, String format, Object... arguments) {
      String rule = field.properties().path("rule").asText("").trim();
      String message = String.format(format, arguments);
      problems.add(new Problem(stage, field.label(), rule.isEmpty() ? message : rule + ": " + message));
    }
  }

  // ---- values ----------------------------------------------------------------------------------------

  /** The value at a path ("key", or "group.key" for a group with a path), as plain Java values. */
  static Object resolve(Map<String, Object> values, String path) {
    String[] steps = path.split("\\.");
    Object value = normalize(values.get(steps[0]));
    for (int i = 1; i < steps.length && value != null; i++) {
      value = value instanceof Map<?, ?> map ? map.get(steps[i]) : null;
    }
    return value;
  }

  /** JSON variables (Spin, as Tasklist sends lists and objects) become lists and maps. */
  static Object normalize(Object value) {
    try {
      if (value instanceof SpinJsonNode spin) {
        return toJava(JSON.readTree(spin.toString()));
      }
      if (value instanceof JsonNode node) {
        return toJava(node);
      }
    } catch (JsonProcessingException e) {
      return value;
    }
    return value;
  }

  static Object toJava(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(item -> list.add(toJava(item)));
      return list;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    node.fields().forEachRemaining(entry -> map.put(entry.getKey(), toJava(entry.getValue())));
    return map;
  }

  static int wordCount(String text) {
    Matcher words = WORD.matcher(text);
    int count = 0;
    while (words.find()) {
      count++;
    }
    return count;
  }

  /** As the browser's RegExp.test: the pattern is found somewhere in the text (anchors are the pattern's own). */
  private static boolean matches(String pattern, String text) {
    try {
      return Pattern.compile(pattern).matcher(text).find();
    } catch (PatternSyntaxException e) {
      LOG.warn("Form pattern '{}' is not a pattern Java understands; not checked: {}", pattern, e.getDescription());
      return true;
    } catch (StackOverflowError e) {
      LOG.warn("Form pattern '{}' is too deep to check on a text of {} characters; not checked", pattern, text.length());
      return true;
    }
  }

  private static boolean isScalar(Object value) {
    return value instanceof String || value instanceof Number || value instanceof Boolean;
  }

  private static boolean same(Object option, Object value) {
    if (option == null || value == null) {
      return option == value;
    }
    if (option instanceof Number a && value instanceof Number b) {
      return decimal(a.toString()) != null && decimal(a.toString()).compareTo(decimal(b.toString())) == 0;
    }
    return option.equals(value) || option.toString().equals(value.toString());
  }

  /** The choices, when the form itself fixes a few; not those a route computes (people, caseloads). */
  private static String listed(List<Object> options, CamundaForm.Field field) {
    if (!field.component().path("values").isArray() || options.isEmpty() || options.size() > LISTED_CHOICES) {
      return "";
    }
    return " (" + String.join(", ", options.stream().map(String::valueOf).toList()) + ")";
  }

  private static LocalDate isoDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static BigDecimal decimal(String text) {
    try {
      return text == null || text.isBlank() ? null : new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  /** A submitted value in a message: text in quotes and shortened, anything else as itself. */
  static String shown(Object value) {
    if (value instanceof String text) {
      String oneLine = text.replaceAll("\\s+", " ").trim();
      return "'" + (oneLine.length() > 60 ? oneLine.substring(0, 57) + "…" : oneLine) + "'";
    }
    return String.valueOf(value);
  }
}
