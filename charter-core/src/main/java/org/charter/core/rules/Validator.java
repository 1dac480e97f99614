package org.charter.core.rules;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.charter.core.act.BindingAct;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.BylawsAdopted;
import org.charter.core.act.BylawsAmended;
import org.charter.core.act.DeterminationMade;
import org.charter.core.act.DirectorAppointed;
import org.charter.core.act.DirectorElected;
import org.charter.core.act.DirectorRemoved;
import org.charter.core.act.DirectorResigned;
import org.charter.core.act.EntityFormed;
import org.charter.core.act.MeetingCalled;
import org.charter.core.act.MeetingHeld;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.NoticeGiven;
import org.charter.core.act.NoticeWaived;
import org.charter.core.act.OfficerAppointed;
import org.charter.core.act.OfficerRemoved;
import org.charter.core.act.OfficerResigned;
import org.charter.core.act.PetitionOpened;
import org.charter.core.act.VacancyFilled;
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

  // Rules of every act whatever its entity's profile: capital acts and the agreements in force.
  private static final List<Rule> COMMERCIAL = List.of(new CapitalRule(), new ClauseRule());

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
    Optional<EntityFormed> entity = act instanceof EntityFormed e ? Optional.of(e) : before.entity(entityId.get());
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

  /** The entity whose rules govern an act, found through the body or meeting it names; empty for acts no rule governs. */
  static Optional<String> governingEntity(BindingAct act, StateView s) {
    String body = null;
    if (act instanceof DirectorElected a) {
      body = a.body();
    } else if (act instanceof DirectorAppointed a) {
      body = a.body();
    } else if (act instanceof VacancyFilled a) {
      body = a.body();
    } else if (act instanceof DirectorRemoved a) {
      body = a.body();
    } else if (act instanceof DirectorResigned a) {
      body = a.body();
    } else if (act instanceof WrittenConsentSigned a) {
      body = a.body();
    } else if (act instanceof MeetingCalled a) {
      body = a.body();
    } else if (act instanceof MotionVoted a) {
      body = meetingBody(s, a.meeting());
    } else if (act instanceof MeetingHeld a) {
      body = meetingBody(s, a.meeting());
    } else if (act instanceof NoticeGiven a) {
      body = meetingBody(s, a.meeting());
    } else if (act instanceof NoticeWaived a) {
      body = meetingBody(s, a.meeting());
    } else if (act instanceof OfficerAppointed a) {
      return Optional.of(a.entity());
    } else if (act instanceof OfficerRemoved a) {
      return Optional.of(a.entity());
    } else if (act instanceof OfficerResigned a) {
      return Optional.of(a.entity());
    } else if (act instanceof BylawsAdopted a) {
      return Optional.of(a.entity());
    } else if (act instanceof BylawsAmended a) {
      return Optional.of(a.entity());
    } else if (act instanceof PetitionOpened a) {
      return Optional.of(a.entity());
    } else if (act instanceof EntityFormed a) {
      return Optional.of(a.entity());
    } else if (act instanceof DeterminationMade a) {
      return Optional.of(a.entity());
    }
    if (body == null) {
      return Optional.empty();
    }
    String named = body;
    return Optional.of(s.body(body).map(BodyEstablished::entity).orElse(MISSING_BODY + named));
  }

  private static String meetingBody(StateView s, String meeting) {
    MeetingCalled c = s.meeting(meeting).call();
    return c == null ? null : c.body();
  }
}
