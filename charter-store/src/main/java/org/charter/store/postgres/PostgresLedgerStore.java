package org.charter.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool.PoolInitializationException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.charter.core.act.Nullable;
import org.charter.core.ledger.AppendKey;
import org.charter.core.ledger.BookHead;
import org.charter.core.ledger.ChainLinks;
import org.charter.core.ledger.ConflictException;
import org.charter.core.ledger.HashChain;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.charter.core.ledger.SnapshotStore;
import org.charter.store.EntryRows;
import org.charter.store.Migrations;
import org.charter.store.PoolOptions;
import org.charter.store.SnapshotRows;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The server ledger store: a PostgreSQL database, or a Postgres-compatible one, over a pool of connections, so calls
 * from many threads run at once. Each append is one transaction that first locks its book's row, so appends to one
 * book run one at a time and appends to different books do not meet.
 */
public final class PostgresLedgerStore implements LedgerStore, SnapshotStore {
  static final String MIGRATIONS = "classpath:db/migration/postgres";
  private static final String UNIQUE_VIOLATION = "23505";

  private final HikariDataSource pool;
  private final PoolOptions options;
  private final String where;
  private final Clock clock;
  private final LedgerRows rows;

  private PostgresLedgerStore(HikariDataSource pool, PoolOptions options, String where, Clock clock) {
    this.pool = pool;
    this.options = options;
    this.where = where;
    this.clock = clock;
    this.rows = new LedgerRows(where);
  }

  /**
   * Opens the store a {@code jdbc:postgresql:} URL names, bringing its schema up to date. The database must exist;
   * the schema a {@code currentSchema} parameter names is created if missing, as are the tables.
   */
  public static PostgresLedgerStore open(String url) {
    return open(url, Clock.systemUTC(), true, PoolOptions.DEFAULT);
  }

  /** As {@link #open(String)}, with this connection pool. */
  public static PostgresLedgerStore open(String url, PoolOptions pool) {
    return open(url, Clock.systemUTC(), true, pool);
  }

  /**
   * As {@link #open(String)}, but refuses a database (or schema) that holds no Charter ledger instead of creating one.
   *
   * @throws IllegalArgumentException if there is no ledger there
   */
  public static PostgresLedgerStore openExisting(String url) {
    return open(url, Clock.systemUTC(), false, PoolOptions.DEFAULT);
  }

  /** As {@link #open(String)}, with the clock that stamps a book's creation time. */
  public static PostgresLedgerStore open(String url, Clock clock) {
    return open(url, clock, true, PoolOptions.DEFAULT);
  }

  private static PostgresLedgerStore open(String url, Clock clock, boolean create, PoolOptions options) {
    String where = describe(url);
    PGSimpleDataSource ds = new PGSimpleDataSource();
    try {
      ds.setURL(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a PostgreSQL URL: " + where + ": " + e.getMessage(), e);
    }
    // One multi-row INSERT per append instead of a round trip per entry.
    ds.setReWriteBatchedInserts(true);
    if (ds.getApplicationName() == null || ds.getApplicationName().startsWith("PostgreSQL JDBC")) {
      ds.setApplicationName("charter");
    }
    String schema = firstSchema(ds.getCurrentSchema());
    // Migrations run on a connection of their own, before the pool opens its first.
    Flyway flyway = Migrations.flyway(ds, MIGRATIONS, schema);
    try {
      if (!create && flyway.info().current() == null) {
        throw new IllegalArgumentException("no Charter ledger at " + where);
      }
      flyway.migrate();
      return new PostgresLedgerStore(pool(ds, options), options, where, clock);
    } catch (FlywayException | PoolInitializationException e) {
      throw fault("cannot open the store " + where, e);
    }
  }

  private static HikariDataSource pool(PGSimpleDataSource ds, PoolOptions options) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(ds);
    config.setPoolName("charter-" + POOLS.incrementAndGet());
    config.setMaximumPoolSize(options.size());
    // Connections are opened as calls need them, up to the size, and those idle past the keep-alive are closed: a
    // command that makes one call holds one connection, and many short-lived stores do not crowd the server.
    config.setMinimumIdle(1);
    config.setConnectionTimeout(options.connectionTimeout().toMillis());
    // Whatever the server's default, an acknowledged append must be on the server's disk.
    config.setConnectionInitSql("SET synchronous_commit TO on");
    return new HikariDataSource(config);
  }

  private static final AtomicInteger POOLS = new AtomicInteger();

  private static @Nullable String firstSchema(@Nullable String currentSchema) {
    if (currentSchema == null || currentSchema.isBlank()) {
      return null;
    }
    String first = currentSchema.split(",")[0].trim();
    return first.isEmpty() ? null : first;
  }

  /** The pool this store draws on, which the token store beside it shares; closed with the store. */
  public DataSource pool() {
    return pool;
  }

  /** The pool's size and timeout. */
  public PoolOptions poolOptions() {
    return options;
  }

  /** Connections open now: those in use and those idle in the pool. */
  public int openConnections() {
    return pool.getHikariPoolMXBean().getTotalConnections();
  }

  /** {@code url} without its password, fit for messages and output. */
  public static String describe(String url) {
    return url.replaceAll("(?i)([?&;]password=)[^&;]*", "$1***").replaceAll("//[^/@?]*@", "//***@");
  }

  @Override
  public List<String> books() {
    return query("cannot list the books of " + where, rows::books);
  }

  @Override
  public Map<String, BookHead> heads() {
    return query("cannot list the books of " + where, rows::heads);
  }

  @Override
  public long size(String book) {
    return query("cannot read book " + book + " from " + where, c -> rows.size(c, book));
  }

  @Override
  public List<LedgerEntry> read(String book) {
    return query("cannot read book " + book + " from " + where, c -> rows.entries(c, book));
  }

  @Override
  public List<LedgerEntry> read(String book, long from, int max) {
    LedgerStore.checkPage(from, max);
    return query("cannot read book " + book + " from " + where, c -> rows.page(c, book, from, max));
  }

  @Override
  public Optional<LedgerEntry> last(String book) {
    return query("cannot read book " + book + " from " + where, c -> rows.last(c, book));
  }

  private interface Query<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs a read, trying once more on a fresh connection if the one taken had failed: a read changes nothing. */
  private <T> T query(String what, Query<T> q) {
    for (int attempt = 0; ; attempt++) {
      try (Connection c = connection()) {
        return q.run(c);
      } catch (SQLException e) {
        // The pool drops a connection that failed this way when it is given back.
        if (!isConnectionFailure(e) || attempt > 0) {
          throw fault(what, e);
        }
      }
    }
  }

  @Override
  public void append(String book, long expectedSize, List<LedgerEntry> entries,
      @Nullable String idempotencyKey, @Nullable byte[] receipt) {
    ChainLinks.checkKey(idempotencyKey);
    ChainLinks.checkReceipt(idempotencyKey, receipt);
    for (int attempt = 0; ; attempt++) {
      boolean committing = false;
      try (Connection c = connection()) {
        // The pool rolls back what a connection left open and restores auto-commit when it is given back.
        c.setAutoCommit(false);
        try {
          appendInTransaction(c, book, expectedSize, entries, idempotencyKey, receipt);
          committing = true;
          c.commit();
          return;
        } catch (SQLException | RuntimeException e) {
          rollback(c, e);
          throw e;
        }
      } catch (SQLException e) {
        if (!isConnectionFailure(e)) {
          throw translate(book, entries, e);
        }
        if (committing) {
          throw fault("cannot append to book " + book + " in " + where + ": the connection failed while committing,"
              + " so the append may or may not have been applied; retry it with the same idempotency key", e);
        }
        // The server rolls back the transaction of a lost connection: nothing was applied, so one retry is safe.
        if (attempt > 0) {
          throw fault("cannot append to book " + book + " in " + where + "; nothing was written", e);
        }
      }
    }
  }

  @Override
  public Optional<SnapshotInfo> snapshot(String book) {
    return SnapshotRows.info(snapshots, book);
  }

  @Override
  public InputStream snapshotBytes(String book, SnapshotInfo info) {
    return SnapshotRows.bytes(snapshots, book, info);
  }

  @Override
  public void saveSnapshot(String book, long headSeq, int format, SnapshotWriter content) {
    SnapshotRows.save(snapshots, book, headSeq, format, content, clock.instant());
  }

  // Each piece a statement on a connection of the pool, so a save holds no connection for long.
  private final SnapshotRows.Runner snapshots = new SnapshotRows.Runner() {
    @Override
    public <T> T read(SnapshotRows.Work<T> w) {
      return query("cannot read a snapshot in " + where, w::run);
    }

    @Override
    public <T> T write(SnapshotRows.Work<T> w) {
      try (Connection c = connection()) {
        return w.run(c);
      } catch (SQLException e) {
        throw fault("cannot write a snapshot in " + where, e);
      }
    }

    @Override
    public void transaction(SnapshotRows.Work<Void> w) {
      try (Connection c = connection()) {
        c.setAutoCommit(false);
        try {
          w.run(c);
          c.commit();
        } catch (SQLException | RuntimeException e) {
          rollback(c, e);
          throw e;
        }
      } catch (SQLException e) {
        throw fault("cannot save a snapshot in " + where, e);
      }
    }
  };

  @Override
  public Optional<AppendKey> appendKey(String book, String idempotencyKey) {
    return query("cannot read the idempotency key of book " + book + " in " + where,
        c -> EntryRows.appendKey(c, book, idempotencyKey));
  }

  private void appendInTransaction(Connection c, String book, long expectedSize, List<LedgerEntry> entries,
      @Nullable String key, @Nullable byte[] receipt) throws SQLException {
    if (!entries.isEmpty() && expectedSize == 0) {
      // A writer appending to a new book creates its row; a racing one waits here for that writer to finish. A writer
      // that expects entries before its own finds the row there, or finds the chain conflict below: one round trip
      // less for every append but a book's first.
      rows.insertBook(c, book, clock.instant());
    }
    boolean exists = rows.lockBook(c, book);
    Optional<AppendKey> seen = exists && key != null ? EntryRows.appendKey(c, book, key) : Optional.empty();
    if (seen.isPresent()) {
      seen.get().checkRetry(book, entries);
      return;
    }
    Optional<LedgerEntry> tail = exists ? rows.last(c, book) : Optional.empty();
    long size = tail.map(e -> e.seq() + 1).orElse(0L);
    ChainLinks.check(book, expectedSize, size, tail.map(LedgerEntry::hash).orElse(HashChain.GENESIS), entries);
    if (!entries.isEmpty()) {
      rows.insertEntries(c, book, entries);
      if (key != null) {
        EntryRows.insertAppendKey(c, book, AppendKey.of(key, entries, receipt));
      }
    }
  }

  /** The error taxonomy for a failed append: a refused entry or a lost race is a conflict, the rest a fault. */
  private RuntimeException translate(String book, List<LedgerEntry> entries, SQLException e) {
    String state = LedgerRows.sqlState(e);
    if (UNIQUE_VIOLATION.equals(state)) {
      Optional<LedgerEntry> held = firstHeld(book, entries);
      String why = held.map(h -> "entry " + h.seq() + " (act " + h.actId() + ") refused: act id " + h.actId()
          + " is already in the book").orElse("an entry was refused: " + e.getMessage());
      return new ConflictException("book " + book + ": " + why + "; nothing was written");
    }
    if ("40001".equals(state) || "40P01".equals(state)) {
      // Engines that run appends SERIALIZABLE (CockroachDB, YugabyteDB) report a lost race this way.
      return new ConflictException("cannot append to book " + book + ": the database aborted the append as it raced"
          + " another (" + state + "); nothing was written, read the book's head and retry");
    }
    return fault("cannot append to book " + book + " in " + where, e);
  }

  private Optional<LedgerEntry> firstHeld(String book, List<LedgerEntry> entries) {
    try (Connection c = connection()) {
      return rows.firstHeld(c, book, entries);
    } catch (SQLException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  // Class 08 is a lost connection; 57P01-57P03 a server shutting down or restarting, which ends the connection too.
  private static boolean isConnectionFailure(SQLException e) {
    String state = LedgerRows.sqlState(e);
    return state != null && (state.startsWith("08") || state.startsWith("57P"));
  }

  private static void rollback(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** A connection from the pool; the caller gives it back by closing it. */
  private Connection connection() throws SQLException {
    if (pool.isClosed()) {
      throw new IllegalStateException("the store " + where + " is closed");
    }
    try {
      return pool.getConnection();
    } catch (SQLTransientConnectionException e) {
      // Not a lost connection to retry on: the pool had none to give within its timeout.
      throw fault("no connection to the store " + where + " within " + options.connectionTimeout().toSeconds()
          + " s (pool of " + options.size() + ")", e);
    }
  }

  @Override
  public void close() {
    pool.close();
  }

  private static IllegalStateException fault(String what, Exception e) {
    // Drivers put the URL in some messages; it may hold a password.
    return new IllegalStateException(describe(what + ": " + e.getMessage()), e);
  }

  @Override
  public String toString() {
    return "PostgresLedgerStore[" + where + "]";
  }
}
