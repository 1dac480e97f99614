package org.charter.core.state;

import java.time.Instant;
import java.util.Comparator;
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

/**
 * The order in which the record is judged: valid time, then, among acts at the same instant, the procedural rank of
 * the act's kind (an entity before its board, a meeting's call before its notices, its notices before it is held, a
 * motion before what is done under it), then the act's id. Never the order of the file or of recording, so the same
 * record gives the same verdicts however it was entered.
 */
public final class Order {
  private Order() {}

  /** Acts by their place in the order. */
  public static final Comparator<Act> ACTS = (a, b) -> compare(a.meta().validAt(), rank(a), a.id(),
      b.meta().validAt(), rank(b), b.id());

  static int compare(Stamp a, Stamp b) {
    return compare(a.validAt(), a.rank(), a.actId(), b.validAt(), b.rank(), b.actId());
  }

  static int compare(Instant va, int ra, String ia, Instant vb, int rb, String ib) {
    int c = va.compareTo(vb);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(ra, rb);
    return c != 0 ? c : ia.compareTo(ib);
  }

  /** The procedural rank of an act's kind among acts at the same instant; docs/rules.md lists it. */
  public static int rank(Act act) {
    return switch (act) {
      case EntityOnRecord a -> 0;
      case BodyEstablished a -> 1;
      case PersonDescribed a -> 1;
      case BylawsAdopted a -> 1;
      case ControlLinkSet a -> 1;
      case EconomicInterestSet a -> 1;
      case InterestClassDefined a -> 1;
      case WaterfallTermsSet a -> 1;
      case AgreementSigned a -> 1;
      case DirectorElected a -> 2;
      case MeetingCalled a -> 3;
      case NoticeGiven a -> 4;
      case NoticeWaived a -> 4;
      case MeetingHeld a -> 5;
      case MotionVoted a -> 6;
      case WrittenConsentSigned a -> 6;
      case DirectorRemoved a -> 7;
      case VacancyFilled a -> 7;
      case DirectorAppointed a -> 7;
      case OfficerAppointed a -> 8;
      case OfficerRemoved a -> 8;
      case BylawsAmended a -> 7;
      case DeterminationMade a -> 7;
      case DirectorResigned a -> 9;
      case OfficerResigned a -> 9;
      case PetitionOpened a -> 10;
      case PetitionSigned a -> 11;
      case InvestmentMade a -> 12;
      case InterestTransferred a -> 12;
      case DistributionMade a -> 12;
      case ExceptionGranted a -> 12;
      case ComputePurchased a -> 12;
      case TechnologyUsed a -> 12;
      case ActRatified a -> 7;
      case CourtValidated a -> 7;
      case ActCorrected a -> 12;
      case ActRetracted a -> 12;
      case StatementMade a -> 13;
      case MarketMoved a -> 13;
    };
  }
}
