package com.socialworkprogression.kit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.socialworkprogression.support.SwpSpringTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The Modeler element templates (element-templates/) describe the kit's blocks: each names a bean the
 * application has, every block our diagrams use has a template, and every use sets the inputs its
 * template requires. A process owner who picks a template gets a step that works.
 */
@SwpSpringTest
class ElementTemplatesTest {

  private static final Pattern BEAN = Pattern.compile("^\\$\\{(\\w+)(\\.[^}]*)?}$");
  private static final Pattern CALL = Pattern.compile("^\\$\\{(\\w+)\\.\\w+\\(");
  private static final Map<String, JsonNode> TEMPLATES = new HashMap<>();

  @Autowired ApplicationContext context;

  @BeforeAll
  static void readTemplates() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("element-templates"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        for (JsonNode template : new ObjectMapper().readTree(file.toFile())) {
          TEMPLATES.put(bean(template), template);
        }
      }
    }
  }

  @Test
  @DisplayName("Every element template names a block the application has")
  void everyTemplateNamesABean() {
    assertThat(TEMPLATES).hasSizeGreaterThanOrEqualTo(15);
    TEMPLATES.forEach((bean, template) -> {
      assertThat(context.containsBean(bean)).as("template '%s' names bean %s", template.get("name").asText(), bean).isTrue();
      assertThat(template.get("id").asText()).startsWith("swp.");
    });
  }

  @Test
  @DisplayName("Every block a diagram uses is an authority's own (named after it) or has a template, and sets what its template requires")
  void diagramsUseTemplatedBlocks() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        String authority = file.getParent().getFileName().toString();
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (Activity activity : model.getModelElementsByType(Activity.class)) {
          for (String bean : beansOf(activity)) {
            JsonNode template = TEMPLATES.get(bean);
            if (template == null) {
              if (!bean.startsWith(authority)) {
                problems.add(file + " " + activity.getId() + ": ${" + bean + "} has no element template and is not " + authority + "'s own");
              }
              continue;
            }
            Set<String> inputs = inputsOf(activity);
            for (JsonNode property : template.get("properties")) {
              JsonNode binding = property.get("binding");
              boolean required = property.path("constraints").path("notEmpty").asBoolean(false);
              if (required && "camunda:inputParameter".equals(binding.get("type").asText())
                  && !inputs.contains(binding.get("name").asText())) {
                problems.add(file + " " + activity.getId() + ": ${" + bean + "} needs the input " + binding.get("name").asText());
              }
            }
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** The block's bean: the listener or delegate the template sets, else the bean an input expression calls. */
  private static String bean(JsonNode template) {
    for (JsonNode property : template.get("properties")) {
      String binding = property.path("binding").path("type").asText();
      boolean sets = binding.equals("camunda:executionListener")
          || property.path("binding").path("name").asText().equals("camunda:delegateExpression");
      Matcher matcher = BEAN.matcher(property.path("value").asText());
      if (sets && matcher.matches()) {
        return matcher.group(1);
      }
    }
    for (JsonNode property : template.get("properties")) {
      Matcher call = CALL.matcher(property.path("value").asText());
      if (call.find()) {
        return call.group(1);
      }
    }
    throw new IllegalStateException("Template " + template.get("id") + " names no bean");
  }

  private static List<String> beansOf(Activity activity) {
    List<String> expressions = new ArrayList<>();
    String delegate = activity.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "delegateExpression");
    if (delegate != null) {
      expressions.add(delegate);
    }
    if (activity.getExtensionElements() != null) {
      activity.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class).list()
          .forEach(listener -> expressions.add(listener.getCamundaDelegateExpression()));
      activity.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list()
          .forEach(listener -> expressions.add(listener.getCamundaDelegateExpression()));
    }
    return expressions.stream().filter(e -> e != null && BEAN.matcher(e).matches())
        .map(e -> { Matcher m = BEAN.matcher(e); m.matches(); return m.group(1); }).toList();
  }

  private static Set<String> inputsOf(BaseElement activity) {
    return activity.getModelInstance().getModelElementsByType(CamundaInputParameter.class).stream()
        .filter(input -> input.getParentElement().getParentElement().getParentElement() == activity)
        .map(CamundaInputParameter::getCamundaName).collect(java.util.stream.Collectors.toSet());
  }
}
