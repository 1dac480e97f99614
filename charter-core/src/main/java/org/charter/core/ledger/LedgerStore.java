package org.charter.core.ledger;

import java.util.List;

/**
 * The port every ledger store implements: append-only books of hash-chained entries. An append names the size of the
 * book it expects, and is applied whole or not at all.
 */
public interface LedgerStore extends AutoCloseable {
  /** The books in this store, by id. */
  List<String> books();

  /** The number of entries in a book (0 for a book not yet written). */
  long size(String book);

  /** A book's entries in sequence order. */
  List<LedgerEntry> read(String book);

  /**
   * Append entries to a book in one transaction.
   *
   * @throws ConflictException if the book does not hold exactly {@code expectedSize} entries, or an entry is refused;
   *     nothing is written then
   */
  void append(String book, long expectedSize, List<LedgerEntry> entries);

  @Override
  void close();
}
