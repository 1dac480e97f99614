package org.charter.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.charter.core.act.CompositionConstraint;
import org.charter.core.act.PersonDescribed;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;

/**
 * The board must keep its required make-up after every change of directors. A director whose holding or employment is
 * not on record counts as unknown: the constraint is met only if it holds however the unknowns fall. Seating a
 * director who breaks it is void (unknown where it depends on what is not on record); a departure that breaks it, or
 * may, leaves the board out of compliance: a warning, since a resignation or removal stands either way.
 */
final class CompositionRule implements Rule {
  @Override
  public String id() {
    return "composition";
  }

  @Override
  public String citation() {
    return "the entity's governing documents";
  }

  @Override
  public List<Finding> check(RuleContext ctx) {
    SeatChange change = SeatChange.of(ctx.act());
    if (change == null) {
      return List.of();
    }
    String body = change.body();
    String person = change.person();
    boolean joins = change.joins();
    List<String> after = new ArrayList<>(ctx.state().directorIds(body));
    if (joins && !after.contains(person)) {
      after.add(person);
    } else if (!joins) {
      after.remove(person);
    }
    List<Finding> out = new ArrayList<>();
    for (CompositionConstraint c : ctx.params().composition()) {
      out.add(check(ctx, c, after, joins));
    }
    return out;
  }

  private Finding check(RuleContext ctx, CompositionConstraint c, List<String> after, boolean joins) {
    int yes = 0;
    int unknown = 0;
    for (String d : after) {
      Boolean q = qualifies(ctx, c, d);
      if (q == null) {
        unknown++;
      } else if (q) {
        yes++;
      }
    }
    int n = after.size();
    String what = switch (c.kind()) {
      case MAJORITY_HOLD_NO_EQUITY_IN -> "hold no equity in " + c.entity();
      case MAJORITY_INDEPENDENT_OF -> "are independent of " + c.entity();
    };
    String detail = "after this act " + yes + " of " + n + " directors " + what
        + (unknown > 0 ? " and " + unknown + " not on record" : "") + "; a majority must";
    if (yes * 2 > n) {
      return Finding.met(c.id(), c.citation(), detail + ": met");
    }
    if ((yes + unknown) * 2 > n) {
      // A departure stands whatever the board looks like after it; only a seating can be void for the make-up.
      return joins ? Finding.unknown(c.id(), c.citation(), detail + ": depends on what is not on record")
          : Finding.warning(c.id(), c.citation(), detail + ": the board may no longer comply; it depends on what is"
              + " not on record");
    }
    return joins ? Finding.notMet(c.id(), c.citation(), Defect.VOID, detail + ": not met")
        : Finding.warning(c.id(), c.citation(), detail + ": the board no longer complies");
  }

  /** Whether a director satisfies the constraint: true, false, or null when the record does not say. */
  private static Boolean qualifies(RuleContext ctx, CompositionConstraint c, String person) {
    Optional<PersonDescribed> p = ctx.state().person(person);
    if (p.isEmpty()) {
      return null;
    }
    List<String> no = p.get().holdsNoEquityIn() == null ? List.of() : p.get().holdsNoEquityIn();
    List<String> has = p.get().holdsEquityIn() == null ? List.of() : p.get().holdsEquityIn();
    return switch (c.kind()) {
      case MAJORITY_HOLD_NO_EQUITY_IN -> no.contains(c.entity()) ? Boolean.TRUE
          : has.contains(c.entity()) ? Boolean.FALSE : null;
      case MAJORITY_INDEPENDENT_OF -> {
        if (p.get().employedBy() == null) {
          yield null;
        }
        Set<String> group = new java.util.HashSet<>(ctx.state().controlledBy(c.entity()));
        group.add(c.entity());
        group.add(ctx.state().ultimateController(c.entity()));
        boolean employed = p.get().employedBy().stream().anyMatch(group::contains);
        yield !employed;
      }
    };
  }
}
