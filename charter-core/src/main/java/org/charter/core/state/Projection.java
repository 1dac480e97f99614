package org.charter.core.state;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  final Map<String, Timeline<EntityOnRecord>> entities = new LinkedHashMap<>();
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
  Map<String, Judged> judged = new HashMap<>();
  /** Counts the acts applied, so a view can tell that what it remembered may have changed. */
  int version;

  /** Makes room for the cells of {@code acts} acts in a projection that holds none yet (a book being restored). */
  public void expect(int acts) {
    if (judged.isEmpty()) {
      judged = HashMap.newHashMap(acts);
    }
  }

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

  /**
   * Marks an act as cured by {@code by} (or no longer cured, when null); tells whether that changed. When it did, the
   * legal folds of the seats and offices it touches are worked out again from its entry on.
   */
  public boolean cure(Act act, long seq, Judged cell, String by) {
    if (!cell.cure(by)) {
      return false;
    }
    return refold(act, seq, cell);
  }

  /** The act behind an id, if the book holds it. */
  public Act act(String actId) {
    Judged j = judged.get(actId);
    return j == null ? null : j.act();
  }

  /** A cell for the verdicts of an act about to be applied. */
  public static Judged cell(Act act, Verdict legal, Verdict acted) {
    Judged j = new Judged(act);
    j.set(legal, acted);
    return j;
  }

  /** A cell as a snapshot saved it: the verdicts and the cure the whole record gave the act when it was saved. */
  public static Judged restored(Act act, Verdict legal, Verdict acted, String curedBy) {
    Judged j = cell(act, legal, acted);
    j.cure(curedBy);
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
    return refold(act, seq, cell);
  }

  /** The act's effect changed: the folds of the seats and offices it touches are worked out again from its entry on. */
  private boolean refold(Act act, long seq, Judged cell) {
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
      case EntityOnRecord x -> { }
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
      case ActRatified x -> { }
      case CourtValidated x -> { }
      case ActCorrected x -> { }
      case ActRetracted x -> { }
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
   * Re-files an act a correction or a retraction named: takes back the entries of {@code current} (the act as now
   * indexed; null when it is retracted already), then files {@code next} (the act with its corrected valid time, or
   * the act as recorded again; null when it is retracted). The act keeps its cell, so what rests on it still points
   * to its verdicts.
   */
  public void refile(Act current, Act next, long seq, Judged cell, String retractedBy) {
    version++;
    if (current != null) {
      removeEntries(current, stamp(current, seq, cell));
    }
    cell.retract(retractedBy);
    if (next != null) {
      cell.act(next);
      apply(next, cell, seq);
    }
  }

  /**
   * Add what {@code act} changes, stamped at its place {@code seq} in the book. Every act is applied whatever its
   * verdict; {@code cell} holds its verdicts, which travel with the state that rests on it and which the legal register
   * reads to give a void act no effect.
   */
  public void apply(Act act, Judged cell, long seq) {
    version++;
    Stamp s = stamp(act, seq, cell);
    ActRef ref = new ActRef(act.id(), cell, act.meta().precision(), act.meta().through());
    judged.put(act.id(), cell);
    switch (act) {
      case EntityOnRecord a -> add(entities, a.entity(), s, a);
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
      // A cure changes no entry: the book marks the act it cures (Book.cure).
      case ActRatified a -> {}
      case CourtValidated a -> {}
      // A correction changes no entry itself: the book moves or removes the act it names (Book.correct).
      case ActCorrected a -> {}
      case ActRetracted a -> {}
      case StatementMade a -> {}
      case MarketMoved a -> {}
    }
  }

  /** Removes the act's entries from every timeline its kind adds to (see apply), found by the act's own fields. */
  private void removeEntries(Act act, Stamp s) {
    for (Map<String, ? extends Timeline<?>> m : List.of(entities, persons, bodies, bylaws, seats, offices, controlOf,
        interestsIn, meetings, resolutions, petitions, capital)) {
      for (String key : keysOf(act)) {
        Timeline<?> t = m.get(key);
        if (t != null) {
          t.remove(s);
        }
      }
    }
    agreements.remove(s);
  }

  /**
   * Every name an act carries (its string components): the keys its entries can be filed under. Removal is rare, so
   * reading them reflectively here is cheaper than a second walk over every kind of act to keep in step with apply.
   */
  private List<String> keysOf(Act act) {
    List<String> out = new java.util.ArrayList<>();
    for (java.lang.reflect.RecordComponent c : act.getClass().getRecordComponents()) {
      try {
        if (c.getType() == String.class && c.getAccessor().invoke(act) instanceof String v) {
          out.add(v);
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + c.getName() + " of " + act.id(), e);
      }
    }
    // A director's leaving also ended a chair, filed under the board's entity.
    for (String k : List.copyOf(out)) {
      String e = entityOfBody(k);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
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
