package org.charter.core.ledger;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;

/** Recomputes a book's chain from its stored bytes and names the first entry that does not match. */
public final class ChainVerifier {
  private ChainVerifier() {}

  public static Optional<ChainBreak> verify(String book, List<LedgerEntry> entries) {
    byte[] prev = HashChain.GENESIS;
    long expectedSeq = 0;
    for (LedgerEntry e : entries) {
      if (e.seq() != expectedSeq) {
        return Optional.of(new ChainBreak(book, e.seq(), e.actId(), "expected entry " + expectedSeq + " here"));
      }
      if (!Arrays.equals(e.prevHash(), prev)) {
        return Optional.of(new ChainBreak(book, e.seq(), e.actId(), "its previous-hash does not match entry "
            + (e.seq() - 1)));
      }
      byte[] h = HashChain.hash(book, prev, e.seq(), e.payload());
      if (!Arrays.equals(h, e.hash())) {
        return Optional.of(new ChainBreak(book, e.seq(), e.actId(), "its bytes do not match its hash"));
      }
      Act act;
      try {
        act = Canonical.decode(e.payload());
      } catch (RuntimeException ex) {
        return Optional.of(new ChainBreak(book, e.seq(), e.actId(), "its bytes do not decode: " + ex.getMessage()));
      }
      if (!act.id().equals(e.actId()) || !ActTypes.nameOf(act.getClass()).equals(e.actType())
          || !act.meta().validAt().equals(e.validAt()) || !act.meta().recordedAt().equals(e.recordedAt())) {
        return Optional.of(new ChainBreak(book, e.seq(), e.actId(), "its indexed columns disagree with its bytes"));
      }
      prev = e.hash();
      expectedSeq++;
    }
    return Optional.empty();
  }
}
