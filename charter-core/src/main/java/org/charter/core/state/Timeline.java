package org.charter.core.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Entries of one key kept in the {@link Order} of the record (valid time, then procedural rank, then act id), so an
 * as-of query finds its cut-off by binary search instead of replaying from the start. A timeline built with a
 * {@link Fold} also keeps the folded state every {@value #EVERY} entries, so a query that folds its entries (who is
 * seated, who holds which office) starts from the nearest checkpoint instead of from the first entry: its cost no longer
 * grows with the length of the history. A timeline with a second, legal fold keeps that fold's checkpoints too. Both are
 * built when first asked for, and dropped from an entry on when an entry is inserted before them or a verdict they
 * folded changes (a late fact re-judged it).
 */
final class Timeline<E> {
  record Entry<E>(Stamp stamp, E value) {}

  /** A fold of a timeline's visible entries, in valid-time order, into a mutable state. */
  interface Fold<E, S> {
    S start();

    S copy(S state);

    void step(S state, Entry<E> e);
  }

  /** The state folded over entries [0, n), and the latest recorded time among them. */
  private record Checkpoint(Object state, Instant maxRecorded) {}

  /**
   * A timeline's checkpoints. Readers fold them on lazily, and concurrent readers of one book (the server's) must not
   * see a half-added one: a reader finds those there without a lock (the array and its count are published by volatile
   * writes), and the one that must fold more takes the lock. Only a writer, which never runs beside readers (the
   * server's Shelf), drops them.
   */
  private static final class Checkpoints {
    private volatile Checkpoint[] items = new Checkpoint[4];
    private volatile int size;

    int size() {
      return size;
    }

    Checkpoint get(int i) {
      return items[i];
    }

    synchronized void add(Checkpoint c) {
      Checkpoint[] a = items;
      if (size == a.length) {
        a = java.util.Arrays.copyOf(a, size * 2);
        items = a;
      }
      a[size] = c;
      size = size + 1;
    }

    void truncate(int keep) {
      if (keep < size) {
        java.util.Arrays.fill(items, keep, size, null);
        size = keep;
      }
    }
  }

  static final int EVERY = 8;

  private final List<Entry<E>> entries = new ArrayList<>();
  // The entries' valid times again, side by side in primitive arrays: the binary search of a query reads these
  // instead of chasing three references per probe through a large heap.
  private long[] seconds = new long[4];
  private int[] nanos = new int[4];
  private final Fold<E, Object> fold;
  private final Checkpoints checkpoints = new Checkpoints();
  private final Fold<E, Object> legalFold;
  private final Checkpoints legalCheckpoints = new Checkpoints();

  Timeline() {
    this(null, null);
  }

  @SuppressWarnings("unchecked")
  Timeline(Fold<E, ?> fold, Fold<E, ?> legalFold) {
    this.fold = (Fold<E, Object>) fold;
    this.legalFold = (Fold<E, Object>) legalFold;
    if (fold != null) {
      checkpoints.add(new Checkpoint(fold.start(), Instant.MIN));
    }
    if (legalFold != null) {
      legalCheckpoints.add(new Checkpoint(legalFold.start(), Instant.MIN));
    }
  }

  void add(Stamp stamp, E value) {
    int i = entries.size();
    // Acts mostly arrive in valid-time order, so the insertion point is almost always the end.
    while (i > 0 && after(entries.get(i - 1).stamp(), stamp)) {
      i--;
    }
    entries.add(i, new Entry<>(stamp, value));
    int n = entries.size();
    if (n > seconds.length) {
      seconds = java.util.Arrays.copyOf(seconds, n * 2);
      nanos = java.util.Arrays.copyOf(nanos, n * 2);
    }
    System.arraycopy(seconds, i, seconds, i + 1, n - 1 - i);
    System.arraycopy(nanos, i, nanos, i + 1, n - 1 - i);
    seconds[i] = stamp.validAt().getEpochSecond();
    nanos[i] = stamp.validAt().getNano();
    // Checkpoints past the insertion point folded a different prefix: they are folded again when next asked for.
    truncate(checkpoints, i);
    truncate(legalCheckpoints, i);
  }

  /**
   * Removes the entry of the act behind {@code stamp} (a retraction or a correction took it back); nothing when the
   * timeline holds none. Checkpoints from it on are folded again when next asked for.
   */
  void remove(Stamp stamp) {
    int i = cutoff(Basis.at(stamp.validAt())) - 1;
    while (i >= 0 && !entries.get(i).stamp().actId().equals(stamp.actId())) {
      i--;
    }
    if (i < 0) {
      return;
    }
    entries.remove(i);
    int n = entries.size();
    System.arraycopy(seconds, i + 1, seconds, i, n - i);
    System.arraycopy(nanos, i + 1, nanos, i, n - i);
    truncate(checkpoints, i);
    truncate(legalCheckpoints, i);
  }

  private static void truncate(Checkpoints cps, int from) {
    cps.truncate(from / EVERY + 1);
  }

  /** Folds checkpoints on until checkpoint {@code upTo} exists. */
  private void extend(Fold<E, Object> f, Checkpoints cps, int upTo) {
    while (cps.size() <= upTo) {
      Checkpoint last = cps.get(cps.size() - 1);
      int from = (cps.size() - 1) * EVERY;
      Object state = f.copy(last.state());
      Instant max = last.maxRecorded();
      for (int k = from; k < from + EVERY; k++) {
        Entry<E> e = entries.get(k);
        f.step(state, e);
        max = e.stamp().recordedAt().isAfter(max) ? e.stamp().recordedAt() : max;
      }
      cps.add(new Checkpoint(state, max));
    }
  }

  /**
   * The verdicts of the act behind {@code stamp} changed: both folds from its entry on are worked out again (the legal
   * one gives a void act no effect, and both mark what rests on an act not shown valid).
   */
  void rejudged(Stamp stamp) {
    if (fold == null) {
      return;
    }
    int i = cutoff(Basis.at(stamp.validAt())) - 1;
    while (i >= 0 && !entries.get(i).stamp().actId().equals(stamp.actId())) {
      i--;
    }
    truncate(checkpoints, Math.max(0, i));
    truncate(legalCheckpoints, Math.max(0, i));
  }

  private static boolean after(Stamp a, Stamp b) {
    return Order.compare(a, b) > 0;
  }

  /**
   * How many entries have a valid time at or before the basis's; for a basis before an act, how many come before that
   * act in the order of the record.
   */
  private int cutoff(Basis basis) {
    long s = basis.validAt().getEpochSecond();
    int ns = basis.validAt().getNano();
    int lo = 0;
    int hi = entries.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (seconds[mid] > s || (seconds[mid] == s && nanos[mid] > ns)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    Stamp before = basis.before();
    if (before != null) {
      while (lo > 0 && Order.compare(entries.get(lo - 1).stamp(), before) >= 0) {
        lo--;
      }
    }
    return lo;
  }

  /**
   * Whether the basis sees everything recorded, as most queries do ("as the book stands now"): then no entry's
   * recorded time need be read, which on a large heap saves two cache misses per entry.
   */
  private static boolean everythingRecorded(Basis basis) {
    return Instant.MAX.equals(basis.recordedAt());
  }

  /** The entries visible at {@code basis}, in valid-time order. */
  List<Entry<E>> visible(Basis basis) {
    int lo = cutoff(basis);
    boolean all = everythingRecorded(basis);
    List<Entry<E>> out = new ArrayList<>(lo);
    for (int i = 0; i < lo; i++) {
      Entry<E> e = entries.get(i);
      if (all || !e.stamp().recordedAt().isAfter(basis.recordedAt())) {
        out.add(e);
      }
    }
    return out;
  }

  /** The last entry visible at {@code basis}, or null. */
  Entry<E> latest(Basis basis) {
    boolean all = everythingRecorded(basis);
    for (int i = cutoff(basis) - 1; i >= 0; i--) {
      Entry<E> e = entries.get(i);
      if (all || !e.stamp().recordedAt().isAfter(basis.recordedAt())) {
        return e;
      }
    }
    return null;
  }

  /**
   * The fold of the entries visible at {@code basis}: the state of the latest checkpoint whose entries are all
   * visible, stepped over the visible entries after it. Equal to folding {@link #visible} from the start.
   */
  @SuppressWarnings("unchecked")
  <S> S fold(Basis basis, Register register) {
    boolean legal = register == Register.LEGAL && legalFold != null;
    Fold<E, Object> f = legal ? legalFold : fold;
    Checkpoints cps = legal ? legalCheckpoints : checkpoints;
    int lo = cutoff(basis);
    boolean all = everythingRecorded(basis);
    if (cps.size() <= lo / EVERY) {
      synchronized (cps) {
        extend(f, cps, lo / EVERY);
      }
    }
    // Checkpoints' latest recorded times only grow, so the usable ones are a prefix: find its end.
    int c = Math.min(lo / EVERY, cps.size() - 1);
    if (!all && cps.get(c).maxRecorded().isAfter(basis.recordedAt())) {
      int a = 0;
      int b = c;
      while (a < b) {
        int mid = (a + b + 1) >>> 1;
        if (cps.get(mid).maxRecorded().isAfter(basis.recordedAt())) {
          b = mid - 1;
        } else {
          a = mid;
        }
      }
      c = a;
    }
    Object state = f.copy(cps.get(c).state());
    for (int i = c * EVERY; i < lo; i++) {
      Entry<E> e = entries.get(i);
      if (all || !e.stamp().recordedAt().isAfter(basis.recordedAt())) {
        f.step(state, e);
      }
    }
    return (S) state;
  }
}
