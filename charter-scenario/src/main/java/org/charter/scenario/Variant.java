package org.charter.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.charter.core.act.Act;
import org.charter.core.act.Nullable;
import org.charter.core.act.Source;

/**
 * A scenario changed by edits: a hypothesis (a named set of assumptions a scenario carries, under
 * {@code hypotheses/}) or a branch (a what-if that names its base scenario). Its edits drop acts of the base, replace
 * acts of the base by acts with the same id (a fact changed), and insert new acts; each edit is an act with its own
 * sources, so that what a verdict turns on can be named.
 */
public record Variant(
    String id,
    String title,
    @Nullable String description,
    List<Source> sources,
    List<String> drop,
    List<Act> acts,
    Path file,
    @Nullable Path base) {

  public Variant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    sources = List.copyOf(sources);
    drop = List.copyOf(drop);
    acts = List.copyOf(acts);
  }

  /** One edit: an act dropped, replaced or inserted, by the id it concerns. */
  public record Edit(Kind kind, String actId, @Nullable Act act) {
    public enum Kind { DROP, REPLACE, INSERT }

    /** "replace openai-inc-bylaws" */
    public String label() {
      return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + actId;
    }
  }

  /** The edits against {@code base}, in the order of the file: the drops, then each act as a replacement or insert. */
  public List<Edit> edits(List<Act> base) {
    Set<String> ids = new java.util.HashSet<>();
    base.forEach(a -> ids.add(a.id()));
    List<Edit> out = new ArrayList<>();
    drop.forEach(id -> out.add(new Edit(Edit.Kind.DROP, id, null)));
    for (Act a : acts) {
      out.add(new Edit(ids.contains(a.id()) ? Edit.Kind.REPLACE : Edit.Kind.INSERT, a.id(), a));
    }
    return out;
  }

  /** The base's acts with every edit applied. */
  public List<Act> apply(List<Act> base) {
    return apply(base, edits(base));
  }

  /**
   * The base's acts with {@code edits} applied: a dropped act is left out, a replaced act is swapped in its place, and
   * an inserted act goes after the last act of the base whose valid time is not later than its own, so the list
   * stays in the order of time that the acts files keep.
   */
  public static List<Act> apply(List<Act> base, List<Edit> edits) {
    Map<String, Act> replace = new HashMap<>();
    Set<String> dropped = new java.util.HashSet<>();
    List<Act> inserts = new ArrayList<>();
    for (Edit e : edits) {
      switch (e.kind()) {
        case DROP -> dropped.add(e.actId());
        case REPLACE -> replace.put(e.actId(), e.act());
        case INSERT -> inserts.add(e.act());
      }
    }
    List<Act> out = new ArrayList<>(base.size() + inserts.size());
    for (Act a : base) {
      if (!dropped.contains(a.id())) {
        out.add(replace.getOrDefault(a.id(), a));
      }
    }
    for (Act a : inserts) {
      int at = out.size();
      while (at > 0 && out.get(at - 1).meta().validAt().isAfter(a.meta().validAt())) {
        at--;
      }
      out.add(at, a);
    }
    return out;
  }
}
