package org.charter.core.book;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.charter.core.act.Act;
import org.charter.core.act.ActCorrected;
import org.charter.core.act.ActMeta;
import org.charter.core.act.ActTypes;
import org.charter.core.act.ActRatified;
import org.charter.core.act.ActRetracted;
import org.charter.core.act.BindingAct;
import org.charter.core.act.Bounds;
import org.charter.core.act.ComputePurchased;
import org.charter.core.act.CourtValidated;
import org.charter.core.act.DeterminationMade;
import org.charter.core.act.EntityOnRecord;
import org.charter.core.act.MotionVoted;
import org.charter.core.act.TechnologyUsed;
import org.charter.core.ledger.ConflictException;
import org.charter.core.ledger.HashChain;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.rules.CelConditions;
import org.charter.core.rules.Validator;
import org.charter.core.state.Basis;
import org.charter.core.state.Judged;
import org.charter.core.state.Order;
import org.charter.core.state.Projection;
import org.charter.core.state.Register;
import org.charter.core.state.Stamp;
import org.charter.core.state.StateView;
import org.charter.core.verdict.Status;
import org.charter.core.verdict.Verdict;

/**
 * One organisation's book in memory: its acts in recorded order, their verdicts, its hash-chained ledger entries, and
 * the temporal index its state queries read. Two ways in: {@link #record} for a live act, which refuses an invalid one
 * and changes nothing; {@link #replay} for history, which applies acts as they happened and keeps their verdicts.
 *
 * <p>Verdicts are those of the whole record, taken in its {@link Order} (valid time, procedural rank, act id), never in
 * the order acts were entered: each act is judged against the legal register before it, and an act recorded late
 * re-judges what it can touch (the acts of its meeting, the acts taken under its resolution, the later acts of its
 * entity when it changes the state they read), and what rests on those in turn. Verdicts as the record stood at an
 * earlier recorded time come from {@link #asRecorded}.
 */
public final class Book {
  // By the act as it now stands: a correction may have moved it to another valid time.
  static final Comparator<Recorded> BY_ORDER = (a, b) -> Order.ACTS.compare(a.judged().act(), b.judged().act());
  private static final String EVERY_SCOPE = "*";
  private static final int RECORDED_VIEWS = 4;

  // Package-private where BookSnapshot saves and restores them.
  private final String id;
  private final ZoneId zone;
  private final Validator validator;
  final Projection projection = new Projection();
  final ArrayList<Recorded> timeline = new ArrayList<>();
  // Each act by its id: the check for a reused id, and the lookup of one act, without a walk of the timeline.
  Map<String, Recorded> byId = new HashMap<>();
  // The judged acts of each entity in the order of the record, and those that bear on any entity: where a late fact
  // finds the later acts it can touch without a walk of the book.
  final Map<String, List<Recorded>> scopes = new HashMap<>();
  final List<Recorded> unscoped = new ArrayList<>();
  final Map<String, List<Recorded>> meetingActs = new HashMap<>();
  final Map<String, List<Recorded>> underResolution = new HashMap<>();
  // The cures on record of each act (ratifications, a court's validation), by the id of the act they cure; and the
  // corrections and retractions, by the id of the act they name.
  final Map<String, List<Recorded>> curesOf = new HashMap<>();
  final Map<String, List<Recorded>> correctionsOf = new HashMap<>();
  // Acts void under the rules that seat, unseat, appoint or set bylaws, by entity: from the first of them on, the two
  // registers part, and an act is judged against each. Empty in most books, so most acts are judged once.
  final Map<String, TreeSet<Recorded>> voidEffects = new HashMap<>();
  private final Map<Instant, Book> recordedViews = new LinkedHashMap<>(8, 0.75f, true);
  List<Recorded> rejudged = List.of();
  // Every time a correction or retraction re-filed an act in the projection, in order: a snapshot replays them.
  final List<Refile> refiles = new ArrayList<>();
  byte[] head = HashChain.GENESIS;
  private Instant firstValidAt;
  private Instant lastValidAt;
  private Instant lastRecordedAt;
  // Checked once: a book of an older build may carry an id out of bounds, and is still loaded (replayStored).
  private final Optional<String> idProblem;

  public Book(String id, ZoneId zone) {
    this.id = id;
    this.zone = zone;
    this.validator = new Validator(zone);
    this.idProblem = Bounds.id(id);
  }

  public String id() {
    return id;
  }

  /** The zone the book's local times and reports use. */
  public ZoneId zone() {
    return zone;
  }

  /** The verdict an act would get at its place in the record, given the book so far; nothing changes. */
  public Verdict check(Act act) {
    if (!(act instanceof BindingAct b)) {
      return null;
    }
    return judge(b, Reach.of(act, whole()).scope())[0];
  }

  /**
   * Record a live act: an invalid act is refused with its verdict and nothing changes.
   *
   * @throws RejectedException if the act is invalid under the rules
   * @throws Bounds.OutOfBoundsException if a value of the act, or the book's id, is out of bounds, or a bylaw condition
   *     it carries is over the CEL limits
   * @throws ConflictException if the book already holds an act with this id
   */
  public Recorded record(Act act) {
    requireInBounds(act);
    requireNew(act);
    Reach reach = Reach.of(act, whole());
    Verdict[] v = verdicts(act, reach);
    if (v[0] != null && v[0].status() == Status.INVALID) {
      throw new RejectedException(v[0]);
    }
    return append(act, v, null, reach);
  }

  /** Apply an act of history as it happened, whatever its verdict, and keep the verdict with it. */
  public Recorded replay(Act act) {
    requireInBounds(act);
    requireNew(act);
    Reach reach = Reach.of(act, whole());
    return append(act, verdicts(act, reach), null, reach);
  }

  /**
   * Replay an entry read from a store: its act, decoded from its bytes, is applied as {@link #replay} does, once the
   * entry the book makes of it is found to be the stored one, byte for byte (same place, same chain, canonical bytes).
   *
   * @throws IllegalArgumentException if the entry differs from the stored one; the book does not change
   */
  public Recorded replayStored(Act act, LedgerEntry stored) {
    requireNew(act);
    Reach reach = Reach.of(act, whole());
    return append(act, verdicts(act, reach), stored, reach);
  }

  // The store refuses an entry its readers could not render; a stored entry (replayStored) is taken as it is.
  private void requireInBounds(Act act) {
    idProblem.ifPresent(p -> {
      throw new Bounds.OutOfBoundsException("book id", List.of(new Bounds.Violation(List.of("book"), p)));
    });
    Bounds.require(act);
    // A bylaw condition over the CEL limits would cost every later write and read of the book; it is refused here too.
    List<Bounds.Violation> cel = CelConditions.check(act);
    if (!cel.isEmpty()) {
      throw new Bounds.OutOfBoundsException("act " + act.id(), cel);
    }
  }

  private void requireNew(Act act) {
    if (byId.containsKey(act.id())) {
      throw new ConflictException("book " + id + " already holds an act with id " + act.id());
    }
  }

  /** The state of the whole record, as acted: where a body's or meeting's entity is looked up. */
  private StateView whole() {
    return projection.view(Basis.at(Instant.MAX), Register.ACTED);
  }

  private Verdict[] verdicts(Act act, Reach reach) {
    return act instanceof BindingAct b ? judge(b, reach.scope()) : new Verdict[2];
  }

  /**
   * The verdicts of an act against the state before it in the order of the record: under the rules (against the
   * legal register), and as acted where the registers have parted before it (else null: the same).
   */
  private Verdict[] judge(BindingAct act, String scope) {
    Instant t = act.meta().validAt();
    Basis before = new Basis(t, Instant.MAX, new Stamp(act.id(), t, act.meta().recordedAt(), -1, Order.rank(act), null));
    StateView legalView = projection.view(before, Register.LEGAL);
    Verdict legal = validator.validate(act, legalView);
    // Only an act some entity's rules govern reads the seats, offices and bylaws the registers part on, and a use or a
    // purchase reads a determination's verdict in each register; the others (capital, agreements, persons,
    // corrections) are judged once.
    Verdict acted = parted(scope, act) && (Validator.governingEntity(act, legalView).isPresent()
        || act instanceof TechnologyUsed || act instanceof ComputePurchased)
        ? validator.validate(act, projection.view(before, Register.ACTED)) : null;
    return new Verdict[] {legal, acted};
  }

  /** Whether an act void under the rules that the registers treat apart comes before {@code act} in its scope. */
  private boolean parted(String scope, Act act) {
    if (voidEffects.isEmpty()) {
      return false;
    }
    if (scope == null) {
      for (TreeSet<Recorded> set : voidEffects.values()) {
        if (before(set, act)) {
          return true;
        }
      }
      return false;
    }
    // Its own entity's, and those filed under no entity (their body was not on record yet): two lookups per act.
    return before(voidEffects.get(scope), act) || before(voidEffects.get(EVERY_SCOPE), act);
  }

  private static boolean before(TreeSet<Recorded> voids, Act act) {
    return voids != null && !voids.isEmpty() && Order.ACTS.compare(voids.first().judged().act(), act) < 0;
  }

  // The reach is worked out before the act is applied: what it names is on record then, or not yet.
  private Recorded append(Act act, Verdict[] v, LedgerEntry stored, Reach reach) {
    long seq = timeline.size();
    LedgerEntry entry = HashChain.entry(id, seq, head, act);
    if (stored != null && !entry.equals(stored)) {
      throw new IllegalArgumentException("entry " + stored.seq() + " (act " + stored.actId() + ") does not match its"
          + " own bytes when replayed");
    }
    Judged cell = Projection.cell(act, v[0], v[1]);
    projection.apply(act, cell, seq);
    Recorded r = new Recorded(id, seq, act, cell, head, entry.hash());
    head = entry.hash();
    byId.put(act.id(), r);
    timeline.add(r);
    noteTimes(act);
    recordedViews.clear();
    index(r, reach);
    settle(r, reach);
    return r;
  }

  private void noteTimes(Act act) {
    Instant t = act.meta().validAt();
    firstValidAt = firstValidAt == null || t.isBefore(firstValidAt) ? t : firstValidAt;
    lastValidAt = lastValidAt == null || t.isAfter(lastValidAt) ? t : lastValidAt;
    Instant rec = act.meta().recordedAt();
    lastRecordedAt = lastRecordedAt == null || rec.isAfter(lastRecordedAt) ? rec : lastRecordedAt;
  }

  private void index(Recorded r, Reach reach) {
    if (!reach.rejudged()) {
      return;
    }
    insert(reach.scope() == null ? unscoped : scopes.computeIfAbsent(reach.scope(), k -> new ArrayList<>()), r);
    if (reach.meeting() != null) {
      insert(meetingActs.computeIfAbsent(reach.meeting(), k -> new ArrayList<>(4)), r);
    }
    String under = r.act() instanceof BindingAct b ? Validator.restsOn(b) : null;
    if (under != null) {
      insert(underResolution.computeIfAbsent(under, k -> new ArrayList<>(2)), r);
    }
    String cures = cured(r.act());
    if (cures != null) {
      addOnce(curesOf.computeIfAbsent(cures, k -> new ArrayList<>(1)), r);
    }
    String corrects = corrected(r.act());
    if (corrects != null) {
      addOnce(correctionsOf.computeIfAbsent(corrects, k -> new ArrayList<>(1)), r);
    }
    if (reach.registers() && r.judged().voidInLaw()) {
      voids(reach.scope(), r, true);
    }
  }

  private static void addOnce(List<Recorded> list, Recorded r) {
    if (!list.contains(r)) {
      list.add(r);
    }
  }

  /** The act a correction or a retraction names, or null for any other act. */
  private static String corrected(Act act) {
    return act instanceof ActCorrected a ? a.corrects() : act instanceof ActRetracted r ? r.retracts() : null;
  }

  /**
   * A correction or a retraction was appended or re-judged: the act it names is filed again as the valid corrections
   * on record say (retracted if any valid retraction names it; else at the valid time of the latest valid correction,
   * by recorded time; else as recorded), and when that changed, every act after the earlier of its two places is
   * judged again.
   */
  private void correcting(Recorded c, TreeSet<Recorded> queue, Map<String, Act> cascaded) {
    Recorded t = byId.get(corrected(c.act()));
    if (t == null || corrected(t.act()) != null) {
      return;
    }
    String retractedBy = null;
    ActCorrected latest = null;
    for (Recorded k : correctionsOf.getOrDefault(t.act().id(), List.of())) {
      if (k.verdict() == null || k.verdict().status().isDefective()) {
        continue;
      }
      if (k.act() instanceof ActRetracted && (retractedBy == null || k.act().id().compareTo(retractedBy) < 0)) {
        retractedBy = k.act().id();
      } else if (k.act() instanceof ActCorrected a && (latest == null || LATEST.compare(a, latest) > 0)) {
        latest = a;
      }
    }
    Act desired = retractedBy != null ? null : latest == null ? t.act() : withValidAt(t.act(), latest.validAt());
    Act current = t.judged().retractedBy() != null ? null : t.judged().act();
    if (java.util.Objects.equals(current, desired) && java.util.Objects.equals(retractedBy, t.judged().retractedBy())) {
      return;
    }
    Act was = t.judged().act();
    unindex(t);
    projection.refile(current, desired, t.seq(), t.judged(), retractedBy);
    refiles.add(new Refile(timeline.size() - 1, t.seq(), desired == null ? null : desired == t.act() ? t.act().meta()
        .validAt() : latest.validAt(), desired != null && desired != t.act(), retractedBy));
    Act from = desired == null || Order.ACTS.compare(was, desired) < 0 ? was : desired;
    // The meeting's acts, at either place, read what moved; so does everything after the earlier place.
    List<Reach> places = new ArrayList<>(List.of(Reach.of(was, whole())));
    if (desired != null) {
      places.add(Reach.of(desired, whole()));
      index(t, places.get(1));
      queue.add(t);
    }
    for (Reach r : places) {
      if (r.meeting() != null) {
        queue.addAll(meetingActs.getOrDefault(r.meeting(), List.of()));
      }
    }
    cascaded.clear();
    cascade(queue, cascaded, null, from);
  }

  // Of two corrections, the later recorded one holds (ties by id, never by file order).
  private static final Comparator<Act> LATEST = Comparator.comparing((Act a) -> a.meta().recordedAt())
      .thenComparing(Act::id);

  /** Takes an act out of the lists that order the record, before it moves or goes. */
  private void unindex(Recorded t) {
    Reach r = Reach.of(t.judged().act(), whole());
    voids(null, t, false);
    if (r.scope() != null && scopes.containsKey(r.scope())) {
      scopes.get(r.scope()).remove(t);
    }
    unscoped.remove(t);
    if (r.meeting() != null && meetingActs.containsKey(r.meeting())) {
      meetingActs.get(r.meeting()).remove(t);
    }
    String under = t.act() instanceof BindingAct b ? Validator.restsOn(b) : null;
    if (under != null && underResolution.containsKey(under)) {
      underResolution.get(under).remove(t);
    }
  }

  /**
   * A re-filing of act {@code target} while act {@code at} was appended: to the act as recorded, to it at a corrected
   * valid time ({@code corrected}), or out of the projection ({@code validAt} null).
   */
  record Refile(long at, long target, Instant validAt, boolean corrected, String retractedBy) {}

  /** Makes room for {@code acts} acts in a book being restored, which holds none yet. */
  void expect(int acts) {
    byId = HashMap.newHashMap(acts);
    timeline.ensureCapacity(acts);
    projection.expect(acts);
  }

  /** Applies a saved act to a book being restored, as {@link #append} did, without judging it again. */
  void restore(Recorded r) {
    projection.apply(r.act(), r.judged(), r.seq());
    head = r.hash();
    byId.put(r.act().id(), r);
    timeline.add(r);
    noteTimes(r.act());
  }

  /** Replays a saved re-filing on a book being restored, as {@link #correcting} made it. */
  void restore(Refile f) {
    Recorded t = timeline.get((int) f.target());
    Act current = t.judged().retractedBy() != null ? null : t.judged().act();
    Act desired = f.validAt() == null ? null : f.corrected() ? withValidAt(t.act(), f.validAt()) : t.act();
    projection.refile(current, desired, t.seq(), t.judged(), f.retractedBy());
    refiles.add(f);
  }

  /** The act with its valid time corrected: the same record with another valid time in its meta. */
  private static Act withValidAt(Act act, Instant validAt) {
    ActMeta m = act.meta();
    // A corrected valid time is a full time: it no longer stands for a month, year or span the source gave.
    return ActTypes.withMeta(act, new ActMeta(m.id(), validAt, m.recordedAt(), m.recordedBy(), m.sources(), m.note()));
  }

  /** The act a cure names, or null for an act that cures nothing. */
  private static String cured(Act act) {
    return act instanceof ActRatified a ? a.ratifies() : act instanceof CourtValidated c ? c.validates() : null;
  }

  /**
   * Gives the act a cure names effect in the legal register when one of its cures on record is valid (with or without
   * warnings), and takes it away when none is; tells which act's effect changed, or null.
   */
  private Recorded applyCures(String target) {
    Recorded t = byId.get(target);
    if (t == null) {
      return null;
    }
    String by = null;
    for (Recorded c : curesOf.getOrDefault(target, List.of())) {
      if (c.verdict() != null && !c.verdict().status().isDefective()) {
        by = c.act().id();
        break;
      }
    }
    return projection.cure(t.act(), t.seq(), t.judged(), by) ? t : null;
  }

  private void voids(String scope, Recorded r, boolean isVoid) {
    // The act may have been filed under another scope when its body was not yet on record: drop it from every one.
    voidEffects.values().forEach(set -> set.remove(r));
    voidEffects.values().removeIf(TreeSet::isEmpty);
    if (isVoid) {
      voidEffects.computeIfAbsent(scope == null ? EVERY_SCOPE : scope, k -> new TreeSet<>(BY_ORDER)).add(r);
    }
  }

  /** Inserts in the order of the record; acts mostly arrive in that order, so this is mostly an append. */
  private static void insert(List<Recorded> list, Recorded r) {
    if (list.isEmpty() || BY_ORDER.compare(list.get(list.size() - 1), r) < 0) {
      list.add(r);
      return;
    }
    int i = Collections.binarySearch(list, r, BY_ORDER);
    list.add(i < 0 ? -i - 1 : i, r);
  }

  /**
   * Re-judges what a newly appended act can touch, in the order of the record, and what rests on whatever changed: the
   * acts of its meeting (any time: notices and waivers after the meeting count), the acts under its resolution, and the
   * later acts of its scope when it changes the state they are judged against.
   */
  private void settle(Recorded x, Reach reach) {
    TreeSet<Recorded> queue = new TreeSet<>(BY_ORDER);
    Map<String, Act> cascaded = new HashMap<>();
    cureRounds = 0;
    // A fact of a meeting bears on the meeting's acts after it, and on its motions whatever their place (a motion's
    // notice finding reads the meeting in hindsight). Acts of the meeting before it, other than motions, read the
    // meeting only as it stood before them.
    if (reach.meeting() != null && !(x.act() instanceof MotionVoted)) {
      for (Recorded r : meetingActs.get(reach.meeting())) {
        if (r != x && (r.act() instanceof MotionVoted || BY_ORDER.compare(r, x) > 0)) {
          queue.add(r);
        }
      }
    }
    if (reach.resolution() != null) {
      after(underResolution.get(reach.resolution()), x, queue);
    }
    if (reach.later()) {
      cascade(queue, cascaded, readEverywhere(x.act()) ? null : reach.scope(), x);
    }
    // A cure or a correction entered before the act it names is judged again now that the act is on record.
    queue.addAll(curesOf.getOrDefault(x.act().id(), List.of()));
    queue.addAll(correctionsOf.getOrDefault(x.act().id(), List.of()));
    if (cured(x.act()) != null) {
      curing(x, queue, cascaded);
    }
    if (corrected(x.act()) != null) {
      correcting(x, queue, cascaded);
    }
    if (queue.isEmpty()) {
      rejudged = List.of();
      return;
    }
    List<Recorded> changed = new ArrayList<>();
    StateView whole = whole();
    while (!queue.isEmpty()) {
      Recorded r = queue.pollFirst();
      if (r.judged().retractedBy() != null) {
        continue;
      }
      Reach rr = Reach.of(r.judged().act(), whole);
      boolean wasVoid = r.judged().voidInLaw();
      Status wasLegal = r.judged().status(Register.LEGAL);
      Status wasActed = r.judged().status(Register.ACTED);
      Verdict[] v = judge((BindingAct) r.judged().act(), rr.scope());
      if (!projection.rejudge(r.judged().act(), r.seq(), r.judged(), v[0], v[1])) {
        continue;
      }
      whole = whole();
      changed.add(r);
      if (rr.resolution() != null) {
        after(underResolution.get(rr.resolution()), r, queue);
      }
      // A seat or office act whose status changed: the registers, and what later acts read of them (who sits, which
      // seats rest on acts not shown valid), may have changed from here on.
      if (rr.registers() && (wasVoid != r.judged().voidInLaw() || wasLegal != r.judged().status(Register.LEGAL)
          || wasActed != r.judged().status(Register.ACTED))) {
        voids(rr.scope(), r, r.judged().voidInLaw());
        cascade(queue, cascaded, rr.scope(), r);
      }
      if (readEverywhere(r.act())) {
        cascade(queue, cascaded, null, r);
      }
      if (cured(r.act()) != null) {
        curing(r, queue, cascaded);
      }
      if (corrected(r.act()) != null) {
        correcting(r, queue, cascaded);
      }
    }
    rejudged = List.copyOf(changed);
  }

  /**
   * A cure was appended or re-judged: when the effect of the act it cures changed, everything after that act is judged
   * again, since the legal register has changed from the act's own time (§ 204 ratifies retroactively). A cure whose
   * own validity turns on the effect it gives (a board seated by the very act it ratifies) is judged again at most
   * {@value #CURE_ROUNDS} times and left as the last round found it.
   */
  private void curing(Recorded cure, TreeSet<Recorded> queue, Map<String, Act> cascaded) {
    Recorded t = applyCures(cured(cure.act()));
    if (t == null || ++cureRounds > CURE_ROUNDS) {
      return;
    }
    if (!t.judged().voidInLaw()) {
      voids(null, t, false);
    } else {
      voids(Reach.of(t.act(), whole()).scope(), t, true);
    }
    cascaded.clear();
    cascade(queue, cascaded, null, t);
  }

  private static final int CURE_ROUNDS = 8;
  private int cureRounds;

  /**
   * Acts that any entity's later acts may read: an entity's name appears in other entities' findings, and a
   * determination's verdict decides which contract rights any commercial act still has.
   */
  private static boolean readEverywhere(Act act) {
    return act instanceof EntityOnRecord || act instanceof DeterminationMade;
  }

  /** Queues every act of {@code scope} (every scope when null) after {@code from}, and the unscoped ones. */
  private void cascade(TreeSet<Recorded> queue, Map<String, Act> cascaded, String scope, Recorded from) {
    cascade(queue, cascaded, scope, from.judged().act());
  }

  private void cascade(TreeSet<Recorded> queue, Map<String, Act> cascaded, String scope, Act from) {
    for (String key : scope == null ? List.of(EVERY_SCOPE) : List.of(EVERY_SCOPE, scope)) {
      Act done = cascaded.get(key);
      if (done != null && Order.ACTS.compare(done, from) <= 0) {
        return;
      }
    }
    cascaded.put(scope == null ? EVERY_SCOPE : scope, from);
    if (scope == null) {
      for (List<Recorded> list : scopes.values()) {
        after(list, from, queue);
      }
    } else {
      after(scopes.get(scope), from, queue);
    }
    after(unscoped, from, queue);
  }

  private static void after(List<Recorded> list, Recorded from, TreeSet<Recorded> queue) {
    after(list, from.judged().act(), queue);
  }

  /** Queues the acts of {@code list} (in the order of the record) that come after {@code from}. */
  private static void after(List<Recorded> list, Act from, TreeSet<Recorded> queue) {
    if (list == null || list.isEmpty() || Order.ACTS.compare(list.get(list.size() - 1).judged().act(), from) <= 0) {
      return;
    }
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (Order.ACTS.compare(list.get(mid).judged().act(), from) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int k = lo; k < list.size(); k++) {
      queue.add(list.get(k));
    }
  }

  /** The acts whose verdicts the last append changed (a late fact re-judged them), in the order of the record. */
  public List<Recorded> rejudged() {
    return rejudged;
  }

  /**
   * The book as the record stood at recorded time {@code at}: only the acts recorded by then, judged as they were
   * then. This book itself when it holds nothing recorded after {@code at}; otherwise built on first use and kept for a
   * few recorded times, until the next append.
   */
  public Book asRecorded(Instant at) {
    if (lastRecordedAt == null || !at.isBefore(lastRecordedAt)) {
      return this;
    }
    // Concurrent readers of one book (the server's) share the cache, an access-ordered map: they take turns at it.
    synchronized (recordedViews) {
      Book b = recordedViews.get(at);
      if (b == null) {
        b = new Book(id, zone);
        for (Recorded r : timeline) {
          if (!r.act().meta().recordedAt().isAfter(at)) {
            Reach reach = Reach.of(r.act(), b.whole());
            b.append(r.act(), b.verdicts(r.act(), reach), null, reach);
          }
        }
        recordedViews.put(at, b);
        if (recordedViews.size() > RECORDED_VIEWS) {
          recordedViews.remove(recordedViews.keySet().iterator().next());
        }
      }
      return b;
    }
  }

  /** The state as of {@code basis}, as acted. */
  public StateView state(Basis basis) {
    return state(basis, Register.ACTED);
  }

  /** The state as of {@code basis} in one register, with the verdicts of the record as it stood at its recorded time. */
  public StateView state(Basis basis, Register register) {
    return asRecorded(basis.recordedAt()).projection.view(basis, register);
  }

  public List<Recorded> timeline() {
    return List.copyOf(timeline);
  }

  /** How many acts the book holds. */
  public int size() {
    return timeline.size();
  }

  /** The last act recorded, the head of the chain; empty for an empty book. */
  public Optional<Recorded> last() {
    return timeline.isEmpty() ? Optional.empty() : Optional.of(timeline.get(timeline.size() - 1));
  }

  /** The act with this id, if the book holds it. */
  public Optional<Recorded> find(String actId) {
    return Optional.ofNullable(byId.get(actId));
  }

  /** The earliest valid time of any act in the book; empty for an empty book. */
  public Optional<Instant> firstValidAt() {
    return Optional.ofNullable(firstValidAt);
  }

  /** The latest valid time of any act in the book; empty for an empty book. */
  public Optional<Instant> lastValidAt() {
    return Optional.ofNullable(lastValidAt);
  }

  public List<LedgerEntry> entries() {
    return timeline.stream().map(Recorded::entry).toList();
  }

  /**
   * The binding acts of a meeting (its call, notices, waivers, holding and motions), in the order of the record: the
   * index a late fact re-judges them by, so a reader finds them without a walk of the book.
   */
  public List<Recorded> meetingActs(String meeting) {
    return List.copyOf(meetingActs.getOrDefault(meeting, List.of()));
  }

  /** The meetings the book holds acts of, in id order. */
  public List<String> meetings() {
    return meetingActs.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).sorted()
        .toList();
  }

  /** The binding acts taken under a resolution, in the order of the record. */
  public List<Recorded> actsUnder(String resolution) {
    return List.copyOf(underResolution.getOrDefault(resolution, List.of()));
  }

  /** The verdict of an act under the rules, as the record now stands. */
  public Verdict verdict(String actId) {
    return projection.verdict(actId);
  }
}
