package org.charter.store;

import java.time.ZoneId;
import java.util.List;
import org.charter.core.book.Book;
import org.charter.core.ledger.Canonical;
import org.charter.core.ledger.ConflictException;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;

/**
 * Writing a replayed book to a store without rewriting history: the store and the replay must agree entry for entry as
 * far as both go; the replay's further entries are appended in one transaction, and entries the store holds beyond the
 * replay (acts recorded since, through the API) are kept.
 */
public final class BookSync {
  // A page of entries at a time: the book keeps each act, not its stored bytes, so a large book never sits in memory
  // twice.
  private static final int PAGE = 10_000;

  private BookSync() {}

  /**
   * Reads a book from the store: each entry's act decoded from its bytes and replayed, and the entry the book makes of
   * it checked to be the stored one, byte for byte.
   *
   * @throws IllegalStateException if an entry differs from the one its act makes: the store was tampered with
   */
  public static Book load(LedgerStore store, String id, ZoneId zone) {
    Book book = new Book(id, zone);
    List<LedgerEntry> page;
    for (long from = 0; !(page = store.read(id, from, PAGE)).isEmpty(); from += page.size()) {
      for (LedgerEntry e : page) {
        try {
          book.replayStored(Canonical.decode(e.payload()), e);
        } catch (IllegalArgumentException mismatch) {
          throw new IllegalStateException("book " + id + ": " + mismatch.getMessage() + "; run charter verify --db"
              + " on the store", mismatch);
        }
      }
    }
    return book;
  }

  /**
   * Appends what the store lacks; returns how many entries were appended.
   *
   * @throws ConflictException if the store holds a different entry at some place; nothing is written then
   */
  public static int appendMissing(LedgerStore store, String book, List<LedgerEntry> entries) {
    List<LedgerEntry> held = store.read(book);
    int common = Math.min(held.size(), entries.size());
    for (int i = 0; i < common; i++) {
      if (!held.get(i).equals(entries.get(i))) {
        throw new ConflictException("book " + book + " in the store differs from the scenario at entry " + i
            + " (act " + held.get(i).actId() + "); the ledger is append-only, so it cannot be rewritten");
      }
    }
    List<LedgerEntry> rest = entries.subList(common, entries.size());
    if (!rest.isEmpty()) {
      store.append(book, held.size(), rest);
    }
    return rest.size();
  }
}
