package org.charter.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.charter.bench.gen.BookGenerator;
import org.charter.core.act.Act;
import org.charter.core.act.BindingAct;
import org.charter.core.ledger.Canonical;
import org.charter.core.rules.Validator;
import org.charter.core.state.Basis;
import org.charter.core.state.Projection;
import org.charter.core.state.StateView;
import org.charter.core.verdict.Verdict;

/**
 * As-of queries on a large book, one by one, and the memory its temporal index holds. Each act goes through its
 * canonical bytes first (encoded, then decoded, as a server loads a book from its store), then is validated and
 * applied to the index exactly as {@code Book.replay} does, without the Book's list of recorded entries (the store
 * keeps those), so that ten million acts fit the machine. A query asks who sits on one entity's board and who
 * holds its offices, at a random valid time with everything recorded.
 */
final class QueryBench {
  private static final double TARGET_MICROS = 10;

  private QueryBench() {}

  static List<Figure> run(BenchOptions o, java.io.PrintWriter progress) {
    long before = Machine.usedHeap();
    Projection index = new Projection();
    Validator validator = new Validator(ZoneOffset.UTC);
    BookGenerator gen = new BookGenerator(o.seed(), o.queryActs());
    long canonicalBytes = 0;
    long sampled = 0;
    long t0 = System.nanoTime();
    for (long seq = 0; gen.hasNext(); seq++) {
      byte[] bytes = Canonical.encode(gen.next().act());
      Act act = Canonical.decode(bytes);
      Verdict v = act instanceof BindingAct b ? validator.validate(b, index.view(Basis.at(act.meta().validAt())))
          : null;
      index.apply(act, v, seq);
      canonicalBytes += bytes.length;
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
        StateView s = index.view(Basis.at(at[i]));
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
        String.format("index built from canonical bytes (decode, validate, apply; one thread) at %,.0f acts/s",
            buildRate)));
    out.add(Figure.cost("memory.index", "heap held by the temporal index per act (acts, stamps, verdicts), book of "
        + String.format("%,d", o.queryActs()) + " acts", perAct, "bytes/act", "canonical bytes per act",
        canonical, Double.NaN, "the index holds each act's record and verdict; Book also keeps every ledger entry"));
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
