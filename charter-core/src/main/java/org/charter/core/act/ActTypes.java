package org.charter.core.act;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every act type, walked from the sealed hierarchy, with its name as scenarios spell it ({@code director-removed}). */
public final class ActTypes {
  private static final Map<String, Class<? extends Act>> BY_NAME = new LinkedHashMap<>();

  static {
    for (Class<? extends Act> c : leaves(Act.class)) {
      BY_NAME.put(nameOf(c), c);
    }
  }

  private ActTypes() {}

  @SuppressWarnings("unchecked")
  private static List<Class<? extends Act>> leaves(Class<?> c) {
    List<Class<? extends Act>> out = new ArrayList<>();
    if (c.isSealed()) {
      for (Class<?> sub : c.getPermittedSubclasses()) {
        out.addAll(leaves(sub));
      }
    } else if (c.isRecord()) {
      out.add((Class<? extends Act>) c);
    }
    return out;
  }

  /** All act record types, binding acts first, in declaration order. */
  public static List<Class<? extends Act>> all() {
    return List.copyOf(BY_NAME.values());
  }

  public static Map<String, Class<? extends Act>> byName() {
    return Collections.unmodifiableMap(BY_NAME);
  }

  /** The same act with another meta: a record of the act's type, every other component as it was. */
  public static Act withMeta(Act act, ActMeta meta) {
    try {
      var comps = act.getClass().getRecordComponents();
      Object[] values = new Object[comps.length];
      Class<?>[] types = new Class<?>[comps.length];
      for (int i = 0; i < comps.length; i++) {
        types[i] = comps[i].getType();
        values[i] = comps[i].getAccessor().invoke(act);
      }
      values[0] = meta;
      return (Act) act.getClass().getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild act " + act.id() + " with another meta", e);
    }
  }

  /** The scenario spelling of a type name: {@code DirectorRemoved} becomes {@code director-removed}. */
  public static String nameOf(Class<?> c) {
    return kebab(c.getSimpleName());
  }

  public static String kebab(String camel) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char ch = camel.charAt(i);
      if (Character.isUpperCase(ch)) {
        if (i > 0) {
          sb.append('-');
        }
        sb.append(Character.toLowerCase(ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }
}
