package org.charter.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.charter.core.merkle.Checkpoint;
import org.charter.core.merkle.MerkleTree;
import org.charter.core.merkle.SignedCheckpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Signs the book's Merkle tree as it stands: a checkpoint a director can keep and later check proofs against. */
@Command(name = "checkpoint", mixinStandardHelpOptions = true,
    description = "Sign a checkpoint of a book: its origin, size, Merkle root and time, as a C2SP signed note"
        + " (docs/ledger.md). The book's hash chain is verified first; a broken book is not signed (exit 1).")
final class CheckpointCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--db", description = "the store: an SQLite file or a jdbc:postgresql: URL (default: ${DEFAULT-VALUE})", defaultValue = "charter.db")
  String db;

  @Option(names = "--book", required = true, paramLabel = "ID", description = "the book to sign")
  String book;

  @Option(names = "--key", required = true, paramLabel = "FILE", description = "the private key (PKCS#8 PEM)")
  Path key;

  @Option(names = "--pub", paramLabel = "FILE",
      description = "the public key, for the key id (default: the --key file with .pub for .key)")
  Path pub;

  @Option(names = "--name", description = "the signer's name in the signature line (default: the key file's name"
      + " without .key)")
  String name;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the checkpoint")
  Path out;

  @Option(names = "--at", paramLabel = "TIME",
      description = "the checkpoint's time, ISO-8601 (default: now); without an offset it is UTC")
  String at;

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    ProofFiles.requireWritable("--out", out);
    PrivateKey privateKey = ProofFiles.privateKey("--key", key);
    Path pubFile = pub != null ? pub : sibling(key);
    PublicKey publicKey = ProofFiles.publicKey("--pub", pubFile);
    String signer = name != null ? name : key.getFileName().toString().replaceFirst("\\.key$", "");
    Instant time = at == null ? Instant.now().truncatedTo(ChronoUnit.SECONDS) : Times.parse("--at", at, ZoneOffset.UTC);
    ProofFiles.VerifiedBook b = ProofFiles.book(db, book);
    var err = spec.commandLine().getErr();
    if (b.chainBreak().isPresent()) {
      err.println("integrity failure: " + b.chainBreak().get());
      err.println("a broken book is not signed; nothing was written");
      return Failures.NO;
    }
    MerkleTree tree = b.tree();
    SignedCheckpoint signed;
    try {
      signed = SignedCheckpoint.sign(new Checkpoint(book, tree.size(), tree.root(), time), signer, privateKey,
          publicKey);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage() + " (--key " + key + ", --pub " + pubFile + ", --name " + signer
          + ")");
    }
    ProofFiles.write(out, signed.text().getBytes(StandardCharsets.UTF_8));
    Checkpoint c = signed.checkpoint();
    var o = spec.commandLine().getOut();
    if (output.json()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("book", book);
      m.put("origin", c.origin());
      m.put("size", c.size());
      m.put("root", c.rootBase64());
      m.put("time", c.time().toString());
      m.put("signer", signer);
      m.put("out", out.toString());
      Json.print(o, m);
    } else {
      o.println("checkpoint of book " + book + ": " + c.size() + " entries, root " + c.rootBase64() + ", at "
          + c.time() + "; signed by " + signer);
      o.println("wrote " + out);
    }
    return Failures.OK;
  }

  private static Path sibling(Path key) {
    String file = key.getFileName().toString();
    String pubName = file.endsWith(".key") ? file.substring(0, file.length() - 4) + ".pub" : file + ".pub";
    return key.resolveSibling(pubName);
  }
}
