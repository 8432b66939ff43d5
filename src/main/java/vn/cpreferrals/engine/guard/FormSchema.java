package vn.cpreferrals.engine.guard;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The inputs of one Camunda Form (.form JSON), read from the deployment the task belongs to. */
final class FormSchema {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox", "checklist",
      "radio", "select", "taglist", "datetime");
  /** {@code =field != "value"} / {@code =field != true}: the only condition shape our forms use. */
  private static final Pattern HIDE_UNLESS = Pattern.compile("^=\\s*(\\w+)\\s*!=\\s*(\"[^\"]*\"|true|false|-?\\d+)\\s*$");

  private final String id;
  private final Map<String, FormField> fields;

  private FormSchema(String id, Map<String, FormField> fields) {
    this.id = id;
    this.fields = fields;
  }

  static FormSchema parse(byte[] json) throws IOException {
    JsonNode root = JSON.readTree(json);
    Map<String, FormField> fields = new LinkedHashMap<>();
    collect(root.path("components"), fields);
    return new FormSchema(root.path("id").asText(null), Collections.unmodifiableMap(fields));
  }

  /** {@code <input … cam-variable-name="x" cam-variable-type="File" …>} of an embedded (HTML) form. */
  private static final Pattern EMBEDDED_INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)(?:\\s*=\\s*\"([^\"]*)\")?");

  /**
   * The inputs of an embedded HTML form, which Tasklist uses where Camunda Forms cannot (a file upload). Only the
   * shapes our own forms use: a File input with its size limit, or a String input.
   *
   * @param id the resource name the form key points to ({@code forms/directive/directiveUpload.html})
   */
  static FormSchema embedded(String id, byte[] html) {
    Map<String, FormField> fields = new LinkedHashMap<>();
    java.util.regex.Matcher input = EMBEDDED_INPUT.matcher(new String(html, java.nio.charset.StandardCharsets.UTF_8));
    while (input.find()) {
      Map<String, String> attributes = new java.util.HashMap<>();
      java.util.regex.Matcher a = ATTRIBUTE.matcher(input.group().substring("<input".length()));
      while (a.find()) {
        attributes.put(a.group(1).toLowerCase(java.util.Locale.ROOT), a.group(2) == null ? "" : a.group(2));
      }
      String key = attributes.get("cam-variable-name");
      if (key == null) {
        continue;
      }
      boolean file = "file".equalsIgnoreCase(attributes.get("cam-variable-type"));
      String size = attributes.get(file ? "cam-max-filesize" : "maxlength");
      fields.put(key, new FormField(key, file ? "file" : "textfield", attributes.getOrDefault("aria-label", key), false,
          attributes.containsKey("required"), false, null, null, size == null ? null : Integer.valueOf(size), null,
          null, null));
    }
    return new FormSchema(id, Collections.unmodifiableMap(fields));
  }

  String id() {
    return id;
  }

  FormField field(String key) {
    return fields.get(key);
  }

  Iterable<FormField> fields() {
    return fields.values();
  }

  private static void collect(JsonNode components, Map<String, FormField> fields) {
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      String key = c.path("key").asText(null);
      if (key != null && INPUT_TYPES.contains(type)) {
        FormField field = field(c, type, key);
        // The same key twice (a read-only copy and an input): the input decides what may be written.
        fields.merge(key, field, (a, b) -> a.readonly() ? b : a);
      }
      collect(c.path("components"), fields);
    }
  }

  private static FormField field(JsonNode c, String type, String key) {
    JsonNode validate = c.path("validate");
    List<Object> values = null;
    if (c.has("values")) {
      values = new ArrayList<>();
      for (JsonNode v : c.path("values")) {
        values.add(scalar(v.path("value")));
      }
    }
    String hide = c.path("conditional").path("hide").asText(null);
    return new FormField(key, type, label(c.path("label").asText(key), key), c.path("readonly").asBoolean(false)
        || c.path("disabled").asBoolean(false), validate.path("required").asBoolean(false), hide != null,
        values, c.path("valuesKey").asText(null), validate.has("maxLength") ? validate.path("maxLength").asInt() : null,
        validate.has("min") ? validate.path("min").asDouble() : null,
        validate.has("max") ? validate.path("max").asDouble() : null, condition(hide));
  }

  /** A label the form fills in from variables ("Chỉ tiêu 1: {{…}}") is named by its fixed part in messages. */
  private static String label(String label, String key) {
    int template = label.indexOf("{{");
    if (template < 0) {
      return label;
    }
    String fixed = label.substring(0, template).replaceAll("[:\\s]+$", "").trim();
    return fixed.isEmpty() ? key : fixed;
  }

  private static FormField.Condition condition(String hide) {
    if (hide == null) {
      return null;
    }
    Matcher m = HIDE_UNLESS.matcher(hide.trim());
    if (!m.matches()) {
      return null;
    }
    String literal = m.group(2);
    Object value;
    if (literal.startsWith("\"")) {
      value = literal.substring(1, literal.length() - 1);
    } else if (literal.equals("true") || literal.equals("false")) {
      value = Boolean.valueOf(literal);
    } else {
      value = Long.valueOf(literal);
    }
    return new FormField.Condition(m.group(1), value);
  }

  private static Object scalar(JsonNode v) {
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isNumber()) {
      return v.numberValue();
    }
    return v.asText();
  }
}
