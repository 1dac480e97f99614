package org.charter.core.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;

/**
 * The hash chain (docs/ledger.md): entry n's hash is SHA-256 over the domain tag "charter-ledger-v1" and a zero byte,
 * the book id (4-byte big-endian length, then UTF-8), the previous entry's hash (32 zero bytes for the first), the
 * sequence number (8 bytes big-endian) and the act's canonical bytes.
 */
public final class HashChain {
  public static final byte[] GENESIS = new byte[32];
  private static final byte[] TAG = "charter-ledger-v1\0".getBytes(StandardCharsets.US_ASCII);

  private HashChain() {}

  public static byte[] hash(String book, byte[] prevHash, long seq, byte[] payload) {
    MessageDigest md = sha256();
    byte[] bookBytes = book.getBytes(StandardCharsets.UTF_8);
    md.update(TAG);
    md.update(ByteBuffer.allocate(4).putInt(bookBytes.length).array());
    md.update(bookBytes);
    md.update(prevHash);
    md.update(ByteBuffer.allocate(8).putLong(seq).array());
    md.update(payload);
    return md.digest();
  }

  /** The entry that follows {@code prevHash} for {@code act} at {@code seq}. */
  public static LedgerEntry entry(String book, long seq, byte[] prevHash, Act act) {
    byte[] payload = Canonical.encode(act);
    return new LedgerEntry(book, seq, act.id(), ActTypes.nameOf(act.getClass()), act.meta().validAt(),
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
