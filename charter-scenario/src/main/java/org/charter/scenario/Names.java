package org.charter.scenario;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;
import org.charter.core.act.Ref;
import org.yaml.snakeyaml.nodes.Node;

/** The names a scenario defines, the references its acts make, and the check that every reference names something. */
final class Names {
  private final Map<Ref.RefKind, Set<String>> defined = new EnumMap<>(Ref.RefKind.class);
  private final List<Use> uses = new ArrayList<>();
  // The names of the book the acts are read against, if any; defined holds the names the acts read define.
  private final KnownNames known;

  Names() {
    this(new KnownNames());
  }

  Names(KnownNames known) {
    this.known = known;
  }

  private record Use(Ref.RefKind kind, String name, ProblemSink sink, Node node) {}

  void define(Ref.RefKind kind, String name) {
    defined.computeIfAbsent(kind, k -> new HashSet<>()).add(name);
  }

  /** Defines the names a loaded act defines (the person of a person-described act, and so on). */
  void defineAll(Act act) {
    definedBy(act, this::define);
  }

  /** Each name {@code act} defines, with its kind. */
  static void definedBy(Act act, java.util.function.BiConsumer<Ref.RefKind, String> to) {
    for (RecordComponent c : Fields.of(act.getClass())) {
      Fields.defines(c).ifPresent(kind -> {
        Object value = read(c, act);
        if (value != null) {
          to.accept(kind, (String) value);
        }
      });
    }
  }

  void use(Ref.RefKind kind, String name, ProblemSink sink, Node node) {
    uses.add(new Use(kind, name, sink, node));
  }

  /** Records a problem, at the reference, for every name that no act defines. */
  void check() {
    for (Use u : uses) {
      boolean found = Fields.accepts(u.kind()).stream()
          .anyMatch(k -> defined.getOrDefault(k, Set.of()).contains(u.name()) || known.defines(k, u.name()));
      if (!found) {
        List<String> types = Fields.accepts(u.kind()).stream()
            .flatMap(k -> Definers.BY_KIND.getOrDefault(k, List.of()).stream()).toList();
        // "person-described, entity-formed or entity-entered": a list reads as one, whatever its length.
        String by = types.size() < 2 ? String.join("", types)
            : String.join(", ", types.subList(0, types.size() - 1)) + " or " + types.get(types.size() - 1);
        u.sink().add(u.node(), "unknown " + Fields.label(u.kind()) + " '" + u.name() + "' (no " + by
            + " act defines it)");
      }
    }
  }

  /** Which act types define each kind of name, worked out once and only when a message needs it. */
  private static final class Definers {
    static final Map<Ref.RefKind, List<String>> BY_KIND = definers();
  }

  /** Which act types define each kind of name, derived from the act records. */
  static Map<Ref.RefKind, List<String>> definers() {
    Map<Ref.RefKind, List<String>> out = new LinkedHashMap<>();
    for (Class<? extends Act> type : ActTypes.all()) {
      for (RecordComponent c : Fields.of(type)) {
        Fields.defines(c).ifPresent(k -> out.computeIfAbsent(k, x -> new ArrayList<>()).add(ActTypes.nameOf(type)));
      }
    }
    return out;
  }

  private static Object read(RecordComponent c, Object record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c + " of " + record.getClass(), e);
    }
  }
}
