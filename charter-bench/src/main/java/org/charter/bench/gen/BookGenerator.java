package org.charter.bench.gen;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.charter.core.act.Act;
import org.charter.core.verdict.Status;

/**
 * Writes a synthetic book of any size, the same for the same seed: one Delaware nonstock corporation per
 * {@value #ACTS_PER_ENTITY} acts, each with its board, officers, meetings with notices and attendance, motions with
 * votes, written consents, petitions and capital acts (see {@link Mix}). The entities' acts are merged in recorded
 * order, so the book reads as one organisation's minutes, and acts are written as they are taken: a book of ten million
 * acts never sits in memory here.
 */
public final class BookGenerator implements Iterator<GeneratedAct> {
  /** How many acts of the book each entity accounts for. */
  public static final int ACTS_PER_ENTITY = 10_000;
  /** When the first entity is formed. */
  public static final Instant START = Instant.parse("2000-01-03T09:00:00Z");

  private final long count;
  private final List<EntityScript> scripts = new ArrayList<>();
  private final PriorityQueue<EntityScript> next = new PriorityQueue<>(
      Comparator.comparing((EntityScript s) -> s.peek().act().meta().recordedAt()).thenComparingInt(s -> s.index));
  private final Map<Status, Long> expected = new EnumMap<>(Status.class);
  private long written;
  private long annotations;
  private Instant last = START;

  public BookGenerator(long seed, long count) {
    this(seed, count, Mix.REALISTIC);
  }

  public BookGenerator(long seed, long count, Mix mix) {
    if (count < 0) {
      throw new IllegalArgumentException("a book cannot have " + count + " acts");
    }
    this.count = count;
    int entities = (int) Math.max(1, (count + ACTS_PER_ENTITY - 1) / ACTS_PER_ENTITY);
    for (int i = 0; i < entities; i++) {
      // Entities are formed a day apart, so the book opens with one foundation after another.
      EntityScript s = new EntityScript(i, seed, mix, START.plus(Duration.ofDays(i)));
      scripts.add(s);
      next.add(s);
    }
  }

  /** The first {@code count} acts of the book seeded {@code seed}. */
  public static List<Act> acts(long seed, int count) {
    List<Act> out = new ArrayList<>(count);
    new BookGenerator(seed, count).forEachRemaining(g -> out.add(g.act()));
    return out;
  }

  @Override
  public boolean hasNext() {
    return written < count;
  }

  @Override
  public GeneratedAct next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the book has " + count + " acts");
    }
    EntityScript s = next.poll();
    GeneratedAct g = s.take();
    next.add(s);
    written++;
    if (g.expected() == null) {
      annotations++;
    } else {
      expected.merge(g.expected(), 1L, Long::sum);
    }
    if (g.act().meta().validAt().isAfter(last)) {
      last = g.act().meta().validAt();
    }
    return g;
  }

  /** The verdicts the acts written so far should get, by status. */
  public Map<Status, Long> expected() {
    return new EnumMap<>(expected);
  }

  /** How many of the acts written so far are annotations (no verdict). */
  public long annotations() {
    return annotations;
  }

  /** The latest valid time of the acts written so far. */
  public Instant lastValidAt() {
    return last;
  }

  /** The entities of the book, by id. */
  public List<String> entities() {
    return scripts.stream().map(s -> s.entity).toList();
  }

  /** The boards of the book, one per entity, in the order of {@link #entities()}. */
  public List<String> boards() {
    return scripts.stream().map(s -> s.board).toList();
  }
}
