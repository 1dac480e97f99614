package org.charter.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A checkpointed fold answers exactly as folding the visible entries from the start does, whatever order the entries
 * come in (backdated ones included) and whatever the basis's recorded time hides.
 */
class TimelineTests {
  private static final Timeline.Fold<Integer, List<Integer>> LIST = new Timeline.Fold<>() {
    @Override
    public List<Integer> start() {
      return new ArrayList<>();
    }

    @Override
    public List<Integer> copy(List<Integer> s) {
      return new ArrayList<>(s);
    }

    @Override
    public void step(List<Integer> s, Timeline.Entry<Integer> e) {
      s.add(e.value());
    }
  };

  @Test
  void fold_anyOrderAnyBasis_sameAsFoldingTheVisibleEntries() {
    Random r = new Random(11);
    for (int run = 0; run < 40; run++) {
      Timeline<Integer> t = new Timeline<>(LIST, LIST);
      Instant t0 = Instant.parse("2020-01-01T00:00:00Z");
      for (int i = 0; i < 200; i++) {
        // Mostly in order, now and then backdated, some at the very same instant.
        Instant valid = t0.plusSeconds(r.nextInt(10) == 0 ? r.nextInt(i + 1) * 60L : i * 60L);
        Instant recorded = valid.plusSeconds(r.nextInt(5) == 0 ? r.nextInt(100_000) : 60);
        t.add(new Stamp("a" + i, valid, recorded, i, 0, new Judged()), i);
        for (int q = 0; q < 5; q++) {
          Instant at = t0.plusSeconds(r.nextInt(i + 2) * 60L - r.nextInt(2));
          Instant rec = r.nextBoolean() ? Instant.MAX : t0.plusSeconds(r.nextInt(i + 2) * 60L + r.nextInt(100_000));
          Basis b = new Basis(at, rec);
          List<Integer> expected = new ArrayList<>();
          t.visible(b).forEach(e -> expected.add(e.value()));
          List<Integer> got = t.fold(b, Register.ACTED);
          assertThat(got).as("run %d, %d entries, basis %s", run, i + 1, b).isEqualTo(expected);
          // The legal fold's checkpoints are built lazily, on the first query that needs them.
          List<Integer> legal = t.fold(b, Register.LEGAL);
          assertThat(legal).as("legal, run %d, %d entries, basis %s", run, i + 1, b).isEqualTo(expected);
          Timeline.Entry<Integer> latest = t.latest(b);
          assertThat(latest == null ? null : latest.value())
              .isEqualTo(expected.isEmpty() ? null : expected.get(expected.size() - 1));
        }
      }
    }
  }
}
