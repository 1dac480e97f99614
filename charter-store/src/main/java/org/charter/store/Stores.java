package org.charter.store;

import java.nio.file.Path;
import org.charter.core.ledger.LedgerStore;
import org.charter.store.sqlite.SqliteLedgerStore;

/** Opens the ledger store a {@code --db} value names: a file path or a {@code jdbc:sqlite:} URL. */
public final class Stores {
  static final String SQLITE_PREFIX = "jdbc:sqlite:";

  private Stores() {}

  /**
   * Opens the store {@code db} names, creating it if missing.
   *
   * @throws IllegalArgumentException if {@code db} is blank or names a kind of store this build does not know
   */
  public static LedgerStore open(String db) {
    if (db == null || db.isBlank()) {
      throw new IllegalArgumentException("no store given: expected a file path or a jdbc:sqlite: URL");
    }
    if (db.startsWith(SQLITE_PREFIX)) {
      return SqliteLedgerStore.open(Path.of(sqliteFile(db)));
    }
    if (db.startsWith("jdbc:")) {
      throw new IllegalArgumentException("unsupported store URL " + db + ": expected a file path or a jdbc:sqlite: URL");
    }
    return SqliteLedgerStore.open(Path.of(db));
  }

  private static String sqliteFile(String url) {
    String file = url.substring(SQLITE_PREFIX.length());
    // The schema is migrated on a second connection, which an in-memory database would not share.
    if (file.isEmpty() || file.startsWith(":memory:") || file.contains("mode=memory")) {
      throw new IllegalArgumentException("store URL " + url + " names no file: Charter's SQLite store must be a file");
    }
    if (file.contains("?")) {
      throw new IllegalArgumentException("store URL " + url + " has parameters: Charter sets its own, give only the"
          + " file");
    }
    return file;
  }
}
