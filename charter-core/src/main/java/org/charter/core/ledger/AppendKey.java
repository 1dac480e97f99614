package org.charter.core.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import org.charter.core.act.Nullable;

/**
 * An idempotency key as a store remembers it: the entries the append that first carried it wrote, as their first
 * sequence number, their count and a digest of every field, so a retry can be told from a different append; and the
 * receipt its writer asked the store to keep with it (null for none), so a retry can be given the first answer.
 */
public record AppendKey(String key, long firstSeq, int entryCount, byte[] digest, @Nullable byte[] receipt) {
  /** The record of {@code key} applied to {@code entries}, a non-empty batch, keeping nothing else. */
  public static AppendKey of(String key, List<LedgerEntry> entries) {
    return of(key, entries, null);
  }

  /** The record of {@code key} applied to {@code entries}, a non-empty batch, keeping {@code receipt} with it. */
  public static AppendKey of(String key, List<LedgerEntry> entries, @Nullable byte[] receipt) {
    return new AppendKey(key, entries.get(0).seq(), entries.size(), digest(entries), receipt);
  }

  /**
   * Accepts a retry: returns normally if {@code entries} are exactly the entries this key's append wrote.
   *
   * @throws ConflictException if they are not
   */
  public void checkRetry(String book, List<LedgerEntry> entries) {
    if (!Arrays.equals(digest, digest(entries))) {
      throw new ConflictException("cannot append to book " + book + ": idempotency key " + key
          + " was already used for other entries (" + entryCount + " from entry " + firstSeq
          + "); nothing was written");
    }
  }

  /** SHA-256 over every field of every entry, each length-prefixed, so that equal digests mean equal entries. */
  static byte[] digest(List<LedgerEntry> entries) {
    MessageDigest md = HashChain.sha256();
    for (LedgerEntry e : entries) {
      field(md, e.book().getBytes(StandardCharsets.UTF_8));
      field(md, ByteBuffer.allocate(8).putLong(e.seq()).array());
      field(md, e.actId().getBytes(StandardCharsets.UTF_8));
      field(md, e.actType().getBytes(StandardCharsets.UTF_8));
      field(md, e.validAt().toString().getBytes(StandardCharsets.UTF_8));
      field(md, e.recordedAt().toString().getBytes(StandardCharsets.UTF_8));
      field(md, e.payload());
      field(md, e.prevHash());
      field(md, e.hash());
    }
    return md.digest();
  }

  private static void field(MessageDigest md, byte[] bytes) {
    md.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    md.update(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AppendKey k && key.equals(k.key) && firstSeq == k.firstSeq && entryCount == k.entryCount
        && Arrays.equals(digest, k.digest) && Arrays.equals(receipt, k.receipt);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return "AppendKey[" + key + ", " + entryCount + " from entry " + firstSeq + "]";
  }
}
