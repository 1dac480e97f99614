package org.charter.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.charter.core.ledger.LedgerStore;
import org.charter.store.postgres.PostgresLedgerStore;
import org.charter.store.sqlite.SqliteLedgerStore;

/**
 * Opens the ledger store a {@code --db} value names: a file path or a {@code jdbc:sqlite:} URL for the embedded store,
 * a {@code jdbc:postgresql:} URL for PostgreSQL.
 */
public final class Stores {
  static final String SQLITE_PREFIX = "jdbc:sqlite:";
  static final String POSTGRES_PREFIX = "jdbc:postgresql:";
  private static final String SUPPORTED = "expected a file path, a jdbc:sqlite: URL or a jdbc:postgresql: URL";

  private Stores() {}

  /**
   * Opens the store {@code db} names, creating it if missing (a PostgreSQL database must exist; its tables are
   * created).
   *
   * @throws IllegalArgumentException if {@code db} is blank or names a kind of store this build does not know
   */
  public static LedgerStore open(String db) {
    return open(db, true, PoolOptions.DEFAULT);
  }

  /**
   * As {@link #open(String)}, with the connection pool of a PostgreSQL store (the SQLite store has one connection).
   *
   * @throws IllegalArgumentException if {@code db} is blank or names a kind of store this build does not know
   */
  public static LedgerStore open(String db, PoolOptions pool) {
    return open(db, true, pool);
  }

  /**
   * Opens the store {@code db} names, which must already hold a ledger: nothing is created.
   *
   * @throws IllegalArgumentException if {@code db} is blank, names a kind of store this build does not know, or names
   *     no ledger
   */
  public static LedgerStore openExisting(String db) {
    return open(db, false, PoolOptions.DEFAULT);
  }

  private static LedgerStore open(String db, boolean create, PoolOptions pool) {
    if (db == null || db.isBlank()) {
      throw new IllegalArgumentException("no store given: " + SUPPORTED);
    }
    if (db.startsWith(POSTGRES_PREFIX)) {
      return create ? PostgresLedgerStore.open(db, pool) : PostgresLedgerStore.openExisting(db);
    }
    if (db.startsWith("jdbc:") && !db.startsWith(SQLITE_PREFIX)) {
      throw new IllegalArgumentException("unsupported store URL " + describe(db) + ": " + SUPPORTED);
    }
    Path file = Path.of(db.startsWith(SQLITE_PREFIX) ? sqliteFile(db) : db);
    if (!create && !Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no database at " + db);
    }
    return SqliteLedgerStore.open(file);
  }

  /** {@code db} as it may be shown: a URL loses its password. */
  public static String describe(String db) {
    return db.startsWith("jdbc:") ? PostgresLedgerStore.describe(db) : db;
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
