package org.charter.core.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.charter.core.act.Act;
import org.charter.core.act.Attendance;
import org.charter.core.act.BodyEstablished;
import org.charter.core.act.BodyKind;
import org.charter.core.act.BylawTerms;
import org.charter.core.act.ControlLinkSet;
import org.charter.core.act.EconomicInterestSet;
import org.charter.core.act.EntityOnRecord;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.Office;
import org.charter.core.act.PersonDescribed;
import org.charter.core.act.VoteCast;
import org.charter.core.act.WrittenConsentSigned;

/** The state of a book as of one basis: read-only answers computed from the temporal index. */
public final class StateView {
  private final Projection p;
  private final Basis basis;
  private final Register register;
  // Rules ask the same questions of one view many times (a motion's tally, its meeting, a board): remember the
  // answers while the projection stays as it was.
  private int version = -1;
  private Map<String, List<Tenure>> directorsOf;
  private Map<String, MeetingFacts> meetings;
  private MotionVoted tallied;
  private Tally tally;
  private StateView hindsight;

  StateView(Projection p, Basis basis, Register register) {
    this.p = p;
    this.basis = basis;
    this.register = register;
  }

  public Basis basis() {
    return basis;
  }

  /** The register this view reads: as acted, or under the rules. */
  public Register register() {
    return register;
  }

  /** Forgets remembered answers if the projection has changed since they were worked out. */
  private void current() {
    if (version != p.version) {
      version = p.version;
      directorsOf = null;
      meetings = null;
      tallied = null;
      tally = null;
      hindsight = null;
    }
  }

  private Registers.Seats seats(String body) {
    Timeline<Projection.SeatEvent> t = p.seats.get(body);
    return t == null ? Registers.SEATS.start() : t.fold(basis, register);
  }

  private Registers.Offices offices(String entity) {
    Timeline<Projection.OfficeEvent> t = p.offices.get(entity);
    return t == null ? Registers.OFFICES.start() : t.fold(basis, register);
  }

  private static <E> E latest(Map<String, Timeline<E>> map, String key, Basis b) {
    Timeline<E> t = map.get(key);
    Timeline.Entry<E> e = t == null ? null : t.latest(b);
    return e == null ? null : e.value();
  }

  private static <E> List<Timeline.Entry<E>> visible(Map<String, Timeline<E>> map, String key, Basis b) {
    Timeline<E> t = map.get(key);
    return t == null ? List.of() : t.visible(b);
  }

  public Optional<EntityOnRecord> entity(String id) {
    return Optional.ofNullable(latest(p.entities, id, basis));
  }

  /** The entities formed as of this basis, in the order of the record (not of recording). */
  public List<EntityOnRecord> entities() {
    List<EntityOnRecord> out = new ArrayList<>();
    for (String id : p.entities.keySet()) {
      entity(id).ifPresent(out::add);
    }
    out.sort(Order.ACTS);
    return out;
  }

  public Optional<PersonDescribed> person(String id) {
    return Optional.ofNullable(latest(p.persons, id, basis));
  }

  public Optional<BodyEstablished> body(String id) {
    return Optional.ofNullable(latest(p.bodies, id, basis));
  }

  public List<BodyEstablished> bodies() {
    List<BodyEstablished> out = new ArrayList<>();
    for (String id : p.bodies.keySet()) {
      body(id).ifPresent(out::add);
    }
    out.sort(Order.ACTS);
    return out;
  }

  /** The board of an entity, if one is on record. */
  public Optional<BodyEstablished> boardOf(String entity) {
    return bodiesOf(entity).stream().filter(b -> b.kind() == BodyKind.BOARD).findFirst();
  }

  /** The bodies of an entity as of this basis, in the order of the record. */
  public List<BodyEstablished> bodiesOf(String entity) {
    List<BodyEstablished> out = new ArrayList<>(2);
    for (String id : p.bodiesOf.getOrDefault(entity, List.of())) {
      body(id).filter(b -> b.entity().equals(entity)).ifPresent(out::add);
    }
    if (out.size() > 1) {
      out.sort(Order.ACTS);
    }
    return out;
  }

  /** The entity's own rules in force: the last adoption, overlaid by the amendments after it. */
  public BylawTerms bylaws(String entity) {
    BylawTerms terms = BylawTerms.NONE;
    for (Timeline.Entry<Projection.BylawsEvent> e : visible(p.bylaws, entity, basis)) {
      if (register == Register.LEGAL && e.stamp().judged().voidInLaw()) {
        continue;
      }
      terms = e.value().replaces() ? e.value().terms() : terms.amendedBy(e.value().terms());
    }
    return terms;
  }

  /** The directors of a body, in the order they took their seats. */
  public List<Tenure> directors(String body) {
    current();
    if (directorsOf == null) {
      directorsOf = new HashMap<>(4);
    }
    List<Tenure> cached = directorsOf.get(body);
    if (cached == null) {
      cached = committeeMembers(body);
      if (cached == null) {
        cached = seats(body).directors();
      }
      directorsOf.put(body, cached);
    }
    return cached;
  }

  /**
   * The members of a committee of the board: those it was designated with who are still directors of the entity's
   * board (8 Del. C. § 141(c)(2): a committee consists of directors), in the order the designation names them; null
   * for a body that is not a committee with members on record.
   */
  private List<Tenure> committeeMembers(String body) {
    BodyEstablished c = body(body).orElse(null);
    if (c == null || c.kind() != BodyKind.COMMITTEE || c.members() == null) {
      return null;
    }
    Optional<BodyEstablished> board = boardOf(c.entity());
    if (board.isEmpty() || board.get().body().equals(body)) {
      return List.of();
    }
    List<Tenure> seated = directors(board.get().body());
    List<Tenure> out = new ArrayList<>(c.members().size());
    for (String m : c.members()) {
      seated.stream().filter(t -> t.person().equals(m)).findFirst().ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  public List<String> directorIds(String body) {
    return directors(body).stream().map(Tenure::person).toList();
  }

  /** Seats of a body that were ended by an invalid or undetermined act, and are still empty as of this basis. */
  public List<Vacated> seatsVacatedByDefectiveActs(String body) {
    return seats(body).vacated();
  }

  /** The officers of an entity (the chair of its board included), one holder per office. */
  public Map<Office, Tenure> officers(String entity) {
    return offices(entity).held;
  }

  /** Offices of an entity ended by an invalid or undetermined act and not filled again since. */
  public List<Vacated> officesVacatedByDefectiveActs(String entity) {
    return offices(entity).vacated();
  }

  public Optional<Tenure> office(String entity, Office office) {
    return Optional.ofNullable(officers(entity).get(office));
  }

  /** The offices a person holds in an entity. */
  public Set<Office> officesOf(String entity, String person) {
    Set<Office> out = new HashSet<>();
    officers(entity).forEach((o, t) -> {
      if (t.person().equals(person)) {
        out.add(o);
      }
    });
    return out;
  }

  /** The link by which an entity is directly controlled, if any. */
  public Optional<ControlLinkSet> controllerOf(String entity) {
    return Optional.ofNullable(latest(p.controlOf, entity, basis));
  }

  /** The chain of control from an entity up to its ultimate controller (the entity itself when none). */
  public List<ControlLinkSet> controlChain(String entity) {
    List<ControlLinkSet> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String at = entity;
    seen.add(at);
    Optional<ControlLinkSet> link;
    while ((link = controllerOf(at)).isPresent() && seen.add(link.get().controller())) {
      chain.add(link.get());
      at = link.get().controller();
    }
    return chain;
  }

  public String ultimateController(String entity) {
    List<ControlLinkSet> chain = controlChain(entity);
    return chain.isEmpty() ? entity : chain.get(chain.size() - 1).controller();
  }

  /** Entities that {@code entity} controls, directly or through others. */
  public Set<String> controlledBy(String entity) {
    Set<String> out = new HashSet<>();
    for (String id : p.entities.keySet()) {
      if (!id.equals(entity) && controlChain(id).stream().anyMatch(l -> l.controller().equals(entity))) {
        out.add(id);
      }
    }
    return out;
  }

  /** The economic holders of an entity: the latest interest on record for each holder and class. */
  public List<EconomicInterestSet> economicHolders(String entity) {
    Map<String, EconomicInterestSet> out = new LinkedHashMap<>();
    for (Timeline.Entry<EconomicInterestSet> e : visible(p.interestsIn, entity, basis)) {
      out.put(e.value().holder() + "|" + e.value().interestClass(), e.value());
    }
    return List.copyOf(out.values());
  }

  public MeetingFacts meeting(String meeting) {
    current();
    if (meetings == null) {
      meetings = new HashMap<>(4);
    }
    return meetings.computeIfAbsent(meeting, this::meetingFacts);
  }

  private MeetingFacts meetingFacts(String meeting) {
    return MeetingFacts.of(meeting, visible(p.meetings, meeting, basis));
  }

  /**
   * The meeting as the whole book holds it, whatever the valid time of each fact: a notice sent after the vote, or a
   * waiver signed after the meeting, bears on the meeting's acts.
   */
  public MeetingFacts meetingInHindsight(String meeting) {
    current();
    if (hindsight == null) {
      hindsight = new StateView(p, new Basis(Instant.MAX, basis.recordedAt()), register);
    }
    return hindsight.meeting(meeting);
  }

  public Optional<ResolutionRecord> resolution(String resolution) {
    return Optional.ofNullable(latest(p.resolutions, resolution, basis));
  }

  /** The verdict of an act already in the book in this view's register, or null (annotations, or not recorded). */
  public org.charter.core.verdict.Verdict verdict(String actId) {
    Judged j = p.judged.get(actId);
    return j == null ? null : j.verdict(register);
  }

  /** An act the book holds, by id, whatever this basis; null when it holds none. */
  public Act act(String actId) {
    return p.act(actId);
  }

  /** The cure on record that gives an act effect under the rules, or null. */
  public String curedBy(String actId) {
    Judged j = p.judged.get(actId);
    return j == null ? null : j.curedBy();
  }

  /** The body whose resolution this is: the consent's body, or the body that called the motion's meeting. */
  public String bodyOf(ResolutionRecord r) {
    // A resolution is adopted by one of the two acts (Projection.apply files no other).
    if (r.act() instanceof WrittenConsentSigned c) {
      return c.body();
    }
    var call = meetingInHindsight(((MotionVoted) r.act()).meeting()).call();
    return call == null ? null : call.body();
  }

  /** The numbers of a resolution as of its own place in the record, in this view's register. */
  public Tally tallyOf(ResolutionRecord r) {
    StateView then = new StateView(p, new Basis(r.stamp().validAt(), basis.recordedAt(), r.stamp()), register);
    return r.act() instanceof WrittenConsentSigned c ? then.tally(c) : then.tally((MotionVoted) r.act());
  }

  /** The capital acts of an entity (classes, investments, transfers, terms, distributions) in valid-time order. */
  public List<Act> capitalActs(String entity) {
    return visible(p.capital, entity, basis).stream().map(Timeline.Entry::value).toList();
  }

  /** Entities with capital acts on record. */
  public List<String> capitalEntities() {
    return p.capital.keySet().stream().filter(e -> !capitalActs(e).isEmpty()).sorted().toList();
  }

  /** Agreements, exceptions and determinations in force as of this basis, in valid-time order. */
  public List<Act> agreementActs() {
    return p.agreements.visible(basis).stream().map(Timeline.Entry::value).toList();
  }

  public Optional<PetitionState> petition(String petition) {
    List<Timeline.Entry<Act>> entries = visible(p.petitions, petition, basis);
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(PetitionState.of(petition, entries));
  }

  public List<PetitionState> petitions() {
    return petitionsIn(p.petitions.keySet());
  }

  /** The petitions among {@code ids} visible as of this basis, in the order of the record of their first act. */
  private List<PetitionState> petitionsIn(java.util.Collection<String> ids) {
    List<Map.Entry<Stamp, PetitionState>> found = new ArrayList<>();
    for (String id : ids) {
      List<Timeline.Entry<Act>> entries = visible(p.petitions, id, basis);
      if (!entries.isEmpty()) {
        found.add(Map.entry(entries.get(0).stamp(), PetitionState.of(id, entries)));
      }
    }
    found.sort((a, b) -> Order.compare(a.getKey(), b.getKey()));
    return found.stream().map(Map.Entry::getValue).toList();
  }

  /** The petitions against one entity as of this basis, in the order they were opened. */
  public List<PetitionState> petitionsOf(String entity) {
    return petitionsIn(p.petitionsOf.getOrDefault(entity, List.of())).stream()
        .filter(x -> entity.equals(x.entity())).toList();
  }

  /** Whether an entity is formed at any time in the book, whatever this basis: a name the book knows. */
  public boolean knowsEntity(String entity) {
    return p.entities.containsKey(entity);
  }

  /** The numbers of a motion at its valid time: directors in office, those present, and the recorded votes. */
  public Tally tally(MotionVoted m) {
    current();
    if (tallied != m) {
      tally = count(m);
      tallied = m;
    }
    return tally;
  }

  private Tally count(MotionVoted m) {
    MeetingFacts f = meeting(m.meeting());
    String body = f.call() == null ? null : f.call().body();
    List<String> inOffice = body == null ? List.of() : directorIds(body);
    List<String> present = new ArrayList<>();
    if (f.held() != null) {
      for (Attendance a : f.held().attendance()) {
        if (inOffice.contains(a.person()) && a.presentAt(m.meta().validAt(), f.held().meta().validAt())) {
          present.add(a.person());
        }
      }
    }
    if (m.votes() == null || m.votes().isEmpty()) {
      return new Tally(inOffice, present, null, null, null, false);
    }
    int yes = 0;
    int no = 0;
    int abstain = 0;
    for (VoteCast v : m.votes()) {
      switch (v.choice()) {
        case YES -> yes++;
        case NO -> no++;
        case ABSTAIN -> abstain++;
      }
    }
    return new Tally(inOffice, present, yes, no, abstain, false);
  }

  /** The numbers of a written consent: directors in office and those who signed. */
  public Tally tally(WrittenConsentSigned c) {
    List<String> inOffice = directorIds(c.body());
    List<String> signed = c.signers().stream().filter(inOffice::contains).distinct().toList();
    return new Tally(inOffice, signed, signed.size(), 0, 0, true);
  }
}
