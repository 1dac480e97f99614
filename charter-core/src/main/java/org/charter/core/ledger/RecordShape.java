package org.charter.core.ledger;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;
import org.charter.core.act.Nullable;

/**
 * What the canonical encoding needs of one record type, worked out once per type instead of per act: its components'
 * names in canonical (sorted) order with their accessors, their declared order and generic types, and the canonical
 * constructor. Reflection on every encode and decode was most of their cost.
 */
final class RecordShape {
  private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
    @Override
    protected RecordShape computeValue(Class<?> type) {
      return new RecordShape(type);
    }
  };

  /** The component names in canonical order; for an act, with "@type" in its sorted place. */
  final String[] sortedNames;
  /** For each sorted name, the declared index of its component, or -1 for "@type". */
  final int[] sortedToDeclared;
  final MethodHandle[] getters;
  final String[] names;
  final Type[] types;
  final Class<?>[] rawTypes;
  /** For each declared component, whether it may be absent: {@code @Nullable}, or a primitive (false when absent). */
  final boolean[] optional;
  final Map<String, Integer> index;
  final String typeName;
  private final MethodHandle constructor;

  private RecordShape(Class<?> type) {
    RecordComponent[] comps = type.getRecordComponents();
    int n = comps.length;
    names = new String[n];
    types = new Type[n];
    rawTypes = new Class<?>[n];
    optional = new boolean[n];
    getters = new MethodHandle[n];
    index = new HashMap<>();
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    try {
      for (int i = 0; i < n; i++) {
        names[i] = comps[i].getName();
        types[i] = comps[i].getGenericType();
        rawTypes[i] = comps[i].getType();
        optional[i] = comps[i].isAnnotationPresent(Nullable.class) || rawTypes[i].isPrimitive();
        index.put(names[i], i);
        var accessor = comps[i].getAccessor();
        accessor.setAccessible(true);
        getters[i] = lookup.unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class));
      }
      var ctor = type.getDeclaredConstructor(rawTypes);
      ctor.setAccessible(true);
      constructor = lookup.unreflectConstructor(ctor).asSpreader(Object[].class, n)
          .asType(MethodType.methodType(Object.class, Object[].class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot read the shape of record " + type.getName(), e);
    }
    boolean act = Act.class.isAssignableFrom(type);
    typeName = act ? ActTypes.nameOf(type) : null;
    String[] sorted = Arrays.copyOf(names, n + (act ? 1 : 0));
    if (act) {
      sorted[n] = "@type";
    }
    // Keys sort by UTF-16 code units, as RFC 8785 does; String's natural order is exactly that.
    Arrays.sort(sorted);
    sortedNames = sorted;
    sortedToDeclared = new int[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      sortedToDeclared[i] = sorted[i].equals("@type") && act ? -1 : index.get(sorted[i]);
    }
  }

  static RecordShape of(Class<?> type) {
    return SHAPES.get(type);
  }

  Object get(Object record, int declared) {
    try {
      return getters[declared].invokeExact(record);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  Object construct(Object[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i] == null && rawTypes[i] == boolean.class) {
        args[i] = Boolean.FALSE;
      }
    }
    try {
      return constructor.invokeExact(args);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }
}
