package vn.cpreferrals.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One process variable, named once and typed: read and written through this instead of a string literal (after
 * holunda's camunda-bpm-data, kept to what the project uses). Declared in the model class of its process.
 *
 * @param <T> the Java type the variable holds
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Class<T> type;

  private ProcessVariable(String name, Class<T> type) {
    this.name = name;
    this.type = type;
  }

  public static ProcessVariable<String> string(String name) {
    return new ProcessVariable<>(name, String.class);
  }

  public static ProcessVariable<Boolean> bool(String name) {
    return new ProcessVariable<>(name, Boolean.class);
  }

  public static ProcessVariable<java.util.Date> date(String name) {
    return new ProcessVariable<>(name, java.util.Date.class);
  }

  /** A variable whose stored type varies (numbers from forms and REST arrive as Integer, Long or Double). */
  public static ProcessVariable<Object> any(String name) {
    return new ProcessVariable<>(name, Object.class);
  }

  public String name() {
    return name;
  }

  /** The value visible from {@code scope} (its own or an enclosing scope's), or null. */
  public T from(VariableScope scope) {
    return type.cast(scope.getVariable(name));
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  public void setLocal(VariableScope scope, Object value) {
    scope.setVariableLocal(name, value);
  }

  /** Puts the value into a map of variables (a process start, a task completion). */
  public void into(java.util.Map<String, Object> variables, T value) {
    variables.put(name, value);
  }

  public void remove(VariableScope scope) {
    scope.removeVariable(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
