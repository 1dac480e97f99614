package org.charter.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.charter.core.act.ActMeta;
import org.charter.core.act.ClassShare;
import org.charter.core.act.ExcessRule;
import org.charter.core.act.InterestClassDefined;
import org.charter.core.act.InterestKind;
import org.charter.core.act.InvestmentMade;
import org.charter.core.act.Phase;
import org.charter.core.act.WaterfallTermsSet;
import org.charter.core.capital.CapitalBook;

/**
 * Distributions through the waterfall, exactly and with caps, against a plain pro-rata split of the same amounts
 * among the same holders in integer cents (no caps, no phases): the arithmetic any split must do. Holders invest one
 * to ten million dollars each with a 10x cap; the distributions are sized so that the caps are reached halfway and
 * the residual holder takes the rest.
 */
public final class WaterfallBench {
  private static final Instant T = Instant.parse("2020-01-01T00:00:00Z");

  private WaterfallBench() {}

  static Figure run(BenchOptions o) throws Exception {
    int holders = o.holders();
    int count = o.distributions();
    long[] units = new long[holders];
    long invested = 0;
    for (int h = 0; h < holders; h++) {
      units[h] = (1 + h % 10) * 1_000_000L;
      invested += units[h];
    }
    long totalUnits = invested;
    // Caps are 10x what was invested: twenty times the investment reaches them halfway through the run.
    long cents = Math.max(1, 20 * invested * 100 / count);
    CapitalBook[] book = new CapitalBook[1];
    long[] sink = new long[1];
    // A million distributions take minutes: warm up on a short run, then time one long pass of each.
    boolean longRun = count >= 100_000;
    if (longRun) {
      CapitalBook warm = book(units);
      for (int i = 0; i < 10_000; i++) {
        sink[0] += warm.distribute("w" + i, cents).amountCents();
      }
    }
    Rounds.Rates r = Rounds.alternate(longRun ? 0 : 1, longRun ? 1 : o.rounds(), new Rounds.Pass() {
      @Override
      public void prepare() {
        book[0] = book(units);
      }

      @Override
      public long run() {
        for (int i = 0; i < count; i++) {
          sink[0] += book[0].distribute("d" + i, cents).amountCents();
        }
        return count;
      }
    }, () -> {
      long[] paid = new long[holders];
      long residual = 0;
      for (int i = 0; i < count; i++) {
        long given = 0;
        for (int h = 0; h < holders; h++) {
          long share = cents * units[h] / totalUnits;
          paid[h] += share;
          given += share;
        }
        residual += cents - given;
      }
      sink[0] += residual + paid[holders - 1];
      return count;
    });
    return Figure.rate("waterfall", String.format("waterfall: %,d distributions of $%,.2f over %,d capped holders",
        count, cents / 100.0, holders), r.work(), "distributions/s",
        "plain pro-rata split in integer cents, same holders", r.limit(), Double.NaN,
        "exact rational arithmetic, one class with 10x caps, residual to the nonprofit; sink " + (sink[0] & 1));
  }

  public static CapitalBook book(long[] units) {
    CapitalBook b = new CapitalBook();
    b.define(new InterestClassDefined(ActMeta.of("class", T), "llc", "units", InterestKind.LLC_UNITS, BigDecimal.TEN,
        null));
    for (int h = 0; h < units.length; h++) {
      b.invest(new InvestmentMade(ActMeta.of("invest-" + h, T), "holder-" + h, "llc", "units",
          BigDecimal.valueOf(units[h]), null, null));
    }
    b.setTerms(new WaterfallTermsSet(ActMeta.of("terms", T), "llc",
        List.of(new Phase("return", List.of(new ClassShare("units", BigDecimal.valueOf(100))), null)), "nonprofit",
        ExcessRule.RESIDUAL));
    return b;
  }
}
