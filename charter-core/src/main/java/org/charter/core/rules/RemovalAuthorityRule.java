package org.charter.core.rules;

import java.util.List;
import java.util.Optional;
import org.charter.core.act.ActKind;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.BodyKind;
import org.charter.core.act.DirectorRemoved;
import org.charter.core.state.ResolutionRecord;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;

/**
 * Who may remove a director, and by what vote: stockholders (or shareholders), never the board of a stock corporation;
 * in a nonstock corporation the members, or, where it has none, the directors acting as members. One finding per
 * removal: who may act and the vote they need are one requirement, so a removal the body may not make is not also
 * "met" on its votes.
 */
record RemovalAuthorityRule(String id, String citation) implements Rule {
  @Override
  public List<Finding> check(RuleContext ctx) {
    if (!(ctx.act() instanceof DirectorRemoved a) || a.resolution() == null) {
      return List.of();
    }
    Optional<ResolutionRecord> r = ctx.state().resolution(a.resolution());
    Optional<BodyEstablished> body = r.map(x -> ctx.state().bodyOf(x)).flatMap(b -> ctx.state().body(b));
    if (body.isEmpty()) {
      return List.of();
    }
    Finding authority = authority(ctx, body.get().kind() != BodyKind.MEMBERS);
    Optional<Finding> vote = KindThresholdRule.forResolution(ctx, ActKind.DIRECTOR_REMOVAL, a.resolution(), id,
        citation);
    // Shareholders vote by shares, not by heads: the board's tally cannot count their vote.
    if (authority.outcome() == Finding.Outcome.NOT_MET || vote.isEmpty()
        || ctx.params().removal() == RemovalAuthority.SHAREHOLDERS) {
      return List.of(authority);
    }
    return List.of(both(authority, vote.get()));
  }

  // Both parts must hold: a breach of either voids the removal, else an unknown part leaves it unknown.
  private Finding both(Finding authority, Finding vote) {
    String detail = authority.detail() + "; " + vote.detail();
    if (vote.outcome() == Finding.Outcome.NOT_MET) {
      return Finding.notMet(id, citation, vote.defect(), detail);
    }
    if (authority.outcome() == Finding.Outcome.UNKNOWN || vote.outcome() == Finding.Outcome.UNKNOWN) {
      return Finding.unknown(id, citation, detail);
    }
    return Finding.met(id, citation, detail);
  }

  private Finding authority(RuleContext ctx, boolean byBoard) {
    String entity = ctx.entity().name();
    return switch (ctx.params().removal()) {
      case STOCKHOLDERS -> byBoard
          ? Finding.notMet(id, citation, Defect.VOID,
              "the board of a stock corporation cannot remove a director; only the stockholders can")
          : Finding.met(id, citation, "removed by the stockholders");
      case SHAREHOLDERS -> byBoard
          ? Finding.notMet(id, citation, Defect.VOID, "the board cannot remove a director; only the shareholders can,"
              + " by the outstanding shares (the board may only declare vacant the seat of a director found of unsound"
              + " mind by a court or convicted of a felony, Cal. Corp. Code § 302, which is not modelled)")
          : Finding.unknown(id, citation, "removed by the shareholders; whether the outstanding shares approved it, and"
              + " whether the votes against would have elected the director cumulatively, needs share counts that"
              + " Charter does not model");
      case BODY -> Finding.met(id, citation, "removed by the body that elected the director");
      case MEMBERS_OR_DIRECTORS_AS_MEMBERS -> {
        if (!byBoard) {
          yield Finding.met(id, citation, "removed by the members");
        }
        Boolean members = ctx.entity().hasMembers();
        if (members == null) {
          yield Finding.unknown(id, citation, "whether " + entity + " has members other than its directors is not on"
              + " record; if it has none, its directors act as members and may remove a director");
        }
        yield members
            ? Finding.notMet(id, citation, Defect.VOID, entity + " has members; only they may remove a director")
            : Finding.met(id, citation, entity + " has no members, so its directors act as members");
      }
    };
  }
}
