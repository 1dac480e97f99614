package org.charter.bench.jmh;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.charter.bench.gen.BookGenerator;
import org.charter.core.act.Act;
import org.charter.core.act.BindingAct;
import org.charter.core.rules.Validator;
import org.charter.core.state.Basis;
import org.charter.core.state.Projection;
import org.charter.core.state.Register;
import org.charter.core.state.StateView;
import org.charter.core.verdict.Verdict;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** An as-of query (one entity's board and officers at a random time) on the temporal index of a generated book. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryJmh {
  private static final int INPUTS = 1 << 16;

  @Param("1000000")
  int acts;

  Projection index;
  String[] boards;
  String[] entities;
  Instant[] at;
  int next;

  @Setup
  public void setup() {
    index = new Projection();
    Validator validator = new Validator(ZoneOffset.UTC);
    BookGenerator gen = new BookGenerator(1, acts);
    for (long seq = 0; gen.hasNext(); seq++) {
      Act act = gen.next().act();
      Verdict v = act instanceof BindingAct b ? validator.validate(b, index.view(Basis.at(act.meta().validAt()),
          Register.LEGAL)) : null;
      index.apply(act, Projection.cell(v, null), seq);
    }
    List<String> b = gen.boards();
    List<String> e = gen.entities();
    long span = gen.lastValidAt().getEpochSecond() - BookGenerator.START.getEpochSecond();
    SplittableRandom rnd = new SplittableRandom(1);
    boards = new String[INPUTS];
    entities = new String[INPUTS];
    at = new Instant[INPUTS];
    for (int i = 0; i < INPUTS; i++) {
      int w = rnd.nextInt(b.size());
      boards[i] = b.get(w);
      entities[i] = e.get(w);
      at[i] = BookGenerator.START.plusSeconds(rnd.nextLong(span + 1));
    }
  }

  @Benchmark
  public void query(Blackhole bh) {
    int i = next++ & (INPUTS - 1);
    StateView s = index.view(Basis.at(at[i]));
    bh.consume(s.directors(boards[i]));
    bh.consume(s.officers(entities[i]));
  }
}
