package org.charter.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.charter.core.book.Book;
import org.charter.core.book.BookSnapshot;
import org.charter.core.book.Recorded;
import org.charter.core.ledger.Canonical;
import org.charter.core.ledger.ConflictException;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.charter.core.ledger.SnapshotStore;

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

  /** Books with more entries than this replayed on a load get a snapshot saved ({@link #loadAndKeep}). */
  public static final int SNAPSHOT_AFTER = 10_000;

  private static final System.Logger LOG = System.getLogger(BookSync.class.getName());
  // The key that seals snapshots: CHARTER_SNAPSHOT_KEY when set, else a fixed one (docs/storage.md#snapshots).
  private static final byte[] KEY = key(System.getenv("CHARTER_SNAPSHOT_KEY"));

  /**
   * How a book was loaded: how many entries came from its snapshot (0 without one), how many were replayed, and why a
   * snapshot the store held was not used (null when it was, or there was none).
   */
  public record Load(Book book, long fromSnapshot, long replayed, String ignored) {}

  /**
   * Reads a book from the store: from its snapshot when the store holds one that matches the chain head at its
   * sequence number, this build and the zone, with the entries after it replayed on top; else each entry's act decoded
   * from its bytes and replayed, and the entry the book makes of it checked to be the stored one, byte for byte.
   *
   * @throws IllegalStateException if an entry differs from the one its act makes: the store was tampered with
   */
  public static Book load(LedgerStore store, String id, ZoneId zone) {
    return open(store, id, zone, KEY).book();
  }

  /** As {@link #load}, and saves a snapshot of the book when more than {@value #SNAPSHOT_AFTER} were replayed. */
  public static Book loadAndKeep(LedgerStore store, String id, ZoneId zone) {
    Load l = open(store, id, zone, KEY);
    if (l.replayed() > SNAPSHOT_AFTER) {
      save(store, l.book(), KEY);
    }
    return l.book();
  }

  /** As {@link #load}, with the key that seals snapshots (null: the fixed one), saying where the book came from. */
  public static Load open(LedgerStore store, String id, ZoneId zone, byte[] key) {
    Book book = null;
    String ignored = null;
    if (store instanceof SnapshotStore snapshots) {
      Optional<SnapshotStore.SnapshotInfo> info = snapshots.snapshot(id);
      if (info.isPresent()) {
        try {
          book = fromSnapshot(store, snapshots, id, zone, key, info.get());
        } catch (BookSnapshot.UnusableException e) {
          ignored = e.getMessage();
          LOG.log(System.Logger.Level.WARNING, "snapshot of book " + id + " at entry " + info.get().headSeq()
              + " ignored, replaying the book instead: " + ignored);
        }
      }
    }
    long fromSnapshot = book == null ? 0 : book.size();
    if (book == null) {
      book = new Book(id, zone);
    }
    replayAfterHead(store, book, r -> { });
    return new Load(book, fromSnapshot, book.size() - fromSnapshot, ignored);
  }

  /**
   * Brings a book up to its ledger: replays the entries the store holds after the book's last, a page at a time, and
   * returns them as recorded, in order (none when the book is up to date). Another process writing the same store is
   * how a book falls behind.
   *
   * @throws IllegalStateException if an entry differs from the one its act makes; the book may then hold some of the
   *     entries before it
   */
  public static List<Recorded> catchUp(LedgerStore store, Book book) {
    List<Recorded> got = new java.util.ArrayList<>();
    replayAfterHead(store, book, got::add);
    return got;
  }

  /** Replays the stored entries after the book's last, a page at a time, handing each to {@code each}. */
  private static void replayAfterHead(LedgerStore store, Book book, java.util.function.Consumer<Recorded> each) {
    List<LedgerEntry> page;
    for (long from = book.size(); !(page = store.read(book.id(), from, PAGE)).isEmpty(); from += page.size()) {
      for (LedgerEntry e : page) {
        each.accept(replayEntry(book, e));
      }
    }
  }

  /**
   * Replays one stored entry onto a book: its act decoded from its bytes, and the entry the book makes of it checked to
   * be the stored one, byte for byte.
   *
   * @throws IllegalStateException if the entry differs from the one its act makes: the store was tampered with
   */
  public static Recorded replayEntry(Book book, LedgerEntry e) {
    try {
      return book.replayStored(Canonical.decode(e.payload()), e);
    } catch (IllegalArgumentException mismatch) {
      throw new IllegalStateException("book " + book.id() + ": " + mismatch.getMessage() + "; run charter verify --db"
          + " on the store", mismatch);
    }
  }

  private static Book fromSnapshot(LedgerStore store, SnapshotStore snapshots, String id, ZoneId zone, byte[] key,
      SnapshotStore.SnapshotInfo info) throws BookSnapshot.UnusableException {
    if (info.format() != BookSnapshot.FORMAT) {
      throw new BookSnapshot.UnusableException("it is of format " + info.format() + ", and this build reads format "
          + BookSnapshot.FORMAT, null);
    }
    List<LedgerEntry> head = store.read(id, info.headSeq(), 1);
    if (head.isEmpty()) {
      throw new BookSnapshot.UnusableException("it was taken at entry " + info.headSeq() + ", past the book's last", null);
    }
    try (InputStream in = snapshots.snapshotBytes(id, info)) {
      return BookSnapshot.read(in, head.get(0), zone, key, CoreBuild.digest());
    } catch (IOException e) {
      throw new BookSnapshot.UnusableException("it cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Saves a snapshot of {@code book}, which no writer may change meanwhile, in place of the one the store holds; false
   * when the store keeps no snapshots or the book is empty. A save that fails is logged and changes nothing else.
   */
  public static boolean save(LedgerStore store, Book book, byte[] key) {
    if (!(store instanceof SnapshotStore snapshots) || book.size() == 0) {
      return false;
    }
    try {
      snapshots.saveSnapshot(book.id(), book.size() - 1, BookSnapshot.FORMAT, out -> BookSnapshot.write(book, out,
          key, CoreBuild.digest()));
      return true;
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot save a snapshot of book " + book.id() + ": " + e.getMessage());
      return false;
    }
  }

  private static byte[] key(String text) {
    return text == null || text.isEmpty() ? null : text.getBytes(StandardCharsets.UTF_8);
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
