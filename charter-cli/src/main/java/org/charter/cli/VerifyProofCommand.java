package org.charter.cli;

import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;
import org.charter.core.ledger.Canonical;
import org.charter.core.merkle.ActProof;
import org.charter.core.merkle.ProofVerifier;
import org.charter.core.merkle.SignedCheckpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Checks a proof offline, from exported files only: no database, no network. */
@Command(name = "verify-proof", mixinStandardHelpOptions = true,
    description = "Verify an act's proof from files alone: the checkpoint you hold is signed by the public key, the"
        + " act (the proof's, or your own copy with --act-file) is in the proof's tree, and that tree is the one your"
        + " checkpoint states or grew from it by appends only. Exits 0 when every check holds, 1 when any fails.")
final class VerifyProofCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--proof", required = true, paramLabel = "FILE", description = "the proof (from charter prove)")
  Path proofFile;

  @Option(names = "--checkpoint", required = true, paramLabel = "FILE", description = "the checkpoint you hold")
  Path checkpointFile;

  @Option(names = "--pub", required = true, paramLabel = "FILE", description = "the book's public key")
  Path pubFile;

  @Option(names = "--act-file", paramLabel = "CANONICAL_JSON",
      description = "your own copy of the act's canonical bytes, checked instead of the proof's copy")
  Path actFile;

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    ProofFile.Named named = ProofFile.read("--proof", proofFile);
    SignedCheckpoint held = ProofFiles.checkpoint("--checkpoint", checkpointFile);
    PublicKey key = ProofFiles.publicKey("--pub", pubFile);
    ActProof proof = named.proof();
    List<ProofVerifier.Check> checks = new ArrayList<>();
    if (actFile != null) {
      byte[] own = withoutFinalNewline(ProofFiles.bytes("--act-file", actFile));
      boolean same = Arrays.equals(own, proof.leaf());
      checks.add(new ProofVerifier.Check("act file", same, same ? "your copy is the act the proof carries"
          : "your copy differs from the act the proof carries; it is checked below"));
      proof = new ActProof(proof.book(), proof.leafIndex(), own, proof.treeSize(), proof.root(), proof.inclusion(),
          proof.checkpoint(), proof.sinceSize(), proof.consistency());
    }
    Act act = decode(proof.leaf());
    if (act != null && !act.id().equals(named.act())) {
      checks.add(new ProofVerifier.Check("act id", false, "the proof names act " + named.act() + " but carries act "
          + act.id()));
    }
    checks.addAll(ProofVerifier.verify(proof, held, key).checks());
    ProofVerifier.Result result = new ProofVerifier.Result(checks);
    print(proof, act, held, result);
    return result.ok() ? Failures.OK : Failures.NO;
  }

  // Editors add a final line feed when an act is saved; canonical bytes never end with one.
  private static byte[] withoutFinalNewline(byte[] b) {
    int n = b.length;
    if (n > 0 && b[n - 1] == '\n') {
      n--;
      if (n > 0 && b[n - 1] == '\r') {
        n--;
      }
    }
    return Arrays.copyOf(b, n);
  }

  private static Act decode(byte[] leaf) {
    try {
      return Canonical.decode(leaf);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private void print(ActProof p, Act act, SignedCheckpoint held, ProofVerifier.Result r) {
    var o = spec.commandLine().getOut();
    String what = act == null ? "bytes that are not a canonical act"
        : "act " + act.id() + " (" + ActTypes.nameOf(act.getClass()) + ")";
    if (output.json()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ok", r.ok());
      m.put("book", p.book());
      m.put("act", act == null ? null : act.id());
      m.put("act_type", act == null ? null : ActTypes.nameOf(act.getClass()));
      m.put("leaf_index", p.leafIndex());
      m.put("tree_size", p.treeSize());
      m.put("checkpoint_size", held.checkpoint().size());
      List<Object> checks = new ArrayList<>();
      for (ProofVerifier.Check c : r.checks()) {
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("check", c.name());
        cm.put("ok", c.ok());
        cm.put("detail", c.detail());
        checks.add(cm);
      }
      m.put("checks", checks);
      Json.print(o, m);
    } else {
      o.println(what + ", entry " + p.leafIndex() + " of book " + p.book());
      for (ProofVerifier.Check c : r.checks()) {
        o.println((c.ok() ? "  ok    " : "  FAIL  ") + c.name() + ": " + c.detail());
      }
      o.println(r.ok() ? "verified: the act is in the book, and the book is the one your checkpoint states or grew"
          + " from it by appends only" : "NOT VERIFIED");
    }
  }
}
