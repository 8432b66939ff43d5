package vn.cpreferrals.engine.guard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Checks what a person submits against the form they were shown: only its inputs, of their type and within their
 * limits, read-only fields unchanged, required fields present. Collects every problem so one answer lists them all.
 */
final class FormInput {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FormSchema schema;
  private final String formName;
  private final Function<String, Object> current;
  private final List<String> problems = new ArrayList<>();

  /**
   * @param current reads the value a variable has now (for read-only fields and conditions); null at a start
   */
  FormInput(FormSchema schema, String formName, Function<String, Object> current) {
    this.schema = schema;
    this.formName = formName;
    this.current = current == null ? name -> null : current;
  }

  List<String> problems() {
    return problems;
  }

  /** Each submitted variable: declared by the form, writable, of the right type. */
  void checkValues(Map<String, ?> submitted, RoutingCheck routing) {
    for (String name : submitted.keySet()) {
      Object raw = typed(submitted, name);
      Object value = plain(raw);
      FormField field = schema == null ? null : schema.field(name);
      if (field == null) {
        problems.add("'" + name + "' không phải là trường của biểu mẫu " + formName + ".");
      } else if (field.type().equals("file")) {
        checkFile(field, raw);
      } else if (field.readonly()) {
        if (!sameValue(current.apply(name), value)) {
          problems.add("Trường '" + field.label() + "' chỉ được xem, không được sửa.");
        }
      } else if (RoutingVariables.isRouting(name)) {
        String refusal = routing.refusal(name, value);
        if (refusal != null) {
          problems.add("Trường '" + field.label() + "': " + refusal + ".");
        } else {
          checkType(field, value);
        }
      } else if (raw instanceof SerializableValue && !field.type().equals("checklist")
          && !field.type().equals("taglist")) {
        // An object or JSON value whose text would pass for an answer: the model expects a plain value.
        problems.add("Trường '" + field.label() + "' không nhận dữ liệu dạng đối tượng/JSON.");
      } else {
        checkType(field, value);
      }
    }
  }

  /** Every required input that is shown must have a value (completion and form submission only). */
  void checkRequired(Map<String, ?> submitted) {
    if (schema == null) {
      return;
    }
    for (FormField field : schema.fields()) {
      if (field.readonly() || !field.required() || !isShown(field, submitted)) {
        continue;
      }
      Object value = plain(typed(submitted, field.key()));
      if (value == null || (value instanceof String s && s.isBlank())
          || (value instanceof Collection<?> c && c.isEmpty())) {
        problems.add("Chưa nhập trường bắt buộc '" + field.label() + "'.");
      }
    }
  }

  private boolean isShown(FormField field, Map<String, ?> submitted) {
    if (!field.conditional()) {
      return true;
    }
    if (field.hiddenUnless() == null) {
      return false; // a condition we cannot evaluate: the form decides, the server does not insist
    }
    String other = field.hiddenUnless().otherKey();
    Object value = submitted.containsKey(other) ? plain(typed(submitted, other)) : current.apply(other);
    return sameValue(value, field.hiddenUnless().value());
  }

  /** A file input takes a file (Tasklist sends it typed), within the form's size limit. */
  private void checkFile(FormField field, Object raw) {
    if (raw == null) {
      return;
    }
    if (!(raw instanceof org.camunda.bpm.engine.variable.value.FileValue file)) {
      problems.add("Trường '" + field.label() + "' phải là một tệp.");
    } else if (field.maxLength() != null && file.getValue() != null && sizeOf(file) > field.maxLength()) {
      problems.add("Tệp '" + file.getFilename() + "' lớn hơn " + field.maxLength() / (1024 * 1024) + " MB.");
    }
  }

  private static long sizeOf(org.camunda.bpm.engine.variable.value.FileValue file) {
    return file instanceof org.camunda.bpm.engine.variable.impl.value.FileValueImpl impl && impl.getByteArray() != null
        ? impl.getByteArray().length : 0;
  }

  private void checkType(FormField field, Object value) {
    if (value == null) {
      return;
    }
    String label = "Trường '" + field.label() + "'";
    switch (field.type()) {
      case "textfield", "textarea" -> {
        if (!(value instanceof String s)) {
          problems.add(label + " phải là chữ.");
        } else if (s.length() > field.effectiveMaxLength()) {
          problems.add(label + " dài tối đa " + field.effectiveMaxLength() + " ký tự.");
        }
      }
      case "number" -> {
        if (!(value instanceof Number n)) {
          problems.add(label + " phải là số.");
        } else if ((field.min() != null && n.doubleValue() < field.min())
            || (field.max() != null && n.doubleValue() > field.max())) {
          problems.add(label + " phải trong khoảng " + range(field) + ".");
        }
      }
      case "checkbox" -> {
        if (!(value instanceof Boolean)) {
          problems.add(label + " phải là Có hoặc Không (true/false).");
        }
      }
      case "radio", "select" -> {
        List<Object> allowed = field.allowedValues() != null ? field.allowedValues() : optionsOf(field.valuesKey());
        if (allowed != null && allowed.stream().noneMatch(v -> sameValue(v, value))) {
          problems.add(label + " chỉ nhận một trong các lựa chọn của biểu mẫu.");
        }
      }
      case "checklist", "taglist" -> checkList(field, label, value);
      case "datetime" -> {
        if (!(value instanceof Date) && !(value instanceof String s && isDateOrTime(s))) {
          problems.add(label + " phải là ngày/giờ hợp lệ (ví dụ 2026-04-29 hoặc 2026-04-29T10:15).");
        }
      }
      default -> problems.add(label + " không nhận dữ liệu.");
    }
  }

  private void checkList(FormField field, String label, Object value) {
    List<Object> items = listOf(value);
    if (items == null) {
      problems.add(label + " phải là danh sách.");
    } else if (field.allowedValues() != null) {
      items.stream().filter(i -> field.allowedValues().stream().noneMatch(v -> sameValue(v, i))).findFirst()
          .ifPresent(i -> problems.add(label + " không có lựa chọn '" + i + "'."));
    }
  }

  private static List<Object> listOf(Object value) {
    if (value instanceof Collection<?> c) {
      return new ArrayList<>(c);
    }
    String json = value instanceof String s ? s : null;
    if (json == null && value != null && value.getClass().getName().startsWith("org.camunda.spin")) {
      json = value.toString();
    }
    if (json == null) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(json);
      if (!node.isArray()) {
        return null;
      }
      List<Object> items = new ArrayList<>();
      node.forEach(n -> items.add(n.isTextual() ? n.asText() : n.toString()));
      return items;
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /** The option values a form reads from a variable; an empty list when the variable is missing or unreadable. */
  private List<Object> optionsOf(String valuesKey) {
    if (valuesKey == null) {
      return null;
    }
    Object options = plain(current.apply(valuesKey));
    List<Object> values = new ArrayList<>();
    try {
      JsonNode node = JSON.readTree(options == null ? "[]" : options.toString());
      node.forEach(n -> values.add(n.path("value").asText()));
    } catch (java.io.IOException e) {
      // no readable options: nothing is allowed
    }
    return values;
  }

  private static boolean isDateOrTime(String s) {
    for (Function<String, ?> parser : List.<Function<String, ?>>of(OffsetDateTime::parse, LocalDateTime::parse,
        LocalDate::parse, LocalTime::parse)) {
      try {
        parser.apply(s);
        return true;
      } catch (DateTimeParseException e) {
        // try the next shape
      }
    }
    return false;
  }

  private static String range(FormField field) {
    return (field.min() == null ? "…" : fmt(field.min())) + "–" + (field.max() == null ? "…" : fmt(field.max()));
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  /**
   * A submitted value as it came: from the engine's variable map its typed value, since asking that map for the value
   * of an object still in its JSON form throws.
   */
  private static Object typed(Map<String, ?> submitted, String name) {
    return submitted instanceof VariableMap variables ? variables.getValueTyped(name) : submitted.get(name);
  }

  /** The value inside a typed value; a JSON value as its text. */
  static Object plain(Object value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return serializable.getValueSerialized();
    }
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  /** Equal for the person: numbers by value, "" like no value, dates by instant. */
  static boolean sameValue(Object a, Object b) {
    a = plain(a);
    b = plain(b);
    if (isEmpty(a) && isEmpty(b)) {
      return true;
    }
    if (a instanceof Number x && b instanceof Number y) {
      return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
    }
    if (a instanceof Date || b instanceof Date) {
      return Objects.equals(String.valueOf(a), String.valueOf(b)) || Objects.equals(a, b);
    }
    return Objects.equals(a, b);
  }

  private static boolean isEmpty(Object v) {
    return v == null || (v instanceof String s && s.isEmpty());
  }

  /** Decides whether a routing variable that a form asks for may take the value. */
  interface RoutingCheck {
    /** @return null when accepted, otherwise why not (Vietnamese) */
    String refusal(String variable, Object value);
  }
}
