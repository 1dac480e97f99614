package org.charter.bench.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;

/**
 * One record type's components and canonical constructor, worked out once per type: what the Jackson streaming reader
 * needs to build records from tokens, as charter-core's own reader has it (its {@code RecordShape} is package-private).
 */
final class RecordType {
  private static final ClassValue<RecordType> TYPES = new ClassValue<>() {
    @Override
    protected RecordType computeValue(Class<?> type) {
      return new RecordType(type);
    }
  };

  final Type[] types;
  final Map<String, Integer> index = new HashMap<>();
  private final Class<?>[] rawTypes;
  private final MethodHandle constructor;

  private RecordType(Class<?> type) {
    RecordComponent[] comps = type.getRecordComponents();
    int n = comps.length;
    types = new Type[n];
    rawTypes = new Class<?>[n];
    for (int i = 0; i < n; i++) {
      types[i] = comps[i].getGenericType();
      rawTypes[i] = comps[i].getType();
      index.put(comps[i].getName(), i);
    }
    try {
      var ctor = type.getDeclaredConstructor(rawTypes);
      ctor.setAccessible(true);
      constructor = MethodHandles.lookup().unreflectConstructor(ctor).asSpreader(Object[].class, n)
          .asType(MethodType.methodType(Object.class, Object[].class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read the record " + type.getName(), e);
    }
  }

  static RecordType of(Class<?> type) {
    return TYPES.get(type);
  }

  Object construct(Object[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i] == null && rawTypes[i] == boolean.class) {
        args[i] = Boolean.FALSE;
      }
    }
    try {
      return constructor.invokeExact(args);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
