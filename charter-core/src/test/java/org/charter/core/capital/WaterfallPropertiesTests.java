package org.charter.core.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.charter.core.act.ActMeta;
import org.charter.core.act.ClassShare;
import org.charter.core.act.ExcessRule;
import org.charter.core.act.InterestClassDefined;
import org.charter.core.act.InterestKind;
import org.charter.core.act.InvestmentMade;
import org.charter.core.act.Phase;
import org.charter.core.act.StopCondition;
import org.charter.core.act.WaterfallTermsSet;
import org.junit.jupiter.api.Test;

/** Invariants of the waterfall over random terms and holders: exact parts, caps kept, monotone, additive. */
class WaterfallPropertiesTests {
  private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");

  /** A random capital structure: 2-6 classes, 1-4 holders each, capped or not, 1-3 phases. */
  static CapitalBook random(long seed) {
    Random r = new Random(seed);
    CapitalBook b = new CapitalBook();
    int classes = 2 + r.nextInt(5);
    List<String> names = new ArrayList<>();
    int n = 0;
    for (int c = 0; c < classes; c++) {
      String cls = "c" + c;
      names.add(cls);
      BigDecimal multiple = r.nextInt(4) == 0 ? null : BigDecimal.valueOf(1 + r.nextInt(20));
      b.define(new InterestClassDefined(ActMeta.of("d" + c, T), "e", cls, InterestKind.LLC_UNITS, multiple, null));
      for (int h = 0; h < 1 + r.nextInt(4); h++) {
        long cents = 100 + r.nextInt(1_000_000);
        b.invest(new InvestmentMade(ActMeta.of("i" + (n++), T), "h" + c + "-" + h, "e", cls,
            Money.dollars(cents), null, r.nextInt(5) == 0 ? Money.dollars(cents * 3) : null));
      }
    }
    List<Phase> phases = new ArrayList<>();
    for (int p = 0; p < 1 + r.nextInt(3); p++) {
      List<ClassShare> shares = new ArrayList<>();
      int left = 100;
      for (String cls : names) {
        if (left > 0 && r.nextBoolean()) {
          int pct = 1 + r.nextInt(left);
          shares.add(new ClassShare(cls, BigDecimal.valueOf(pct)));
          left -= pct;
        }
      }
      if (shares.isEmpty()) {
        shares.add(new ClassShare(names.get(0), BigDecimal.valueOf(50)));
      }
      StopCondition until = r.nextBoolean() ? null
          : new StopCondition(StopCondition.StopKind.RECOUPED, shares.get(0).interestClass(), null);
      phases.add(new Phase("p" + p, shares, until));
    }
    b.setTerms(new WaterfallTermsSet(ActMeta.of("w", T), "e", phases, "residual-holder",
        r.nextBoolean() ? ExcessRule.OTHERS : ExcessRule.RESIDUAL));
    return b;
  }

  @Test
  void split_ofAnyAmount_addsUpExactlyAndKeepsEveryCap() {
    qt().withExamples(300).forAll(longs().between(0, 1_000_000), longs().between(1, 5_000_000_000L))
        .checkAssert((seed, cents) -> {
          CapitalBook b = random(seed);
          DistributionSplit s = b.distribute("x", cents);
          assertThat(s.byHolder().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(cents);
          assertThat(s.byHolder().values()).allMatch(v -> v >= 0);
          for (HolderStanding h : s.standings()) {
            if (h.capCents() != null) {
              assertThat(h.receivedCents()).as(h.holder()).isLessThanOrEqualTo(h.capCents());
            }
          }
        });
  }

  @Test
  void split_ofMoreProfit_neverGivesAHolderLess() {
    qt().withExamples(300)
        .forAll(longs().between(0, 1_000_000), longs().between(0, 3_000_000_000L), longs().between(1, 50_000_000L))
        .checkAssert((seed, cents, more) -> {
          Map<String, Long> small = random(seed).distribute("x", cents + 1).byHolder();
          Map<String, Long> large = random(seed).distribute("x", cents + 1 + more).byHolder();
          int positions = small.size();
          for (Map.Entry<String, Long> e : small.entrySet()) {
            long got = large.getOrDefault(e.getKey(), 0L);
            if (e.getKey().equals("residual-holder")) {
              // The residual holder takes the rounding: it can be short by under a cent per other position.
              assertThat(got).isGreaterThanOrEqualTo(e.getValue() - (positions - 1));
            } else {
              assertThat(got).as(e.getKey()).isGreaterThanOrEqualTo(e.getValue());
            }
          }
        });
  }

  @Test
  void twoDistributions_giveTheSameCumulativeResultAsOneOfTheirSum() {
    qt().withExamples(300)
        .forAll(longs().between(0, 1_000_000), longs().between(1, 3_000_000_000L), longs().between(1, 3_000_000_000L))
        .checkAssert((seed, a, c) -> {
          CapitalBook twice = random(seed);
          twice.distribute("a", a);
          twice.distribute("c", c);
          CapitalBook once = random(seed);
          once.distribute("ac", a + c);
          assertThat(twice.paid()).isEqualTo(once.paid());
        });
  }
}
