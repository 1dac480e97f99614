package org.charter.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties of the RFC 9162 verifiers over seeded random trees of every size from 1 to 64. */
class MerkleProofsTests {
  private static final int MAX = 64;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void verifyInclusion_ofEveryLeafOfEveryTreeUpTo64_holds(long seed) {
    List<byte[]> leaves = MerkleTreeTests.randomLeaves(new Random(seed), MAX);
    MerkleTree t = MerkleTree.of(leaves);
    for (int n = 1; n <= MAX; n++) {
      byte[] root = t.root(n);
      for (int i = 0; i < n; i++) {
        assertThat(MerkleProofs.verifyInclusion(MerkleTree.leafHash(leaves.get(i)), i, n, t.inclusionProof(i, n),
            root)).as(i + " of " + n).isTrue();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {4, 5, 6})
  void verifyInclusion_ofAChangedLeaf_fails(long seed) {
    Random r = new Random(seed);
    List<byte[]> leaves = MerkleTreeTests.randomLeaves(r, MAX);
    MerkleTree t = MerkleTree.of(leaves);
    for (int n = 1; n <= MAX; n++) {
      int i = r.nextInt(n);
      byte[] changed = leaves.get(i).clone().length == 0 ? new byte[] {1} : leaves.get(i).clone();
      changed[r.nextInt(changed.length)] ^= (byte) (1 + r.nextInt(255));
      assertThat(MerkleProofs.verifyInclusion(MerkleTree.leafHash(changed), i, n, t.inclusionProof(i, n),
          t.root(n))).as(i + " of " + n).isFalse();
    }
  }

  @Test
  void verifyInclusion_withAProofForAnotherSizeOrIndex_fails() {
    List<byte[]> leaves = MerkleTreeTests.randomLeaves(new Random(7), MAX);
    MerkleTree t = MerkleTree.of(leaves);
    for (int n = 2; n <= MAX; n++) {
      for (int i = 0; i < n - 1; i++) {
        byte[] leaf = MerkleTree.leafHash(leaves.get(i));
        List<byte[]> forSmaller = t.inclusionProof(i, n - 1);
        assertThat(MerkleProofs.verifyInclusion(leaf, i, n, forSmaller, t.root(n))).as(i + " of " + n).isFalse();
        assertThat(MerkleProofs.verifyInclusion(leaf, i, n - 1, t.inclusionProof(i, n), t.root(n - 1)))
            .as(i + " of " + n).isFalse();
        assertThat(MerkleProofs.verifyInclusion(leaf, i + 1, n, t.inclusionProof(i, n), t.root(n)))
            .as(i + " as " + (i + 1) + " of " + n).isFalse();
      }
    }
  }

  @Test
  void verifyInclusion_withATamperedTruncatedOrExtendedPath_fails() {
    List<byte[]> leaves = MerkleTreeTests.randomLeaves(new Random(8), MAX);
    MerkleTree t = MerkleTree.of(leaves);
    for (int n = 2; n <= MAX; n++) {
      for (int i = 0; i < n; i++) {
        byte[] leaf = MerkleTree.leafHash(leaves.get(i));
        List<byte[]> path = t.inclusionProof(i, n);
        List<byte[]> flipped = new ArrayList<>(path);
        flipped.set(path.size() - 1, flip(path.get(path.size() - 1)));
        assertThat(MerkleProofs.verifyInclusion(leaf, i, n, flipped, t.root(n))).isFalse();
        assertThat(MerkleProofs.verifyInclusion(leaf, i, n, path.subList(0, path.size() - 1), t.root(n)))
            .isFalse();
        List<byte[]> longer = new ArrayList<>(path);
        longer.add(new byte[32]);
        assertThat(MerkleProofs.verifyInclusion(leaf, i, n, longer, t.root(n))).isFalse();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12})
  void verifyConsistency_betweenEveryPairOfSizesUpTo64_holds(long seed) {
    MerkleTree t = MerkleTree.of(MerkleTreeTests.randomLeaves(new Random(seed), MAX));
    for (int n = 0; n <= MAX; n++) {
      for (int m = 0; m <= n; m++) {
        assertThat(MerkleProofs.verifyConsistency(m, n, t.root(m), t.root(n), t.consistencyProof(m, n)))
            .as(m + " to " + n).isTrue();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {13, 14})
  void verifyConsistency_afterARewrittenPrefix_fails(long seed) {
    Random r = new Random(seed);
    List<byte[]> leaves = MerkleTreeTests.randomLeaves(r, MAX);
    MerkleTree honest = MerkleTree.of(leaves);
    for (int n = 1; n <= MAX; n++) {
      for (int m = 1; m <= n; m++) {
        // Rewrite one entry the old checkpoint covers, then prove from the rewritten book as a dishonest log would.
        List<byte[]> rewritten = new ArrayList<>(leaves);
        int victim = r.nextInt(m);
        rewritten.set(victim, flip(leaves.get(victim).length == 0 ? new byte[] {0} : leaves.get(victim)));
        MerkleTree forged = MerkleTree.of(rewritten);
        assertThat(MerkleProofs.verifyConsistency(m, n, honest.root(m), forged.root(n),
            forged.consistencyProof(m, n))).as(m + " to " + n + ", entry " + victim + " rewritten").isFalse();
      }
    }
  }

  @Test
  void verifyConsistency_withATamperedPathOrWrongSizes_fails() {
    MerkleTree t = MerkleTree.of(MerkleTreeTests.randomLeaves(new Random(15), MAX));
    for (int n = 2; n <= MAX; n++) {
      for (int m = 1; m < n; m++) {
        List<byte[]> path = t.consistencyProof(m, n);
        List<byte[]> flipped = new ArrayList<>(path);
        flipped.set(0, flip(path.get(0)));
        assertThat(MerkleProofs.verifyConsistency(m, n, t.root(m), t.root(n), flipped)).isFalse();
        assertThat(MerkleProofs.verifyConsistency(m, n, t.root(m), t.root(n), path.subList(0, path.size() - 1)))
            .isFalse();
        assertThat(MerkleProofs.verifyConsistency(n, m, t.root(n), t.root(m), path)).isFalse();
        assertThat(MerkleProofs.verifyConsistency(m, n, t.root(m), t.root(n), List.of())).isFalse();
      }
    }
  }

  @Test
  void verifyConsistency_ofEqualOrEmptyTrees_needsNoProofAndEqualRoots() {
    MerkleTree t = MerkleTreeTests.ctTree();
    assertThat(MerkleProofs.verifyConsistency(4, 4, t.root(4), t.root(4), List.of())).isTrue();
    assertThat(MerkleProofs.verifyConsistency(4, 4, t.root(4), t.root(5), List.of())).isFalse();
    assertThat(MerkleProofs.verifyConsistency(4, 4, t.root(4), t.root(4), List.of(new byte[32]))).isFalse();
    assertThat(MerkleProofs.verifyConsistency(0, 8, MerkleTree.EMPTY_ROOT, t.root(8), List.of())).isTrue();
    assertThat(MerkleProofs.verifyConsistency(0, 8, t.root(1), t.root(8), List.of())).isFalse();
  }

  @Test
  void verify_withShortHashes_failsRatherThanThrows() {
    MerkleTree t = MerkleTreeTests.ctTree();
    List<byte[]> path = new ArrayList<>(t.inclusionProof(5, 8));
    path.set(0, new byte[31]);
    assertThat(MerkleProofs.verifyInclusion(new byte[32], 5, 8, path, t.root(8))).isFalse();
    assertThat(MerkleProofs.verifyInclusion(new byte[31], 5, 8, t.inclusionProof(5, 8), t.root(8))).isFalse();
    assertThat(MerkleProofs.verifyInclusion(new byte[32], -1, 8, t.inclusionProof(5, 8), t.root(8))).isFalse();
  }

  private static byte[] flip(byte[] b) {
    byte[] out = b.clone();
    out[0] ^= 0x01;
    return out;
  }
}
