package org.charter.store.sqlite;

import java.util.Arrays;
import java.util.List;
import org.charter.core.ledger.ConflictException;
import org.charter.core.ledger.HashChain;
import org.charter.core.ledger.LedgerEntry;

/** Checks that a batch of entries continues a book exactly where it stands, before anything is written. */
final class Links {
  private Links() {}

  static void check(String book, long expectedSize, long size, byte[] tailHash, List<LedgerEntry> entries) {
    if (size != expectedSize) {
      throw conflict(book, "it holds " + size + " entries, not the " + expectedSize + " this append expects");
    }
    long seq = size;
    byte[] prev = tailHash;
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
      prev = e.hash();
      seq++;
    }
  }

  private static ConflictException conflict(String book, String why) {
    return new ConflictException("cannot append to book " + book + ": " + why + "; nothing was written");
  }
}
