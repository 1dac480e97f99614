package org.charter.core.book;

import java.util.HexFormat;
import org.charter.core.act.Act;
import org.charter.core.ledger.HashChain;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.state.Judged;
import org.charter.core.state.Register;
import org.charter.core.verdict.Verdict;

/**
 * An act as the book holds it: the act, its verdicts, and its place in the hash chain. The verdicts are those of the
 * record as it now stands: a fact recorded later may re-judge the act. The entry's bytes are not kept: they are the
 * act's canonical encoding, made again when {@link #entry} is asked for, so a large book does not hold every act twice
 * (about 450 bytes an act).
 */
public record Recorded(String book, long seq, Act act, Judged judged, byte[] prevHash, byte[] hash) {
  /** The verdict under the rules, judged against the legal register; null for an annotation. */
  public Verdict verdict() {
    return judged.verdict(Register.LEGAL);
  }

  /** The verdict judged against one register; null for an annotation. */
  public Verdict verdict(Register register) {
    return judged.verdict(register);
  }

  /** The ledger entry of this act, as the book appended it to its chain. */
  public LedgerEntry entry() {
    return HashChain.entry(book, seq, prevHash, act);
  }

  public String hashHex() {
    return HexFormat.of().formatHex(hash);
  }
}
