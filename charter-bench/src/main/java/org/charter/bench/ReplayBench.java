package org.charter.bench;

import java.time.ZoneOffset;
import java.util.List;
import org.charter.core.book.Book;
import org.charter.core.ledger.Canonical;
import org.charter.core.ledger.LedgerEntry;

/**
 * Replaying a book from its stored bytes (decode each act, validate it against the rules in force at its time, apply
 * it to the temporal index, chain it) against decoding the same bytes alone: what a server does to load a book.
 */
final class ReplayBench {
  private ReplayBench() {}

  static List<Figure> run(BenchOptions o, List<LedgerEntry> entries) throws Exception {
    long[] sink = new long[1];
    Rounds.Rates r = Rounds.alternate(1, o.rounds(), () -> {
      Book book = new Book("bench", ZoneOffset.UTC);
      for (LedgerEntry e : entries) {
        book.replayStored(Canonical.decode(e.payload()), e);
      }
      return entries.size();
    }, () -> {
      for (LedgerEntry e : entries) {
        sink[0] += Canonical.decode(e.payload()).id().length();
      }
      return entries.size();
    });
    String what = "replay with validation from stored bytes (" + entries.size() + " acts, one thread)";
    String note = "one entity per " + org.charter.bench.gen.BookGenerator.ACTS_PER_ENTITY + " acts, so the rate"
        + " does not fall with the size of the book";
    return List.of(
        Figure.rate("replay", what, r.work(), "acts/s", "decoding the same acts", r.limit(), 0.5, note),
        Figure.rate("replay.core", what, r.work(), "acts/s", "target: 1,000,000 acts/s per core", 1_000_000, 1.0,
            "sink " + (sink[0] & 1)));
  }
}
