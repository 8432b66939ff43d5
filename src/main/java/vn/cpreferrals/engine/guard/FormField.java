package vn.cpreferrals.engine.guard;

import java.util.List;

/**
 * One input of a Camunda Form as the server checks it: what the person may write, of which type, within which limits.
 *
 * @param valuesKey the variable holding the options ({@code [{label, value}]}) when the form reads them at run time
 * @param hiddenUnless for a field shown only under a condition ({@code =other != value}): the other field and the value
 *     that shows it; null when the field is always shown or the condition is not of that simple shape
 */
record FormField(String key, String type, String label, boolean readonly, boolean required, boolean conditional,
    List<Object> allowedValues, String valuesKey, Integer maxLength, Double min, Double max, Condition hiddenUnless) {

  /** The field is shown when {@code otherKey} holds {@code value}. */
  record Condition(String otherKey, Object value) {}

  /**
   * Without a limit of its own a text field takes what one text column holds. A form may allow more (a directive table
   * under review): such text is stored as bytes ({@code engine.variables.LongTextSerializer}) and still has a limit.
   */
  static final int DEFAULT_TEXT_LIMIT = 4000;

  int effectiveMaxLength() {
    return maxLength == null ? DEFAULT_TEXT_LIMIT : maxLength;
  }
}
