package org.charter.core.book;

import java.util.Optional;
import org.charter.core.act.Act;
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
import org.charter.core.act.MarketMoved;
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
import org.charter.core.act.StatementMade;
import org.charter.core.act.TechnologyUsed;
import org.charter.core.act.VacancyFilled;
import org.charter.core.act.WaterfallTermsSet;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.rules.Validator;
import org.charter.core.state.PetitionState;
import org.charter.core.state.StateView;

/**
 * What an act recorded late can change in the verdicts of the acts already on record, so a late fact re-judges only
 * those. {@code scope}: the entity whose later acts read what this act changes (null when the act may bear on any
 * entity's acts: a person's name, a control link, an economic interest, an agreement). {@code meeting}: a fact of a
 * meeting, which bears on every act of that meeting whatever its time (a notice after the vote, a waiver after the
 * meeting, 8 Del. C. § 229). {@code resolution}: a resolution, on which the acts taken under it rest. {@code later}:
 * whether the act changes state that later acts of its scope are judged against. {@code rejudged}: whether it has a
 * verdict at all (annotations have none and are never judged again). {@code registers}: whether the two registers part
 * when the act is void (it seats, unseats or appoints, or sets bylaws), so later acts may be judged differently.
 */
record Reach(@Nullable String scope, @Nullable String meeting, @Nullable String resolution, boolean later,
    boolean rejudged, boolean registers) {

  /** The reach of {@code act}, with {@code all} the state of the whole record (to find a body's or meeting's entity). */
  static Reach of(Act act, StateView all) {
    return switch (act) {
      case EntityOnRecord a -> later(a.entity());
      case BodyEstablished a -> later(a.entity());
      case BylawsAdopted a -> registers(a.entity());
      case BylawsAmended a -> registers(a.entity());
      case DirectorElected a -> registers(governed(a, all));
      case DirectorAppointed a -> registers(governed(a, all));
      case VacancyFilled a -> registers(governed(a, all));
      case DirectorRemoved a -> registers(governed(a, all));
      case DirectorResigned a -> registers(governed(a, all));
      case OfficerAppointed a -> registers(a.entity());
      case OfficerRemoved a -> registers(a.entity());
      case OfficerResigned a -> registers(a.entity());
      case MeetingCalled a -> new Reach(governed(a, all), a.meeting(), null, true, true, false);
      case NoticeGiven a -> new Reach(governed(a, all), a.meeting(), null, false, true, false);
      case NoticeWaived a -> new Reach(governed(a, all), a.meeting(), null, false, true, false);
      case MeetingHeld a -> new Reach(governed(a, all), a.meeting(), null, false, true, false);
      case MotionVoted a -> new Reach(governed(a, all), a.meeting(), a.resolution(), false, true, false);
      case WrittenConsentSigned a -> new Reach(governed(a, all), null, a.resolution(), false, true, false);
      case PetitionOpened a -> later(a.entity());
      case PetitionSigned a -> later(all.petition(a.petition()).map(PetitionState::entity).orElse(null));
      case InterestClassDefined a -> later(a.entity());
      case InvestmentMade a -> later(a.entity());
      case WaterfallTermsSet a -> later(a.entity());
      case DistributionMade a -> later(a.entity());
      // Determinations end contract rights: any entity's commercial acts may rest on one.
      case DeterminationMade a -> later(null);
      case InterestTransferred a -> later(null);
      case PersonDescribed a -> later(null);
      case ControlLinkSet a -> later(null);
      case EconomicInterestSet a -> later(null);
      case AgreementSigned a -> later(null);
      case ExceptionGranted a -> later(null);
      case ComputePurchased a -> new Reach(null, null, null, false, true, false);
      case TechnologyUsed a -> new Reach(null, null, null, false, true, false);
      case ActRatified a -> later(a.entity());
      case CourtValidated a -> later(a.entity());
      // Book moves or removes the act named; the correction itself changes nothing later acts read.
      case ActCorrected a -> new Reach(null, null, null, false, true, false);
      case ActRetracted a -> new Reach(null, null, null, false, true, false);
      case StatementMade a -> new Reach(null, null, null, false, false, false);
      case MarketMoved a -> new Reach(null, null, null, false, false, false);
    };
  }

  private static Reach later(String scope) {
    return new Reach(scope, null, null, true, true, false);
  }

  private static Reach registers(String scope) {
    return new Reach(scope, null, null, true, true, true);
  }

  /** The entity whose rules govern an act, or null while its body or meeting is not on record. */
  private static String governed(BindingAct act, StateView all) {
    Optional<String> e = Validator.governingEntity(act, all);
    return e.filter(all::knowsEntity).orElse(null);
  }
}
