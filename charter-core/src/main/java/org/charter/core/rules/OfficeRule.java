package org.charter.core.rules;

import java.util.List;
import org.charter.core.act.Office;
import org.charter.core.act.OfficerAppointed;
import org.charter.core.verdict.Finding;

/**
 * An officer is appointed to an office the bylaws name, or to one the board's resolution names: 8 Del. C. § 142(a)
 * gives a corporation "such officers with such titles and duties as shall be stated in the bylaws or in a resolution
 * of the board of directors which is not inconsistent with the bylaws". Where the bylaws on record name no offices the
 * board may name any, and nothing is found. The chair is the board's own office and is not checked here; an interim
 * CEO holds the CEO's office for the time being.
 */
record OfficeRule(String id, String citation) implements Rule {
  @Override
  public List<Finding> check(RuleContext ctx) {
    if (!(ctx.act() instanceof OfficerAppointed a) || a.office().equals(Office.CHAIR)) {
      return List.of();
    }
    List<Office> named = ctx.params().offices();
    if (named == null) {
      return List.of();
    }
    Office office = a.office().equals(Office.INTERIM_CEO) ? Office.CEO : a.office();
    if (named.contains(office)) {
      return List.of(Finding.met(id, citation, "the bylaws name the office " + a.office()));
    }
    String offices = String.join(", ", named.stream().map(Office::name).toList());
    if (a.resolution() == null || ctx.state().resolution(a.resolution()).isEmpty()) {
      return List.of(Finding.unknown(id, citation, "the bylaws name " + offices + ", not " + a.office()
          + ", and no resolution of the board naming it is on record"));
    }
    return List.of(Finding.met(id, citation, "the bylaws name " + offices + ", not " + a.office()
        + "; resolution " + a.resolution() + " names it, which the statute allows where it is not inconsistent with"
        + " the bylaws"));
  }
}
