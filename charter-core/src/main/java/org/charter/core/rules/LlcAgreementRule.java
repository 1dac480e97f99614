package org.charter.core.rules;

import java.util.List;
import org.charter.core.act.EntityOnRecord;
import org.charter.core.verdict.Finding;

/**
 * For a Delaware limited liability company: who decides, and how, is what its limited liability company agreement
 * says, and the Act's rules are defaults that apply only "unless otherwise provided" in it. Charter does not model an
 * agreement's terms, so every act the company's rules would govern is unknown, and the finding gives the Act's
 * defaults that the agreement may displace. That the company exists is a fact of record and gets no finding.
 */
record LlcAgreementRule(String id, String citation) implements Rule {
  @Override
  public List<Finding> check(RuleContext ctx) {
    if (ctx.act() instanceof EntityOnRecord) {
      return List.of();
    }
    return List.of(Finding.unknown(id, citation, ctx.name(ctx.entity().entity()) + " is a Delaware limited liability"
        + " company: its limited liability company agreement governs this act, and Charter does not model an"
        + " agreement's terms. Unless it provides otherwise, the members manage in proportion to their interests in"
        + " the profits, those owning more than 50 percent deciding, or a manager where the agreement provides for"
        + " one (§ 18-402), and members or managers may act without a meeting by the written consent of those with"
        + " the votes a meeting would need (§§ 18-302(d), 18-404(d))"));
  }
}
