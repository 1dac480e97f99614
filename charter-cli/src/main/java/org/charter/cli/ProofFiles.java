package org.charter.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import org.charter.core.ledger.ChainBreak;
import org.charter.core.ledger.ChainVerifier;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.charter.core.merkle.MerkleTree;
import org.charter.core.merkle.SignedCheckpoint;
import org.charter.core.sign.Ed25519;
import org.charter.store.Stores;

/**
 * The files the proof commands read and write (keys, checkpoints, act bytes) and the book they prove: every file that
 * is missing or malformed is bad input, named by its option.
 */
final class ProofFiles {
  private ProofFiles() {}

  /** A book's entries, read from {@code db}, with its chain verified. */
  record VerifiedBook(List<LedgerEntry> entries, Optional<ChainBreak> chainBreak) {
    MerkleTree tree() {
      return MerkleTree.of(entries.stream().map(LedgerEntry::payload).toList());
    }
  }

  static VerifiedBook book(String db, String book) {
    if (!db.startsWith("jdbc:") && !Files.isRegularFile(Path.of(db))) {
      throw new BadInputException("--db: no database at " + db);
    }
    try (LedgerStore store = StoreArg.open(db)) {
      if (!store.books().contains(book)) {
        throw new BadInputException("--book: no book " + book + " in " + db + " (books: "
            + (store.books().isEmpty() ? "none" : String.join(", ", store.books())) + ")");
      }
      List<LedgerEntry> entries = store.read(book);
      return new VerifiedBook(entries, ChainVerifier.verify(book, entries));
    }
  }

  static byte[] bytes(String option, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(option + ": no file at " + file);
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String option, Path file) {
    return new String(bytes(option, file), StandardCharsets.UTF_8);
  }

  static PublicKey publicKey(String option, Path file) {
    try {
      return Ed25519.publicKey(text(option, file));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(option + ": " + file + ": " + e.getMessage());
    }
  }

  static PrivateKey privateKey(String option, Path file) {
    try {
      return Ed25519.privateKey(text(option, file));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(option + ": " + file + ": " + e.getMessage());
    }
  }

  static SignedCheckpoint checkpoint(String option, Path file) {
    try {
      return SignedCheckpoint.parse(text(option, file));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(option + ": " + file + ": " + e.getMessage());
    }
  }

  /** The checkpoint a command was given must be of the book it works on. */
  static void requireBook(String option, SignedCheckpoint c, String book) {
    if (!c.checkpoint().book().equals(book)) {
      throw new BadInputException(option + ": the checkpoint is of book " + c.checkpoint().book() + ", not " + book);
    }
  }

  /** Refuses an output file whose directory does not exist, before anything is written. */
  static void requireWritable(String option, Path file) {
    Path dir = file.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new BadInputException(option + ": no directory for " + file);
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException(option + ": " + file + " is a directory");
    }
  }

  static void write(Path file, byte[] content) {
    try {
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
