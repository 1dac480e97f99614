package org.charter.core.rules;

import java.util.ArrayList;
import java.util.List;
import org.charter.core.act.Threshold;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.state.Tally;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;

/**
 * One reading of the statute for a nonstock corporation whose certificate and bylaws provide for no members: its
 * directors are then its members (8 Del. C. § 102(a)(4): those entitled to elect the governing body), § 114(a) reads
 * the chapter's stockholders as members, and § 228(a) lets members act without a meeting by the written consent of
 * those with the votes a meeting would need, unless the certificate forbids it. On that reading the directors' consent
 * by the bylaws' threshold (a majority where they set none) takes effect. Whether that reading is right is not settled
 * here: a scenario reaches this rule only through a profile that names the reading, which a hypothesis chooses.
 */
record MembersConsentRule(String id, String citation) implements Rule {
  @Override
  public List<Finding> check(RuleContext ctx) {
    if (!(ctx.act() instanceof WrittenConsentSigned c)) {
      return List.of();
    }
    Boolean members = ctx.entity().hasMembers();
    if (Boolean.TRUE.equals(members)) {
      return List.of(Finding.notMet(id, citation, Defect.VOID, ctx.entity().name() + " has members other than its"
          + " directors: its directors cannot act as its members"));
    }
    Tally t = ctx.state().tally(c);
    Threshold bylaws = ctx.state().bylaws(ctx.entity().entity()).writtenConsentThreshold();
    Threshold need = bylaws != null ? bylaws : Threshold.MAJORITY;
    List<String> missing = new ArrayList<>(t.inOffice());
    missing.removeAll(t.present());
    String detail = "signed by " + t.present().size() + " of " + t.inOffice().size() + " directors in office"
        + (missing.isEmpty() ? "" : " (not signed: " + ctx.names(missing) + ")") + "; as members they need "
        + need + (bylaws != null ? " (the bylaws' threshold)" : " (no threshold in the bylaws: the votes a meeting"
        + " of all of them would need)") + ", " + need.minimumOf(t.inOffice().size()) + " of " + t.inOffice().size();
    boolean enough = !t.inOffice().isEmpty() && need.isMet(t.present().size(), t.inOffice().size());
    if (members == null) {
      return List.of(Finding.unknown(id, citation, "whether " + ctx.entity().name() + " has members other than its"
          + " directors is not on record, and this reading needs none; " + detail + ": "
          + (enough ? "met if it has none" : "not met either way")));
    }
    return List.of(enough ? Finding.met(id, citation, detail + ": met")
        : Finding.notMet(id, citation, Defect.VOID, detail + ": not met"));
  }
}
