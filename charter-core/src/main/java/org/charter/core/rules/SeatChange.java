package org.charter.core.rules;

import org.charter.core.act.ActCorrected;
import org.charter.core.act.ActRatified;
import org.charter.core.act.ActRetracted;
import org.charter.core.act.AgreementSigned;
import org.charter.core.act.BindingAct;
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

/** A change of directors: the body, the person who joins or leaves it, and which of the two. */
record SeatChange(String body, String person, boolean joins) {
  /** The change of directors an act makes, or null for an act that seats or unseats no one. */
  static SeatChange of(BindingAct act) {
    return switch (act) {
      case DirectorElected a -> new SeatChange(a.body(), a.person(), true);
      case DirectorAppointed a -> new SeatChange(a.body(), a.person(), true);
      case VacancyFilled a -> new SeatChange(a.body(), a.person(), true);
      case DirectorRemoved a -> new SeatChange(a.body(), a.person(), false);
      case DirectorResigned a -> new SeatChange(a.body(), a.person(), false);
      case EntityOnRecord x -> null;
      case ControlLinkSet x -> null;
      case EconomicInterestSet x -> null;
      case PersonDescribed x -> null;
      case BodyEstablished x -> null;
      case BylawsAdopted x -> null;
      case BylawsAmended x -> null;
      case OfficerAppointed x -> null;
      case OfficerRemoved x -> null;
      case OfficerResigned x -> null;
      case MeetingCalled x -> null;
      case NoticeGiven x -> null;
      case NoticeWaived x -> null;
      case MeetingHeld x -> null;
      case MotionVoted x -> null;
      case WrittenConsentSigned x -> null;
      case PetitionOpened x -> null;
      case PetitionSigned x -> null;
      case InterestClassDefined x -> null;
      case InvestmentMade x -> null;
      case InterestTransferred x -> null;
      case WaterfallTermsSet x -> null;
      case DistributionMade x -> null;
      case AgreementSigned x -> null;
      case ExceptionGranted x -> null;
      case DeterminationMade x -> null;
      case ComputePurchased x -> null;
      case TechnologyUsed x -> null;
      case ActRatified x -> null;
      case CourtValidated x -> null;
      case ActCorrected x -> null;
      case ActRetracted x -> null;
    };
  }
}
