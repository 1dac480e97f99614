package org.charter.core.rules;

import org.charter.core.act.VoteRule;
import org.charter.core.state.Tally;

/** Counting yes votes against the base a vote rule names. */
final class Thresholds {
  private Thresholds() {}

  static int base(RuleContext ctx, VoteRule rule, Tally t) {
    return switch (rule.base()) {
      case PRESENT -> t.present().size();
      case VOTES_CAST -> t.yes() == null ? 0 : t.yes() + t.no();
      case DIRECTORS_IN_OFFICE -> t.inOffice().size();
      case AUTHORIZED_SEATS -> ctx.authorizedSeats(t.inOffice());
    };
  }

  static boolean isMet(RuleContext ctx, VoteRule rule, Tally t) {
    return t.yes() != null && rule.threshold().isMet(t.yes(), base(ctx, rule, t));
  }

  /** The yes votes needed, when the base is known without the tally. */
  static String needed(RuleContext ctx, VoteRule rule, Tally t) {
    if (rule.base() == org.charter.core.act.VoteBase.VOTES_CAST) {
      return "depends on the votes cast";
    }
    int base = base(ctx, rule, t);
    return rule.threshold().minimumOf(base) + " yes of " + base;
  }

  static String describe(RuleContext ctx, VoteRule rule, Tally t) {
    int base = base(ctx, rule, t);
    String counts = t.consent()
        ? "signed by " + t.yes() + " of " + t.inOffice().size() + " directors in office"
        : "yes " + t.yes() + ", no " + t.no() + ", abstain " + t.abstain() + "; " + t.present().size()
            + " present of " + t.inOffice().size() + " in office";
    return counts + "; needs " + rule + " (" + rule.threshold().minimumOf(base) + " yes of " + base + ")";
  }
}
