package org.charter.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.charter.core.act.Act;
import org.charter.core.act.Nullable;
import org.charter.core.act.Source;
import org.charter.core.book.Book;
import org.charter.core.ledger.HashChain;
import org.charter.core.ledger.LedgerEntry;
import org.charter.scenario.Scenario;
import org.charter.scenario.ScenarioException;
import org.charter.scenario.ScenarioLoader;
import org.charter.scenario.SourceEntry;
import org.charter.scenario.SourceList;
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
        + " order of the ledger. Where the list of sources is known (--sources, or the sources.yaml of the bundled"
        + " scenario of the same id) and names every source of the book, a sources.yaml beside the acts holds the"
        + " entries they name; the store keeps no list, so otherwise none is written and the output says why. Before"
        + " the directory appears at --out, it is read back and replayed, and its chain head must be the stored book's"
        + " (and each source must resolve to the same entry). --out must not exist or be an empty directory: nothing"
        + " is overwritten.",
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

  @Option(names = "--sources", paramLabel = "FILE",
      description = "the sources.yaml that names the book's sources; each of them must resolve by it (default: that of"
          + " the bundled scenario of the same id, written only if it names every source; else none is written)")
  Path sources;

  /**
   * The list the export names its sources by, where it came from, and the entries the acts name, or null with the
   * reason where no sources.yaml is written.
   */
  private record Listed(SourceList list, @Nullable String from, @Nullable List<SourceEntry> entries,
      @Nullable String reason) {}

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    requireEmpty(out);
    BookSource.Read read = BookSource.fromStore(db, book, zone);
    Scenario s = read.scenario();
    Listed listed = listed(s.acts(), read.bundled());
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
    String sourcesFile = listed.entries() == null ? null : writer.sourcesFile(listed.entries(), "# The entries of "
        + listed.from() + " that the acts exported from " + from + " name\n# (docs/scenario-format.md,"
        + " \"sources.yaml\").\n");
    Path tmp = out.toAbsolutePath().normalize().resolveSibling("." + out.getFileName() + ".export-"
        + UUID.randomUUID());
    try {
      Files.createDirectories(tmp);
      writer.write(tmp, header, files, sourcesFile);
      requireSameHead(tmp, entries, listed);
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
      Map<String, Object> src = new LinkedHashMap<>();
      src.put("written", listed.entries() != null);
      src.put("entries", listed.entries() == null ? 0 : listed.entries().size());
      src.put("from", listed.from());
      src.put("reason", listed.reason());
      root.put("sources_yaml", src);
      Json.print(w, root);
    } else {
      w.println("exported " + from + " to " + out + ": " + entries.size() + " acts in " + files.size()
          + " acts file(s); it replays to the chain head " + head);
      w.println(listed.entries() != null ? "sources.yaml: the " + listed.entries().size() + " entries of "
          + listed.from() + " that the acts name" : "no sources.yaml: " + listed.reason());
    }
    return Failures.OK;
  }

  /**
   * The list the book's sources are named by: --sources, which must name every one of them, or the bundled scenario's
   * sources.yaml, written only if it does. A partial list is never written: the loader would refuse the directory.
   */
  private Listed listed(List<Act> acts, @Nullable Scenario bundled) {
    SourceList list;
    String origin;
    if (sources != null) {
      list = new ScenarioLoader().loadSources(sources);
      origin = sources.toString();
    } else if (bundled != null && bundled.sources().present()) {
      list = bundled.sources();
      origin = bundled.dir().resolve("sources.yaml").toString();
    } else {
      return new Listed(SourceList.NONE, null, null, "the store keeps no list of sources, and no bundled scenario with"
          + " the id " + book + " has a sources.yaml; the acts' sources read back as written (give --sources FILE to"
          + " write one)");
    }
    List<Source> all = new ArrayList<>();
    String first = null;
    int missing = 0;
    for (Act a : acts) {
      for (Source x : a.meta().sources()) {
        all.add(x);
        if (!list.names(x)) {
          missing++;
          first = first == null ? "act " + a.id() + " gives '" + x + "'" : first;
        }
      }
    }
    if (missing > 0) {
      String why = missing + " source(s) of the book have no entry in " + origin + " (the first: " + first + ")";
      if (sources != null) {
        throw new BadInputException("--sources: " + why + "; add their entries, or export without --sources");
      }
      return new Listed(list, origin, null, why + ", acts recorded through the server perhaps; a partial list would"
          + " not load, so the acts' sources read back as written (give --sources FILE with an entry for each)");
    }
    return new Listed(list, origin, list.entriesOf(all), null);
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
  private void requireSameHead(Path dir, List<LedgerEntry> stored, Listed listed) {
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
      for (Source x : listed.entries() == null ? List.<Source>of() : a.meta().sources()) {
        if (!back.sources().label(x).equals(listed.list().label(x))) {
          throw new IllegalStateException("the export of book " + book + " names source '" + x + "' of act " + a.id()
              + " otherwise than " + listed.from() + " does, so it was not written");
        }
      }
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
