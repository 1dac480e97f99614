package org.charter.core.state;

import java.util.List;
import java.util.Set;
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
import org.charter.core.act.Count;
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

/** A petition's signatures as of a basis: those on record by name, the latest count reported, and the headcount. */
public record PetitionState(
    String petition, String entity, String text, List<String> namedSigners, Count signatures, Count headcount) {

  /** The state of a petition from the acts filed under it, in the order they are visible. */
  static PetitionState of(String petition, List<Timeline.Entry<Act>> entries) {
    String entity = null;
    String text = null;
    // A set in signing order: a petition of hundreds of named signers is not searched once per signer.
    Set<String> named = new java.util.LinkedHashSet<>();
    Count signatures = null;
    Count headcount = null;
    for (Timeline.Entry<Act> e : entries) {
      switch (e.value()) {
        case PetitionOpened o -> {
          entity = o.entity();
          text = o.text();
        }
        case PetitionSigned s -> {
          named.addAll(s.signers());
          signatures = s.signatures() != null ? s.signatures() : signatures;
          headcount = s.headcount() != null ? s.headcount() : headcount;
        }
        // Only the acts above are filed under a petition.
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
        case MeetingCalled x -> {}
        case NoticeGiven x -> {}
        case NoticeWaived x -> {}
        case MeetingHeld x -> {}
        case MotionVoted x -> {}
        case WrittenConsentSigned x -> {}
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
    if (signatures == null || signatures.value() < named.size()) {
      signatures = new Count(named.size(), Count.Qualifier.EXACT);
    }
    return new PetitionState(petition, entity, text, List.copyOf(named), signatures, headcount);
  }
}
