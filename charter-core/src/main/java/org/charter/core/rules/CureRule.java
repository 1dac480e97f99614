package org.charter.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.charter.core.act.Act;
import org.charter.core.act.ActRatified;
import org.charter.core.act.BindingAct;
import org.charter.core.act.CourtValidated;
import org.charter.core.act.Ratification;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Status;
import org.charter.core.verdict.Verdict;

/**
 * A cure of an earlier act: a ratification under 8 Del. C. § 204, an ordinary ratifying vote, or the Court of
 * Chancery's validation under § 205. The act cured must be on record, of the same entity, and before the cure. An
 * ordinary vote cures a voidable act only: a void act cannot be ratified at common law. A § 204 ratification must state
 * the failure of authorization and be adopted by the vote the act needed; whether § 204 reaches the entity's kind of
 * corporation is {@code reach204}: null when the statute's text, as Charter has it, does not settle it (the finding
 * is then unknown, never assumed). A cure whose verdict is valid (with or without warnings) gives the act effect in
 * the legal register from the act's own time (the book marks it; see Book).
 */
record CureRule(String ratifyId, String ordinaryId, String courtId, String reach204, String unsettled204)
    implements Rule {
  static final String CITE_204 = "8 Del. C. § 204 (ratification of defective corporate acts)";
  static final String CITE_ORDINARY = "common-law ratification cures voidable acts only: Fogel v. U.S. Energy Sys."
      + " (Del. Ch. 2007); 8 Del. C. § 204 for void ones";
  static final String CITE_205 = "8 Del. C. § 205 (Court of Chancery: validity of defective corporate acts)";

  @Override
  public String id() {
    return ratifyId;
  }

  @Override
  public String citation() {
    return CITE_204;
  }

  @Override
  public List<Finding> check(RuleContext ctx) {
    if (ctx.act() instanceof ActRatified r) {
      return ratification(ctx, r);
    }
    if (ctx.act() instanceof CourtValidated c) {
      return court(ctx, c);
    }
    return List.of();
  }

  private List<Finding> ratification(RuleContext ctx, ActRatified r) {
    boolean s204 = r.basis() == Ratification.DGCL_204;
    String id = s204 ? ratifyId : ordinaryId;
    String cite = s204 ? CITE_204 : CITE_ORDINARY;
    Optional<Finding> missing = target(ctx, r.ratifies(), id, cite);
    if (missing.isPresent()) {
      return List.of(missing.get());
    }
    BindingAct target = (BindingAct) ctx.state().act(r.ratifies());
    Verdict v = ctx.state().verdict(r.ratifies());
    boolean isVoid = v.status() == Status.INVALID && v.defect() == Defect.VOID;
    String what = "act " + r.ratifies() + " (" + v.label() + ")";
    List<Finding> out = new ArrayList<>();
    if (!v.status().isDefective()) {
      out.add(Finding.met(id, cite, what + " is not defective: the ratification confirms it"));
    } else if (!s204) {
      out.add(isVoid
          ? Finding.notMet(id, cite, Defect.VOID, what + " is void, and an ordinary ratifying vote cannot cure a void act;"
              + " a ratification under 8 Del. C. § 204 can")
          : Finding.met(id, cite, what + " is not void: an ordinary ratifying vote cures it from its time"));
    } else if (r.failure() == null || r.failure().isBlank()) {
      out.add(Finding.notMet(id, cite, Defect.VOID, "the resolution must state the failure of authorization of " + what
          + " (8 Del. C. § 204(b)); none is on record"));
    } else if (reach204 == null) {
      out.add(Finding.unknown(id, cite + "; " + unsettled204, "whether 8 Del. C. § 204 reaches " + ctx.entity().name()
          + " is not settled by the statute's text as Charter has it (" + unsettled204 + "); if it does, " + what
          + " is ratified from its time (failure stated: " + r.failure() + ")"));
    } else {
      out.add(Finding.met(id, cite + "; " + reach204, what + " is ratified from its time, " + ctx.time(target.meta()
          .validAt()) + " (failure of authorization stated: " + r.failure() + ")"));
    }
    // The ratifying vote must be the vote the ratified act needed (§ 204(c)); an ordinary vote, the same.
    Effect needed = Effect.of(target);
    if (needed != null && v.status().isDefective()) {
      KindThresholdRule.forResolution(ctx, needed.kind(), r.resolution(), id + "-vote", cite
          + ": adopted by the vote the ratified act needed").ifPresent(out::add);
    }
    return out;
  }

  private List<Finding> court(RuleContext ctx, CourtValidated c) {
    Optional<Finding> missing = target(ctx, c.validates(), courtId, CITE_205);
    if (missing.isPresent()) {
      return List.of(missing.get());
    }
    return List.of(Finding.met(courtId, CITE_205, c.court() + " declares act " + c.validates() + " valid; it has effect from"
        + " its own time, " + ctx.time(ctx.state().act(c.validates()).meta().validAt())));
  }

  /** The finding when the act a cure names is not on record, is another entity's, or comes after the cure. */
  private static Optional<Finding> target(RuleContext ctx, String actId, String id, String cite) {
    Act a = ctx.state().act(actId);
    if (!(a instanceof BindingAct b) || ctx.state().verdict(actId) == null) {
      return Optional.of(Finding.notMet(id, cite, Defect.VOID, "act " + actId + " is not on record"));
    }
    if (a.meta().validAt().isAfter(ctx.at())) {
      return Optional.of(Finding.notMet(id, cite, Defect.VOID, "act " + actId + " comes after the cure ("
          + ctx.time(a.meta().validAt()) + ")"));
    }
    Optional<String> of = Validator.governingEntity(b, ctx.state());
    if (of.isEmpty() || !of.get().equals(ctx.entity().entity())) {
      return Optional.of(Finding.notMet(id, cite, Defect.VOID, "act " + actId + " is not an act of "
          + ctx.entity().name()));
    }
    return Optional.empty();
  }
}
