package org.charter.core.rules;

import org.charter.core.act.ActCorrected;
import org.charter.core.act.ActKind;
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
import org.charter.core.act.Nullable;
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

/** What an act taken under a resolution does, for the vote it needs, and which resolution it names. */
record Effect(ActKind kind, @Nullable String resolution) {
  /** The effect of an act taken under a resolution, or null for an act that needs none. */
  static Effect of(BindingAct act) {
    return switch (act) {
      case DirectorRemoved a -> new Effect(ActKind.DIRECTOR_REMOVAL, a.resolution());
      case VacancyFilled a -> new Effect(ActKind.VACANCY, a.resolution());
      case DirectorAppointed a -> new Effect(ActKind.DIRECTOR_APPOINTMENT, a.resolution());
      case OfficerAppointed a -> new Effect(ActKind.OFFICER_APPOINTMENT, a.resolution());
      case OfficerRemoved a -> new Effect(ActKind.OFFICER_REMOVAL, a.resolution());
      case BylawsAmended a -> new Effect(ActKind.BYLAWS_AMENDMENT, a.resolution());
      case DeterminationMade a -> new Effect(ActKind.DETERMINATION, a.resolution());
      case EntityOnRecord x -> null;
      case ControlLinkSet x -> null;
      case EconomicInterestSet x -> null;
      case PersonDescribed x -> null;
      // A committee is designated by the board's resolution, and rests on it.
      case BodyEstablished a -> a.resolution() == null ? null : new Effect(ActKind.GENERAL, a.resolution());
      case BylawsAdopted x -> null;
      case DirectorElected x -> null;
      case DirectorResigned x -> null;
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
      case ComputePurchased x -> null;
      case TechnologyUsed x -> null;
      // A ratification rests on the resolution that adopts it; the vote the ratified act needed is CureRule's.
      case ActRatified a -> new Effect(ActKind.GENERAL, a.resolution());
      case CourtValidated x -> null;
      case ActCorrected x -> null;
      case ActRetracted x -> null;
    };
  }
}
