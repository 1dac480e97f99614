package org.charter.core.rules;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.charter.core.act.ActCorrected;
import org.charter.core.act.ActRatified;
import org.charter.core.act.ActRetracted;
import org.charter.core.act.AgreementSigned;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.BylawsAdopted;
import org.charter.core.act.BylawsAmended;
import org.charter.core.act.Caller;
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
import org.charter.core.act.MeetingKind;
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

/** A special meeting must be called by someone the rules let call it. */
record CallAuthorityRule(String id, String citation) implements Rule {
  @Override
  public List<Finding> check(RuleContext ctx) {
    return switch (ctx.act()) {
      case MeetingCalled c -> authority(ctx, c);
      case MotionVoted m -> {
        MeetingCalled call = ctx.state().meeting(m.meeting()).call();
        yield call == null
            ? List.of(Finding.unknown(id, citation, "who called meeting " + m.meeting() + " is not on record"))
            : authority(ctx, call);
      }
      case EntityOnRecord x -> List.of();
      case ControlLinkSet x -> List.of();
      case EconomicInterestSet x -> List.of();
      case PersonDescribed x -> List.of();
      case BodyEstablished x -> List.of();
      case BylawsAdopted x -> List.of();
      case BylawsAmended x -> List.of();
      case DirectorElected x -> List.of();
      case DirectorAppointed x -> List.of();
      case VacancyFilled x -> List.of();
      case DirectorRemoved x -> List.of();
      case DirectorResigned x -> List.of();
      case OfficerAppointed x -> List.of();
      case OfficerRemoved x -> List.of();
      case OfficerResigned x -> List.of();
      case NoticeGiven x -> List.of();
      case NoticeWaived x -> List.of();
      case MeetingHeld x -> List.of();
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

  private List<Finding> authority(RuleContext ctx, MeetingCalled call) {
    if (call.kind() == MeetingKind.REGULAR) {
      return List.of(Finding.met(id, citation, "regular meeting, held as scheduled"));
    }
    if (call.calledBy() == null || call.calledBy().isEmpty()) {
      return List.of(Finding.unknown(id, citation, "who called the meeting is not on record"));
    }
    List<String> directors = ctx.state().directorIds(call.body());
    String entity = ctx.entity().entity();
    long directorCallers = call.calledBy().stream().filter(directors::contains).count();
    for (Caller c : ctx.params().mayCallMeetings()) {
      boolean ok = switch (c) {
        case CHAIR -> holds(ctx, entity, call, Office.CHAIR);
        case CEO -> holds(ctx, entity, call, Office.CEO) || holds(ctx, entity, call, Office.INTERIM_CEO);
        case PRESIDENT -> holds(ctx, entity, call, Office.PRESIDENT);
        case VICE_PRESIDENT -> holdsAny(ctx, entity, call, o -> o.name().equals("vice-president")
            || o.name().endsWith("-vice-president"));
        case SECRETARY -> holds(ctx, entity, call, Office.SECRETARY);
        case ANY_DIRECTOR -> directorCallers >= 1;
        case TWO_DIRECTORS -> directorCallers >= 2;
        case MAJORITY_OF_DIRECTORS -> directorCallers * 2 > directors.size();
      };
      if (ok) {
        return List.of(Finding.met(id, citation,
            "called by " + ctx.names(call.calledBy()) + "; the rules let " + label(c) + " call a special meeting"));
      }
    }
    return List.of(Finding.notMet(id, citation, Defect.VOID, "called by " + ctx.names(call.calledBy())
        + "; only " + String.join(" or ", ctx.params().mayCallMeetings().stream().map(RuleLabels::caller).toList())
        + " may call a special meeting"));
  }

  private static String label(Caller c) {
    return RuleLabels.caller(c);
  }

  private static boolean holds(RuleContext ctx, String entity, MeetingCalled call, Office office) {
    return holdsAny(ctx, entity, call, office::equals);
  }

  private static boolean holdsAny(RuleContext ctx, String entity, MeetingCalled call, Predicate<Office> office) {
    for (String p : call.calledBy()) {
      Set<Office> held = ctx.state().officesOf(entity, p);
      if (held.stream().anyMatch(office)) {
        return true;
      }
    }
    return false;
  }
}
