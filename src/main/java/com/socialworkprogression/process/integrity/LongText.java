package com.socialworkprogression.process.integrity;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Text of any length in a form: a reflective statement of 20,000 characters saves and shows again.
 * See {@link LongTextSerializer} (the variable and its history) and {@link LongTextFormHistory} (the
 * copy that form submission writes to history).
 */
public final class LongText {

  private static final Logger LOG = LoggerFactory.getLogger(LongText.class);

  private LongText() {}

  /** Called from the engine plugin's preInit, before the engine builds its serializers. */
  public static void register(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreVariableSerializers() == null) {
      configuration.setCustomPreVariableSerializers(new ArrayList<>());
    }
    configuration.getCustomPreVariableSerializers().add(0, new LongTextSerializer());

    if (configuration.getHistoryEventProducer() == null) {
      configuration.setHistoryEventProducer(new LongTextFormHistory());
    } else {
      LOG.warn("A history event producer is already set ({}): a submitted form field over {} characters fails "
          + "at full history", configuration.getHistoryEventProducer().getClass().getName(),
          LongTextSerializer.TEXT_COLUMN_LENGTH);
    }
  }
}
