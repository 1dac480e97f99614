package org.charter.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.charter.core.act.ActMeta;
import org.charter.core.act.MeetingCalled;
import org.charter.core.act.NoticeWaived;
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
    Book[] last = new Book[1];
    Rounds.Rates r = Rounds.alternate(1, o.rounds(), () -> {
      Book book = new Book("bench", ZoneOffset.UTC);
      for (LedgerEntry e : entries) {
        book.replayStored(Canonical.decode(e.payload()), e);
      }
      last[0] = book;
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
            "sink " + (sink[0] & 1)),
        lateFact(last[0], entries));
  }

  /**
   * What a fact recorded late costs: a written waiver of notice for the book's first meeting, recorded after the whole
   * book (it re-judges that meeting's motions, and what rests on them if a verdict changes), against the same waiver
   * for the book's last meeting, whose acts are the newest. Median of {@value #LATE} of each.
   */
  private static Figure lateFact(Book book, List<LedgerEntry> entries) {
    if (book == null) {
      return Figure.missing("replay.late", "a late waiver of notice", "no replay round ran");
    }
    MeetingCalled first = null;
    MeetingCalled newest = null;
    for (var r : book.timeline()) {
      if (r.act() instanceof MeetingCalled c && !c.calledBy().isEmpty()) {
        first = first == null ? c : first;
        newest = c;
      }
    }
    if (first == null) {
      return Figure.missing("replay.late", "a late waiver of notice", "the book holds no meeting");
    }
    Instant rec = book.timeline().stream().map(x -> x.act().meta().recordedAt()).max(Instant::compareTo).orElseThrow();
    long[] late = new long[LATE];
    long[] fresh = new long[LATE];
    for (int i = 0; i < LATE; i++) {
      late[i] = waive(book, first, "late-" + i, rec.plusSeconds(i));
      fresh[i] = waive(book, newest, "fresh-" + i, rec.plusSeconds(LATE + i));
    }
    java.util.Arrays.sort(late);
    java.util.Arrays.sort(fresh);
    double lateUs = late[LATE / 2] / 1e3;
    double freshUs = fresh[LATE / 2] / 1e3;
    return Figure.cost("replay.late", "a waiver of notice recorded late, for the first of the book's meetings ("
        + entries.size() + " acts)", lateUs, "µs", "the same waiver for the book's newest meeting", freshUs, 0.5,
        "median of " + LATE + "; p99 late " + late[LATE * 99 / 100] / 1e3 + " µs, newest " + fresh[LATE * 99 / 100] / 1e3
            + " µs");
  }

  private static final int LATE = 200;

  private static long waive(Book book, MeetingCalled m, String id, Instant recorded) {
    Instant at = m.scheduledFor().plusSeconds(86_400);
    NoticeWaived w = new NoticeWaived(new ActMeta(m.meeting() + "-" + id, at, recorded, "bench", List.of(), null),
        m.meeting(), m.calledBy().get(0), true);
    long t0 = System.nanoTime();
    book.replay(w);
    return System.nanoTime() - t0;
  }
}
