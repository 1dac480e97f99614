package org.charter.scenario;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;
import org.charter.core.act.Bounds;
import org.charter.core.act.Count;
import org.charter.core.act.Ref;
import org.charter.core.act.Threshold;

/**
 * Writes an act of any type as YAML, from its record components alone, so that tests cover every act type without
 * a list of them. Names are those the sample scenario defines.
 */
final class SampleActs {
  /** A name of each kind that the sample scenario defines. */
  static final Map<Ref.RefKind, String> NAMES = Map.of(
      Ref.RefKind.PERSON, "greg-brockman",
      Ref.RefKind.ENTITY, "openai-inc",
      Ref.RefKind.PARTY, "microsoft",
      Ref.RefKind.BODY, "openai-board",
      Ref.RefKind.MEETING, "board-2023-11-17",
      Ref.RefKind.RESOLUTION, "r-2023-11-17",
      Ref.RefKind.PETITION, "employee-letter");

  private SampleActs() {}

  /** One act as a YAML flow mapping: required fields only, or every field. */
  static String act(Class<? extends Act> type, String id, boolean everyField) {
    List<String> fields = new ArrayList<>();
    fields.add("act: " + ActTypes.nameOf(type));
    fields.add("id: " + id);
    fields.add("at: 2023-11-17T12:00:00-08:00");
    fields.addAll(fields(type, everyField));
    return "{" + String.join(", ", fields) + "}";
  }

  /** The YAML string a string component gets: a defined name for names, else the component's name. */
  static String stringFor(RecordComponent c) {
    Ref ref = c.getAnnotation(Ref.class);
    if (ref != null) {
      return NAMES.get(ref.value());
    }
    Class<?> record = c.getDeclaringRecord();
    return Fields.defines(c).map(NAMES::get)
        .or(() -> Checks.allowed(record, c).map(values -> values.get(values.size() - 1)))
        .orElse(c.getName().equals("expression") ? "true" : (Bounds.isId(c) ? "the-" : "the ") + c.getName());
  }

  private static List<String> fields(Class<?> record, boolean everyField) {
    List<String> out = new ArrayList<>();
    for (RecordComponent c : Fields.of(record)) {
      if (everyField || Fields.required(c)) {
        out.add(Fields.name(c) + ": " + value(c, c.getGenericType(), everyField));
      }
    }
    return out;
  }

  private static String value(RecordComponent c, Type t, boolean everyField) {
    if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
      return "[" + value(c, p.getActualTypeArguments()[0], everyField) + "]";
    }
    if (t instanceof ParameterizedType p && p.getRawType() == Map.class) {
      Class<?> key = (Class<?>) p.getActualTypeArguments()[0];
      String k = Scalars.kebab((Enum<?>) key.getEnumConstants()[key.getEnumConstants().length - 1]);
      return "{" + k + ": " + value(c, p.getActualTypeArguments()[1], everyField) + "}";
    }
    Class<?> type = (Class<?>) t;
    if (type == String.class) {
      return "\"" + stringFor(c) + "\"";
    }
    if (type == Integer.class || type == int.class) {
      return "6";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true";
    }
    if (type == BigDecimal.class) {
      return "1.5";
    }
    if (type == Instant.class) {
      return "2023-11-17T12:05";
    }
    if (type == Count.class) {
      return "over 500";
    }
    if (type == Threshold.class) {
      return "two-thirds";
    }
    if (type == org.charter.core.act.Office.class) {
      return "executive-vice-president";
    }
    if (type.isEnum()) {
      // The last constant, so that a reader that always picks the first one is caught.
      return Scalars.kebab((Enum<?>) type.getEnumConstants()[type.getEnumConstants().length - 1]);
    }
    if (type.isRecord()) {
      return "{" + String.join(", ", fields(type, everyField)) + "}";
    }
    throw new IllegalArgumentException("no sample for " + t);
  }
}
