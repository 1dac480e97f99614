package org.charter.core.report;

import java.util.function.Function;
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
import org.charter.core.act.EntityEntered;
import org.charter.core.act.EntityFormed;
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
import org.charter.core.capital.Money;

/** One line that says what an act did, with persons by name. */
public final class ActSummary {
  private ActSummary() {}

  public static String of(Act act, Function<String, String> name) {
    return switch (act) {
      case EntityFormed a -> a.name() + " formed (" + Labels.lower(a.kind()) + ", " + a.jurisdiction() + ")";
      case EntityEntered a -> a.name() + " enters the record (" + Labels.lower(a.kind()) + ", " + a.jurisdiction()
          + "; formed earlier, on a date not on record)";
      case ControlLinkSet a -> a.controller() + " controls " + a.controlled() + " as " + Labels.lower(a.kind());
      case EconomicInterestSet a -> a.holder() + " holds "
          + (a.percent() == null ? "an interest (share not on record)" : a.percent() + "%") + " of " + a.entity();
      case PersonDescribed a -> a.name() + " on record";
      case BodyEstablished a -> a.body() + " established (" + Labels.lower(a.kind()) + " of " + a.entity() + ")";
      case BylawsAdopted a -> "bylaws of " + a.entity() + " adopted" + cite(a.terms().citation());
      case BylawsAmended a -> "bylaws of " + a.entity() + " amended" + cite(a.terms().citation());
      case DirectorElected a -> name.apply(a.person()) + " elected to " + a.body();
      case DirectorAppointed a -> name.apply(a.person()) + " appointed to a new seat on " + a.body();
      case VacancyFilled a -> name.apply(a.person()) + " fills a vacancy on " + a.body();
      case DirectorRemoved a -> name.apply(a.person()) + " removed from " + a.body();
      case DirectorResigned a -> name.apply(a.person()) + " resigns from " + a.body();
      case OfficerAppointed a -> name.apply(a.person()) + " appointed " + a.office().name();
      case OfficerRemoved a -> name.apply(a.person()) + " removed as " + a.office().name();
      case OfficerResigned a -> name.apply(a.person()) + " resigns as " + a.office().name();
      case MeetingCalled a -> Labels.lower(a.kind()) + " meeting " + a.meeting() + " of " + a.body()
          + (a.calledBy() == null || a.calledBy().isEmpty() ? "; the caller is not on record"
              : " called by " + String.join(", ", a.calledBy().stream().map(name).toList()));
      case NoticeGiven a -> "notice of " + a.meeting() + " to " + name.apply(a.to()) + " by "
          + Labels.lower(a.method());
      case NoticeWaived a -> name.apply(a.by()) + " waives notice of " + a.meeting();
      case MeetingHeld a -> "meeting " + a.meeting() + " held; " + a.attendance().size() + " attend";
      case MotionVoted a -> "motion " + a.resolution() + (a.text() == null ? "" : ": " + a.text());
      case WrittenConsentSigned a -> "written consent " + a.resolution() + " signed by " + a.signers().size()
          + (a.text() == null ? "" : ": " + a.text());
      case PetitionOpened a -> "petition " + a.petition() + " opened" + (a.text() == null ? "" : ": " + a.text());
      case PetitionSigned a -> "petition " + a.petition() + " signed"
          + (a.signatures() == null ? "" : " by " + a.signatures())
          + (a.signers().isEmpty() ? "" : " (by name: " + String.join(", ", a.signers().stream().map(name).toList())
          + ")") + (a.headcount() == null ? "" : "; headcount " + a.headcount());
      case InterestClassDefined a -> "class " + a.interestClass() + " of " + a.entity() + " defined ("
          + Labels.lower(a.kind()) + (a.capMultiple() == null ? "" : ", cap " + a.capMultiple().toPlainString() + "x")
          + ")";
      case InvestmentMade a -> name.apply(a.investor()) + " invests $" + Money.show(a.amount()) + " in "
          + a.entity() + " (" + a.interestClass() + ")";
      case InterestTransferred a -> name.apply(a.from()) + " transfers " + a.fraction().toPlainString() + " of its "
          + a.interestClass() + " to " + name.apply(a.to());
      case WaterfallTermsSet a -> "waterfall terms of " + a.entity() + ": " + a.phases().size() + " phases, then "
          + name.apply(a.residualHolder());
      case DistributionMade a -> a.entity() + " distributes $" + Money.show(a.amount());
      case AgreementSigned a -> "agreement " + a.agreement() + " between "
          + String.join(", ", a.parties().stream().map(name).toList()) + " (" + a.clauses().size() + " clauses)";
      case ExceptionGranted a -> name.apply(a.grantedBy()) + " grants exception " + a.exception() + " to clause "
          + a.clause() + (a.counterparty() == null ? "" : " for " + name.apply(a.counterparty()));
      case DeterminationMade a -> a.entity() + " determines that " + a.term();
      case ComputePurchased a -> name.apply(a.buyer()) + " buys " + a.subject() + " from " + name.apply(a.supplier())
          + (a.amount() == null ? "" : " ($" + Money.show(a.amount()) + ")");
      case TechnologyUsed a -> name.apply(a.user()) + " uses " + a.technology() + " of " + name.apply(a.owner());
      case ActRatified a -> name.apply(a.entity()) + " ratifies act " + a.ratifies() + (a.basis() == org.charter.core.act.Ratification.DGCL_204
          ? " under 8 Del. C. § 204" : " by an ordinary ratifying vote") + ", resolution " + a.resolution();
      case CourtValidated a -> a.court() + " declares act " + a.validates() + " of " + name.apply(a.entity()) + " valid";
      case ActCorrected a -> "correction: act " + a.corrects() + " happened at " + a.validAt()
          + (a.reason() == null ? "" : " (" + a.reason() + ")");
      case ActRetracted a -> "retraction: act " + a.retracts() + " did not happen" + (a.reason() == null ? "" : " ("
          + a.reason() + ")");
      case StatementMade a -> a.by() + ": " + a.text();
      case MarketMoved a -> a.ticker() + (a.changePercent() == null ? "" : " " + a.changePercent() + "%")
          + (a.close() == null ? "" : ", close " + a.close());
    };
  }

  private static String cite(String citation) {
    return citation == null ? "" : " (" + citation + ")";
  }
}
