package org.charter.server;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.charter.core.act.Act;
import org.charter.core.act.Bounds;
import org.charter.core.act.Nullable;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.core.book.RejectedException;
import org.charter.core.ledger.AppendKey;
import org.charter.core.ledger.BookHead;
import org.charter.core.ledger.ConflictException;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.charter.core.ledger.SnapshotStore;
import org.charter.core.report.SourceLabels;
import org.charter.scenario.KnownNames;
import org.charter.scenario.Scenario;
import org.charter.scenario.ScenarioSources;
import org.charter.store.BookSync;

/**
 * The books the server serves, each kept in step with its ledger in the store: loaded on its first request, by
 * decoding the stored entries and replaying them (or from its snapshot), and changed only after the store has taken
 * the new entries. Each book is a {@link Shelf}: its readers never wait, its writers take turns, and writers to
 * different books never wait for each other (only, with SQLite, for the store's one connection).
 *
 * <p>When the books in memory are estimated to hold more than the memory budget, the least recently used ones are let
 * go, to be loaded again on their next request.
 *
 * <p>A library that follows its store (PostgreSQL, which several server processes may share) asks the store for a
 * book's size on every read and write, and first replays what other processes appended. A write that still loses the
 * race to another process catches up and is tried again.
 */
final class Library {
  /** How many times a write is tried when other processes keep moving the book on under it. */
  static final int WRITE_ATTEMPTS = 5;

  /**
   * The heap a book in memory is taken to need per act, both copies: measured at 1,856 bytes an act for a server
   * holding a 1,000,000-act book (docs/performance.md), rounded up.
   */
  static final long BYTES_PER_ACT = 2_000;

  /** How long a read of a book that lacks another process's entries waits for a writer here to finish. */
  static final Duration FOLLOW_WAIT = Duration.ofSeconds(5);

  private static final System.Logger LOG = System.getLogger(Library.class.getName());

  private final LedgerStore store;
  private final boolean follow;
  private final long memory;
  private final Map<String, Scenario> scenarios = new ConcurrentHashMap<>();
  // How each imported scenario's own acts name their sources (by its sources.yaml); other acts show theirs as written.
  private final Map<String, SourceLabels> labels = new ConcurrentHashMap<>();
  private final Map<String, Shelf> shelves = new ConcurrentHashMap<>();
  private final Map<String, KnownNames> names = new ConcurrentHashMap<>();

  /**
   * @param follow whether to ask the store for each book's head on every request (other processes write it too)
   * @param memory the heap the books in memory may take, in bytes, estimated at {@value #BYTES_PER_ACT} an act
   */
  Library(LedgerStore store, boolean follow, long memory) {
    if (memory < 1) {
      throw new IllegalArgumentException("the memory for books must be at least 1 byte, not " + memory);
    }
    this.store = store;
    this.follow = follow;
    this.memory = memory;
  }

  /** A library with no memory budget: every book requested stays in memory. */
  Library(LedgerStore store, boolean follow) {
    this(store, follow, Long.MAX_VALUE);
  }

  /**
   * Imports a scenario as {@code charter replay} does: appends what the store lacks and refuses to rewrite what it
   * holds. A store that holds the whole scenario and acts recorded after it is left as it is.
   *
   * @return how many entries were appended
   * @throws ConflictException if the store's book and the scenario differ at some entry
   */
  synchronized int importScenario(Scenario s) {
    Book replayed = new Book(s.id(), s.zone());
    for (Act a : s.acts()) {
      replayed.replay(a);
    }
    int appended = BookSync.appendMissing(store, s.id(), replayed.entries());
    scenarios.put(s.id(), s);
    labels.put(s.id(), ScenarioSources.ownActs(s));
    return appended;
  }

  /** How a book's timeline names its acts' sources: by its scenario's list for that scenario's acts, else as written. */
  SourceLabels sourceLabels(String id) {
    return labels.getOrDefault(id, SourceLabels.AS_WRITTEN);
  }

  /** The ids of the books in the store, in memory or not. */
  List<String> ids() {
    return store.books();
  }

  /** The ids of the books in memory now, sorted. */
  List<String> resident() {
    return shelves.keySet().stream().sorted().toList();
  }

  private Shelf load(String id) {
    Scenario s = scenarios.get(id);
    ZoneId zone = s == null ? ZoneOffset.UTC : s.zone();
    String title = s == null ? id : s.title();
    // From the book's snapshot when it matches; one is saved when many entries had to be replayed (BookSync).
    Book book = BookSync.loadAndKeep(store, id, zone);
    LiveBook live = new LiveBook(id, title, zone, book);
    return new Shelf(live, live.with(second(id, book)));
  }

  /**
   * The back copy of a freshly loaded book: from its snapshot too when it has one (far cheaper than replaying a large
   * book's acts), else by replaying them. A snapshot load that finds more entries than the first (another process
   * appended meanwhile) is dropped for the replay, since both copies must stand at the same entry.
   */
  private Book second(String id, Book book) {
    if (store instanceof SnapshotStore snapshots && snapshots.snapshot(id).isPresent()) {
      Book b = BookSync.load(store, id, book.zone());
      if (b.size() == book.size()) {
        return b;
      }
    }
    return copy(book);
  }

  /** A second copy of a book, by replaying its acts: what a shelf's back copy starts as. */
  private static Book copy(Book book) {
    Book next = new Book(book.id(), book.zone());
    for (Recorded r : book.timeline()) {
      next.replayStored(r.act(), r.entry());
    }
    return next;
  }

  /**
   * A hold on a book's front copy, to close when the request is answered; empty if there is no such book. Following
   * the store, a copy that lacks entries the store holds (another process appended them) first gets them, so that a
   * read sees every act acknowledged before it began, through any process. Only then does a read wait for a writer
   * here, for at most {@link #FOLLOW_WAIT}, since that writer catches up too; past that it answers from the copy it has.
   */
  Optional<Shelf.Reading> read(String id) {
    Shelf s = shelf(id);
    return s == null ? Optional.empty() : Optional.of(read(id, s));
  }

  /** As {@link #read}, only for a book in memory now: a book not loaded stays so. */
  Optional<Shelf.Reading> readIfLoaded(String id) {
    Shelf s = shelves.get(id);
    if (s == null) {
      return Optional.empty();
    }
    s.used = System.nanoTime();
    return Optional.of(read(id, s));
  }

  /** What the store says of a book not in memory, without loading it: its title and zone, size and head. */
  record Unloaded(String id, String title, ZoneId zone, long acts, String head) {}

  /** A book of the store not in memory, described without loading it; empty if the store lacks it. */
  Optional<Unloaded> unloaded(String id) {
    return store.last(id).flatMap(e -> unloaded(id, new BookHead(e.seq() + 1, e.hashHex())));
  }

  /** Every book of the store with entries, with its size and head, read at once: for a list of many books. */
  Map<String, BookHead> heads() {
    return store.heads();
  }

  /** A book not in memory, described from its head as {@link #heads} gave it; empty where it gave none. */
  Optional<Unloaded> unloaded(String id, BookHead head) {
    if (head == null) {
      return Optional.empty();
    }
    Scenario s = scenarios.get(id);
    return Optional.of(new Unloaded(id, s == null ? id : s.title(), s == null ? ZoneOffset.UTC : s.zone(),
        head.size(), head.hashHex()));
  }

  private Shelf.Reading read(String id, Shelf s) {
    if (follow && store.size(id) > s.peek().book().size()) {
      try {
        if (s.writer.tryLock(FOLLOW_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
          try {
            catchUp(id, s);
          } finally {
            s.writer.unlock();
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return s.read();
  }

  /** A book's shelf, loaded if the book is not in memory; null if the store has no such book. */
  private @Nullable Shelf shelf(String id) {
    Shelf s = shelves.get(id);
    if (s == null) {
      if (store.size(id) == 0) {
        return null;
      }
      boolean[] loaded = new boolean[1];
      s = shelves.computeIfAbsent(id, k -> {
        loaded[0] = true;
        return load(k);
      });
      if (loaded[0]) {
        evictBeyondMemory(s);
      }
    }
    s.used = System.nanoTime();
    return s;
  }

  /**
   * Lets go of the least recently used books, other than {@code keep}, while the books in memory are estimated to
   * need more than the budget. A book a writer holds is kept; it is let go at a later load.
   */
  private void evictBeyondMemory(Shelf keep) {
    long held = shelves.values().stream().mapToLong(Library::estimate).sum();
    if (held <= memory) {
      return;
    }
    List<Map.Entry<String, Shelf>> byUse = new ArrayList<>(shelves.entrySet());
    byUse.sort(Comparator.comparingLong(e -> e.getValue().used));
    for (Map.Entry<String, Shelf> e : byUse) {
      Shelf s = e.getValue();
      if (held <= memory) {
        return;
      }
      if (s == keep || !s.writer.tryLock()) {
        continue;
      }
      try {
        if (shelves.remove(e.getKey(), s)) {
          s.evicted = true;
          names.remove(e.getKey());
          held -= estimate(s);
          LOG.log(System.Logger.Level.DEBUG, "book " + e.getKey() + " let go to keep the books within memory");
        }
      } finally {
        s.writer.unlock();
      }
    }
  }

  private static long estimate(Shelf s) {
    return s.peek().book().size() * BYTES_PER_ACT;
  }

  /**
   * Replays onto the shelf's back copy what the store holds after it and makes that the front; call with the writer
   * lock held.
   *
   * @return how many entries were replayed
   */
  private int catchUp(String id, Shelf shelf) {
    Book back = shelf.back();
    List<Recorded> got;
    try {
      got = BookSync.catchUp(store, back);
    } catch (RuntimeException e) {
      shelf.replace(copy(shelf.peek().book()), null);
      throw e;
    }
    if (got.isEmpty()) {
      return 0;
    }
    KnownNames known = names.get(id);
    if (known != null) {
      got.forEach(r -> known.add(r.act()));
    }
    shelf.publish(got, got.stream().map(Recorded::entry).toList());
    LOG.log(System.Logger.Level.DEBUG, "book " + id + ": " + got.size() + " entries appended by another process");
    return got.size();
  }

  /** The names a book's acts define, worked out on its first write and kept up by every write after it. */
  KnownNames names(String id, Book front) {
    return names.computeIfAbsent(id, k -> KnownNames.of(front.timeline().stream().map(Recorded::act).toList()));
  }

  /**
   * Records live acts in a book, all or none: each must be valid at its time given the book and the acts before it;
   * then the store appends them in one transaction, under {@code key} if there is one and keeping the receipt
   * {@code answer} builds from the new book with it, and only then do the server's readers see them. The acts are
   * applied to the shelf's back copy, which no reader holds, so the cost is that of the acts, not of the book; only a
   * batch refused after its first act, a store that refuses, or a conflict rebuilds a copy.
   *
   * <p>When the store has moved on (another process appended to the book), the book catches up with the entries after
   * its head and the acts are judged and appended again, up to {@value #WRITE_ATTEMPTS} times.
   *
   * @return the receipt {@code answer} built
   * @throws RejectedException if an act is invalid; nothing is written
   * @throws ConflictException if an act id is taken, the key was used for other entries, or the store kept moving on;
   *     nothing is written
   */
  Receipt record(String id, List<Act> acts, @Nullable String key,
      BiFunction<LiveBook, List<Recorded>, Receipt> answer) {
    Shelf shelf = writable(id);
    try {
      for (int attempt = 1; ; attempt++) {
        if (follow) {
          catchUp(id, shelf);
        }
        try {
          return recordOnce(id, shelf, acts, key, answer);
        } catch (ConflictException e) {
          // Only a store that moved on is worth another try: a taken id or a reused key stays so.
          if (catchUp(id, shelf) == 0 || attempt == WRITE_ATTEMPTS) {
            throw e;
          }
        }
      }
    } finally {
      shelf.writer.unlock();
    }
  }

  /** The book's shelf, loaded if need be, with its writer lock held: never one the library has let go. */
  private Shelf writable(String id) {
    while (true) {
      Shelf shelf = shelf(id);
      if (shelf == null) {
        throw new IllegalStateException("no book " + id + " in the store");
      }
      shelf.writer.lock();
      if (!shelf.evicted) {
        return shelf;
      }
      shelf.writer.unlock();
    }
  }

  private Receipt recordOnce(String id, Shelf shelf, List<Act> acts, @Nullable String key,
      BiFunction<LiveBook, List<Recorded>, Receipt> answer) {
    Book back = shelf.back();
    LiveBook live = shelf.backLive();
    long head = back.size();
    List<Recorded> recorded = new ArrayList<>();
    Receipt receipt;
    try {
      for (Act a : acts) {
        recorded.add(back.record(a));
      }
      receipt = answer.apply(live, recorded);
    } catch (RuntimeException | Error e) {
      // The book refuses an act before changing anything: only the acts of the batch before it must be undone.
      boolean refused = e instanceof RejectedException || e instanceof ConflictException
          || e instanceof Bounds.OutOfBoundsException;
      if (!recorded.isEmpty() || !refused) {
        shelf.replace(copy(shelf.peek().book()), null);
      }
      throw e;
    }
    List<LedgerEntry> entries = recorded.stream().map(Recorded::entry).toList();
    try {
      store.append(id, head, entries, key, key == null ? null : receipt.bytes());
    } catch (RuntimeException | Error e) {
      // The back copy holds acts the store does not: it becomes a copy of the front again.
      shelf.replace(copy(shelf.peek().book()), null);
      throw e;
    }
    // The names go in once the store holds the acts and before readers see them, so that no request finds the book
    // holding a name its index lacks.
    KnownNames known = names.get(id);
    if (known != null) {
      acts.forEach(known::add);
    }
    shelf.publish(recorded, entries);
    return receipt;
  }

  /** The receipt the store keeps for an append under {@code key} to a book, if it has one. */
  Optional<Receipt> receipt(String id, String key) {
    return store.appendKey(id, key).map(AppendKey::receipt).map(Receipt::parse);
  }

  /**
   * Where the act {@code actId} of a book came from, in words: the imported scenario that holds it, else who recorded
   * it and when.
   */
  String origin(String id, Recorded held) {
    Scenario s = scenarios.get(id);
    if (s != null && s.acts().stream().anyMatch(a -> a.id().equals(held.act().id()))) {
      return "scenario " + s.id();
    }
    return "recorded by " + held.act().meta().recordedBy() + " at " + held.act().meta().recordedAt();
  }

  /** The stored entries of a book, read from the store (not from memory), for verification. */
  List<LedgerEntry> stored(String id) {
    return store.read(id);
  }
}
