package org.charter.core.ledger;

/** The first entry of a book that does not match its chain, and why. */
public record ChainBreak(String book, long seq, String actId, String reason) {
  @Override
  public String toString() {
    return "book " + book + ", entry " + seq + " (act " + actId + "): " + reason;
  }
}
