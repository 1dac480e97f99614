package org.charter.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.charter.bench.gen.BookGenerator;
import org.charter.core.act.Act;
import org.charter.core.ledger.HashChain;
import org.charter.core.ledger.LedgerEntry;

/** Runs the whole-process benchmarks the options select and returns their figures, each beside its limit. */
public final class BenchRun {
  public static final String BOOK = "bench";

  private BenchRun() {}

  /**
   * Runs the benchmarks, writing progress to {@code progress}.
   *
   * @param command the command line that reproduces this run, recorded with each figure
   */
  public static List<Figure> run(BenchOptions o, String command, PrintWriter progress) throws Exception {
    Files.createDirectories(o.workDir());
    List<Figure> out = new ArrayList<>();
    List<LedgerEntry> entries = List.of();
    if (o.runs("append") || o.runs("verify") || o.runs("replay") || o.runs("decode")) {
      // Appends need their rows; the other groups only the book they run over.
      int size = o.runs("append") ? Math.max(o.acts(), o.rows()) : o.acts();
      step(progress, "generating and chaining a book of %,d acts", size);
      entries = chained(o.seed(), size);
    }
    if (o.runs("append")) {
      AppendBench append = new AppendBench(o, entries.subList(0, o.rows()));
      step(progress, "append: SQLite, %,d entries per pass", o.rows());
      add(out, progress, append.sqlite());
      step(progress, "append: PostgreSQL, %,d entries per pass", o.rows());
      add(out, progress, append.postgres());
    }
    List<LedgerEntry> book = entries.subList(0, Math.min(entries.size(), o.acts()));
    if (o.runs("verify")) {
      step(progress, "verify: %,d entries", book.size());
      add(out, progress, ChainBench.run(o, BOOK, book));
    }
    if (o.runs("replay")) {
      step(progress, "replay: %,d acts", book.size());
      ReplayBench.run(o, book).forEach(f -> add(out, progress, f));
    }
    if (o.runs("decode")) {
      step(progress, "decode: %,d acts, hand-written against Jackson streaming and binding", book.size());
      DecodeBench.run(o, book).forEach(f -> add(out, progress, f));
    }
    entries = null;
    book = null;
    if (o.runs("waterfall")) {
      step(progress, "waterfall: %,d distributions over %,d holders", o.distributions(), o.holders());
      add(out, progress, WaterfallBench.run(o));
    }
    if (o.runs("query")) {
      step(progress, "query: building the index of a %,d-act book", o.queryActs());
      QueryBench.run(o, progress).forEach(f -> add(out, progress, f));
    }
    if (o.only().contains("snapshot")) {
      step(progress, "snapshot: cold loads of a %,d-act book in fresh JVMs, with and without its snapshot", o.acts());
      SnapshotBench.run(o, progress).forEach(f -> add(out, progress, f));
    }
    if (o.runs("http")) {
      step(progress, "http: %,d req/s for %d s against charter serve in a second process", o.httpRate(),
          o.httpSeconds());
      HttpBench.run(o, progress).forEach(f -> add(out, progress, f));
    }
    if (o.only().contains("http-pg")) {
      step(progress, "http-pg: %,d writes through charter serve on PostgreSQL, book of %,d acts", 200, o.httpActs());
      HttpBench.postgres(o, progress).forEach(f -> add(out, progress, f));
    }
    if (o.only().contains("startup")) {
      step(progress, "startup: charter serve on a store of %,d books, first answer and heap per book",
          StartupBench.BOOKS);
      StartupBench.run(o, progress).forEach(f -> add(out, progress, f));
    }
    if (o.only().contains("mixed-pg")) {
      step(progress, "mixed-pg: 95%% reads and 5%% writes at %,d req/s for %d s, one and two charter serve on"
          + " PostgreSQL, book of %,d acts", o.httpRate(), o.httpSeconds(), o.httpActs());
      MixedBench.run(o, progress).forEach(f -> add(out, progress, f));
    }
    return out.stream().map(f -> f.withCommand(command)).toList();
  }

  /** The first {@code count} acts of the book seeded {@code seed}, chained as book {@value #BOOK}. */
  public static List<LedgerEntry> chained(long seed, int count) {
    List<LedgerEntry> entries = new ArrayList<>(count);
    BookGenerator gen = new BookGenerator(seed, count);
    byte[] prev = HashChain.GENESIS;
    for (long seq = 0; gen.hasNext(); seq++) {
      Act act = gen.next().act();
      LedgerEntry e = HashChain.entry(BOOK, seq, prev, act);
      entries.add(e);
      prev = e.hash();
    }
    return entries;
  }

  private static void step(PrintWriter progress, String format, Object... args) {
    progress.printf(format + "%n", args);
    progress.flush();
  }

  private static void add(List<Figure> out, PrintWriter progress, Figure f) {
    out.add(f);
    progress.println("  " + Report.line(f));
    progress.flush();
  }
}
