package org.charter.core.state;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charter.core.act.Act;
import org.charter.core.act.AgreementSigned;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.BylawsAdopted;
import org.charter.core.act.BylawsAmended;
import org.charter.core.act.ComputePurchased;
import org.charter.core.act.ControlLinkSet;
import org.charter.core.act.DeterminationMade;
import org.charter.core.act.DirectorAppointed;
import org.charter.core.act.DirectorElected;
import org.charter.core.act.DirectorRemoved;
import org.charter.core.act.DirectorResigned;
import org.charter.core.act.DistributionMade;
import org.charter.core.act.EconomicInterestSet;
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
import org.charter.core.act.Office;
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
import org.charter.core.verdict.Verdict;

/**
 * The temporal index of one book: every binding act adds entries stamped with its valid and recorded time, and nothing
 * is ever changed in place, so a query at any basis filters entries instead of replaying acts from zero.
 */
public final class Projection {
  /** A seat taken or left; a taking carries the tenure it starts, made once here rather than at every query. */
  record SeatEvent(String person, boolean start, ActRef act, Tenure tenure) {}

  /** An office taken or left; a taking carries the tenure it starts. */
  record OfficeEvent(Office office, String person, boolean start, ActRef act, Tenure tenure) {}

  record BylawsEvent(org.charter.core.act.BylawTerms terms, boolean replaces) {}

  final Map<String, Timeline<EntityFormed>> entities = new LinkedHashMap<>();
  final Map<String, Timeline<PersonDescribed>> persons = new HashMap<>();
  final Map<String, Timeline<BodyEstablished>> bodies = new LinkedHashMap<>();
  // The bodies ever established under each entity, in the order they were first established under it: finding an entity's board then
  // looks at its own few bodies, not at every body in a book of a thousand entities.
  final Map<String, List<String>> bodiesOf = new HashMap<>();
  final Map<String, Timeline<BylawsEvent>> bylaws = new HashMap<>();
  final Map<String, Timeline<SeatEvent>> seats = new HashMap<>();
  final Map<String, Timeline<OfficeEvent>> offices = new HashMap<>();
  final Map<String, Timeline<ControlLinkSet>> controlOf = new HashMap<>();
  final Map<String, Timeline<EconomicInterestSet>> interestsIn = new HashMap<>();
  final Map<String, Timeline<Act>> meetings = new HashMap<>();
  final Map<String, Timeline<ResolutionRecord>> resolutions = new HashMap<>();
  final Map<String, Timeline<Act>> petitions = new LinkedHashMap<>();
  // The petitions opened against each entity, so a report on one entity does not read every petition in the book.
  final Map<String, List<String>> petitionsOf = new HashMap<>();
  final Map<String, Timeline<Act>> capital = new HashMap<>();
  final Timeline<Act> agreements = new Timeline<>();
  final Map<String, Judged> judged = new HashMap<>();
  /** Counts the acts applied, so a view can tell that what it remembered may have changed. */
  int version;

  /** The state as of {@code basis}, as acted. */
  public StateView view(Basis basis) {
    return view(basis, Register.ACTED);
  }

  /** The state as of {@code basis} in one register. */
  public StateView view(Basis basis, Register register) {
    return new StateView(this, basis, register);
  }

  /** The verdict of an act under the rules, or null (an annotation, or an act not in the book). */
  public Verdict verdict(String actId) {
    Judged j = judged.get(actId);
    return j == null ? null : j.verdict(Register.LEGAL);
  }

  /** A cell for the verdicts of an act about to be applied. */
  public static Judged cell(Verdict legal, Verdict acted) {
    Judged j = new Judged();
    j.set(legal, acted);
    return j;
  }

  /**
   * Sets an act's verdicts after a late fact re-judged it; tells whether they changed. When they did, the folds of the
   * seats and offices the act touches are dropped from its entry on: the legal register gives a void act no effect, and
   * both registers mark what rests on an act not shown valid.
   */
  public boolean rejudge(Act act, long seq, Judged cell, Verdict legal, Verdict acted) {
    if (!cell.set(legal, acted)) {
      return false;
    }
    version++;
    Stamp s = stamp(act, seq, cell);
    for (Timeline<?> t : folded(act)) {
      t.rejudged(s);
    }
    return true;
  }

  private static Stamp stamp(Act act, long seq, Judged cell) {
    return new Stamp(act.id(), act.meta().validAt(), act.meta().recordedAt(), seq, Order.rank(act), cell);
  }

  /** The folded timelines an act adds entries to: the seats of its body, the offices of its entity. */
  private List<Timeline<?>> folded(Act act) {
    List<Timeline<?>> out = new java.util.ArrayList<>(2);
    String body = null;
    String entity = null;
    switch (act) {
      case DirectorElected a -> body = a.body();
      case DirectorAppointed a -> body = a.body();
      case VacancyFilled a -> body = a.body();
      case DirectorRemoved a -> {
        body = a.body();
        entity = entityOfBody(a.body());
      }
      case DirectorResigned a -> {
        body = a.body();
        entity = entityOfBody(a.body());
      }
      case OfficerAppointed a -> entity = a.entity();
      case OfficerRemoved a -> entity = a.entity();
      case OfficerResigned a -> entity = a.entity();
      // The other acts add no entry to a folded timeline.
      case EntityFormed x -> { }
      case PersonDescribed x -> { }
      case BodyEstablished x -> { }
      case BylawsAdopted x -> { }
      case BylawsAmended x -> { }
      case ControlLinkSet x -> { }
      case EconomicInterestSet x -> { }
      case MeetingCalled x -> { }
      case NoticeGiven x -> { }
      case NoticeWaived x -> { }
      case MeetingHeld x -> { }
      case MotionVoted x -> { }
      case WrittenConsentSigned x -> { }
      case PetitionOpened x -> { }
      case PetitionSigned x -> { }
      case InterestClassDefined x -> { }
      case InvestmentMade x -> { }
      case InterestTransferred x -> { }
      case WaterfallTermsSet x -> { }
      case DistributionMade x -> { }
      case AgreementSigned x -> { }
      case ExceptionGranted x -> { }
      case DeterminationMade x -> { }
      case ComputePurchased x -> { }
      case TechnologyUsed x -> { }
      case StatementMade x -> { }
      case MarketMoved x -> { }
    }
    if (body != null && seats.containsKey(body)) {
      out.add(seats.get(body));
    }
    if (entity != null && offices.containsKey(entity)) {
      out.add(offices.get(entity));
    }
    return out;
  }

  private String entityOfBody(String body) {
    Timeline<BodyEstablished> b = bodies.get(body);
    List<Timeline.Entry<BodyEstablished>> all = b == null ? List.of() : b.visible(Basis.at(Instant.MAX));
    return all.isEmpty() ? null : all.get(0).value().entity();
  }

  /**
   * Add what {@code act} changes, stamped at its place {@code seq} in the book. Every act is applied whatever its
   * verdict; {@code cell} holds its verdicts, which travel with the state that rests on it and which the legal register
   * reads to give a void act no effect.
   */
  public void apply(Act act, Judged cell, long seq) {
    version++;
    Stamp s = stamp(act, seq, cell);
    ActRef ref = new ActRef(act.id(), cell);
    judged.put(act.id(), cell);
    switch (act) {
      case EntityFormed a -> add(entities, a.entity(), s, a);
      case PersonDescribed a -> add(persons, a.person(), s, a);
      case BodyEstablished a -> {
        List<String> of = bodiesOf.computeIfAbsent(a.entity(), k -> new java.util.ArrayList<>(2));
        if (!of.contains(a.body())) {
          of.add(a.body());
        }
        add(bodies, a.body(), s, a);
        List<ChairLeave> waiting = chairLeaves.remove(a.body());
        if (waiting != null) {
          waiting.forEach(w -> office(a.entity(), w.stamp(), Office.CHAIR, w.person(), false, w.act()));
        }
      }
      case BylawsAdopted a -> add(bylaws, a.entity(), s, new BylawsEvent(a.terms(), true));
      case BylawsAmended a -> add(bylaws, a.entity(), s, new BylawsEvent(a.terms(), false));
      case ControlLinkSet a -> add(controlOf, a.controlled(), s, a);
      case EconomicInterestSet a -> add(interestsIn, a.entity(), s, a);
      case DirectorElected a -> seat(a.body(), s, a.person(), true, ref);
      case DirectorAppointed a -> seat(a.body(), s, a.person(), true, ref);
      case VacancyFilled a -> seat(a.body(), s, a.person(), true, ref);
      case DirectorRemoved a -> endSeat(a.body(), a.person(), s, ref);
      case DirectorResigned a -> endSeat(a.body(), a.person(), s, ref);
      case OfficerAppointed a -> office(a.entity(), s, a.office(), a.person(), true, ref);
      case OfficerRemoved a -> office(a.entity(), s, a.office(), a.person(), false, ref);
      case OfficerResigned a -> office(a.entity(), s, a.office(), a.person(), false, ref);
      case MeetingCalled a -> add(meetings, a.meeting(), s, a);
      case NoticeGiven a -> add(meetings, a.meeting(), s, a);
      case NoticeWaived a -> add(meetings, a.meeting(), s, a);
      case MeetingHeld a -> add(meetings, a.meeting(), s, a);
      case MotionVoted a -> add(resolutions, a.resolution(), s, new ResolutionRecord(a.resolution(), a, s));
      case WrittenConsentSigned a -> add(resolutions, a.resolution(), s, new ResolutionRecord(a.resolution(), a, s));
      case PetitionOpened a -> {
        List<String> of = petitionsOf.computeIfAbsent(a.entity(), k -> new java.util.ArrayList<>(2));
        if (!of.contains(a.petition())) {
          of.add(a.petition());
        }
        add(petitions, a.petition(), s, a);
      }
      case PetitionSigned a -> add(petitions, a.petition(), s, a);
      case InterestClassDefined a -> add(capital, a.entity(), s, a);
      case InvestmentMade a -> add(capital, a.entity(), s, a);
      case InterestTransferred a -> add(capital, a.entity(), s, a);
      case WaterfallTermsSet a -> add(capital, a.entity(), s, a);
      case DistributionMade a -> add(capital, a.entity(), s, a);
      case AgreementSigned a -> agreements.add(s, a);
      case ExceptionGranted a -> agreements.add(s, a);
      case DeterminationMade a -> agreements.add(s, a);
      // Commercial acts checked against agreements (purchases, uses), and annotations, change no state.
      case ComputePurchased a -> {}
      case TechnologyUsed a -> {}
      case StatementMade a -> {}
      case MarketMoved a -> {}
    }
  }

  private void endSeat(String body, String person, Stamp s, ActRef ref) {
    seat(body, s, person, false, ref);
    // A chair who leaves the board leaves the chair with it. The board's entity may not be on record yet (acts can be
    // entered in any order): the leaving then waits for the body to be established.
    String entity = entityOfBody(body);
    if (entity != null) {
      office(entity, s, Office.CHAIR, person, false, ref);
    } else {
      chairLeaves.computeIfAbsent(body, k -> new java.util.ArrayList<>(1)).add(new ChairLeave(s, person, ref));
    }
  }

  /** A director's leaving, which ends their chair too, waiting for their board's entity to be on record. */
  private record ChairLeave(Stamp stamp, String person, ActRef act) {}

  private final Map<String, List<ChairLeave>> chairLeaves = new HashMap<>();

  private void seat(String body, Stamp s, String person, boolean start, ActRef ref) {
    SeatEvent e = new SeatEvent(person, start, ref, start ? new Tenure(person, s.validAt(), ref) : null);
    seats.computeIfAbsent(body, k -> new Timeline<>(Registers.SEATS, Registers.LEGAL_SEATS)).add(s, e);
  }

  private void office(String entity, Stamp s, Office office, String person, boolean start, ActRef ref) {
    OfficeEvent e = new OfficeEvent(office, person, start, ref, start ? new Tenure(person, s.validAt(), ref) : null);
    offices.computeIfAbsent(entity, k -> new Timeline<>(Registers.OFFICES, Registers.LEGAL_OFFICES)).add(s, e);
  }

  private static <E> void add(Map<String, Timeline<E>> map, String key, Stamp s, E value) {
    map.computeIfAbsent(key, k -> new Timeline<>()).add(s, value);
  }

  List<String> entityIds() {
    return List.copyOf(entities.keySet());
  }
}
