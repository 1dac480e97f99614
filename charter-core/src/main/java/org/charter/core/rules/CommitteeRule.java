package org.charter.core.rules;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.charter.core.act.ActKind;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.BodyKind;
import org.charter.core.act.EntityEntered;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;

/**
 * Committees of the board, 8 Del. C. § 141(c)(2): the board "may designate 1 or more committees, each committee to
 * consist of 1 or more of the directors", and a committee has the powers of the board "to the extent provided in the
 * resolution", but none "in reference to ... (ii) adopting, amending or repealing any bylaw" (nor, under (i),
 * approving matters the statute submits to the stockholders, which no act kind of Charter's is). Checked twice: when
 * the committee is designated, and on each act taken under a resolution the committee adopted, against the powers
 * delegated. A corporation formed before 1 July 1996 falls under § 141(c)(1) instead, which is not modelled.
 */
record CommitteeRule(String id, String citation) implements Rule {
  // § 141(c)(2) applies to corporations incorporated after 1 July 1996, and to older ones whose board opts in.
  private static final Instant C2_FROM = Instant.parse("1996-07-01T00:00:00Z");

  @Override
  public List<Finding> check(RuleContext ctx) {
    if (ctx.act() instanceof BodyEstablished b) {
      return b.kind() == BodyKind.COMMITTEE ? List.of(designation(ctx, b)) : List.of();
    }
    Effect effect = Effect.of(ctx.act());
    if (effect == null || effect.resolution() == null) {
      return List.of();
    }
    BodyEstablished committee = ctx.state().resolution(effect.resolution()).map(r -> ctx.state().bodyOf(r))
        .flatMap(ctx.state()::body).filter(x -> x.kind() == BodyKind.COMMITTEE).orElse(null);
    return committee == null ? List.of() : List.of(delegated(ctx, committee, effect.kind()));
  }

  private Finding designation(RuleContext ctx, BodyEstablished b) {
    String older = olderCorporation(ctx);
    if (older != null) {
      return Finding.unknown(id, citation + "; § 141(c)(1)", older);
    }
    String name = "committee " + b.body();
    List<String> board = ctx.state().boardOf(b.entity()).map(x -> ctx.state().directorIds(x.body())).orElse(List.of());
    if (b.members() != null) {
      if (b.members().isEmpty()) {
        return Finding.notMet(id, citation, Defect.VOID, name + " has no members; a committee consists of 1 or more"
            + " directors");
      }
      List<String> outside = b.members().stream().filter(m -> !board.contains(m)).toList();
      if (!outside.isEmpty()) {
        return Finding.notMet(id, citation, Defect.VOID, name + ": " + ctx.names(outside) + " not a director of the"
            + " board at the designation; a committee consists of directors");
      }
    }
    if (b.powers() != null && b.powers().contains(ActKind.BYLAWS_AMENDMENT)) {
      return Finding.notMet(id, citation + "(ii)", Defect.VOID, name + " is given power to amend the bylaws, which no"
          + " committee may have");
    }
    if (b.resolution() == null) {
      return Finding.unknown(id, citation, name + ": no resolution of the board designating it is on record");
    }
    String body = ctx.state().resolution(b.resolution()).map(r -> ctx.state().bodyOf(r)).orElse(null);
    BodyEstablished of = body == null ? null : ctx.state().body(body).orElse(null);
    if (of != null && of.kind() != BodyKind.BOARD) {
      return Finding.notMet(id, citation, Defect.VOID, name + " is designated by resolution " + b.resolution()
          + " of " + of.body() + ", not of the board");
    }
    if (b.members() == null) {
      return Finding.unknown(id, citation, name + ": its members are not on record");
    }
    if (b.powers() == null) {
      return Finding.unknown(id, citation, name + ": the powers resolution " + b.resolution() + " delegates are not on"
          + " record");
    }
    return Finding.met(id, citation, name + " of " + ctx.names(b.members()) + ", designated by resolution "
        + b.resolution() + ", with power over " + kinds(b.powers()));
  }

  private Finding delegated(RuleContext ctx, BodyEstablished c, ActKind kind) {
    String what = kinds(List.of(kind));
    if (kind == ActKind.BYLAWS_AMENDMENT) {
      return Finding.notMet(id, citation + "(ii)", Defect.VOID, "committee " + c.body() + " cannot amend the bylaws,"
          + " whatever the board delegates");
    }
    if (c.powers() == null) {
      return Finding.unknown(id, citation, "the powers delegated to committee " + c.body() + " are not on record, so"
          + " whether it may act on " + what + " is unknown");
    }
    if (!c.powers().contains(kind)) {
      return Finding.notMet(id, citation, Defect.VOID, "committee " + c.body() + " has power over "
          + kinds(c.powers()) + ", not " + what);
    }
    return Finding.met(id, citation, "committee " + c.body() + " has power over " + what);
  }

  /**
   * Why § 141(c)(2) may not govern the entity's committees, or null where it does: a corporation formed before 1 July
   * 1996 is under (c)(1) unless its board opted in. An entity entered on the record (not formed on it) was formed on a
   * date the record lacks, so that it was formed after 1996 is unknown, however late it entered.
   */
  private static String olderCorporation(RuleContext ctx) {
    if (ctx.entity() == null) {
      return null;
    }
    if (ctx.entity() instanceof EntityEntered) {
      return "the corporation was formed on a date not on record (it is entered, not formed, on the record), so"
          + " whether it was formed before 1 July 1996, when § 141(c)(1) governs its committees unless the board"
          + " opted into (c)(2), is unknown; Charter models (c)(2) only";
    }
    if (!ctx.entity().meta().validAt().isBefore(C2_FROM)) {
      return null;
    }
    return "the corporation was formed before 1 July 1996, so § 141(c)(1) governs its committees unless the board"
        + " opted into (c)(2); Charter models (c)(2) only";
  }

  private static String kinds(List<ActKind> kinds) {
    return kinds.isEmpty() ? "nothing" : String.join(", ",
        kinds.stream().map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
  }
}
