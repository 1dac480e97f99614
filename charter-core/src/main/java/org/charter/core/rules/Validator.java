package org.charter.core.rules;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.charter.core.act.ActCorrected;
import org.charter.core.act.ActRatified;
import org.charter.core.act.ActRetracted;
import org.charter.core.act.AgreementSigned;
import org.charter.core.act.BindingAct;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.BodyKind;
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
import org.charter.core.state.StateView;
import org.charter.core.verdict.Defect;
import org.charter.core.verdict.Finding;
import org.charter.core.verdict.Verdict;

/**
 * Checks a binding act against the rules in force at its valid time: the governing entity's statute profile overlaid
 * by its bylaws. A pure function of the act and the state before it.
 */
public final class Validator {
  // Marks a body the record does not hold, so the finding can name it; no entity id starts with a space.
  private static final String MISSING_BODY = " body:";
  private final ZoneId zone;

  public Validator(ZoneId zone) {
    this.zone = zone;
  }

  // Rules of every act whatever its entity's profile: capital acts, the agreements in force, corrections.
  private static final List<Rule> COMMERCIAL = List.of(new CapitalRule(), new ClauseRule(), new CorrectionRule());

  public Verdict validate(BindingAct act, StateView before) {
    List<Finding> commercial = new ArrayList<>();
    RuleContext plain = new RuleContext(act, before, null, null, null, zone);
    for (Rule r : COMMERCIAL) {
      commercial.addAll(r.check(plain));
    }
    Optional<String> entityId = governingEntity(act, before);
    if (entityId.isEmpty()) {
      return Verdict.of(act.id(), commercial);
    }
    Optional<EntityOnRecord> entity = act instanceof EntityOnRecord e ? Optional.of(e) : before.entity(entityId.get());
    if (entity.isEmpty()) {
      String what = entityId.get().startsWith(MISSING_BODY)
          ? "body " + entityId.get().substring(MISSING_BODY.length()) : "entity " + entityId.get();
      return Verdict.of(act.id(), List.of(Finding.notMet("CH-reference", "the record must hold what an act names",
          Defect.VOID, what + " is not on record at " + act.meta().validAt())));
    }
    Profile profile = Profiles.named(entity.get().profile()).orElseThrow(
        () -> new IllegalArgumentException("unknown statute profile " + entity.get().profile()));
    Parameters params = profile.defaults().overlaidBy(before.bylaws(entity.get().entity()));
    RuleContext ctx = new RuleContext(act, before, entity.get(), profile, params, zone);
    List<Finding> findings = new ArrayList<>();
    findings.addAll(commercial);
    for (Rule r : profile.rules()) {
      findings.addAll(r.check(ctx));
    }
    return Verdict.of(act.id(), findings);
  }

  /** The resolution an act is taken under, or null for an act that needs none (or does not name one). */
  public static String restsOn(BindingAct act) {
    Effect e = Effect.of(act);
    return e == null ? null : e.resolution();
  }

  /** The entity whose rules govern an act, found through the body or meeting it names; empty for acts no rule governs. */
  public static Optional<String> governingEntity(BindingAct act, StateView s) {
    return switch (act) {
      case EntityOnRecord a -> Optional.of(a.entity());
      case BylawsAdopted a -> Optional.of(a.entity());
      case BylawsAmended a -> Optional.of(a.entity());
      case OfficerAppointed a -> Optional.of(a.entity());
      case OfficerRemoved a -> Optional.of(a.entity());
      case OfficerResigned a -> Optional.of(a.entity());
      case PetitionOpened a -> Optional.of(a.entity());
      case DeterminationMade a -> Optional.of(a.entity());
      case DirectorElected a -> ofBody(s, a.body());
      case DirectorAppointed a -> ofBody(s, a.body());
      case VacancyFilled a -> ofBody(s, a.body());
      case DirectorRemoved a -> ofBody(s, a.body());
      case DirectorResigned a -> ofBody(s, a.body());
      case WrittenConsentSigned a -> ofBody(s, a.body());
      case MeetingCalled a -> ofBody(s, a.body());
      case NoticeGiven a -> ofMeeting(s, a.meeting());
      case NoticeWaived a -> ofMeeting(s, a.meeting());
      case MeetingHeld a -> ofMeeting(s, a.meeting());
      case MotionVoted a -> ofMeeting(s, a.meeting());
      case ControlLinkSet x -> Optional.empty();
      case EconomicInterestSet x -> Optional.empty();
      case PersonDescribed x -> Optional.empty();
      case BodyEstablished a -> a.kind() == BodyKind.COMMITTEE ? Optional.of(a.entity()) : Optional.empty();
      case PetitionSigned x -> Optional.empty();
      case InterestClassDefined x -> Optional.empty();
      case InvestmentMade x -> Optional.empty();
      case InterestTransferred x -> Optional.empty();
      case WaterfallTermsSet x -> Optional.empty();
      case DistributionMade x -> Optional.empty();
      case AgreementSigned x -> Optional.empty();
      case ExceptionGranted x -> Optional.empty();
      case ComputePurchased x -> Optional.empty();
      case TechnologyUsed x -> Optional.empty();
      case ActRatified a -> Optional.of(a.entity());
      case CourtValidated a -> Optional.of(a.entity());
      case ActCorrected x -> Optional.empty();
      case ActRetracted x -> Optional.empty();
    };
  }

  private static Optional<String> ofMeeting(StateView s, String meeting) {
    MeetingCalled c = s.meeting(meeting).call();
    return ofBody(s, c == null ? null : c.body());
  }

  private static Optional<String> ofBody(StateView s, String body) {
    if (body == null) {
      return Optional.empty();
    }
    return Optional.of(s.body(body).map(BodyEstablished::entity).orElse(MISSING_BODY + body));
  }
}
