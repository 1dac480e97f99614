package org.charter.core.rules;

import java.util.List;
import java.util.Set;
import org.charter.core.act.ActCorrected;
import org.charter.core.act.ActRatified;
import org.charter.core.act.ActRetracted;
import org.charter.core.act.AgreementSigned;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.BylawsAdopted;
import org.charter.core.act.BylawsAmended;
import org.charter.core.act.ComputePurchased;
import org.charter.core.act.ControlLinkSet;
import org.charter.core.act.CourtValidated;
import org.charter.core.act.DeterminationMade;
import org.charter.core.act.DirectorAppointed;
import org.charter.core.act.DirectorElected;
import org.charter.core.act.DirectorRemoved;
import org.charter.core.act.DirectorResigned;
import org.charter.core.act.DistributionMade;
import org.charter.core.act.EconomicInterestSet;
import org.charter.core.act.EntityOnRecord;
import org.charter.core.act.ExceptionGranted;
import org.charter.core.act.InterestClassDefined;
import org.charter.core.act.InterestTransferred;
import org.charter.core.act.InvestmentMade;
import org.charter.core.act.MeetingCalled;
import org.charter.core.act.MeetingHeld;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.NoticeGiven;
import org.charter.core.act.NoticeWaived;
import org.charter.core.act.Office;
import org.charter.core.act.OfficerAppointed;
import org.charter.core.act.OfficerRemoved;
import org.charter.core.act.OfficerResigned;
import org.charter.core.act.PersonDescribed;
import org.charter.core.act.PetitionOpened;
import org.charter.core.act.PetitionSigned;
import org.charter.core.act.TechnologyUsed;
import org.charter.core.act.VacancyFilled;
import org.charter.core.act.WaterfallTermsSet;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;

/** The register must hold what an act changes: no removing someone not seated, no seating someone twice, a chair who is a director, a vacancy to fill. */
record TenureRule(String id, String citation) implements Rule {
  @Override
  public List<Finding> check(RuleContext ctx) {
    return switch (ctx.act()) {
      case DirectorRemoved a -> seated(ctx, a.body(), a.person(), true);
      case DirectorResigned a -> seated(ctx, a.body(), a.person(), true);
      case DirectorElected a -> seated(ctx, a.body(), a.person(), false);
      case DirectorAppointed a ->
          seatOpen(ctx, a.body(), a.person(), "all authorized seats are filled; the board size must be raised first");
      case VacancyFilled a -> seatOpen(ctx, a.body(), a.person(), "no seat is vacant");
      case OfficerRemoved a -> holds(ctx, a.entity(), a.office(), a.person());
      case OfficerResigned a -> holds(ctx, a.entity(), a.office(), a.person());
      case OfficerAppointed a when a.office().equals(Office.CHAIR) -> chairIsDirector(ctx, a);
      case OfficerAppointed a -> List.of();
      case EntityOnRecord x -> List.of();
      case ControlLinkSet x -> List.of();
      case EconomicInterestSet x -> List.of();
      case PersonDescribed x -> List.of();
      case BodyEstablished x -> List.of();
      case BylawsAdopted x -> List.of();
      case BylawsAmended x -> List.of();
      case MeetingCalled x -> List.of();
      case NoticeGiven x -> List.of();
      case NoticeWaived x -> List.of();
      case MeetingHeld x -> List.of();
      case MotionVoted x -> List.of();
      case WrittenConsentSigned x -> List.of();
      case PetitionOpened x -> List.of();
      case PetitionSigned x -> List.of();
      case InterestClassDefined x -> List.of();
      case InvestmentMade x -> List.of();
      case InterestTransferred x -> List.of();
      case WaterfallTermsSet x -> List.of();
      case DistributionMade x -> List.of();
      case AgreementSigned x -> List.of();
      case ExceptionGranted x -> List.of();
      case DeterminationMade x -> List.of();
      case ComputePurchased x -> List.of();
      case TechnologyUsed x -> List.of();
      case ActRatified x -> List.of();
      case CourtValidated x -> List.of();
      case ActCorrected x -> List.of();
      case ActRetracted x -> List.of();
    };
  }

  private List<Finding> chairIsDirector(RuleContext ctx, OfficerAppointed a) {
    var s = ctx.state();
    var board = s.boardOf(a.entity());
    boolean director = board.isPresent() && s.directorIds(board.get().body()).contains(a.person());
    return List.of(director
        ? Finding.met(id, citation, ctx.name(a.person()) + " is a director, as a chair must be")
        : Finding.notMet(id, citation, Defect.VOID, ctx.name(a.person()) + " is not a director; the chair must be"));
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
