package org.charter.core.rules;

import java.util.ArrayList;
import java.util.List;
import org.charter.core.act.Threshold;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.state.Tally;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;

/**
 * A board acts without a meeting only by the written consent of every director in office. Bylaws that say a smaller
 * share is enough (a majority) cannot lower it under the statute: the finding says so, naming the statute's limit on
 * bylaws ({@code bylawLimit}, null where the rules have none to cite). Where another reading is open ({@code
 * openReading}: for a nonstock corporation, whose directors may be its members and act as members do, 8 Del. C.
 * §§ 102(a)(4), 114(a), 228(a)), a consent that the bylaws' share carries but that is not unanimous is undetermined:
 * the question of law is not settled here, and a profile that names a reading ({@link MembersConsentRule}, or this rule
 * with the reading closed) decides it.
 */
record WrittenConsentRule(String id, String citation, String bylawLimit, String openReading) implements Rule {
  WrittenConsentRule(String id, String citation) {
    this(id, citation, null, null);
  }

  @Override
  public List<Finding> check(RuleContext ctx) {
    if (!(ctx.act() instanceof WrittenConsentSigned c)) {
      return List.of();
    }
    if (!ctx.params().writtenConsent()) {
      return List.of(Finding.notMet(id, citation, Defect.VOID, "these rules do not allow action without a meeting"));
    }
    Tally t = ctx.state().tally(c);
    List<String> missing = new ArrayList<>(t.inOffice());
    missing.removeAll(t.present());
    List<String> outsiders = c.signers().stream().filter(s -> !t.inOffice().contains(s)).toList();
    String detail = "signed by " + t.present().size() + " of " + t.inOffice().size() + " directors in office"
        + (missing.isEmpty() ? "" : " (not signed: " + ctx.names(missing) + ")")
        + (outsiders.isEmpty() ? "" : "; signers who are not directors: " + ctx.names(outsiders));
    Threshold lower = ctx.state().bylaws(ctx.entity().entity()).writtenConsentThreshold();
    if (lower != null && !lower.equals(Threshold.ALL)) {
      String bylaws = "the bylaws allow consent by " + lower + " of the directors"
          + (ctx.params().bylawsCitation() == null ? "" : " (" + ctx.params().bylawsCitation() + ")");
      if (openReading != null && !t.inOffice().isEmpty() && !missing.isEmpty()
          && lower.isMet(t.present().size(), t.inOffice().size())) {
        return List.of(Finding.unknown(id, citation + "; " + openReading, detail + "; " + bylaws + ", which carries"
            + " this consent; the statute requires every director in office and the bylaws cannot lower that"
            + (bylawLimit == null ? "" : " (" + bylawLimit + ")") + ", unless the directors may act as the"
            + " corporation's members, by the consent of the votes a meeting would need: a question of law not"
            + " settled here (profiles delaware-nonstock-141f and delaware-nonstock-members-228 each take one"
            + " reading)"));
      }
      detail += "; " + bylaws + ", but the statute requires every director in office and the bylaws cannot lower"
          + " that" + (bylawLimit == null ? "" : " (" + bylawLimit + ")");
    }
    if (t.inOffice().isEmpty() || !missing.isEmpty()) {
      return List.of(Finding.notMet(id, citation, Defect.VOID, detail + "; must be unanimous: not met"));
    }
    // Unanimity counts the directors in office; a seat emptied by a defective act may not be empty at all. One finding
    // says both, so the rule has one outcome for the consent.
    List<org.charter.core.state.Vacated> doubtful = ctx.state().seatsVacatedByDefectiveActs(c.body());
    if (doubtful.isEmpty()) {
      return List.of(Finding.met(id, citation, detail + ": unanimous"));
    }
    return List.of(Finding.warning(id, citation, detail + ": unanimous of those in office, but the directors in office"
        + " rest on acts not shown valid (" + String.join(", ", doubtful.stream().map(v -> ctx.name(v.person()) + " by "
            + v.by().actId() + ", " + v.by().status(ctx.state().register()).label()).toList())
        + "); if those acts are void, the consent lacks their signatures"));
  }
}
