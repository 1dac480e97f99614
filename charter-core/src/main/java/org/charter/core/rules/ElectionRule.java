package org.charter.core.rules;

import java.util.List;
import org.charter.core.act.DirectorElected;
import org.charter.core.verdict.Finding;

/** An election needs an elector on record: the members, the incorporator, or another body the record names. */
record ElectionRule(String id, String citation) implements Rule {
  @Override
  public List<Finding> check(RuleContext ctx) {
    if (!(ctx.act() instanceof DirectorElected a)) {
      return List.of();
    }
    if (a.electedBy() == null || a.electedBy().isBlank()) {
      return List.of(Finding.unknown(id, citation, "how " + ctx.name(a.person()) + " was elected is not on record"));
    }
    return List.of(Finding.met(id, citation, "elected by " + a.electedBy() + ", as recorded"));
  }
}
