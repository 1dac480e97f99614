package org.charter.core.ledger;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.charter.core.act.Nullable;

/** The checks every store makes before an append writes anything, so that all stores refuse the same appends. */
public final class ChainLinks {
  /** The longest idempotency key a store accepts, in characters. */
  public static final int MAX_KEY_LENGTH = 200;

  private ChainLinks() {}

  /**
   * Checks that {@code entries} continue a book of {@code size} entries ending in {@code tailHash} exactly where it
   * stands, and that the writer expected that size.
   *
   * @throws ConflictException naming the book and the first entry that does not fit
   */
  public static void check(String book, long expectedSize, long size, byte[] tailHash, List<LedgerEntry> entries) {
    if (size != expectedSize) {
      throw conflict(book, "it holds " + size + " entries, not the " + expectedSize + " this append expects");
    }
    long seq = size;
    byte[] prev = tailHash;
    Set<String> actIds = new HashSet<>();
    for (LedgerEntry e : entries) {
      String which = "entry " + e.seq() + " (act " + e.actId() + ") ";
      if (!book.equals(e.book())) {
        throw conflict(book, which + "belongs to book " + e.book());
      }
      if (e.seq() != seq) {
        throw conflict(book, which + "should be entry " + seq);
      }
      if (!Arrays.equals(e.prevHash(), prev)) {
        String expected = seq == 0 ? "the genesis hash" : "entry " + (seq - 1) + "'s hash";
        throw conflict(book, which + "does not continue the chain: its previous-hash is not " + expected);
      }
      if (!Arrays.equals(e.hash(), HashChain.hash(book, prev, seq, e.payload()))) {
        throw conflict(book, which + "has a hash that does not match its bytes");
      }
      if (!columnsAgree(e)) {
        throw conflict(book, which + "has act id, type or times that disagree with its bytes");
      }
      if (!actIds.add(e.actId())) {
        throw conflict(book, which + "repeats act id " + e.actId() + " of an earlier entry in this append");
      }
      prev = e.hash();
      seq++;
    }
  }

  /**
   * Checks an idempotency key: null (no key) or 1 to {@value #MAX_KEY_LENGTH} characters, not all white space.
   *
   * @throws IllegalArgumentException if it is neither
   */
  public static void checkKey(@Nullable String key) {
    if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH)) {
      throw new IllegalArgumentException("an idempotency key must be 1 to " + MAX_KEY_LENGTH
          + " characters and not blank, got " + (key.isBlank() ? "a blank one" : key.length() + " characters"));
    }
  }

  /**
   * Checks a receipt: it needs a key to be found by.
   *
   * @throws IllegalArgumentException if there is a receipt and no key
   */
  public static void checkReceipt(@Nullable String key, @Nullable byte[] receipt) {
    if (receipt != null && key == null) {
      throw new IllegalArgumentException("a receipt is kept with an idempotency key; this append has none");
    }
  }

  // The verifier would catch a column that lies about its bytes; refusing it here keeps it out of the book at all.
  // One pass that reads the four values and builds nothing is enough; it was most of an append's own cost.
  private static boolean columnsAgree(LedgerEntry e) {
    return EntryColumns.agree(e);
  }

  private static ConflictException conflict(String book, String why) {
    return new ConflictException("cannot append to book " + book + ": " + why + "; nothing was written");
  }
}
