package org.charter.core.rules;

import java.util.List;
import java.util.function.Predicate;
import org.charter.core.act.BindingAct;
import org.charter.core.verdict.Finding;

/**
 * Acts that a profile's statute governs but Charter does not model for it (a California cure, say) are unknown, with
 * the reason: judged by no rule, they would otherwise pass as valid. {@code applies} picks the acts.
 */
record UnmodelledActsRule(String id, String citation, Predicate<BindingAct> applies, String why) implements Rule {
  @Override
  public List<Finding> check(RuleContext ctx) {
    return applies.test(ctx.act()) ? List.of(Finding.unknown(id, citation, why)) : List.of();
  }
}
