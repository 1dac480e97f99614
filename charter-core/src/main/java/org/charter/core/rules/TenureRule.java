package org.charter.core.rules;

import java.util.List;
import java.util.Set;
import org.charter.core.act.DirectorAppointed;
import org.charter.core.act.DirectorElected;
import org.charter.core.act.DirectorRemoved;
import org.charter.core.act.DirectorResigned;
import org.charter.core.act.Office;
import org.charter.core.act.OfficerAppointed;
import org.charter.core.act.OfficerRemoved;
import org.charter.core.act.OfficerResigned;
import org.charter.core.act.VacancyFilled;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;

/** The register must hold what an act changes: no removing someone not seated, no seating someone twice, a chair who is a director, a vacancy to fill. */
record TenureRule(String id, String citation) implements Rule {
  @Override
  public List<Finding> check(RuleContext ctx) {
    var s = ctx.state();
    if (ctx.act() instanceof DirectorRemoved a) {
      return seated(ctx, a.body(), a.person(), true);
    } else if (ctx.act() instanceof DirectorResigned a) {
      return seated(ctx, a.body(), a.person(), true);
    } else if (ctx.act() instanceof DirectorElected a) {
      return seated(ctx, a.body(), a.person(), false);
    } else if (ctx.act() instanceof DirectorAppointed a) {
      return seatOpen(ctx, a.body(), a.person(), "all authorized seats are filled; the board size must be raised first");
    } else if (ctx.act() instanceof VacancyFilled a) {
      return seatOpen(ctx, a.body(), a.person(), "no seat is vacant");
    } else if (ctx.act() instanceof OfficerRemoved a) {
      return holds(ctx, a.entity(), a.office(), a.person());
    } else if (ctx.act() instanceof OfficerResigned a) {
      return holds(ctx, a.entity(), a.office(), a.person());
    } else if (ctx.act() instanceof OfficerAppointed a && a.office() == Office.CHAIR) {
      var board = s.boardOf(a.entity());
      boolean director = board.isPresent() && s.directorIds(board.get().body()).contains(a.person());
      return List.of(director
          ? Finding.met(id, citation, ctx.name(a.person()) + " is a director, as a chair must be")
          : Finding.notMet(id, citation, Defect.VOID, ctx.name(a.person()) + " is not a director; the chair must be"));
    }
    return List.of();
  }

  private List<Finding> seated(RuleContext ctx, String body, String person, boolean mustBe) {
    boolean is = ctx.state().directorIds(body).contains(person);
    if (is == mustBe) {
      return List.of();
    }
    return List.of(Finding.notMet(id, citation, Defect.VOID, ctx.name(person)
        + (mustBe ? " is not a director of " : " is already a director of ") + body + " at " + ctx.time(ctx.at())));
  }

  private List<Finding> seatOpen(RuleContext ctx, String body, String person, String full) {
    List<Finding> already = seated(ctx, body, person, false);
    if (!already.isEmpty()) {
      return already;
    }
    Integer size = ctx.params().boardSize();
    int filled = ctx.state().directorIds(body).size();
    if (size == null) {
      return List.of();
    }
    return filled < size ? List.of(Finding.met(id, citation, filled + " of " + size + " seats filled"))
        : List.of(Finding.notMet(id, citation, Defect.VOID, filled + " of " + size + " seats filled: " + full));
  }

  private List<Finding> holds(RuleContext ctx, String entity, Office office, String person) {
    Set<Office> held = ctx.state().officesOf(entity, person);
    if (held.contains(office)) {
      return List.of();
    }
    String name = ctx.entityOpt().map(e -> e.name()).orElse(entity);
    return List.of(Finding.notMet(id, citation, Defect.VOID,
        ctx.name(person) + " does not hold the office of " + office.name().toLowerCase(java.util.Locale.ROOT)
            .replace('_', ' ') + " of " + name + " at " + ctx.time(ctx.at())));
  }

}
