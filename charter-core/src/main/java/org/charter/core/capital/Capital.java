package org.charter.core.capital;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.charter.core.act.Act;
import org.charter.core.act.ActCorrected;
import org.charter.core.act.ActRatified;
import org.charter.core.act.ActRetracted;
import org.charter.core.act.AgreementSigned;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.Bounds;
import org.charter.core.act.BylawsAdopted;
import org.charter.core.act.BylawsAmended;
import org.charter.core.act.Clause;
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
import org.charter.core.state.StateView;

/** Runs an entity's capital acts, as of a basis, into a {@link CapitalBook}. */
public final class Capital {
  private Capital() {}

  /**
   * The entity's economics as of the state's basis: its capital acts in valid-time order, with each determination that
   * a profit-participation clause turns on ending the participant's share from its time.
   */
  public static CapitalBook of(StateView state, String entity) {
    CapitalBook book = new CapitalBook();
    List<Act> capital = state.capitalActs(entity);
    List<Act> agreements = state.agreementActs();
    List<DeterminationMade> determinations = new ArrayList<>();
    for (Act a : agreements) {
      if (a instanceof DeterminationMade d) {
        determinations.add(d);
      }
    }
    int di = 0;
    for (Act a : capital) {
      while (di < determinations.size()
          && !determinations.get(di).meta().validAt().isAfter(a.meta().validAt())) {
        stopParticipants(book, agreements, entity, determinations.get(di++));
      }
      apply(book, a);
    }
    while (di < determinations.size()) {
      stopParticipants(book, agreements, entity, determinations.get(di++));
    }
    return book;
  }

  /**
   * Whether an amount, already within the money bounds, can be added to a total the book keeps (invested, or
   * distributed): positive, and keeping the total within {@link CapitalBook#MAX_TOTAL_CENTS}. {@code CapitalRule} finds
   * an act that fails this void.
   */
  public static boolean fits(long total, BigDecimal amount) {
    return amount.signum() > 0 && total + Money.cents(amount) <= CapitalBook.MAX_TOTAL_CENTS;
  }

  private static void apply(CapitalBook book, Act a) {
    // An act with a value outside the domain's bounds, or an amount that does not fit the book's totals, moves no
    // money: CapitalRule finds it void, and only an older build could have stored one. Skipping it keeps every read of
    // such a book working.
    if (!Bounds.check(a).isEmpty()) {
      return;
    }
    switch (a) {
      case InterestClassDefined c -> book.define(c);
      case InvestmentMade i -> {
        if (fits(book.investedCents(), i.amount())) {
          book.invest(i);
        }
      }
      case InterestTransferred t -> {
        if (book.holds(t.from(), t.interestClass())) {
          book.transfer(t);
        }
      }
      case WaterfallTermsSet w -> book.setTerms(w);
      case DistributionMade d -> {
        if (book.terms() != null && fits(book.distributedCents(), d.amount())) {
          book.distributeUnreported(Money.cents(d.amount()));
        }
      }
      // Only the acts above are filed under an entity's capital.
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
      case PetitionOpened x -> {}
      case PetitionSigned x -> {}
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

  private static void stopParticipants(CapitalBook book, List<Act> agreements, String entity, DeterminationMade d) {
    for (Act a : agreements) {
      if (a instanceof AgreementSigned s && !s.meta().validAt().isAfter(d.meta().validAt())) {
        for (Clause c : s.clauses()) {
          if (c.kind() == Clause.ClauseKind.PROFIT_PARTICIPATION && c.party().equals(entity)
              && d.term().equals(c.term())) {
            book.stop(c.counterparty(), d.term());
          }
        }
      }
    }
  }
}
