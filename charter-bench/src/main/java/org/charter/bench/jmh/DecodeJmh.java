package org.charter.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.charter.bench.BenchRun;
import org.charter.bench.json.JacksonBindingReader;
import org.charter.core.act.Act;
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
 * Decoding the canonical bytes of one generated entity's history (the realistic act mix) with Charter's reader
 * (Jackson's streaming parser, sharing recent short strings) against the same parser without the sharing and against
 * Jackson's record binding into the same acts; acts per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecodeJmh {
  static final int ACTS = 10_000;

  byte[][] payloads;

  @Setup
  public void setup() {
    List<LedgerEntry> entries = BenchRun.chained(1, ACTS);
    payloads = new byte[ACTS][];
    for (int i = 0; i < ACTS; i++) {
      payloads[i] = entries.get(i).payload();
      Act act = Canonical.decode(payloads[i]);
      if (!act.equals(Canonical.decodeUnshared(payloads[i]))
          || !act.equals(JacksonBindingReader.decode(payloads[i]))) {
        throw new IllegalStateException("the readers decode act " + act.id() + " differently");
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(ACTS)
  public void decode(Blackhole bh) {
    for (byte[] p : payloads) {
      bh.consume(Canonical.decode(p));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ACTS)
  public void limitUnshared(Blackhole bh) {
    for (byte[] p : payloads) {
      bh.consume(Canonical.decodeUnshared(p));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ACTS)
  public void limitJacksonBinding(Blackhole bh) {
    for (byte[] p : payloads) {
      bh.consume(JacksonBindingReader.decode(p));
    }
  }
}
