package org.charter.core.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * A Merkle tree over a book's leaves in the shape of RFC 9162 §2.1: leaf hash SHA-256(0x00 || leaf), node hash
 * SHA-256(0x01 || left || right), each subtree split at the largest power of two smaller than its size. It gives the
 * root of any prefix of the leaves, inclusion proofs (§2.1.3.1) and consistency proofs (§2.1.4.1).
 */
public final class MerkleTree {
  /** The root of the empty tree: SHA-256 of the empty string. */
  public static final byte[] EMPTY_ROOT = sha256().digest();

  private final List<byte[]> leafHashes;

  private MerkleTree(List<byte[]> leafHashes) {
    this.leafHashes = leafHashes;
  }

  /** The tree over these leaves (for a book, each entry's canonical act bytes), in order. */
  public static MerkleTree of(List<byte[]> leaves) {
    List<byte[]> hashes = new ArrayList<>(leaves.size());
    for (byte[] leaf : leaves) {
      hashes.add(leafHash(leaf));
    }
    return new MerkleTree(hashes);
  }

  public int size() {
    return leafHashes.size();
  }

  public static byte[] leafHash(byte[] leaf) {
    MessageDigest md = sha256();
    md.update((byte) 0x00);
    md.update(leaf);
    return md.digest();
  }

  public static byte[] nodeHash(byte[] left, byte[] right) {
    MessageDigest md = sha256();
    md.update((byte) 0x01);
    md.update(left);
    md.update(right);
    return md.digest();
  }

  /** The root of the whole tree. */
  public byte[] root() {
    return root(size());
  }

  /** The root of the tree over the first {@code n} leaves, MTH(D[0:n]). */
  public byte[] root(int n) {
    checkRange(n, size(), "tree size");
    return n == 0 ? EMPTY_ROOT.clone() : hash(0, n);
  }

  /** The inclusion proof of leaf {@code index} in the tree over the first {@code n} leaves, PATH(index, D[0:n]). */
  public List<byte[]> inclusionProof(int index, int n) {
    checkRange(n, size(), "tree size");
    if (index < 0 || index >= n) {
      throw new IllegalArgumentException("leaf index " + index + " is not in a tree of size " + n);
    }
    List<byte[]> out = new ArrayList<>();
    path(index, 0, n, out);
    return out;
  }

  /**
   * The consistency proof between the trees over the first {@code m} and the first {@code n} leaves, PROOF(m, D[0:n]);
   * empty when {@code m} is 0 or equals {@code n}, where no proof is needed.
   */
  public List<byte[]> consistencyProof(int m, int n) {
    checkRange(n, size(), "tree size");
    checkRange(m, n, "old tree size");
    List<byte[]> out = new ArrayList<>();
    if (m > 0 && m < n) {
      subproof(m, 0, n, true, out);
    }
    return out;
  }

  // PATH(m, D[lo:hi]), m relative to lo; the sibling nearest the leaf comes first.
  private void path(int m, int lo, int hi, List<byte[]> out) {
    int n = hi - lo;
    if (n == 1) {
      return;
    }
    int k = split(n);
    if (m < k) {
      path(m, lo, lo + k, out);
      out.add(hash(lo + k, hi));
    } else {
      path(m - k, lo + k, hi, out);
      out.add(hash(lo, lo + k));
    }
  }

  // SUBPROOF(m, D[lo:hi], b): b says whether D[lo:lo+m] is a subtree the verifier already holds the root of.
  private void subproof(int m, int lo, int hi, boolean b, List<byte[]> out) {
    int n = hi - lo;
    if (m == n) {
      if (!b) {
        out.add(hash(lo, hi));
      }
      return;
    }
    int k = split(n);
    if (m <= k) {
      subproof(m, lo, lo + k, b, out);
      out.add(hash(lo + k, hi));
    } else {
      subproof(m - k, lo + k, hi, false, out);
      out.add(hash(lo, lo + k));
    }
  }

  // MTH(D[lo:hi]) for a non-empty range.
  private byte[] hash(int lo, int hi) {
    if (hi - lo == 1) {
      return leafHashes.get(lo).clone();
    }
    int k = split(hi - lo);
    return nodeHash(hash(lo, lo + k), hash(lo + k, hi));
  }

  /** The largest power of two smaller than {@code n}, for n > 1. */
  static int split(int n) {
    return Integer.highestOneBit(n - 1);
  }

  private static void checkRange(int n, int max, String what) {
    if (n < 0 || n > max) {
      throw new IllegalArgumentException(what + " " + n + " is outside 0.." + max);
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
