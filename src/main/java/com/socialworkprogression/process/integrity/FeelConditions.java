package com.socialworkprogression.process.integrity;

import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates a form's FEEL expressions ("=lineManagerDecision != \"notSupported\"") on the server with the
 * FEEL engine Camunda 7 ships for DMN (feel-scala), against the submitted values and the variables the
 * form was shown with. As in the browser (form-js), a condition holds only when it evaluates to true;
 * an expression that cannot be evaluated does not hold.
 */
final class FeelConditions {

  private static final Logger LOG = LoggerFactory.getLogger(FeelConditions.class);
  private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

  private FeelConditions() {}

  static boolean holds(String expression, Map<String, Object> context) {
    return Boolean.TRUE.equals(evaluate(expression, context));
  }

  /** The expression's value, or null when it cannot be evaluated (logged). Literal text without "=" is itself. */
  static Object evaluate(String expression, Map<String, Object> context) {
    String text = expression == null ? "" : expression.trim();
    if (!text.startsWith("=")) {
      return text.isEmpty() ? null : text;
    }
    try {
      return FEEL.evaluateSimpleExpression(text.substring(1), Variables.fromMap(context).asVariableContext());
    } catch (RuntimeException e) {
      LOG.warn("Form expression '{}' could not be evaluated: {}", text, e.getMessage());
      return null;
    }
  }
}
