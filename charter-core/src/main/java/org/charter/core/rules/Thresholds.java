package org.charter.core.rules;

import java.util.Optional;
import org.charter.core.act.VoteBase;
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

  /**
   * The yes votes needed, when the base is known without the tally: not for votes cast, and not when the base counts
   * nobody (no attendance or signers on record), which would read "1 yes of 0".
   */
  static Optional<String> needed(RuleContext ctx, VoteRule rule, Tally t) {
    int base = base(ctx, rule, t);
    if (rule.base() == VoteBase.VOTES_CAST || base == 0) {
      return Optional.empty();
    }
    return Optional.of(rule.threshold().minimumOf(base) + " yes of " + base);
  }

  /** The rule as a finding names it: a written consent's signers stand where a meeting's directors present would. */
  static String rule(VoteRule rule, Tally t) {
    if (t.consent() && rule.base() == VoteBase.PRESENT) {
      return rule.threshold() + " of directors signing";
    }
    return rule.toString();
  }

  static String describe(RuleContext ctx, VoteRule rule, Tally t) {
    int base = base(ctx, rule, t);
    String counts = t.consent()
        ? "signed by " + t.yes() + " of " + t.inOffice().size() + " directors in office"
        : "yes " + t.yes() + ", no " + t.no() + ", abstain " + t.abstain() + "; " + t.present().size()
            + " present of " + t.inOffice().size() + " in office";
    return counts + "; needs " + rule(rule, t) + " (" + rule.threshold().minimumOf(base) + " yes of " + base + ")";
  }
}
