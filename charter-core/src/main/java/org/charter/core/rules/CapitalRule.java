package org.charter.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.charter.core.act.ActCorrected;
import org.charter.core.act.ActRatified;
import org.charter.core.act.ActRetracted;
import org.charter.core.act.AgreementSigned;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.Bounds;
import org.charter.core.act.BylawsAdopted;
import org.charter.core.act.BylawsAmended;
import org.charter.core.act.ClassShare;
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
import org.charter.core.act.Phase;
import org.charter.core.act.StopCondition;
import org.charter.core.act.TechnologyUsed;
import org.charter.core.act.VacancyFilled;
import org.charter.core.act.WaterfallTermsSet;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.capital.Capital;
import org.charter.core.capital.CapitalBook;
import org.charter.core.capital.DistributionSplit;
import org.charter.core.capital.Money;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;

/**
 * Capital acts must fit the record: money in whole cents, classes defined before they are invested in, transfers only
 * of what the transferor holds, waterfall phases that give out no more than the whole, and distributions only under
 * terms on record. A distribution's finding shows its split.
 */
final class CapitalRule implements Rule {
  private static final String ID = "CH-capital";
  private static final String CITATION = "the entity's operating agreement and the terms on record";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String citation() {
    return CITATION;
  }

  @Override
  public List<Finding> check(RuleContext ctx) {
    return switch (ctx.act()) {
      case InterestClassDefined c when c.capMultiple() != null && c.capMultiple().signum() <= 0 ->
          breach("a cap multiple must be positive, not " + c.capMultiple().toPlainString());
      case InterestClassDefined c -> List.of();
      case InvestmentMade i -> investment(ctx, i);
      case InterestTransferred t -> transfer(ctx, t);
      case WaterfallTermsSet w -> terms(ctx, w);
      case DistributionMade d -> distribution(ctx, d);
      case EntityOnRecord x -> List.of();
      case ControlLinkSet x -> List.of();
      case EconomicInterestSet x -> List.of();
      case PersonDescribed x -> List.of();
      case BodyEstablished x -> List.of();
      case BylawsAdopted x -> List.of();
      case BylawsAmended x -> List.of();
      case DirectorElected x -> List.of();
      case DirectorAppointed x -> List.of();
      case VacancyFilled x -> List.of();
      case DirectorRemoved x -> List.of();
      case DirectorResigned x -> List.of();
      case OfficerAppointed x -> List.of();
      case OfficerRemoved x -> List.of();
      case OfficerResigned x -> List.of();
      case MeetingCalled x -> List.of();
      case NoticeGiven x -> List.of();
      case NoticeWaived x -> List.of();
      case MeetingHeld x -> List.of();
      case MotionVoted x -> List.of();
      case WrittenConsentSigned x -> List.of();
      case PetitionOpened x -> List.of();
      case PetitionSigned x -> List.of();
      case AgreementSigned x -> List.of();
      case ExceptionGranted x -> List.of();
      case DeterminationMade x -> List.of();
      case ComputePurchased x -> List.of();
      case TechnologyUsed x -> List.of();
      case ActRatified x -> List.of();
      case CourtValidated x -> List.of();
      case ActCorrected x -> List.of();
      case ActRetracted x -> List.of();
    };
  }

  private static List<Finding> breach(String detail) {
    return List.of(Finding.notMet(ID, CITATION, Defect.VOID, detail));
  }

  private static List<Finding> investment(RuleContext ctx, InvestmentMade i) {
    if (!positiveCents(i.amount())) {
      return breach("an investment must be a positive amount in whole cents, at most the money ceiling, not " + i.amount().toPlainString());
    }
    CapitalBook book = Capital.of(ctx.state(), i.entity());
    if (!book.hasClass(i.interestClass())) {
      return breach("class " + i.interestClass() + " of " + i.entity() + " is not on record");
    }
    if (!Capital.fits(book.investedCents(), i.amount())) {
      return breach("the capital invested in " + i.entity() + " would pass " + Money.format(CapitalBook.MAX_TOTAL_CENTS)
          + ", the most Charter counts");
    }
    List<Finding> out = new ArrayList<>();
    out.add(Finding.met(ID, CITATION, ctx.name(i.investor()) + " invests " + Money.format(Money.cents(i.amount()))
        + " in class " + i.interestClass()));
    return out;
  }

  private static List<Finding> transfer(RuleContext ctx, InterestTransferred t) {
    if (t.fraction().signum() <= 0 || t.fraction().compareTo(BigDecimal.ONE) > 0) {
      return breach("a transfer moves a fraction in (0, 1] of a position, not " + t.fraction().toPlainString());
    }
    if (!Capital.of(ctx.state(), t.entity()).holds(t.from(), t.interestClass())) {
      return breach(ctx.name(t.from()) + " holds no units of class " + t.interestClass() + " of " + t.entity());
    }
    return List.of(Finding.met(ID, CITATION, ctx.name(t.from()) + " transfers " + t.fraction().toPlainString()
        + " of its position in " + t.interestClass() + " to " + ctx.name(t.to())));
  }

  private static List<Finding> terms(RuleContext ctx, WaterfallTermsSet w) {
    CapitalBook book = Capital.of(ctx.state(), w.entity());
    for (Phase p : w.phases()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (ClassShare s : p.shares()) {
        if (s.percent().signum() <= 0) {
          return breach("phase " + p.id() + ": a share must be positive");
        }
        if (!s.interestClass().equals(CapitalBook.RESIDUAL) && !book.hasClass(s.interestClass())) {
          return breach("phase " + p.id() + ": class " + s.interestClass() + " is not on record");
        }
        sum = sum.add(s.percent());
      }
      if (sum.compareTo(BigDecimal.valueOf(100)) > 0) {
        return breach("phase " + p.id() + " gives out " + sum.toPlainString() + "%, more than the whole");
      }
      StopCondition u = p.until();
      if (u != null && p.shares().stream().noneMatch(s -> s.interestClass().equals(u.interestClass()))) {
        return breach("phase " + p.id() + " stops on class " + u.interestClass() + ", which has no share in it");
      }
      if (u != null && u.kind() == StopCondition.StopKind.AMOUNT_RECEIVED
          && (u.amount() == null || !positiveCents(u.amount()))) {
        return breach("phase " + p.id() + " stops at an amount, which must be positive and in whole cents");
      }
    }
    return List.of(Finding.met(ID, CITATION, w.phases().size() + " phases, then the rest to "
        + ctx.name(w.residualHolder()) + "; a capped holder's share goes to " + (w.excessTo().name().equals("OTHERS")
            ? "the phase's other holders" : "the residual holder")));
  }

  private static List<Finding> distribution(RuleContext ctx, DistributionMade d) {
    if (!positiveCents(d.amount())) {
      return breach("a distribution must be a positive amount in whole cents, at most the money ceiling, not " + d.amount().toPlainString());
    }
    CapitalBook book = Capital.of(ctx.state(), d.entity());
    if (book.terms() == null) {
      return breach("no waterfall terms of " + d.entity() + " are on record");
    }
    if (!Capital.fits(book.distributedCents(), d.amount())) {
      return breach("the distributions of " + d.entity() + " would pass " + Money.format(CapitalBook.MAX_TOTAL_CENTS)
          + " in all, the most Charter counts");
    }
    DistributionSplit split = book.distribute(d);
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Long> e : split.byHolder().entrySet()) {
      if (e.getValue() != 0) {
        parts.add(ctx.name(e.getKey()) + " " + Money.format(e.getValue()));
      }
    }
    return List.of(Finding.met(ID, CITATION, "split of " + Money.format(split.amountCents()) + ": "
        + String.join("; ", parts)));
  }

  /** Positive and within the money bounds (whole cents, at most the ceiling). */
  private static boolean positiveCents(BigDecimal amount) {
    return amount.signum() > 0 && Bounds.money(amount).isEmpty();
  }
}
