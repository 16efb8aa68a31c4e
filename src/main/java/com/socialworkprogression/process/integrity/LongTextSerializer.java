package com.socialworkprogression.process.integrity;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Text longer than the engine's text column (4,000 characters in TEXT_ of ACT_RU_VARIABLE,
 * ACT_HI_VARINST and ACT_HI_DETAIL) is kept in the byte-array table instead, as UTF-8. It stays a String
 * variable: the Java API, REST ("type": "String"), Tasklist and Cockpit read it as the text that was
 * typed, and history keeps it the same way. Text up to 4,000 characters keeps the engine's own
 * serializer, so it can still be searched by value.
 *
 * <p>Registered before the engine's serializers (customPreVariableSerializers), and asked only about
 * long strings: the engine picks the first serializer of type string that can handle a value. Each
 * variable records the name of the serializer that wrote it, so changing a long text to a short one,
 * or back, simply switches serializer. Variables written by this serializer carry its name,
 * {@value #NAME}: they need it registered to be read.
 */
public class LongTextSerializer extends PrimitiveValueSerializer<StringValue> {

  public static final String NAME = "swpLongText";

  /** The length of the engine's TEXT_ columns (varchar 4000), counted in characters. */
  public static final int TEXT_COLUMN_LENGTH = 4000;

  public LongTextSerializer() {
    super(ValueType.STRING);
  }

  @Override
  public String getName() {
    return NAME;
  }

  /** Only text the engine's column cannot hold: Java counts UTF-16 units, never fewer than the database's characters. */
  @Override
  protected boolean canWriteValue(TypedValue typedValue) {
    return typedValue.getValue() instanceof String text && text.length() > TEXT_COLUMN_LENGTH;
  }

  @Override
  public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
    return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
  }

  @Override
  public void writeValue(StringValue value, ValueFields valueFields) {
    String text = value.getValue();
    valueFields.setByteArrayValue(text == null ? null : text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public StringValue readValue(ValueFields valueFields, boolean asTransientValue) {
    byte[] bytes = valueFields.getByteArrayValue();
    return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
  }
}
