package org.charter.core.capital;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.charter.core.act.ActMeta;
import org.charter.core.act.ClassShare;
import org.charter.core.act.ExcessRule;
import org.charter.core.act.InterestClassDefined;
import org.charter.core.act.InterestKind;
import org.charter.core.act.InterestTransferred;
import org.charter.core.act.InvestmentMade;
import org.charter.core.act.Phase;
import org.charter.core.act.StopCondition;
import org.charter.core.act.WaterfallTermsSet;
import org.junit.jupiter.api.Test;

/** The waterfall's phases, caps, excess, transfers and stops, on small numbers a person can check by hand. */
class CapitalBookTests {
  private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");
  private int n;

  private ActMeta meta() {
    return ActMeta.of("a" + (++n), T);
  }

  private CapitalBook capped(ExcessRule excess) {
    CapitalBook b = new CapitalBook();
    b.define(new InterestClassDefined(meta(), "e", "ms", InterestKind.PROFIT_PARTICIPATION, BigDecimal.TEN, null));
    b.define(new InterestClassDefined(meta(), "e", "others", InterestKind.PROFIT_PARTICIPATION, BigDecimal.TEN, null));
    b.invest(new InvestmentMade(meta(), "ms", "e", "ms", new BigDecimal("10"), null, null));
    b.invest(new InvestmentMade(meta(), "x", "e", "others", new BigDecimal("5"), null, null));
    b.setTerms(new WaterfallTermsSet(meta(), "e", List.of(
        new Phase("recoup", List.of(new ClassShare("ms", new BigDecimal("75")),
            new ClassShare("others", new BigDecimal("25"))),
            new StopCondition(StopCondition.StopKind.RECOUPED, "ms", null)),
        new Phase("split", List.of(new ClassShare("ms", new BigDecimal("49")),
            new ClassShare("others", new BigDecimal("49")), new ClassShare("residual", new BigDecimal("2"))), null)),
        "np", excess));
    return b;
  }

  @Test
  void firstPhase_runsUntilTheInvestorRecoups() {
    CapitalBook b = capped(ExcessRule.RESIDUAL);
    DistributionSplit s = b.distribute("d", 1_000);
    // $10 at 75% recoups Microsoft's $10 after $13.33; the first $10 all flows in phase one.
    assertThat(s.byHolder()).containsEntry("ms", 750L).containsEntry("x", 250L).containsEntry("np", 0L);
  }

  @Test
  void capReached_sendsTheExcessToTheResidualHolder_whenTheTermsSaySo() {
    CapitalBook b = capped(ExcessRule.RESIDUAL);
    b.distribute("d", 1_000_000);
    assertThat(b.paid()).containsEntry("ms", 10_000L).containsEntry("x", 5_000L);
    assertThat(b.paid().get("np")).isEqualTo(1_000_000L - 15_000L);
    assertThat(b.standings()).filteredOn(h -> !h.holder().equals("np")).allMatch(HolderStanding::capped);
  }

  @Test
  void capReached_sendsTheExcessToTheOthers_whenTheTermsSaySo() {
    CapitalBook residual = capped(ExcessRule.RESIDUAL);
    CapitalBook others = capped(ExcessRule.OTHERS);
    residual.distribute("d", 12_000);
    others.distribute("d", 12_000);
    // Once "x" is capped at $50, its 49% goes to Microsoft and the nonprofit pro rata under OTHERS.
    assertThat(others.paid().get("ms")).isGreaterThan(residual.paid().get("ms"));
    assertThat(others.paid().get("x")).isEqualTo(residual.paid().get("x")).isEqualTo(5_000L);
  }

  @Test
  void transfer_movesUnitsCapAndReceipts() {
    CapitalBook b = capped(ExcessRule.RESIDUAL);
    b.distribute("d", 1_000);
    b.transfer(new InterestTransferred(meta(), "x", "y", "e", "others", new BigDecimal("0.5")));
    b.distribute("d2", 1_000);
    assertThat(b.paid().get("x")).isEqualTo(b.paid().get("y"));
    assertThat(b.standings()).filteredOn(h -> h.holder().equals("y")).first()
        .satisfies(h -> assertThat(h.capCents()).isEqualTo(2_500L));
  }

  @Test
  void stop_byADetermination_endsTheParticipationFromThen() {
    CapitalBook b = capped(ExcessRule.RESIDUAL);
    b.distribute("d", 1_000);
    b.stop("ms", "agi-attained");
    DistributionSplit s = b.distribute("d2", 1_000);
    assertThat(s.byHolder().get("ms")).isZero();
    assertThat(s.standings()).filteredOn(h -> h.holder().equals("ms")).first()
        .satisfies(h -> assertThat(h.stoppedBy()).isEqualTo("agi-attained"));
  }

  @Test
  void phaseGivingOutLessThanTheWhole_sendsTheRestToTheResidualHolder() {
    CapitalBook b = new CapitalBook();
    b.define(new InterestClassDefined(meta(), "e", "a", InterestKind.LLC_UNITS, null, null));
    b.invest(new InvestmentMade(meta(), "h", "e", "a", BigDecimal.ONE, null, null));
    b.setTerms(new WaterfallTermsSet(meta(), "e",
        List.of(new Phase("p", List.of(new ClassShare("a", new BigDecimal("60"))), null)), "np", ExcessRule.OTHERS));
    DistributionSplit s = b.distribute("d", 1_001);
    // 60% of 1,001 cents is 600.6: the holder gets 600, the residual holder the 401 left, exactly the whole.
    assertThat(s.byHolder()).containsEntry("h", 600L).containsEntry("np", 401L);
  }

  @Test
  void money_withFractionsOfACent_isRefused() {
    assertThat(Money.isCents(new BigDecimal("1.005"))).isFalse();
    assertThat(Money.cents(new BigDecimal("12.30"))).isEqualTo(1230L);
  }
}
