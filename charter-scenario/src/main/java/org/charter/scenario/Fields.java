package org.charter.scenario;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.charter.core.act.ActMeta;
import org.charter.core.act.Bounds;
import org.charter.core.act.Nullable;
import org.charter.core.act.Ref;

/** How record components appear in YAML: their snake_case names, whether they are required, what names they define. */
final class Fields {
  /** The keys every act may carry besides its own fields; they build its {@link ActMeta}, in its component order. */
  static final List<String> META_KEYS = List.of("id", "at", "recorded", "recorded_by", "sources", "note");

  private Fields() {}

  /** {@code calledBy} becomes {@code called_by}, as {@link Bounds} names fields in its problems. */
  static String snake(String camel) {
    return Bounds.snake(camel);
  }

  static String name(RecordComponent c) {
    return snake(c.getName());
  }

  /** Required unless marked @Nullable, a list (left out means empty) or a primitive boolean (left out means false). */
  static boolean required(RecordComponent c) {
    return !c.isAnnotationPresent(Nullable.class) && c.getType() != List.class && c.getType() != boolean.class;
  }

  // Class.getRecordComponents() makes new components on every call, each parsing its annotations and generic type
  // again when asked; kept once per type, they were most of the cost of reading one act.
  private static final ClassValue<List<RecordComponent>> COMPONENTS = new ClassValue<>() {
    @Override
    protected List<RecordComponent> computeValue(Class<?> record) {
      List<RecordComponent> all = List.of(record.getRecordComponents());
      return !all.isEmpty() && all.get(0).getType() == ActMeta.class ? all.subList(1, all.size()) : all;
    }
  };

  /** The components of a record that come from YAML: an act's meta component is read from the meta keys instead. */
  static List<RecordComponent> of(Class<?> record) {
    return COMPONENTS.get(record);
  }

  /**
   * The kind of name a component defines, if any: a string component named after a kind of name, and not itself a
   * reference, defines it ({@code person} of person-described, {@code resolution} of motion-voted).
   */
  static Optional<Ref.RefKind> defines(RecordComponent c) {
    if (c.getType() != String.class || c.isAnnotationPresent(Ref.class)) {
      return Optional.empty();
    }
    for (Ref.RefKind k : Ref.RefKind.values()) {
      if (k != Ref.RefKind.PARTY && k.name().toLowerCase(Locale.ROOT).equals(c.getName())) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** What a kind of reference is called in messages. */
  static String label(Ref.RefKind k) {
    return k == Ref.RefKind.PARTY ? "person or entity" : k.name().toLowerCase(Locale.ROOT);
  }

  /** Kinds a reference accepts: a party is a person or an entity. */
  static List<Ref.RefKind> accepts(Ref.RefKind k) {
    return k == Ref.RefKind.PARTY ? List.of(Ref.RefKind.PERSON, Ref.RefKind.ENTITY) : List.of(k);
  }
}
