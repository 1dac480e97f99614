package org.charter.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.charter.core.ledger.ChainVerifier;
import org.charter.core.ledger.LedgerEntry;

/**
 * Chain verification against SHA-256 alone over the very bytes the chain hashes (domain tag, book id, previous hash,
 * sequence number, canonical bytes), one digest per entry: what verifying costs beyond hashing.
 */
public final class ChainBench {
  private static final byte[] TAG = "charter-ledger-v1\0".getBytes(StandardCharsets.US_ASCII);

  private ChainBench() {}

  static Figure run(BenchOptions o, String book, List<LedgerEntry> entries) throws Exception {
    byte[][] preimages = new byte[entries.size()][];
    long bytes = 0;
    for (int i = 0; i < preimages.length; i++) {
      preimages[i] = preimage(book, entries.get(i));
      bytes += preimages[i].length;
    }
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    long[] sink = new long[1];
    Rounds.Rates r = Rounds.alternate(1, o.rounds(), () -> {
      if (ChainVerifier.verify(book, entries).isPresent()) {
        throw new IllegalStateException("the generated chain does not verify");
      }
      return entries.size();
    }, () -> {
      for (byte[] p : preimages) {
        md.update(p);
        sink[0] += md.digest()[0];
      }
      return preimages.length;
    });
    double avg = (double) bytes / preimages.length;
    return Figure.rate("verify", "verify the hash chain (" + entries.size() + " entries, " + Math.round(avg)
        + " hashed bytes each)", r.work(), "entries/s", "SHA-256 of the same bytes, one digest per entry",
        r.limit(), 0.8, String.format("SHA-256 here: %.0f MB/s; sink %d", r.limit() * avg / 1e6, sink[0] & 1));
  }

  /** Exactly what {@code HashChain.hash} feeds SHA-256 for an entry. */
  public static byte[] preimage(String book, LedgerEntry e) {
    byte[] b = book.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(TAG.length + 4 + b.length + 32 + 8 + e.payload().length).put(TAG).putInt(b.length)
        .put(b).put(e.prevHash()).putLong(e.seq()).put(e.payload()).array();
  }
}
