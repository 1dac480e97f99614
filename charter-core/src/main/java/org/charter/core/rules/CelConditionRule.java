package org.charter.core.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.charter.core.act.ActTypes;
import org.charter.core.act.CustomCondition;
import org.charter.core.act.PersonDescribed;
import org.charter.core.ledger.Canonical;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;

/** The bylaws' CEL conditions that apply to an act's type: each must be true for the act to be valid. */
final class CelConditionRule implements Rule {
  @Override
  public String id() {
    return "condition";
  }

  @Override
  public String citation() {
    return "the entity's bylaws";
  }

  @Override
  public List<Finding> check(RuleContext ctx) {
    String type = ActTypes.nameOf(ctx.act().getClass());
    List<Finding> out = new ArrayList<>();
    for (CustomCondition c : ctx.params().conditions()) {
      if (!c.appliesTo().contains(type)) {
        continue;
      }
      Map<String, Object> vars = Map.of("act", actVars(ctx), "directors", directors(ctx));
      String what = c.message() != null ? c.message() : c.expression();
      try {
        boolean ok = CelConditions.evaluate(c.expression(), vars);
        out.add(ok ? Finding.met(c.id(), c.citation(), what + ": holds")
            : Finding.notMet(c.id(), c.citation(), Defect.VOID, what + ": does not hold"));
      } catch (Exception e) {
        out.add(Finding.unknown(c.id(), c.citation(), "could not evaluate " + c.expression() + ": " + e.getMessage()));
      }
    }
    return out;
  }

  private static Map<String, Object> actVars(RuleContext ctx) {
    Map<String, Object> m = new LinkedHashMap<>(Canonical.tree(ctx.act()));
    m.put("type", m.remove("@type"));
    return m;
  }

  /** The directors in office once the act takes effect, as CEL maps. */
  private static List<Map<String, Object>> directors(RuleContext ctx) {
    SeatChange change = SeatChange.of(ctx.act());
    String body = null;
    String joining = null;
    String leaving = null;
    if (change != null) {
      body = change.body();
      joining = change.joins() ? change.person() : null;
      leaving = change.joins() ? null : change.person();
    } else if (ctx.entity() != null) {
      body = ctx.state().boardOf(ctx.entity().entity()).map(b -> b.body()).orElse(null);
    }
    List<String> ids = body == null ? new ArrayList<>() : new ArrayList<>(ctx.state().directorIds(body));
    if (joining != null && !ids.contains(joining)) {
      ids.add(joining);
    }
    ids.remove(leaving);
    Set<String> group = new HashSet<>();
    if (ctx.entity() != null) {
      group.add(ctx.entity().entity());
      group.addAll(ctx.state().controlledBy(ctx.entity().entity()));
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (String id : ids) {
      PersonDescribed p = ctx.state().person(id).orElse(null);
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("id", id);
      d.put("name", p == null ? id : p.name());
      d.put("employed", p != null && p.employedBy() != null && p.employedBy().stream().anyMatch(group::contains));
      d.put("holds_equity_in", p == null ? List.of() : p.holdsEquityIn());
      d.put("holds_no_equity_in", p == null ? List.of() : p.holdsNoEquityIn());
      out.add(d);
    }
    return out;
  }
}
