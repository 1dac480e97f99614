package org.charter.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.charter.core.act.Act;
import org.charter.core.book.Book;
import org.charter.core.ledger.HashChain;
import org.charter.core.ledger.LedgerEntry;
import org.charter.scenario.Scenario;
import org.charter.scenario.ScenarioException;
import org.charter.scenario.ScenarioLoader;
import org.charter.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a book of a store back as a scenario directory that replays to the same chain head. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write a book of the store as a scenario directory (scenario.yaml and acts/*.yaml, the format"
        + " charter replay reads), every act with its id, valid and recorded time, recorder, sources and note, in the"
        + " order of the ledger. Before the directory appears at --out, it is read back and replayed, and its chain"
        + " head must be the stored book's. --out must not exist or be an empty directory: nothing is overwritten.",
    footer = {"", "See docs/cli.md."})
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--db", required = true, paramLabel = "URL",
      description = "the store: an SQLite file or a jdbc:postgresql: URL")
  String db;

  @Option(names = "--book", required = true, paramLabel = "ID", description = "the book to export")
  String book;

  @Option(names = "--zone", paramLabel = "ZONE",
      description = "the book's time zone, written as the scenario's timezone and used for its times (default: that"
          + " of the bundled scenario of the same id, else UTC; the store keeps no zone)")
  String zone;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "the directory to create; it must not exist, or be empty")
  Path out;

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    requireEmpty(out);
    BookSource.Read read = BookSource.fromStore(db, book, zone);
    Scenario s = read.scenario();
    List<LedgerEntry> entries = read.book().entries();
    String head = entries.isEmpty() ? HexFormat.of().formatHex(HashChain.GENESIS) : entries.get(entries.size() - 1).hashHex();
    ScenarioWriter writer = new ScenarioWriter(s.zone());
    String from = "book " + book + " of " + Stores.describe(db);
    String header = writer.header(s.id(), s.title(), "Exported by charter export from " + from + ": "
        + entries.size() + " acts, chain head " + head + ".");
    Map<String, String> files;
    try {
      files = writer.actsFiles(s.acts(), "# Exported from " + from + ", in the order of its ledger.\n");
    } catch (IllegalArgumentException e) {
      throw new BadInputException("cannot export " + from + ": " + e.getMessage());
    }
    Path tmp = out.toAbsolutePath().normalize().resolveSibling("." + out.getFileName() + ".export-"
        + UUID.randomUUID());
    try {
      Files.createDirectories(tmp);
      writer.write(tmp, header, files);
      requireSameHead(tmp, entries);
      if (Files.isDirectory(out)) {
        // Empty, as checked: replaced by the export in one rename.
        Files.delete(out);
      }
      Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(tmp);
    }
    var w = spec.commandLine().getOut();
    if (output.json()) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("book", book);
      root.put("db", Stores.describe(db));
      root.put("out", out.toString());
      root.put("acts", entries.size());
      root.put("files", files.size());
      root.put("head", head);
      Json.print(w, root);
    } else {
      w.println("exported " + from + " to " + out + ": " + entries.size() + " acts in " + files.size()
          + " acts file(s); it replays to the chain head " + head);
    }
    return Failures.OK;
  }

  private static void requireEmpty(Path dir) {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> in = Files.list(dir)) {
        if (in.findAny().isPresent()) {
          throw new BadInputException("--out: " + dir + " is not empty; export never overwrites, give a new"
              + " directory");
        }
      } catch (IOException e) {
        throw new BadInputException("--out: cannot read " + dir + ": " + e.getMessage());
      }
    } else if (Files.exists(dir)) {
      throw new BadInputException("--out: " + dir + " is a file; give a directory to create");
    }
  }

  /** Reads the written directory as charter replay would and compares its entries with the stored ones. */
  private void requireSameHead(Path dir, List<LedgerEntry> stored) {
    Scenario back;
    try {
      back = new ScenarioLoader().load(dir);
    } catch (ScenarioException e) {
      throw new IllegalStateException("the export of book " + book + " does not read back, so it was not written: "
          + e.getMessage(), e);
    }
    Book replayed = new Book(back.id(), back.zone());
    for (Act a : back.acts()) {
      replayed.replay(a);
    }
    List<LedgerEntry> again = replayed.entries();
    for (int i = 0; i < Math.max(again.size(), stored.size()); i++) {
      if (i >= again.size() || i >= stored.size() || !again.get(i).equals(stored.get(i))) {
        throw new IllegalStateException("the export of book " + book + " replays to a different chain from entry "
            + i + (i < stored.size() ? " (act " + stored.get(i).actId() + ")" : "") + ", so it was not written");
      }
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
