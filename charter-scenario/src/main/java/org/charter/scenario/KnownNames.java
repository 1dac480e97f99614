package org.charter.scenario;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.charter.core.act.Act;
import org.charter.core.act.Ref;

/**
 * The names a book's acts define (persons, bodies, meetings, ...), kept up as acts are added, so that acts read against
 * a large book resolve their names without walking the book. Safe to read while one writer adds.
 */
public final class KnownNames {
  private final Map<Ref.RefKind, Set<String>> defined = new EnumMap<>(Ref.RefKind.class);

  public KnownNames() {
    for (Ref.RefKind k : Ref.RefKind.values()) {
      defined.put(k, ConcurrentHashMap.newKeySet());
    }
  }

  /** The names {@code acts} define. */
  public static KnownNames of(Iterable<? extends Act> acts) {
    KnownNames n = new KnownNames();
    for (Act a : acts) {
      n.add(a);
    }
    return n;
  }

  /** Adds the names {@code act} defines. */
  public void add(Act act) {
    Names.definedBy(act, (kind, name) -> defined.get(kind).add(name));
  }

  boolean defines(Ref.RefKind kind, String name) {
    return defined.get(kind).contains(name);
  }
}
