package org.charter.core.book;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.core.act.Act;
import org.charter.core.act.BindingAct;
import org.charter.core.act.Bounds;
import org.charter.core.ledger.ConflictException;
import org.charter.core.ledger.HashChain;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.rules.CelConditions;
import org.charter.core.rules.Validator;
import org.charter.core.state.Basis;
import org.charter.core.state.Projection;
import org.charter.core.state.StateView;
import org.charter.core.verdict.Status;
import org.charter.core.verdict.Verdict;

/**
 * One organisation's book in memory: its acts in recorded order, their verdicts, its hash-chained ledger entries, and
 * the temporal index its state queries read. Two ways in: {@link #record} for a live act, which refuses an invalid one
 * and changes nothing; {@link #replay} for history, which applies acts as they happened and keeps their verdicts.
 */
public final class Book {
  private final String id;
  private final Validator validator;
  private final Projection projection = new Projection();
  private final List<Recorded> timeline = new ArrayList<>();
  // Each act by its id: the check for a reused id, and the lookup of one act, without a walk of the timeline.
  private final Map<String, Recorded> byId = new HashMap<>();
  private byte[] head = HashChain.GENESIS;
  private Instant firstValidAt;
  private Instant lastValidAt;
  // Checked once: a book of an older build may carry an id out of bounds, and is still loaded (replayStored).
  private final Optional<String> idProblem;

  public Book(String id, ZoneId zone) {
    this.id = id;
    this.validator = new Validator(zone);
    this.idProblem = Bounds.id(id);
  }

  public String id() {
    return id;
  }

  /** The verdict an act would get at its valid time, given the book so far; nothing changes. */
  public Verdict check(Act act) {
    if (!(act instanceof BindingAct b)) {
      return null;
    }
    return validator.validate(b, projection.view(Basis.at(act.meta().validAt())));
  }

  /**
   * Record a live act: an invalid act is refused with its verdict and nothing changes.
   *
   * @throws RejectedException if the act is invalid
   * @throws Bounds.OutOfBoundsException if a value of the act, or the book's id, is out of bounds, or a bylaw condition
   *     it carries is over the CEL limits
   * @throws ConflictException if the book already holds an act with this id
   */
  public Recorded record(Act act) {
    requireInBounds(act);
    requireNew(act);
    Verdict v = check(act);
    if (v != null && v.status() == Status.INVALID) {
      throw new RejectedException(v);
    }
    return append(act, v, null);
  }

  /** Apply an act of history as it happened, whatever its verdict, and keep the verdict with it. */
  public Recorded replay(Act act) {
    requireInBounds(act);
    requireNew(act);
    return append(act, check(act), null);
  }

  /**
   * Replay an entry read from a store: its act, decoded from its bytes, is applied as {@link #replay} does, once the
   * entry the book makes of it is found to be the stored one, byte for byte (same place, same chain, canonical bytes).
   *
   * @throws IllegalArgumentException if the entry differs from the stored one; the book does not change
   */
  public Recorded replayStored(Act act, LedgerEntry stored) {
    requireNew(act);
    return append(act, check(act), stored);
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

  private Recorded append(Act act, Verdict v, LedgerEntry stored) {
    long seq = timeline.size();
    LedgerEntry entry = HashChain.entry(id, seq, head, act);
    if (stored != null && !entry.equals(stored)) {
      throw new IllegalArgumentException("entry " + stored.seq() + " (act " + stored.actId() + ") does not match its"
          + " own bytes when replayed");
    }
    projection.apply(act, v, seq);
    Recorded r = new Recorded(id, seq, act, v, head, entry.hash());
    head = entry.hash();
    byId.put(act.id(), r);
    timeline.add(r);
    Instant t = act.meta().validAt();
    firstValidAt = firstValidAt == null || t.isBefore(firstValidAt) ? t : firstValidAt;
    lastValidAt = lastValidAt == null || t.isAfter(lastValidAt) ? t : lastValidAt;
    return r;
  }

  public StateView state(Basis basis) {
    return projection.view(basis);
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

  public Verdict verdict(String actId) {
    return projection.verdict(actId);
  }
}
