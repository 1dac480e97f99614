package org.charter.bench.jmh;

import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.charter.bench.BenchRun;
import org.charter.bench.ChainBench;
import org.charter.core.ledger.ChainBreak;
import org.charter.core.ledger.ChainVerifier;
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

/** Chain verification of a generated book against SHA-256 of the same bytes; scores are entries per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ChainJmh {
  static final int ENTRIES = 10_000;

  List<LedgerEntry> entries;
  byte[][] preimages;
  MessageDigest md;

  @Setup
  public void setup() throws Exception {
    entries = BenchRun.chained(1, ENTRIES);
    preimages = entries.stream().map(e -> ChainBench.preimage(BenchRun.BOOK, e)).toArray(byte[][]::new);
    md = MessageDigest.getInstance("SHA-256");
  }

  @Benchmark
  @OperationsPerInvocation(ENTRIES)
  public java.util.Optional<ChainBreak> verify() {
    return ChainVerifier.verify(BenchRun.BOOK, entries);
  }

  @Benchmark
  @OperationsPerInvocation(ENTRIES)
  public void limitSha256(Blackhole bh) {
    for (byte[] p : preimages) {
      md.update(p);
      bh.consume(md.digest());
    }
  }
}
