package org.charter.core.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.charter.core.act.Act;
import org.charter.core.act.ActCorrected;
import org.charter.core.act.ActRatified;
import org.charter.core.act.ActRetracted;
import org.charter.core.act.AgreementSigned;
import org.charter.core.act.BodyEstablished;
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
import org.charter.core.act.Source;
import org.charter.core.act.TechnologyUsed;
import org.charter.core.act.VacancyFilled;
import org.charter.core.act.WaterfallTermsSet;
import org.charter.core.act.WrittenConsentSigned;
import org.charter.core.capital.Money;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Verdict;

/**
 * Checks acts against every agreement in force at their time, each finding named by the clause that decided it:
 * exclusivity (who must buy what only from whom, unless an exception reaches the purchase), licence scope (technology
 * created before the determination of a term), and who may sign or waive.
 */
final class ClauseRule implements Rule {
  @Override
  public String id() {
    return "clause";
  }

  @Override
  public String citation() {
    return "the agreements in force";
  }

  @Override
  public List<Finding> check(RuleContext ctx) {
    List<Act> record = ctx.state().agreementActs();
    return switch (ctx.act()) {
      case AgreementSigned a -> signed(a);
      case ExceptionGranted e -> exception(ctx, record, e);
      case ComputePurchased p -> purchase(ctx, record, p);
      case TechnologyUsed u -> use(ctx, record, u);
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
      case InterestClassDefined x -> List.of();
      case InvestmentMade x -> List.of();
      case InterestTransferred x -> List.of();
      case WaterfallTermsSet x -> List.of();
      case DistributionMade x -> List.of();
      case DeterminationMade x -> List.of();
      case ActRatified x -> List.of();
      case CourtValidated x -> List.of();
      case ActCorrected x -> List.of();
      case ActRetracted x -> List.of();
    };
  }

  /** The clause and where the agreement's terms come from, each source once by its kind and reference. */
  private static String cite(AgreementSigned a, Clause c) {
    List<String> from = a.meta().sources().stream()
        .map(s -> s.kind() == Source.SourceKind.SEED ? "seed " + s.ref() : s.kind().name().toLowerCase(
            java.util.Locale.ROOT).replace('_', ' '))
        .distinct().toList();
    return "agreement " + a.agreement() + ", clause " + c.id() + " (" + String.join(", ", from) + ")";
  }

  private static List<Finding> signed(AgreementSigned a) {
    Set<String> ids = new HashSet<>();
    for (Clause c : a.clauses()) {
      if (!ids.add(c.id())) {
        return List.of(Finding.notMet("CH-agreement", "an agreement's clauses have distinct ids", Defect.VOID,
            "clause id " + c.id() + " appears twice"));
      }
      if (!a.parties().contains(c.party()) || !a.parties().contains(c.counterparty())) {
        return List.of(Finding.notMet("CH-agreement", "a clause binds only the agreement's parties", Defect.VOID,
            "clause " + c.id() + " names a party not among " + a.parties()));
      }
    }
    return List.of();
  }

  private static Optional<AgreementSigned> agreement(List<Act> record, String id) {
    AgreementSigned found = null;
    for (Act x : record) {
      if (x instanceof AgreementSigned a && a.agreement().equals(id)) {
        found = a;
      }
    }
    return Optional.ofNullable(found);
  }

  private static List<Finding> exception(RuleContext ctx, List<Act> record, ExceptionGranted e) {
    Optional<AgreementSigned> a = agreement(record, e.agreement());
    Optional<Clause> c = a.flatMap(x -> x.clauses().stream().filter(k -> k.id().equals(e.clause())).findFirst());
    if (c.isEmpty()) {
      return List.of(Finding.notMet("CH-agreement", "an exception names a clause in force", Defect.VOID,
          "no clause " + e.clause() + " of agreement " + e.agreement() + " is on record"));
    }
    // Only the party a clause protects can waive it: for exclusivity, the exclusive supplier.
    String protectedParty = c.get().kind() == Clause.ClauseKind.EXCLUSIVITY ? c.get().counterparty() : c.get().party();
    if (!e.grantedBy().equals(protectedParty)) {
      return List.of(Finding.notMet(c.get().id(), cite(a.get(), c.get()), Defect.VOID,
          ctx.name(e.grantedBy()) + " cannot waive clause " + c.get().id() + "; only " + ctx.name(protectedParty)
              + ", whom it protects, can"));
    }
    return List.of(Finding.met(c.get().id(), cite(a.get(), c.get()), ctx.name(e.grantedBy())
        + " grants exception " + e.exception() + " to clause " + c.get().id()));
  }

  private static boolean inForce(Clause c, Instant t) {
    return (c.from() == null || !c.from().isAfter(t)) && (c.until() == null || c.until().isAfter(t));
  }

  private static List<Finding> purchase(RuleContext ctx, List<Act> record, ComputePurchased p) {
    List<Finding> out = new ArrayList<>();
    for (Act x : record) {
      if (!(x instanceof AgreementSigned a)) {
        continue;
      }
      for (Clause c : a.clauses()) {
        if (c.kind() != Clause.ClauseKind.EXCLUSIVITY || !c.party().equals(p.buyer())
            || !c.subject().equals(p.subject()) || !inForce(c, ctx.at())) {
          continue;
        }
        String cite = cite(a, c);
        if (c.counterparty().equals(p.supplier())) {
          out.add(Finding.met(c.id(), cite, ctx.name(p.buyer()) + " buys " + p.subject() + " from "
              + ctx.name(p.supplier()) + ", its exclusive supplier"));
          continue;
        }
        Optional<ExceptionGranted> ex = exceptionFor(record, a, c, p);
        out.add(ex.isPresent()
            ? Finding.met(c.id(), cite, "permitted by exception " + ex.get().exception() + ", granted by "
                + ctx.name(ex.get().grantedBy()) + " on " + ctx.time(ex.get().meta().validAt()))
            : Finding.notMet(c.id(), cite, Defect.BREACH, ctx.name(p.buyer()) + " must buy " + p.subject()
                + " only from " + ctx.name(c.counterparty()) + " under clause " + c.id()
                + "; no exception on record reaches a purchase from " + ctx.name(p.supplier()) + " on "
                + ctx.time(ctx.at())));
      }
    }
    return out;
  }

  private static Optional<ExceptionGranted> exceptionFor(
      List<Act> record, AgreementSigned a, Clause c, ComputePurchased p) {
    for (Act x : record) {
      if (x instanceof ExceptionGranted e && e.agreement().equals(a.agreement()) && e.clause().equals(c.id())
          && e.grantedBy().equals(c.counterparty())
          && (e.counterparty() == null || e.counterparty().equals(p.supplier()))
          && (e.subject() == null || e.subject().equals(p.subject()))
          && (e.upTo() == null || p.amount() == null || p.amount().compareTo(e.upTo()) <= 0)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static List<Finding> use(RuleContext ctx, List<Act> record, TechnologyUsed u) {
    List<Finding> out = new ArrayList<>();
    for (Act x : record) {
      if (!(x instanceof AgreementSigned a)) {
        continue;
      }
      for (Clause c : a.clauses()) {
        if (c.kind() != Clause.ClauseKind.LICENCE_SCOPE || !c.party().equals(u.owner())
            || !c.counterparty().equals(u.user()) || !inForce(c, ctx.at())) {
          continue;
        }
        String cite = cite(a, c);
        Optional<DeterminationMade> d = c.term() == null ? Optional.empty() : determination(record, c.term());
        if (d.isEmpty()) {
          out.add(Finding.met(c.id(), cite, "no determination of '" + c.term() + "' is on record by "
              + ctx.time(ctx.at()) + ", so the licence covers " + u.technology()));
          continue;
        }
        Instant when = d.get().meta().validAt();
        Verdict dv = ctx.state().verdict(d.get().id());
        if (!u.createdAt().isBefore(when)) {
          Finding f = Finding.notMet(c.id(), cite, Defect.BREACH, u.technology() + " was created on "
              + ctx.time(u.createdAt()) + ", after the determination that " + c.term() + " on " + ctx.time(when)
              + " (act " + d.get().id() + "); the licence reaches only " + c.subject() + " created before it");
          out.add(dv != null && dv.status().isDefective()
              ? Finding.unknown(c.id(), cite, f.detail() + "; but the determination itself is " + dv.label())
              : f);
        } else {
          out.add(Finding.met(c.id(), cite, u.technology() + " was created on " + ctx.time(u.createdAt())
              + ", before the determination that " + c.term() + " on " + ctx.time(when) + ": licensed"));
        }
      }
    }
    return out;
  }

  private static Optional<DeterminationMade> determination(List<Act> record, String term) {
    for (Act x : record) {
      if (x instanceof DeterminationMade d && d.term().equals(term)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
