package com.socialworkprogression.process.integrity;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * With full history, submitting a form also records each submitted text as a "form field" history
 * entry (ACT_HI_DETAIL.TEXT_, 4,000 characters), besides the variable's own history. That copy of a
 * longer text would fail the whole submission, so it keeps the first part, marked as shortened. The
 * full text stays in the variable and its history (HistoricVariableInstance and the variable's update
 * details), which {@link LongTextSerializer} keeps in the byte-array table.
 */
public class LongTextFormHistory extends CacheAwareHistoryEventProducer {

  static final String SHORTENED = " [… shortened here; the full text is in the variable's history]";

  @Override
  public HistoryEvent createFormPropertyUpdateEvt(ExecutionEntity execution, String propertyId, String propertyValue,
      String taskId) {
    return super.createFormPropertyUpdateEvt(execution, propertyId, fitColumn(propertyValue), taskId);
  }

  static String fitColumn(String text) {
    if (text == null || text.length() <= LongTextSerializer.TEXT_COLUMN_LENGTH) {
      return text;
    }
    int end = LongTextSerializer.TEXT_COLUMN_LENGTH - SHORTENED.length();
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + SHORTENED;
  }
}
