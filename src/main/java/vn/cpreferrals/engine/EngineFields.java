package vn.cpreferrals.engine;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Engine commands keep their arguments in non-public fields; read them without depending on their visibility (the
 * audit and the guard both inspect commands). Field lists are cached per class.
 */
public final class EngineFields {

  private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
    @Override
    protected List<Field> computeValue(Class<?> type) {
      List<Field> fields = new ArrayList<>();
      for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
        for (Field f : t.getDeclaredFields()) {
          if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
            f.setAccessible(true);
            fields.add(f);
          }
        }
      }
      return List.copyOf(fields);
    }
  };

  private EngineFields() {}

  public static List<Field> of(Class<?> type) {
    return FIELDS.get(type);
  }

  public static Object read(Object target, String name) {
    for (Field f : of(target.getClass())) {
      if (f.getName().equals(name)) {
        return value(f, target);
      }
    }
    return null;
  }

  public static Object value(Field field, Object target) {
    try {
      return field.get(target);
    } catch (IllegalAccessException e) {
      return null;
    }
  }
}
