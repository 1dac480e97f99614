package org.charter.core.ledger;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One entry of a book's ledger: the act's canonical bytes at its sequence number, chained to the entry before by
 * SHA-256. Valid and recorded time are kept beside the bytes so stores can index them; the bytes are the truth.
 */
public record LedgerEntry(
    String book,
    long seq,
    String actId,
    String actType,
    Instant validAt,
    Instant recordedAt,
    byte[] payload,
    byte[] prevHash,
    byte[] hash) {

  public String hashHex() {
    return HexFormat.of().formatHex(hash);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LedgerEntry e && book.equals(e.book) && seq == e.seq && actId.equals(e.actId)
        && actType.equals(e.actType) && validAt.equals(e.validAt) && recordedAt.equals(e.recordedAt)
        && Arrays.equals(payload, e.payload) && Arrays.equals(prevHash, e.prevHash) && Arrays.equals(hash, e.hash);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(hash);
  }

  @Override
  public String toString() {
    return "LedgerEntry[" + book + "#" + seq + " " + actId + " " + hashHex() + "]";
  }
}
