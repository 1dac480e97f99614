package org.charter.core.state;

import java.util.ArrayList;
import java.util.List;
import org.charter.core.act.Act;
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
import org.charter.core.act.MarketMoved;
import org.charter.core.act.MeetingCalled;
import org.charter.core.act.MeetingHeld;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.NoticeGiven;
import org.charter.core.act.NoticeWaived;
import org.charter.core.act.OfficerAppointed;
import org.charter.core.act.OfficerRemoved;
import org.charter.core.act.OfficerResigned;
import org.charter.core.act.PersonDescribed;
import org.charter.core.act.PetitionOpened;
import org.charter.core.act.PetitionSigned;
import org.charter.core.act.StatementMade;
import org.charter.core.act.TechnologyUsed;
import org.charter.core.act.VacancyFilled;
import org.charter.core.act.WaterfallTermsSet;
import org.charter.core.act.WrittenConsentSigned;

/** What the record holds about one meeting as of a basis; the call or the holding may be missing (null). */
public record MeetingFacts(
    String meeting, MeetingCalled call, List<NoticeGiven> notices, List<NoticeWaived> waivers, MeetingHeld held) {

  /** The facts of a meeting from the acts filed under it, in the order they are visible. */
  static MeetingFacts of(String meeting, List<Timeline.Entry<Act>> entries) {
    MeetingCalled call = null;
    MeetingHeld held = null;
    List<NoticeGiven> notices = new ArrayList<>();
    List<NoticeWaived> waivers = new ArrayList<>();
    for (Timeline.Entry<Act> e : entries) {
      switch (e.value()) {
        case MeetingCalled c -> call = c;
        case NoticeGiven n -> notices.add(n);
        case NoticeWaived w -> waivers.add(w);
        case MeetingHeld h -> held = h;
        // Only the acts above are filed under a meeting.
        case EntityOnRecord x -> {}
        case ControlLinkSet x -> {}
        case EconomicInterestSet x -> {}
        case PersonDescribed x -> {}
        case BodyEstablished x -> {}
        case BylawsAdopted x -> {}
        case BylawsAmended x -> {}
        case DirectorElected x -> {}
        case DirectorAppointed x -> {}
        case VacancyFilled x -> {}
        case DirectorRemoved x -> {}
        case DirectorResigned x -> {}
        case OfficerAppointed x -> {}
        case OfficerRemoved x -> {}
        case OfficerResigned x -> {}
        case MotionVoted x -> {}
        case WrittenConsentSigned x -> {}
        case PetitionOpened x -> {}
        case PetitionSigned x -> {}
        case InterestClassDefined x -> {}
        case InvestmentMade x -> {}
        case InterestTransferred x -> {}
        case WaterfallTermsSet x -> {}
        case DistributionMade x -> {}
        case AgreementSigned x -> {}
        case ExceptionGranted x -> {}
        case DeterminationMade x -> {}
        case ComputePurchased x -> {}
        case TechnologyUsed x -> {}
        case ActRatified x -> {}
        case CourtValidated x -> {}
        case ActCorrected x -> {}
        case ActRetracted x -> {}
        case StatementMade x -> {}
        case MarketMoved x -> {}
      }
    }
    return new MeetingFacts(meeting, call, List.copyOf(notices), List.copyOf(waivers), held);
  }
}
