package org.charter.core.capital;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charter.core.act.Bounds;
import org.charter.core.act.ClassShare;
import org.charter.core.act.DistributionMade;
import org.charter.core.act.ExcessRule;
import org.charter.core.act.InterestClassDefined;
import org.charter.core.act.InterestTransferred;
import org.charter.core.act.InvestmentMade;
import org.charter.core.act.Phase;
import org.charter.core.act.StopCondition;
import org.charter.core.act.WaterfallTermsSet;

/**
 * The economics of one entity, run forward act by act: classes, positions, the waterfall terms, and every distribution
 * split through them. Each distribution flows exactly (rational numbers) through the phases: a phase gives each class
 * its share, split among the class's holders by units; a holder whose cap is reached stops, and its share goes where the
 * terms send it; a phase ends at its stop condition or when no holder in it can take more; then everything goes to the
 * residual holder. Rounding, once: each position's cumulative receipts are rounded down to the cent, and the residual
 * holder gets the rest, so every distribution's parts add up exactly to the amount and nothing is lost.
 */
public final class CapitalBook {
  /** The class name that sends a phase share to the residual holder. */
  public static final String RESIDUAL = "residual";
  private static final int MAX_STEPS = 100_000;
  /**
   * The most cents an entity's book counts in all, invested or distributed: the money ceiling of one amount
   * ({@link Bounds#MAX_DOLLARS}), so that no sum of amounts, and no cap of at most {@link Bounds#MAX_CAP_MULTIPLE}
   * times it, can pass what a long holds.
   */
  public static final long MAX_TOTAL_CENTS = Bounds.MAX_DOLLARS.movePointRight(2).longValueExact();

  private final Map<String, InterestClassDefined> classes = new LinkedHashMap<>();
  private final Map<String, Position> positions = new LinkedHashMap<>();
  private final Map<String, Ratio> phaseReceived = new HashMap<>();
  private int distributions;
  private WaterfallTermsSet terms;
  private long distributedCents;

  public void define(InterestClassDefined c) {
    classes.put(c.interestClass(), c);
  }

  public boolean hasClass(String interestClass) {
    return classes.containsKey(interestClass);
  }

  public WaterfallTermsSet terms() {
    return terms;
  }

  public void setTerms(WaterfallTermsSet t) {
    this.terms = t;
  }

  public void invest(InvestmentMade i) {
    Position p = position(i.investor(), i.interestClass());
    long cents = Money.cents(i.amount());
    p.units = p.units.plus(Ratio.of(i.amount()));
    p.investedCents += cents;
    InterestClassDefined c = classes.get(i.interestClass());
    BigDecimal multiple = i.capMultiple() != null ? i.capMultiple() : c == null ? null : c.capMultiple();
    if (p.capCents == null) {
      return;
    }
    if (i.capAmount() != null) {
      p.capCents += Money.cents(i.capAmount());
    } else if (multiple != null) {
      // A cap with fractions of a cent is rounded down: the holder never gets more than its terms allow.
      p.capCents += Ratio.of(cents).times(Ratio.of(multiple)).floor();
    } else {
      p.capCents = null;
    }
  }

  /** Whether a holder holds units of a class. */
  public boolean holds(String holder, String interestClass) {
    Position p = positions.get(key(holder, interestClass));
    return p != null && p.units.signum() > 0;
  }

  public void transfer(InterestTransferred t) {
    Position from = positions.get(key(t.from(), t.interestClass()));
    Ratio f = Ratio.of(t.fraction());
    Position to = position(t.to(), t.interestClass());
    Ratio units = from.units.times(f);
    long invested = Ratio.of(from.investedCents).times(f).floor();
    Ratio received = from.received.times(f);
    from.units = from.units.minus(units);
    to.units = to.units.plus(units);
    from.investedCents -= invested;
    to.investedCents += invested;
    from.received = from.received.minus(received);
    to.received = to.received.plus(received);
    if (from.capCents == null) {
      to.capCents = null;
    } else if (to.capCents != null) {
      long cap = Ratio.of(from.capCents).times(f).floor();
      from.capCents -= cap;
      to.capCents += cap;
    }
  }

  /** End a holder's participation from now on: a determination under a profit-participation clause. */
  public void stop(String holder, String term) {
    for (Position p : positions.values()) {
      if (p.holder.equals(holder) && p.stoppedBy == null) {
        p.stoppedBy = term;
      }
    }
  }

  private Position position(String holder, String interestClass) {
    return positions.computeIfAbsent(key(holder, interestClass), k -> new Position(holder, interestClass));
  }

  private static String key(String holder, String interestClass) {
    return holder + "\u0000" + interestClass;
  }

  /** Split a distribution through the terms, after all the distributions before it. */
  public DistributionSplit distribute(DistributionMade d) {
    return distribute(d.id(), Money.cents(d.amount()));
  }

  public DistributionSplit distribute(String actId, long cents) {
    Map<String, Long> before = paid();
    flowAll(cents);
    Map<String, Long> after = paid();
    Map<String, Long> split = new LinkedHashMap<>();
    after.forEach((h, v) -> split.put(h, v - before.getOrDefault(h, 0L)));
    return new DistributionSplit(actId, cents, split, standings());
  }

  /**
   * Runs a distribution through the terms without reporting its split: for rebuilding the book from the record,
   * where only the positions it leaves matter. (Working out each split and the standings after it was most of the
   * cost of a replay's capital acts.)
   */
  void distributeUnreported(long cents) {
    flowAll(cents);
  }

  private void flowAll(long cents) {
    if (terms == null) {
      throw new IllegalStateException("no waterfall terms on record");
    }
    Ratio remaining = Ratio.of(cents);
    int steps = 0;
    while (remaining.signum() > 0) {
      if (++steps > MAX_STEPS) {
        throw new IllegalStateException("waterfall did not settle in " + MAX_STEPS + " steps");
      }
      remaining = remaining.minus(flow(remaining));
    }
    try {
      distributedCents = Math.addExact(distributedCents, cents);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("the distributions add up to more than Charter counts in cents"
          + " (about 92 quadrillion dollars)", e);
    }
    distributions++;
  }

  /** Flow up to {@code remaining} through the current phase until its next event; returns what flowed. */
  private Ratio flow(Ratio remaining) {
    int idx = currentPhase();
    if (idx < 0) {
      return remaining;
    }
    Phase phase = terms.phases().get(idx);
    Map<Position, Ratio> eff = new LinkedHashMap<>();
    Ratio residualShare = Ratio.ZERO;
    Ratio excess = Ratio.ZERO;
    Ratio assigned = Ratio.ZERO;
    for (ClassShare s : phase.shares()) {
      Ratio rate = Ratio.of(s.percent()).dividedBy(Ratio.of(100));
      assigned = assigned.plus(rate);
      if (s.interestClass().equals(RESIDUAL)) {
        residualShare = residualShare.plus(rate);
        continue;
      }
      List<Position> ps = holdersOf(s.interestClass());
      Ratio units = ps.stream().map(p -> p.units).reduce(Ratio.ZERO, Ratio::plus);
      if (ps.isEmpty()) {
        excess = excess.plus(rate);
        continue;
      }
      for (Position p : ps) {
        Ratio r = rate.times(p.units).dividedBy(units);
        if (p.capped()) {
          excess = excess.plus(r);
        } else {
          eff.merge(p, r, Ratio::plus);
        }
      }
    }
    Ratio participants = eff.values().stream().reduce(residualShare, Ratio::plus);
    if (excess.signum() > 0 && terms.excessTo() == ExcessRule.OTHERS && participants.signum() > 0) {
      Ratio scale = Ratio.ONE.plus(excess.dividedBy(participants));
      eff.replaceAll((p, r) -> r.times(scale));
      residualShare = residualShare.times(scale);
    }
    // Whatever a phase does not assign, and excess the terms send to the residual holder, goes to the residual holder.
    Ratio limit = remaining;
    for (Map.Entry<Position, Ratio> e : eff.entrySet()) {
      if (e.getKey().capCents != null) {
        limit = Ratio.min(limit, e.getKey().roomToCap().dividedBy(e.getValue()));
      }
    }
    StopCondition stop = phase.until();
    Ratio classRate = stop == null ? Ratio.ZERO : rateOf(eff, stop.interestClass());
    if (stop != null && classRate.signum() > 0) {
      limit = Ratio.min(limit, stopNeed(phase, stop).dividedBy(classRate));
    }
    Ratio step = limit;
    for (Map.Entry<Position, Ratio> e : eff.entrySet()) {
      Position p = e.getKey();
      Ratio got = e.getValue().times(step);
      p.received = p.received.plus(got);
      phaseReceived.merge(phase.id() + "\u0000" + p.interestClass, got, Ratio::plus);
    }
    return step;
  }

  private static Ratio rateOf(Map<Position, Ratio> eff, String interestClass) {
    Ratio r = Ratio.ZERO;
    for (Map.Entry<Position, Ratio> e : eff.entrySet()) {
      if (e.getKey().interestClass.equals(interestClass)) {
        r = r.plus(e.getValue());
      }
    }
    return r;
  }

  /** What the class must still receive for the phase to stop. */
  private Ratio stopNeed(Phase phase, StopCondition stop) {
    return switch (stop.kind()) {
      case RECOUPED -> {
        Ratio invested = Ratio.ZERO;
        Ratio received = Ratio.ZERO;
        for (Position p : holdersOf(stop.interestClass())) {
          invested = invested.plus(Ratio.of(p.investedCents));
          received = received.plus(p.received);
        }
        yield invested.minus(received);
      }
      case AMOUNT_RECEIVED -> Ratio.of(Money.cents(stop.amount()))
          .minus(phaseReceived.getOrDefault(phase.id() + "\u0000" + stop.interestClass(), Ratio.ZERO));
    };
  }

  /** The first phase still running, or -1 when only the residual holder is left to receive. */
  private int currentPhase() {
    List<Phase> phases = terms.phases();
    for (int i = 0; i < phases.size(); i++) {
      Phase ph = phases.get(i);
      boolean open = false;
      for (ClassShare s : ph.shares()) {
        if (!s.interestClass().equals(RESIDUAL)
            && holdersOf(s.interestClass()).stream().anyMatch(p -> !p.capped())) {
          open = true;
        }
      }
      if (open && (ph.until() == null || stopNeed(ph, ph.until()).signum() > 0)) {
        return i;
      }
    }
    return -1;
  }

  private List<Position> holdersOf(String interestClass) {
    List<Position> out = new ArrayList<>();
    for (Position p : positions.values()) {
      if (p.interestClass.equals(interestClass) && p.units.signum() > 0) {
        out.add(p);
      }
    }
    return out;
  }

  /** Cumulative cents per holder: each position rounded down, the residual holder taking the rest. */
  public Map<String, Long> paid() {
    Map<String, Long> out = new LinkedHashMap<>();
    long sum = 0;
    for (Position p : positions.values()) {
      long cents = p.received.floor();
      out.merge(p.holder, cents, Long::sum);
      sum += cents;
    }
    if (terms != null) {
      out.merge(terms.residualHolder(), distributedCents - sum, Long::sum);
    }
    return out;
  }

  public List<HolderStanding> standings() {
    Map<String, Long> paid = paid();
    Map<String, long[]> invested = new LinkedHashMap<>();
    Map<String, Long> caps = new LinkedHashMap<>();
    Map<String, Boolean> capped = new LinkedHashMap<>();
    Map<String, String> stopped = new LinkedHashMap<>();
    for (Position p : positions.values()) {
      if (p.stoppedBy != null) {
        stopped.put(p.holder, p.stoppedBy);
      }
      invested.computeIfAbsent(p.holder, h -> new long[1])[0] += p.investedCents;
      boolean uncapped = p.capCents == null || (caps.containsKey(p.holder) && caps.get(p.holder) == null);
      caps.put(p.holder, uncapped ? null : caps.getOrDefault(p.holder, 0L) + p.capCents);
      capped.merge(p.holder, p.capCents != null && p.received.compareTo(Ratio.of(p.capCents)) >= 0,
          Boolean::logicalAnd);
    }
    List<HolderStanding> out = new ArrayList<>();
    for (String h : paid.keySet()) {
      boolean residual = terms != null && h.equals(terms.residualHolder()) && !invested.containsKey(h);
      out.add(new HolderStanding(h, residual ? 0 : invested.get(h)[0], residual ? null : caps.get(h),
          paid.get(h), !residual && caps.get(h) != null && capped.getOrDefault(h, false), stopped.get(h)));
    }
    return out;
  }

  /** The cents invested in the entity in all, across every class and holder. */
  public long investedCents() {
    long sum = 0;
    for (Position p : positions.values()) {
      sum += p.investedCents;
    }
    return sum;
  }

  public long distributedCents() {
    return distributedCents;
  }

  /** How many distributions have flowed through this book. */
  public int distributions() {
    return distributions;
  }
}
