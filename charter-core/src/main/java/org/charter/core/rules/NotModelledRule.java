package org.charter.core.rules;

import java.util.List;
import org.charter.core.act.EntityOnRecord;
import org.charter.core.verdict.Finding;

/**
 * For an entity whose statute Charter does not model (profile {@code none}): every act its rules would govern is
 * unknown, and the finding says why, rather than borrowing another statute's rules. That the entity exists is a fact
 * of record and gets no finding.
 */
record NotModelledRule(String id) implements Rule {
  @Override
  public String citation() {
    return "no statute profile: the entity's law is not modelled";
  }

  @Override
  public List<Finding> check(RuleContext ctx) {
    if (ctx.act() instanceof EntityOnRecord) {
      return List.of();
    }
    String j = ctx.entity().jurisdiction();
    // A scenario may write that the jurisdiction is not on record; the finding then says so rather than quoting it.
    String where = j == null || j.isBlank() || j.strip().equalsIgnoreCase("not on record")
        ? "its jurisdiction (not on record)" : j;
    return List.of(Finding.unknown(id, citation(), ctx.name(ctx.entity().entity())
        + " has no profile: the law of " + where + " for " + ctx.entity().kind().name().toLowerCase(java.util.Locale.ROOT)
            .replace('_', ' ') + "s is not modelled, so no rule judges this act"));
  }
}
