package org.charter.core.report;

import java.util.function.Function;
import org.charter.core.act.Act;
import org.charter.core.act.AgreementSigned;
import org.charter.core.act.ComputePurchased;
import org.charter.core.act.DeterminationMade;
import org.charter.core.act.DistributionMade;
import org.charter.core.act.ExceptionGranted;
import org.charter.core.act.InterestClassDefined;
import org.charter.core.act.InterestTransferred;
import org.charter.core.act.InvestmentMade;
import org.charter.core.act.TechnologyUsed;
import org.charter.core.act.WaterfallTermsSet;
import org.charter.core.capital.Money;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.BylawsAdopted;
import org.charter.core.act.BylawsAmended;
import org.charter.core.act.ControlLinkSet;
import org.charter.core.act.DirectorAppointed;
import org.charter.core.act.DirectorElected;
import org.charter.core.act.DirectorRemoved;
import org.charter.core.act.DirectorResigned;
import org.charter.core.act.EconomicInterestSet;
import org.charter.core.act.EntityFormed;
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
import org.charter.core.act.VacancyFilled;
import org.charter.core.act.WrittenConsentSigned;

/** One line that says what an act did, with persons by name. */
public final class ActSummary {
  private ActSummary() {}

  public static String of(Act act, Function<String, String> name) {
    if (act instanceof EntityFormed a) {
      return a.name() + " formed (" + Labels.lower(a.kind()) + ", " + a.jurisdiction() + ")";
    } else if (act instanceof ControlLinkSet a) {
      return a.controller() + " controls " + a.controlled() + " as " + Labels.lower(a.kind());
    } else if (act instanceof EconomicInterestSet a) {
      return a.holder() + " holds " + (a.percent() == null ? "an interest (share not on record)" : a.percent() + "%")
          + " of " + a.entity();
    } else if (act instanceof PersonDescribed a) {
      return a.name() + " on record";
    } else if (act instanceof BodyEstablished a) {
      return a.body() + " established (" + Labels.lower(a.kind()) + " of " + a.entity() + ")";
    } else if (act instanceof BylawsAdopted a) {
      return "bylaws of " + a.entity() + " adopted" + cite(a.terms().citation());
    } else if (act instanceof BylawsAmended a) {
      return "bylaws of " + a.entity() + " amended" + cite(a.terms().citation());
    } else if (act instanceof DirectorElected a) {
      return name.apply(a.person()) + " elected to " + a.body();
    } else if (act instanceof DirectorAppointed a) {
      return name.apply(a.person()) + " appointed to a new seat on " + a.body();
    } else if (act instanceof VacancyFilled a) {
      return name.apply(a.person()) + " fills a vacancy on " + a.body();
    } else if (act instanceof DirectorRemoved a) {
      return name.apply(a.person()) + " removed from " + a.body();
    } else if (act instanceof DirectorResigned a) {
      return name.apply(a.person()) + " resigns from " + a.body();
    } else if (act instanceof OfficerAppointed a) {
      return name.apply(a.person()) + " appointed " + Labels.lower(a.office());
    } else if (act instanceof OfficerRemoved a) {
      return name.apply(a.person()) + " removed as " + Labels.lower(a.office());
    } else if (act instanceof OfficerResigned a) {
      return name.apply(a.person()) + " resigns as " + Labels.lower(a.office());
    } else if (act instanceof MeetingCalled a) {
      return Labels.lower(a.kind()) + " meeting " + a.meeting() + " of " + a.body() + " called by "
          + String.join(", ", a.calledBy().stream().map(name).toList());
    } else if (act instanceof NoticeGiven a) {
      return "notice of " + a.meeting() + " to " + name.apply(a.to()) + " by " + Labels.lower(a.method());
    } else if (act instanceof NoticeWaived a) {
      return name.apply(a.by()) + " waives notice of " + a.meeting();
    } else if (act instanceof MeetingHeld a) {
      return "meeting " + a.meeting() + " held; " + a.attendance().size() + " attend";
    } else if (act instanceof MotionVoted a) {
      return "motion " + a.resolution() + (a.text() == null ? "" : ": " + a.text());
    } else if (act instanceof WrittenConsentSigned a) {
      return "written consent " + a.resolution() + " signed by " + a.signers().size()
          + (a.text() == null ? "" : ": " + a.text());
    } else if (act instanceof PetitionOpened a) {
      return "petition " + a.petition() + " opened" + (a.text() == null ? "" : ": " + a.text());
    } else if (act instanceof PetitionSigned a) {
      return "petition " + a.petition() + " signed" + (a.signatures() == null ? "" : " by " + a.signatures())
          + (a.signers().isEmpty() ? "" : " (by name: " + String.join(", ", a.signers().stream().map(name).toList())
          + ")") + (a.headcount() == null ? "" : "; headcount " + a.headcount());
    } else if (act instanceof InterestClassDefined a) {
      return "class " + a.interestClass() + " of " + a.entity() + " defined (" + Labels.lower(a.kind())
          + (a.capMultiple() == null ? "" : ", cap " + a.capMultiple().toPlainString() + "x") + ")";
    } else if (act instanceof InvestmentMade a) {
      return name.apply(a.investor()) + " invests $" + Money.format(Money.cents(a.amount())) + " in "
          + a.entity() + " (" + a.interestClass() + ")";
    } else if (act instanceof InterestTransferred a) {
      return name.apply(a.from()) + " transfers " + a.fraction().toPlainString() + " of its " + a.interestClass()
          + " to " + name.apply(a.to());
    } else if (act instanceof WaterfallTermsSet a) {
      return "waterfall terms of " + a.entity() + ": " + a.phases().size() + " phases, then "
          + name.apply(a.residualHolder());
    } else if (act instanceof DistributionMade a) {
      return a.entity() + " distributes $" + Money.format(Money.cents(a.amount()));
    } else if (act instanceof AgreementSigned a) {
      return "agreement " + a.agreement() + " between " + String.join(", ", a.parties().stream().map(name).toList())
          + " (" + a.clauses().size() + " clauses)";
    } else if (act instanceof ExceptionGranted a) {
      return name.apply(a.grantedBy()) + " grants exception " + a.exception() + " to clause " + a.clause()
          + (a.counterparty() == null ? "" : " for " + name.apply(a.counterparty()));
    } else if (act instanceof DeterminationMade a) {
      return a.entity() + " determines that " + a.term();
    } else if (act instanceof ComputePurchased a) {
      return name.apply(a.buyer()) + " buys " + a.subject() + " from " + name.apply(a.supplier())
          + (a.amount() == null ? "" : " ($" + Money.format(Money.cents(a.amount())) + ")");
    } else if (act instanceof TechnologyUsed a) {
      return name.apply(a.user()) + " uses " + a.technology() + " of " + name.apply(a.owner());
    } else if (act instanceof StatementMade a) {
      return a.by() + ": " + a.text();
    } else if (act instanceof MarketMoved a) {
      return a.ticker() + (a.changePercent() == null ? "" : " " + a.changePercent() + "%")
          + (a.close() == null ? "" : ", close " + a.close());
    }
    throw new IllegalArgumentException("no summary for " + act.getClass().getSimpleName());
  }

  private static String cite(String citation) {
    return citation == null ? "" : " (" + citation + ")";
  }
}
