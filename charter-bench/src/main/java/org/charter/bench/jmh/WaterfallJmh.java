package org.charter.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.charter.bench.WaterfallBench;
import org.charter.core.capital.CapitalBook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One distribution through the waterfall of 1,000 capped holders against a plain pro-rata split of the same amount
 * among them; scores are distributions per second. The book starts afresh each iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WaterfallJmh {
  static final int HOLDERS = 1_000;
  static final long CENTS = 100_000_00L;

  long[] units;
  long totalUnits;
  long[] paid;
  CapitalBook book;
  int n;

  @Setup(Level.Iteration)
  public void setup() {
    units = new long[HOLDERS];
    totalUnits = 0;
    for (int h = 0; h < HOLDERS; h++) {
      units[h] = (1 + h % 10) * 1_000_000L;
      totalUnits += units[h];
    }
    paid = new long[HOLDERS];
    book = WaterfallBench.book(units);
  }

  @Benchmark
  public Object distribute() {
    return book.distribute("d" + (n++), CENTS);
  }

  @Benchmark
  public long limitProRata() {
    long given = 0;
    for (int h = 0; h < HOLDERS; h++) {
      long share = CENTS * units[h] / totalUnits;
      paid[h] += share;
      given += share;
    }
    return CENTS - given;
  }
}
