package org.charter.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.merkle.ActProof;
import org.charter.core.merkle.MerkleTree;
import org.charter.core.merkle.SignedCheckpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Exports what a director needs to check one act offline: its bytes, its place, and the proofs. */
@Command(name = "prove", mixinStandardHelpOptions = true,
    description = "Export the proof that an act is in a book: the act's canonical bytes, its entry number, the"
        + " inclusion proof in the book's Merkle tree (as it stands, or as a signed --checkpoint states it) and, with"
        + " --since, the consistency proof from an older checkpoint. Exits 1 when the book does not extend the --since"
        + " checkpoint (the history was rewritten); the proof is still written, for verify-proof to show it.")
final class ProveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--db", description = "the store: an SQLite file or a jdbc:postgresql: URL (default: ${DEFAULT-VALUE})", defaultValue = "charter.db")
  String db;

  @Option(names = "--book", required = true, paramLabel = "ID", description = "the book")
  String book;

  @Option(names = "--act", required = true, paramLabel = "ACT_ID", description = "the act to prove")
  String act;

  @Option(names = "--since", paramLabel = "CHECKPOINT_FILE",
      description = "an older checkpoint (the one a director holds): adds the consistency proof from it")
  Path since;

  @Option(names = "--checkpoint", paramLabel = "CHECKPOINT_FILE", description = "prove against this signed"
      + " checkpoint of the book, which goes into the proof (default: the book as it stands, unsigned)")
  Path checkpoint;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the proof (JSON)")
  Path out;

  @Option(names = "--act-out", paramLabel = "FILE", description = "also write the act's canonical bytes here")
  Path actOut;

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    ProofFiles.requireWritable("--out", out);
    if (actOut != null) {
      ProofFiles.requireWritable("--act-out", actOut);
    }
    SignedCheckpoint old = since == null ? null : ProofFiles.checkpoint("--since", since);
    SignedCheckpoint current = checkpoint == null ? null : ProofFiles.checkpoint("--checkpoint", checkpoint);
    if (old != null) {
      ProofFiles.requireBook("--since", old, book);
    }
    if (current != null) {
      ProofFiles.requireBook("--checkpoint", current, book);
    }
    ProofFiles.VerifiedBook b = ProofFiles.book(db, book);
    List<LedgerEntry> entries = b.entries();
    int index = indexOf(entries);
    if (b.chainBreak().isPresent()) {
      return refuse("integrity failure: " + b.chainBreak().get());
    }
    if (index < 0) {
      // A checkpoint larger than the book shows entries were lost; the act may have been one of them.
      SignedCheckpoint larger = larger(entries.size(), current, old);
      if (larger != null) {
        return refuse("integrity failure: the book has lost entries since the checkpoint: book " + book + " holds "
            + entries.size() + " entries, the " + (larger == current ? "--checkpoint" : "--since") + " checkpoint "
            + larger.checkpoint().size() + "; act " + act + " may have been among those lost");
      }
      throw new BadInputException("--act: no act " + act + " in book " + book + " (" + entries.size() + " entries)");
    }
    MerkleTree tree = b.tree();
    int size = entries.size();
    if (current != null) {
      long n = current.checkpoint().size();
      if (n > size || !Arrays.equals(current.checkpoint().root(), tree.root((int) n))) {
        return refuse("the book no longer holds the tree --checkpoint states (" + n + " entries, root "
            + current.checkpoint().rootBase64() + "): entries were lost or rewritten");
      }
      size = (int) n;
    }
    if (index >= size) {
      throw new BadInputException("--act: " + act + " is entry " + index + ", recorded after the --checkpoint ("
          + size + " entries); sign a newer checkpoint");
    }
    Integer from = null;
    boolean extendsOld = true;
    if (old != null) {
      long m = old.checkpoint().size();
      if (m > entries.size()) {
        return refuse("the book holds " + entries.size() + " entries, fewer than the --since checkpoint (" + m
            + "): entries were lost");
      }
      if (m > size) {
        throw new BadInputException("--since: the checkpoint (" + m + " entries) is newer than the --checkpoint ("
            + size + ")");
      }
      from = (int) m;
      extendsOld = Arrays.equals(old.checkpoint().root(), tree.root(from));
    }
    byte[] leaf = entries.get(index).payload();
    ActProof proof = ActProof.of(tree, book, index, leaf, size, current, from);
    ProofFiles.write(out, ProofFile.write(act, proof));
    if (actOut != null) {
      ProofFiles.write(actOut, leaf);
    }
    print(proof, extendsOld);
    if (!extendsOld) {
      spec.commandLine().getErr().println("integrity failure: the book's first " + from + " entries do not hash to"
          + " the root of the --since checkpoint: its history was rewritten since. The proof was written;"
          + " verify-proof will fail it.");
      return Failures.NO;
    }
    return Failures.OK;
  }

  /** The entry number of the act, or -1 if the book does not hold it. */
  private int indexOf(List<LedgerEntry> entries) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).actId().equals(act)) {
        return i;
      }
    }
    return -1;
  }

  /** The first of the checkpoints that states more entries than the book holds; null if none does. */
  private static SignedCheckpoint larger(int held, SignedCheckpoint... checkpoints) {
    for (SignedCheckpoint c : checkpoints) {
      if (c != null && c.checkpoint().size() > held) {
        return c;
      }
    }
    return null;
  }

  private int refuse(String why) {
    var err = spec.commandLine().getErr();
    err.println(why);
    err.println("no proof was written");
    return Failures.NO;
  }

  private void print(ActProof p, boolean extendsOld) {
    var o = spec.commandLine().getOut();
    if (output.json()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("book", book);
      m.put("act", act);
      m.put("leaf_index", p.leafIndex());
      m.put("tree_size", p.treeSize());
      m.put("signed", p.checkpoint() != null);
      m.put("since", p.sinceSize());
      if (p.sinceSize() != null) {
        m.put("extends_since", extendsOld);
      }
      m.put("out", out.toString());
      Json.print(o, m);
    } else {
      o.println("act " + act + " is entry " + p.leafIndex() + " of book " + book + "; proven in the tree of "
          + p.treeSize() + " entries" + (p.checkpoint() != null ? " signed by the --checkpoint" : "")
          + (p.sinceSize() != null ? ", consistent from " + p.sinceSize() + " entries" : ""));
      o.println("wrote " + out + (actOut != null ? " and " + actOut : ""));
    }
  }
}
