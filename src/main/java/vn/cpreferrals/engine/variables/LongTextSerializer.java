package vn.cpreferrals.engine.variables;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Text longer than the engine's text column (4,000 characters) is kept in the byte-array table instead of failing
 * the transaction: a directive table under review is 5,000–20,000 characters. It stays a String to every reader (REST,
 * Tasklist forms, history); only queries by value do not reach it. Shorter text keeps the engine's own serializer.
 */
final class LongTextSerializer extends PrimitiveValueSerializer<StringValue> {

  static final String NAME = "longText";
  /** The width of ACT_RU_VARIABLE.TEXT_ (and its history twin) on H2 and PostgreSQL. */
  static final int TEXT_COLUMN = 4000;

  LongTextSerializer() {
    super(ValueType.STRING);
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
    return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
  }

  @Override
  public StringValue readValue(ValueFields valueFields, boolean asTransientValue) {
    byte[] bytes = valueFields.getByteArrayValue();
    return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
  }

  @Override
  public void writeValue(StringValue value, ValueFields valueFields) {
    valueFields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected boolean canWriteValue(TypedValue value) {
    return value.getValue() instanceof String text && text.length() > TEXT_COLUMN;
  }
}
