package org.charter.core.rules;

import java.util.List;
import java.util.Optional;
import org.charter.core.act.ActKind;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.Outcome;
import org.charter.core.act.MotionVoted;
import org.charter.core.state.ResolutionRecord;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Verdict;

/**
 * An act taken under a resolution rests on it: it needs a resolution of a body of the same entity, adopted before it,
 * and it shares that resolution's verdict, so the two never disagree. A resolution the record marks as only filling
 * vacancies (judged without a quorum where the statute allows) authorizes nothing else.
 */
record ResolutionBasisRule(String id, String citation, String quorumRuleId) implements Rule {
  @Override
  public List<Finding> check(RuleContext ctx) {
    Effect effect = Effect.of(ctx.act());
    if (effect == null) {
      return List.of();
    }
    ActKind kind = effect.kind();
    String res = effect.resolution();
    if (res == null) {
      return List.of(Finding.unknown(id, citation, "the resolution authorizing this act is not on record"));
    }
    Optional<ResolutionRecord> found = ctx.state().resolution(res);
    if (found.isEmpty()) {
      return List.of(Finding.notMet(id, citation, Defect.VOID,
          "resolution " + res + " is not on record before " + ctx.time(ctx.at())));
    }
    ResolutionRecord r = found.get();
    String of = ctx.state().bodyOf(r);
    Optional<BodyEstablished> body = of == null ? Optional.empty() : ctx.state().body(of);
    if (body.isEmpty() || !body.get().entity().equals(ctx.entity().entity())) {
      return List.of(Finding.notMet(id, citation, Defect.VOID,
          "resolution " + res + " is not a resolution of a body of " + ctx.entity().name()));
    }
    if (r.act() instanceof MotionVoted m && m.reportedOutcome() == Outcome.FAILED) {
      return List.of(Finding.notMet(id, citation, Defect.VOID, "resolution " + res + " failed"));
    }
    Verdict v = ctx.state().verdict(r.act().id());
    boolean seats = kind == ActKind.VACANCY || kind == ActKind.DIRECTOR_APPOINTMENT;
    if (!seats && r.act() instanceof MotionVoted m && m.onlyFillsVacancies()) {
      return List.of(Finding.notMet(id, citation, Defect.VOID, "resolution " + res + " is recorded as only filling"
          + " vacancies (fills_vacancies), so it cannot authorize this act"));
    }
    String hint = seats && quorumOnlyDefect(v) ? "; a resolution adopted below quorum may still fill vacancies"
        + " (8 Del. C. § 223(a)) when the record marks it as doing nothing else (fills_vacancies)" : "";
    String on = "rests on resolution " + res + " (act " + r.act().id() + "), which is " + v.label() + hint;
    return switch (v.status()) {
      case INVALID -> List.of(Finding.notMet(id, citation, v.defect() == null ? Defect.VOID : v.defect(), on));
      case UNDETERMINED -> List.of(Finding.unknown(id, citation, on));
      case VALID_WITH_WARNINGS -> List.of(Finding.warning(id, citation, on));
      case VALID -> List.of(Finding.met(id, citation, on));
    };
  }

  private boolean quorumOnlyDefect(Verdict v) {
    return v.findings().stream().anyMatch(f -> f.ruleId().equals(quorumRuleId) && f.outcome() != Finding.Outcome.MET)
        && v.findings().stream().filter(f -> f.outcome() == Finding.Outcome.NOT_MET)
            .allMatch(f -> f.ruleId().equals(quorumRuleId));
  }
}
