package org.charter.server;

import org.charter.store.BookSync;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.charter.core.act.Act;
import org.charter.core.act.Nullable;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.core.ledger.AppendKey;
import org.charter.core.ledger.ConflictException;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.charter.scenario.Scenario;

/**
 * The books the server serves, each kept in step with its ledger in the store: loaded by decoding the stored entries
 * and replaying them, and changed only after the store has taken the new entries.
 */
final class Library {
  private final LedgerStore store;
  private final Map<String, Scenario> scenarios = new HashMap<>();
  private final Map<String, LiveBook> books = new TreeMap<>();

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
    books.clear();
    for (String id : store.books()) {
      books.put(id, load(id));
    }
  }

  private LiveBook load(String id) {
    Scenario s = scenarios.get(id);
    ZoneId zone = s == null ? ZoneOffset.UTC : s.zone();
    String title = s == null ? id : s.title();
    return new LiveBook(id, title, zone, BookSync.load(store, id, zone));
  }

  synchronized List<LiveBook> books() {
    return new ArrayList<>(books.values());
  }

  synchronized Optional<LiveBook> book(String id) {
    return Optional.ofNullable(books.get(id));
  }

  /**
   * Records live acts in a book, all or none: each must be valid at its time given the book and the acts before it;
   * then the store appends them in one transaction, under {@code key} if there is one and keeping the receipt
   * {@code answer} builds from the new book with it, and only then does the server's book change.
   *
   * @return the receipt {@code answer} built
   * @throws org.charter.core.book.RejectedException if an act is invalid; nothing is written
   * @throws ConflictException if an act id is taken, the store has moved on or the key was used for other entries;
   *     nothing is written, and the book is reloaded from the store
   */
  synchronized Receipt record(String id, List<Act> acts, @Nullable String key,
      BiFunction<LiveBook, List<Recorded>, Receipt> answer) {
    LiveBook live = books.get(id);
    Book next = new Book(id, live.zone());
    for (Recorded r : live.book().timeline()) {
      next.replay(r.act());
    }
    List<Recorded> recorded = new ArrayList<>();
    for (Act a : acts) {
      recorded.add(next.record(a));
    }
    Receipt receipt = answer.apply(live.with(next), recorded);
    try {
      store.append(id, live.book().size(), recorded.stream().map(Recorded::entry).toList(), key,
          key == null ? null : receipt.bytes());
    } catch (ConflictException e) {
      // Another writer moved the store on: serve what the store holds from now on.
      books.put(id, load(id));
      throw e;
    }
    books.put(id, live.with(next));
    return receipt;
  }

  /** The receipt the store keeps for an append under {@code key} to a book, if it has one. */
  synchronized Optional<Receipt> receipt(String id, String key) {
    return store.appendKey(id, key).map(AppendKey::receipt).map(Receipt::parse);
  }

  /**
   * Where the act {@code actId} of a book came from, in words: the imported scenario that holds it, else who recorded
   * it and when.
   */
  synchronized String origin(String id, Recorded held) {
    Scenario s = scenarios.get(id);
    if (s != null && s.acts().stream().anyMatch(a -> a.id().equals(held.act().id()))) {
      return "scenario " + s.id();
    }
    return "recorded by " + held.act().meta().recordedBy() + " at " + held.act().meta().recordedAt();
  }

  /** The stored entries of a book, read from the store (not from memory), for verification. */
  synchronized List<LedgerEntry> stored(String id) {
    return store.read(id);
  }
}
