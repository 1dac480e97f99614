package org.charter.core.book;

import java.util.HexFormat;
import org.charter.core.act.Act;
import org.charter.core.ledger.HashChain;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.verdict.Verdict;

/**
 * An act as the book holds it: the act, its verdict (null for an annotation), and its place in the hash chain. The
 * entry's bytes are not kept: they are the act's canonical encoding, made again when {@link #entry} is asked for, so a
 * large book does not hold every act twice (about 450 bytes an act).
 */
public record Recorded(String book, long seq, Act act, Verdict verdict, byte[] prevHash, byte[] hash) {
  /** The ledger entry of this act, as the book appended it to its chain. */
  public LedgerEntry entry() {
    return HashChain.entry(book, seq, prevHash, act);
  }

  public String hashHex() {
    return HexFormat.of().formatHex(hash);
  }
}
