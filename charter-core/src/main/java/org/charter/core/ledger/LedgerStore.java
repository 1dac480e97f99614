package org.charter.core.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.core.act.Nullable;

/**
 * The port every ledger store implements: append-only books of hash-chained entries. An append names the size of the
 * book it expects and may carry an idempotency key; it is applied whole or not at all, and at most once per key.
 */
public interface LedgerStore extends AutoCloseable {
  /** The books in this store, by id. */
  List<String> books();

  /** The number of entries in a book (0 for a book not yet written). */
  long size(String book);

  /** A book's entries in sequence order. */
  List<LedgerEntry> read(String book);

  /**
   * Up to {@code max} of a book's entries from sequence number {@code from}, in order: a large book read a page at a
   * time instead of all at once.
   */
  default List<LedgerEntry> read(String book, long from, int max) {
    checkPage(from, max);
    List<LedgerEntry> all = read(book);
    return List.copyOf(all.subList((int) Math.min(from, all.size()), (int) Math.min(all.size(), from + max)));
  }

  /** Refuses a page that starts before the first entry or holds a negative number of entries. */
  static void checkPage(long from, int max) {
    if (from < 0 || max < 0) {
      throw new IllegalArgumentException("a page starts at entry 0 or later and holds 0 or more entries, not from "
          + from + " with " + max);
    }
  }

  /** A book's last entry, the one the next append chains to; empty for a book not yet written. */
  default Optional<LedgerEntry> last(String book) {
    List<LedgerEntry> all = read(book);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * Each book with entries, by id in the order of {@link #books}, with its size and head: what a list of many books
   * needs, which a store answers in one read rather than one per book.
   */
  default Map<String, BookHead> heads() {
    Map<String, BookHead> out = new LinkedHashMap<>();
    for (String b : books()) {
      last(b).ifPresent(e -> out.put(b, new BookHead(e.seq() + 1, e.hashHex())));
    }
    return out;
  }

  /**
   * Append entries to a book in one transaction, without an idempotency key.
   *
   * @throws ConflictException if the book does not hold exactly {@code expectedSize} entries, or an entry is refused;
   *     nothing is written then
   */
  default void append(String book, long expectedSize, List<LedgerEntry> entries) {
    append(book, expectedSize, entries, null);
  }

  /**
   * Append entries to a book in one transaction, at most once per idempotency key. A book remembers the key of every
   * append it applied: an append whose key it has seen, with the same entries, changes nothing and returns normally,
   * so a writer that lost the acknowledgement can retry safely. The key is checked before the expected size.
   *
   * @param idempotencyKey names this append within the book (see {@link ChainLinks#checkKey}); null for none
   * @throws ConflictException if the key was used for other entries, if the book does not hold exactly
   *     {@code expectedSize} entries, or an entry is refused; nothing is written then
   */
  default void append(String book, long expectedSize, List<LedgerEntry> entries, @Nullable String idempotencyKey) {
    append(book, expectedSize, entries, idempotencyKey, null);
  }

  /**
   * As {@link #append(String, long, List, String)}, keeping {@code receipt} with the key in the same transaction, for
   * {@link #appendKey} to return: what the writer answered, so a retry can be given the first answer even after a
   * restart. A retry that finds the key keeps the first receipt.
   *
   * @throws IllegalArgumentException if there is a receipt and no key
   */
  void append(String book, long expectedSize, List<LedgerEntry> entries, @Nullable String idempotencyKey,
      @Nullable byte[] receipt);

  /** What the book recorded for the append that first carried {@code idempotencyKey}; empty if it has none. */
  Optional<AppendKey> appendKey(String book, String idempotencyKey);

  @Override
  void close();
}
