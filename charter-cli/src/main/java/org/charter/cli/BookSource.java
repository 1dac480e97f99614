package org.charter.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.charter.core.act.Act;
import org.charter.core.act.Bounds;
import org.charter.core.act.Nullable;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.core.ledger.LedgerStore;
import org.charter.core.report.SourceLabels;
import org.charter.scenario.Scenario;
import org.charter.scenario.ScenarioException;
import org.charter.scenario.ScenarioSources;
import org.charter.store.BookSync;
import org.charter.store.Stores;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Where a command reads its book: a scenario directory (DIR), or a book of a store ({@code --db URL --book ID}), read
 * as the server loads it. Exactly one of the two.
 */
final class BookSource {
  private static final String EITHER = "give a scenario directory, or --db URL --book ID to read a book from a store";
  /** What the commands that take a book say of it in their help. */
  static final String FOOTER = "The book is a scenario directory (DIR) or a book of a store (--db URL --book ID),"
      + " read as the server loads it, with the acts recorded through the server; see docs/cli.md.";

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
      description = "the scenario directory (or --db and --book instead)")
  Path dir;

  @Option(names = "--db", paramLabel = "URL",
      description = "with --book, instead of DIR: the store to read the book from, an SQLite file or a"
          + " jdbc:postgresql: URL; acts recorded through the server are there")
  String db;

  @Option(names = "--book", paramLabel = "ID", description = "with --db: the book to read")
  String book;

  @Option(names = "--zone", paramLabel = "ZONE",
      description = "with --book: the book's time zone, in which its rules count days and times are read and shown"
          + " (default: that of the bundled scenario of the same id, else UTC; the store keeps no zone)")
  String zone;

  /**
   * A book as read: the scenario it stands for (its acts, in the store's order), the book replayed from them, how its
   * timeline names their sources, and for a book of a store the bundled scenario of the same id, if there is one.
   */
  record Read(Scenario scenario, Book book, SourceLabels sources, @Nullable Scenario bundled) {}

  private Read read;

  /** Whether the book comes from a store; refuses --book or --zone without --db, and DIR with --book. */
  boolean fromStore() {
    if (book != null && dir != null) {
      throw new BadInputException("give a scenario directory or --db with --book, not both");
    }
    if (book != null && db == null) {
      throw new BadInputException("--book needs --db: the store to read the book from");
    }
    if (zone != null && book == null) {
      throw new BadInputException("--zone needs --db and --book: a scenario directory names its own zone");
    }
    return book != null;
  }

  /** The scenario: loaded from DIR, or made of the book's acts in the store. */
  Scenario scenario() {
    return read().scenario();
  }

  /**
   * How the timeline names the acts' sources: by the scenario's sources.yaml; for a book of a store, by the bundled
   * scenario's of the same id for its acts only, and as written for the acts recorded through the server.
   */
  SourceLabels sources() {
    return read().sources();
  }

  /** The book, replayed from the scenario, or from the store's entries with each checked against its stored bytes. */
  Book book() {
    return read().book();
  }

  private Read read() {
    if (read == null) {
      if (fromStore()) {
        read = fromStore(db, book, zone);
      } else if (dir == null) {
        throw new BadInputException(EITHER);
      } else if (db != null) {
        throw new BadInputException("--db needs --book (which book of the store to read); or give the scenario"
            + " directory alone");
      } else {
        Scenario s = Scenarios.load(dir);
        read = new Read(s, Scenarios.replay(s), ScenarioSources.of(s), null);
      }
    }
    return read;
  }

  /**
   * Reads book {@code id} from the store {@code db}, which must exist, a page at a time: each entry's act is decoded
   * from its bytes and replayed, and the entry the book makes of it must be the stored one.
   *
   * @throws BadInputException if there is no such store or book, or the zone is unknown
   */
  static Read fromStore(String db, String id, String zoneName) {
    Scenario bundled = bundled(id);
    ZoneId zone = zone(zoneName, bundled);
    Book replayed;
    try (LedgerStore store = openExisting(db)) {
      List<String> books = store.books();
      if (!books.contains(id)) {
        throw new BadInputException("--book: no book " + id + " in " + Stores.describe(db) + " (books: "
            + (books.isEmpty() ? "none" : String.join(", ", books)) + ")");
      }
      replayed = BookSync.load(store, id, zone);
    }
    List<Act> acts = replayed.timeline().stream().map(Recorded::act).toList();
    String title = bundled != null ? bundled.title() : id;
    String recordedBy = bundled != null ? bundled.recordedBy() : "charter";
    Scenario s = new Scenario(id, title, zone, recordedBy, null, acts, Path.of(""));
    return new Read(s, replayed, bundled == null ? SourceLabels.AS_WRITTEN : ScenarioSources.ownActs(bundled),
        bundled);
  }

  private static LedgerStore openExisting(String db) {
    try {
      return Stores.openExisting(db);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--db: " + e.getMessage());
    }
  }

  private static ZoneId zone(String name, Scenario bundled) {
    if (name == null) {
      return bundled != null ? bundled.zone() : ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(name);
    } catch (DateTimeException e) {
      throw new BadInputException("--zone: unknown time zone '" + name + "' (expected a region such as"
          + " America/Los_Angeles, or UTC)");
    }
  }

  /** The bundled scenario whose id is {@code id}, if there is one that loads; it gives a stored book its zone and title. */
  private static Scenario bundled(String id) {
    if (Bounds.id(id).isPresent()) {
      return null;
    }
    Path dir = Scenarios.bundled().resolveSibling(id);
    if (!Files.isRegularFile(dir.resolve("scenario.yaml"))) {
      return null;
    }
    try {
      Scenario s = Scenarios.load(dir);
      return s.id().equals(id) ? s : null;
    } catch (ScenarioException | BadInputException e) {
      return null;
    }
  }
}
