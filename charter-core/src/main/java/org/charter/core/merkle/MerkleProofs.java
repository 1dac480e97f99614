package org.charter.core.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks inclusion and consistency proofs with the verification algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2, from
 * the hashes alone: the verifier needs no other leaf of the tree.
 */
public final class MerkleProofs {
  private static final int HASH_LENGTH = 32;

  private MerkleProofs() {}

  /**
   * Whether {@code path} proves that the leaf with hash {@code leafHash} is leaf {@code index} of the tree of
   * {@code size} leaves with {@code root}.
   */
  public static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> path, byte[] root) {
    if (index < 0 || index >= size || !wellFormed(path) || leafHash.length != HASH_LENGTH) {
      return false;
    }
    long fn = index;
    long sn = size - 1;
    byte[] r = leafHash;
    for (byte[] p : path) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = MerkleTree.nodeHash(p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        r = MerkleTree.nodeHash(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && MessageDigest.isEqual(r, root);
  }

  /**
   * Whether {@code path} proves that the tree of {@code m} leaves with {@code oldRoot} is a prefix of the tree of
   * {@code n} leaves with {@code newRoot}. Trees of equal size are consistent when their roots are equal, and every
   * tree extends the empty one; neither needs a proof.
   */
  public static boolean verifyConsistency(long m, long n, byte[] oldRoot, byte[] newRoot, List<byte[]> path) {
    if (m < 0 || m > n || !wellFormed(path)) {
      return false;
    }
    if (m == 0) {
      return path.isEmpty() && MessageDigest.isEqual(oldRoot, MerkleTree.EMPTY_ROOT);
    }
    if (m == n) {
      return path.isEmpty() && MessageDigest.isEqual(oldRoot, newRoot);
    }
    if (path.isEmpty()) {
      return false;
    }
    List<byte[]> c = new ArrayList<>(path);
    // The old tree is itself a complete subtree: its root starts the path.
    if (Long.bitCount(m) == 1) {
      c.add(0, oldRoot);
    }
    long fn = m - 1;
    long sn = n - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = c.get(0);
    byte[] sr = c.get(0);
    for (byte[] p : c.subList(1, c.size())) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = MerkleTree.nodeHash(p, fr);
        sr = MerkleTree.nodeHash(p, sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        sr = MerkleTree.nodeHash(sr, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && MessageDigest.isEqual(fr, oldRoot) && MessageDigest.isEqual(sr, newRoot);
  }

  private static boolean wellFormed(List<byte[]> path) {
    return path.stream().allMatch(p -> p != null && p.length == HASH_LENGTH);
  }
}
