package org.charter.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.charter.bench.gen.BookGenerator;
import org.charter.core.book.Book;
import org.charter.core.ledger.Canonical;
import org.charter.core.ledger.HashChain;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.state.Basis;
import org.charter.core.state.StateView;

/**
 * As-of queries on a large book, one by one, and the memory the book holds. The book is built as {@code charter
 * serve} loads one: each act's ledger entry is made, then decoded from its bytes and replayed against it
 * ({@code Book.replayStored}). A query asks who sits on one entity's board and who holds its offices, at a random
 * valid time with everything recorded.
 */
final class QueryBench {
  private static final double TARGET_MICROS = 10;

  private QueryBench() {}

  static List<Figure> run(BenchOptions o, java.io.PrintWriter progress) {
    long before = Machine.usedHeap();
    Book index = new Book(BenchRun.BOOK, ZoneOffset.UTC);
    BookGenerator gen = new BookGenerator(o.seed(), o.queryActs());
    long canonicalBytes = 0;
    long sampled = 0;
    byte[] prev = HashChain.GENESIS;
    long t0 = System.nanoTime();
    for (long seq = 0; gen.hasNext(); seq++) {
      LedgerEntry e = HashChain.entry(BenchRun.BOOK, seq, prev, gen.next().act());
      prev = e.hash();
      index.replayStored(Canonical.decode(e.payload()), e);
      canonicalBytes += e.payload().length;
      sampled++;
      if (seq > 0 && seq % 1_000_000 == 0) {
        progress.printf("  query: %,d acts in the index%n", seq);
        progress.flush();
      }
    }
    double buildRate = o.queryActs() / ((System.nanoTime() - t0) / 1e9);
    long after = Machine.usedHeap();
    double perAct = (double) (after - before) / o.queryActs();
    double canonical = (double) canonicalBytes / sampled;

    List<String> boards = gen.boards();
    List<String> entities = gen.entities();
    long span = gen.lastValidAt().getEpochSecond() - BookGenerator.START.getEpochSecond();
    SplittableRandom rnd = new SplittableRandom(o.seed());
    int n = o.queries();
    int[] which = new int[n];
    Instant[] at = new Instant[n];
    for (int i = 0; i < n; i++) {
      which[i] = rnd.nextInt(boards.size());
      at[i] = BookGenerator.START.plusSeconds(rnd.nextLong(span + 1));
    }
    long[] nanos = new long[n];
    long sink = 0;
    for (int pass = 0; pass < 2; pass++) {
      // The first pass warms the code up; the second is the one kept.
      for (int i = 0; i < n; i++) {
        long q0 = System.nanoTime();
        StateView s = index.state(Basis.at(at[i]));
        sink += s.directors(boards.get(which[i])).size() + s.officers(entities.get(which[i])).size();
        nanos[i] = System.nanoTime() - q0;
      }
    }
    Arrays.sort(nanos);
    double p50 = nanos[n / 2] / 1e3;
    double p99 = nanos[(int) (n * 0.99)] / 1e3;
    double p999 = nanos[(int) (n * 0.999)] / 1e3;
    String what = "as-of query: board and officers of one entity at a random time (" + String.format("%,d", n)
        + " queries, book of " + String.format("%,d", o.queryActs()) + " acts, " + boards.size() + " entities)";
    String limit = "target " + (int) TARGET_MICROS + " µs";
    List<Figure> out = new ArrayList<>();
    out.add(Figure.cost("query.p50", what + ", p50", p50, "µs", limit, TARGET_MICROS, Double.NaN,
        String.format("p99.9 %.1f µs; sink %d", p999, sink & 1)));
    out.add(Figure.cost("query.p99", what + ", p99", p99, "µs", limit, TARGET_MICROS, 1.0,
        String.format("book built from its entries as a server loads it (decode, validate, apply, chain, compare"
            + " with the stored entry; one thread) at %,.0f acts/s",
            buildRate)));
    out.add(Figure.cost("memory.index", "heap held by the book per act (the temporal index with each act and its"
        + " verdict, and the chain's hashes), book of " + String.format("%,d", o.queryActs()) + " acts", perAct,
        "bytes/act", "canonical bytes per act", canonical, Double.NaN, "what charter serve holds for a book; the"
        + " stored bytes stay in the store"));
    long machine = totalMemory();
    out.add(Figure.cost("memory.heap", "heap in use after a full GC with the " + String.format("%,d", o.queryActs())
        + "-act index loaded", after / GIB, "GiB", "the machine's memory", machine / GIB, 1.0,
        "max heap of this run: " + Machine.gib(Runtime.getRuntime().maxMemory())));
    java.lang.ref.Reference.reachabilityFence(index);
    return out;
  }

  private static final double GIB = 1024.0 * 1024 * 1024;

  private static long totalMemory() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getTotalMemorySize();
    }
    return Runtime.getRuntime().maxMemory();
  }
}
