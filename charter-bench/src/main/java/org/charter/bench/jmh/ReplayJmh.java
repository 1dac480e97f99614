package org.charter.bench.jmh;

import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.charter.bench.BenchRun;
import org.charter.core.book.Book;
import org.charter.core.ledger.Canonical;
import org.charter.core.ledger.LedgerEntry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Replay with validation from stored bytes (one entity's whole history) against decoding the same bytes; scores are
 * acts per second on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReplayJmh {
  static final int ACTS = 10_000;

  List<LedgerEntry> entries;

  @Setup
  public void setup() {
    entries = BenchRun.chained(1, ACTS);
  }

  @Benchmark
  @OperationsPerInvocation(ACTS)
  public Book replay() {
    Book book = new Book(BenchRun.BOOK, ZoneOffset.UTC);
    for (LedgerEntry e : entries) {
      book.replayStored(Canonical.decode(e.payload()), e);
    }
    return book;
  }

  @Benchmark
  @OperationsPerInvocation(ACTS)
  public void limitDecode(Blackhole bh) {
    for (LedgerEntry e : entries) {
      bh.consume(Canonical.decode(e.payload()));
    }
  }
}
