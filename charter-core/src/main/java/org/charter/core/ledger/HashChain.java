package org.charter.core.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.charter.core.act.Act;

/**
 * The hash chain (docs/ledger.md): entry n's hash is SHA-256 over the domain tag "charter-ledger-v1" and a zero byte,
 * the book id (4-byte big-endian length, then UTF-8), the previous entry's hash (32 zero bytes for the first), the
 * sequence number (8 bytes big-endian) and the act's canonical bytes.
 */
public final class HashChain {
  public static final byte[] GENESIS = new byte[32];
  private static final byte[] TAG = "charter-ledger-v1\0".getBytes(StandardCharsets.US_ASCII);

  private HashChain() {}

  // Looking a digest up for every entry cost as much as hashing a short one; each thread keeps its own.
  private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(HashChain::sha256);

  public static byte[] hash(String book, byte[] prevHash, long seq, byte[] payload) {
    MessageDigest md = DIGEST.get();
    md.reset();
    byte[] bookBytes = book.getBytes(StandardCharsets.UTF_8);
    byte[] fixed = ByteBuffer.allocate(4 + bookBytes.length + prevHash.length + 8).putInt(bookBytes.length)
        .put(bookBytes).put(prevHash).putLong(seq).array();
    md.update(TAG);
    md.update(fixed);
    md.update(payload);
    return md.digest();
  }

  /** The entry that follows {@code prevHash} for {@code act} at {@code seq}. */
  public static LedgerEntry entry(String book, long seq, byte[] prevHash, Act act) {
    byte[] payload = Canonical.encode(act);
    return new LedgerEntry(book, seq, act.id(), RecordShape.of(act.getClass()).typeName, act.meta().validAt(),
        act.meta().recordedAt(), payload, prevHash.clone(), hash(book, prevHash, seq, payload));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
