package org.charter.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.charter.core.act.Act;
import org.charter.core.act.ActMeta;
import org.charter.core.act.StatementMade;
import org.charter.core.ledger.HashChain;
import org.charter.core.ledger.LedgerEntry;

/** Builds simple acts and correctly chained ledger entries for tests. */
public final class TestActs {
  /** The valid time of the first act {@link #statements} makes; later acts follow a minute apart. */
  public static final Instant T0 = Instant.parse("2023-11-17T12:00:00Z");

  private TestActs() {}

  /** A public statement, an annotation act, recorded a day after it was made. */
  public static StatementMade statement(String id, Instant validAt) {
    ActMeta meta = ActMeta.of(id, validAt).withRecordedAt(validAt.plus(Duration.ofDays(1)));
    return new StatementMade(meta, "testkit", "statement " + id);
  }

  /** {@code n} statements with ids {@code prefix-0 .. prefix-(n-1)}, valid a minute apart from {@link #T0}. */
  public static List<Act> statements(String prefix, int n) {
    return statements(prefix, 0, n);
  }

  /** {@code n} statements with ids {@code prefix-from ..}, valid a minute apart from {@link #T0} plus {@code from}. */
  public static List<Act> statements(String prefix, int from, int n) {
    List<Act> acts = new ArrayList<>(n);
    for (int i = from; i < from + n; i++) {
      acts.add(statement(prefix + "-" + i, T0.plus(Duration.ofMinutes(i))));
    }
    return acts;
  }

  /** The first {@code n} entries of {@code book}, chained from the genesis hash. */
  public static List<LedgerEntry> entries(String book, int n) {
    return chain(book, 0, HashChain.GENESIS, statements("act", n));
  }

  /** The {@code n} entries that continue {@code before}, a book's entries so far. */
  public static List<LedgerEntry> next(String book, List<LedgerEntry> before, int n) {
    return chain(book, before, statements("act", before.size(), n));
  }

  /** Entries for {@code acts} that continue {@code before}, a book's entries so far. */
  public static List<LedgerEntry> chain(String book, List<LedgerEntry> before, List<? extends Act> acts) {
    byte[] prev = before.isEmpty() ? HashChain.GENESIS : before.get(before.size() - 1).hash();
    return chain(book, before.size(), prev, acts);
  }

  /** Entries for {@code acts} from {@code firstSeq}, the first chained to {@code prevHash}. */
  public static List<LedgerEntry> chain(String book, long firstSeq, byte[] prevHash, List<? extends Act> acts) {
    List<LedgerEntry> entries = new ArrayList<>(acts.size());
    byte[] prev = prevHash;
    long seq = firstSeq;
    for (Act act : acts) {
      LedgerEntry e = HashChain.entry(book, seq++, prev, act);
      entries.add(e);
      prev = e.hash();
    }
    return entries;
  }

  /** {@code before} followed by {@code after}, as one list. */
  public static List<LedgerEntry> concat(List<LedgerEntry> before, List<LedgerEntry> after) {
    List<LedgerEntry> all = new ArrayList<>(before);
    all.addAll(after);
    return all;
  }
}
