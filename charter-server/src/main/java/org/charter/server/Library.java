package org.charter.server;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.charter.core.act.Act;
import org.charter.core.act.Bounds;
import org.charter.core.act.Nullable;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.core.book.RejectedException;
import org.charter.core.ledger.AppendKey;
import org.charter.core.ledger.ConflictException;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.charter.scenario.KnownNames;
import org.charter.scenario.Scenario;
import org.charter.store.BookSync;

/**
 * The books the server serves, each kept in step with its ledger in the store: loaded by decoding the stored entries
 * and replaying them, and changed only after the store has taken the new entries. Each book is a {@link Shelf}: its
 * readers never wait, its writers take turns, and writers to different books never wait for each other (only, with
 * SQLite, for the store's one connection).
 */
final class Library {
  private final LedgerStore store;
  private final Map<String, Scenario> scenarios = new ConcurrentHashMap<>();
  private final Map<String, Shelf> shelves = new ConcurrentHashMap<>();
  private final Map<String, KnownNames> names = new ConcurrentHashMap<>();

  Library(LedgerStore store) {
    this.store = store;
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
    return appended;
  }

  /** (Re)loads every book in the store; a book's zone and title come from its scenario when one was imported. */
  synchronized void loadAll() {
    shelves.clear();
    names.clear();
    for (String id : store.books()) {
      shelves.put(id, load(id));
    }
  }

  private Shelf load(String id) {
    Scenario s = scenarios.get(id);
    ZoneId zone = s == null ? ZoneOffset.UTC : s.zone();
    String title = s == null ? id : s.title();
    // From the book's snapshot when it matches; one is saved when many entries had to be replayed (BookSync).
    Book book = BookSync.loadAndKeep(store, id, zone);
    LiveBook live = new LiveBook(id, title, zone, book);
    return new Shelf(live, live.with(copy(book)));
  }

  /** A second copy of a book, by replaying its acts: what a shelf's back copy starts as. */
  private static Book copy(Book book) {
    Book next = new Book(book.id(), book.zone());
    for (Recorded r : book.timeline()) {
      next.replayStored(r.act(), r.entry());
    }
    return next;
  }

  /** The books, by id, as their front copies stand; only their id, title and zone may be read without a hold. */
  List<LiveBook> books() {
    List<LiveBook> out = new ArrayList<>(shelves.values().stream().map(Shelf::peek).toList());
    out.sort(Comparator.comparing(LiveBook::id));
    return out;
  }

  /** A hold on a book's front copy, to close when the request is answered; empty if there is no such book. */
  Optional<Shelf.Reading> read(String id) {
    Shelf s = shelves.get(id);
    return s == null ? Optional.empty() : Optional.of(s.read());
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
   * @return the receipt {@code answer} built
   * @throws RejectedException if an act is invalid; nothing is written
   * @throws ConflictException if an act id is taken, the store has moved on or the key was used for other entries;
   *     nothing is written, and the book is reloaded from the store
   */
  Receipt record(String id, List<Act> acts, @Nullable String key,
      BiFunction<LiveBook, List<Recorded>, Receipt> answer) {
    Shelf shelf = shelves.get(id);
    synchronized (shelf) {
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
      } catch (ConflictException e) {
        // Another writer moved the store on: serve what the store holds from now on.
        Book fresh = BookSync.load(store, id, live.zone());
        shelf.replace(copy(fresh), fresh);
        names.remove(id);
        throw e;
      } catch (RuntimeException | Error e) {
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
