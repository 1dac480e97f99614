package org.charter.core.state;

import java.util.ArrayList;
import java.util.List;

/**
 * Entries of one key kept in valid-time order (ties in book order), so an as-of query finds its cut-off by binary
 * search instead of replaying from the start.
 */
final class Timeline<E> {
  record Entry<E>(Stamp stamp, E value) {}

  private final List<Entry<E>> entries = new ArrayList<>();

  void add(Stamp stamp, E value) {
    int i = entries.size();
    // Acts mostly arrive in valid-time order, so the insertion point is almost always the end.
    while (i > 0 && after(entries.get(i - 1).stamp(), stamp)) {
      i--;
    }
    entries.add(i, new Entry<>(stamp, value));
  }

  private static boolean after(Stamp a, Stamp b) {
    int c = a.validAt().compareTo(b.validAt());
    return c > 0 || (c == 0 && a.seq() > b.seq());
  }

  /** The entries visible at {@code basis}, in valid-time order. */
  List<Entry<E>> visible(Basis basis) {
    int lo = 0;
    int hi = entries.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (entries.get(mid).stamp().validAt().isAfter(basis.validAt())) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    List<Entry<E>> out = new ArrayList<>(lo);
    for (int i = 0; i < lo; i++) {
      Entry<E> e = entries.get(i);
      if (!e.stamp().recordedAt().isAfter(basis.recordedAt())) {
        out.add(e);
      }
    }
    return out;
  }

  /** The last entry visible at {@code basis}, or null. */
  Entry<E> latest(Basis basis) {
    List<Entry<E>> v = visible(basis);
    return v.isEmpty() ? null : v.get(v.size() - 1);
  }
}
