package org.charter.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A director's offline check of one act: against the checkpoint they hold, with the book's public key only. */
class ProofVerifierTests {
  private final KeyPair keys;
  private final List<byte[]> leaves = MerkleTreeTests.randomLeaves(new Random(21), 30);
  private final MerkleTree tree = MerkleTree.of(leaves);

  ProofVerifierTests() throws Exception {
    keys = CheckpointTests.keys();
  }

  private SignedCheckpoint checkpoint(MerkleTree t, int size) {
    return SignedCheckpoint.sign(new Checkpoint("acme", size, t.root(size), CheckpointTests.AT), "secretary",
        keys.getPrivate(), keys.getPublic());
  }

  private static List<String> failed(ProofVerifier.Result r) {
    return r.checks().stream().filter(c -> !c.ok()).map(ProofVerifier.Check::name).toList();
  }

  @Test
  void verify_ofAnActInTheHeldCheckpoint_holds() {
    ActProof p = ActProof.of(tree, "acme", 7, leaves.get(7), 20, null, null);
    ProofVerifier.Result r = ProofVerifier.verify(p, checkpoint(tree, 20), keys.getPublic());
    assertThat(r.ok()).as(r.checks().toString()).isTrue();
  }

  @Test
  void verify_afterTheBookGrew_holdsWithAConsistencyProofFromTheHeldCheckpoint() {
    ActProof p = ActProof.of(tree, "acme", 7, leaves.get(7), 30, null, 20);
    ProofVerifier.Result r = ProofVerifier.verify(p, checkpoint(tree, 20), keys.getPublic());
    assertThat(r.ok()).as(r.checks().toString()).isTrue();
    ActProof noSince = ActProof.of(tree, "acme", 7, leaves.get(7), 30, null, null);
    assertThat(failed(ProofVerifier.verify(noSince, checkpoint(tree, 20), keys.getPublic())))
        .containsExactly("consistency");
  }

  @Test
  void verify_ofAChangedAct_failsInclusion() {
    byte[] changed = leaves.get(7).clone();
    changed[0] ^= 1;
    ActProof p = ActProof.of(tree, "acme", 7, changed, 20, null, null);
    assertThat(failed(ProofVerifier.verify(p, checkpoint(tree, 20), keys.getPublic()))).containsExactly("inclusion");
  }

  @Test
  void verify_afterAnEarlierEntryWasRewritten_failsConsistency() {
    List<byte[]> rewritten = new ArrayList<>(leaves);
    rewritten.set(3, new byte[] {42});
    MerkleTree forged = MerkleTree.of(rewritten);
    SignedCheckpoint held = checkpoint(tree, 20);
    ActProof grown = ActProof.of(forged, "acme", 25, rewritten.get(25), 30, checkpoint(forged, 30), 20);
    assertThat(failed(ProofVerifier.verify(grown, held, keys.getPublic()))).containsExactly("consistency");
    ActProof sameSize = ActProof.of(forged, "acme", 7, rewritten.get(7), 20, null, null);
    assertThat(failed(ProofVerifier.verify(sameSize, held, keys.getPublic()))).containsExactly("consistency");
  }

  @Test
  void verify_withAnotherKey_failsTheSignatures() throws Exception {
    ActProof p = ActProof.of(tree, "acme", 7, leaves.get(7), 30, checkpoint(tree, 30), 20);
    assertThat(failed(ProofVerifier.verify(p, checkpoint(tree, 20), CheckpointTests.keys().getPublic())))
        .containsExactly("checkpoint signature", "proof checkpoint signature");
  }

  @Test
  void verify_ofAnActRecordedAfterTheHeldCheckpoint_needsASignedTree() {
    ActProof unsigned = ActProof.of(tree, "acme", 25, leaves.get(25), 30, null, 20);
    assertThat(failed(ProofVerifier.verify(unsigned, checkpoint(tree, 20), keys.getPublic())))
        .containsExactly("anchored");
    ActProof signed = ActProof.of(tree, "acme", 25, leaves.get(25), 30, checkpoint(tree, 30), 20);
    assertThat(ProofVerifier.verify(signed, checkpoint(tree, 20), keys.getPublic()).ok()).isTrue();
  }

  @Test
  void verify_againstANewerHeldCheckpointOrAnotherBook_fails() {
    ActProof p = ActProof.of(tree, "acme", 7, leaves.get(7), 20, null, null);
    assertThat(failed(ProofVerifier.verify(p, checkpoint(tree, 30), keys.getPublic()))).containsExactly("consistency");
    SignedCheckpoint other = SignedCheckpoint.sign(new Checkpoint("other", 20, tree.root(20), CheckpointTests.AT),
        "secretary", keys.getPrivate(), keys.getPublic());
    assertThat(failed(ProofVerifier.verify(p, other, keys.getPublic()))).containsExactly("book");
  }
}
