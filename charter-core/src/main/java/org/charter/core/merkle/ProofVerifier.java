package org.charter.core.merkle;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks an act's proof against the checkpoint a director holds and the book's public key, from those alone: the held
 * checkpoint is signed by the key; the act is in the proof's tree; that tree is the held one, or grew from it by
 * appends only; and the tree is anchored, by its own signature or by lying within the held checkpoint.
 */
public final class ProofVerifier {
  private ProofVerifier() {}

  /** One step of the verification and what it found. */
  public record Check(String name, boolean ok, String detail) {}

  /** Every step, in order; the proof verifies when each one does. */
  public record Result(List<Check> checks) {
    public Result {
      checks = List.copyOf(checks);
    }

    public boolean ok() {
      return checks.stream().allMatch(Check::ok);
    }
  }

  public static Result verify(ActProof proof, SignedCheckpoint held, PublicKey key) {
    List<Check> out = new ArrayList<>();
    Checkpoint h = held.checkpoint();
    Optional<String> signer = held.signedBy(key);
    out.add(new Check("checkpoint signature", signer.isPresent(), signer
        .map(n -> "the checkpoint you hold (" + h.origin() + ", size " + h.size() + ") is signed by " + n)
        .orElse("the checkpoint you hold carries no signature that this public key verifies")));
    boolean sameBook = h.book().equals(proof.book());
    out.add(new Check("book", sameBook, sameBook ? "the proof and the checkpoint are of book " + h.book()
        : "the proof is of book " + proof.book() + ", the checkpoint of book " + h.book()));
    if (proof.checkpoint() != null) {
      out.add(proofCheckpoint(proof, key));
    }
    boolean included = MerkleProofs.verifyInclusion(MerkleTree.leafHash(proof.leaf()), proof.leafIndex(),
        proof.treeSize(), proof.inclusion(), proof.root());
    out.add(new Check("inclusion", included, included
        ? "the act is entry " + proof.leafIndex() + " of the tree of " + proof.treeSize() + " entries"
        : "the act is not entry " + proof.leafIndex() + " of the tree of " + proof.treeSize()
            + " entries: the act or the proof was changed"));
    out.add(consistency(proof, h));
    if (proof.checkpoint() == null) {
      boolean within = proof.leafIndex() < h.size();
      out.add(new Check("anchored", within, within
          ? "the act lies within the checkpoint you hold (entry " + proof.leafIndex() + " of " + h.size() + ")"
          : "the act (entry " + proof.leafIndex() + ") was recorded after the checkpoint you hold (" + h.size()
              + " entries) and the proof's tree is not signed; ask for a proof against a newer checkpoint"));
    }
    return new Result(out);
  }

  private static Check proofCheckpoint(ActProof proof, PublicKey key) {
    Checkpoint c = proof.checkpoint().checkpoint();
    Optional<String> signer = proof.checkpoint().signedBy(key);
    if (signer.isEmpty()) {
      return new Check("proof checkpoint signature", false,
          "the checkpoint in the proof carries no signature that this public key verifies");
    }
    boolean states = c.book().equals(proof.book()) && c.size() == proof.treeSize()
        && MessageDigest.isEqual(c.root(), proof.root());
    return new Check("proof checkpoint signature", states, states
        ? "the proof's tree (size " + c.size() + ") is signed by " + signer.get()
        : "the checkpoint in the proof does not state the proof's tree");
  }

  private static Check consistency(ActProof proof, Checkpoint h) {
    long m = h.size();
    long n = proof.treeSize();
    String name = "consistency";
    if (m > n) {
      return new Check(name, false, "the proof's tree (" + n + " entries) is older than the checkpoint you hold ("
          + m + "); ask for a proof against a checkpoint at least as new as yours");
    }
    if (m == n) {
      boolean same = MessageDigest.isEqual(h.root(), proof.root());
      return new Check(name, same, same ? "the proof's tree is the one your checkpoint states"
          : "the proof's tree has the size of your checkpoint but another root: the book was rewritten");
    }
    if (proof.sinceSize() == null || proof.sinceSize() != m) {
      return new Check(name, false, "the proof's tree (" + n + " entries) is newer than your checkpoint (" + m
          + ") but carries no consistency proof from it; ask for one with prove --since your checkpoint");
    }
    boolean grew = MerkleProofs.verifyConsistency(m, n, h.root(), proof.root(), proof.consistency());
    return new Check(name, grew, grew
        ? "the book has only grown since your checkpoint: its first " + m + " entries are unchanged"
        : "the consistency proof from your checkpoint (" + m + " entries) fails: the book's history was rewritten");
  }
}
