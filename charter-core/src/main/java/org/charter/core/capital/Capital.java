package org.charter.core.capital;

import java.util.ArrayList;
import java.util.List;
import org.charter.core.act.Act;
import org.charter.core.act.AgreementSigned;
import org.charter.core.act.Clause;
import org.charter.core.act.DeterminationMade;
import org.charter.core.act.DistributionMade;
import org.charter.core.act.InterestClassDefined;
import org.charter.core.act.InterestTransferred;
import org.charter.core.act.InvestmentMade;
import org.charter.core.act.WaterfallTermsSet;
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

  private static void apply(CapitalBook book, Act a) {
    if (a instanceof InterestClassDefined c) {
      book.define(c);
    } else if (a instanceof InvestmentMade i) {
      book.invest(i);
    } else if (a instanceof InterestTransferred t && book.holds(t.from(), t.interestClass())) {
      book.transfer(t);
    } else if (a instanceof WaterfallTermsSet w) {
      book.setTerms(w);
    } else if (a instanceof DistributionMade d && book.terms() != null) {
      book.distributeUnreported(Money.cents(d.amount()));
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
