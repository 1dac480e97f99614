package org.charter.core.ledger;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;

/**
 * Recomputes a book's chain from its stored bytes and names the first entry that does not match.
 *
 * <p>Two walks over the entries, run at once: the chain itself (sequence, links, hashes), which is in order by nature,
 * and the decoding of each entry's bytes with its columns, which is independent per entry and costs several times the
 * hash, so it is shared among the cores. The first failure in book order is reported; where one entry fails both
 * ways, the chain's reason comes first, as it would in a single walk.
 */
public final class ChainVerifier {
  private ChainVerifier() {}

  private static final int CHUNK = 4096;

  private record Failure(int index, ChainBreak br) {}

  public static Optional<ChainBreak> verify(String book, List<LedgerEntry> entries) {
    if (entries.size() <= CHUNK) {
      return earliest(chain(book, entries), decoded(book, entries, 0, entries.size()));
    }
    CompletableFuture<Failure> chain = CompletableFuture.supplyAsync(() -> chain(book, entries));
    // The calling thread decodes beside the pool's workers; the one walking the chain joins them when it is done.
    Failure decode = IntStream.range(0, (entries.size() + CHUNK - 1) / CHUNK).parallel()
        .mapToObj(c -> decoded(book, entries, c * CHUNK, Math.min(entries.size(), (c + 1) * CHUNK)))
        .reduce(null, ChainVerifier::first);
    return earliest(chain.join(), decode);
  }

  private static Optional<ChainBreak> earliest(Failure chain, Failure decode) {
    Failure f = first(chain, decode);
    return f == null ? Optional.empty() : Optional.of(f.br());
  }

  /** The earlier of two failures; at the same entry, the first argument (the chain's). */
  private static Failure first(Failure a, Failure b) {
    if (a == null) {
      return b;
    }
    return b == null || a.index() <= b.index() ? a : b;
  }

  private static Failure chain(String book, List<LedgerEntry> entries) {
    byte[] prev = HashChain.GENESIS;
    for (int i = 0; i < entries.size(); i++) {
      LedgerEntry e = entries.get(i);
      if (e.seq() != i) {
        return fail(i, book, e, "expected entry " + i + " here");
      }
      if (!Arrays.equals(e.prevHash(), prev)) {
        return fail(i, book, e, "its previous-hash does not match entry " + (e.seq() - 1));
      }
      byte[] h = HashChain.hash(book, prev, e.seq(), e.payload());
      if (!Arrays.equals(h, e.hash())) {
        return fail(i, book, e, "its bytes do not match its hash");
      }
      prev = e.hash();
    }
    return null;
  }

  /** The first entry in [from, to) whose bytes do not decode to an act, or whose columns disagree with the act. */
  private static Failure decoded(String book, List<LedgerEntry> entries, int from, int to) {
    for (int i = from; i < to; i++) {
      LedgerEntry e = entries.get(i);
      Act act;
      try {
        act = Canonical.decode(e.payload());
      } catch (RuntimeException ex) {
        return fail(i, book, e, "its bytes do not decode: " + ex.getMessage());
      }
      if (!act.id().equals(e.actId()) || !ActTypes.nameOf(act.getClass()).equals(e.actType())
          || !act.meta().validAt().equals(e.validAt()) || !act.meta().recordedAt().equals(e.recordedAt())) {
        return fail(i, book, e, "its indexed columns disagree with its bytes");
      }
    }
    return null;
  }

  private static Failure fail(int index, String book, LedgerEntry e, String reason) {
    return new Failure(index, new ChainBreak(book, e.seq(), e.actId(), reason));
  }
}
