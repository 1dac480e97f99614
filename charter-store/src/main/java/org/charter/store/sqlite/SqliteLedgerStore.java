package org.charter.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
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
import org.charter.store.SnapshotRows;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** The embedded ledger store: one SQLite file in WAL mode, each append one immediate, fully synced transaction. */
public final class SqliteLedgerStore implements LedgerStore, SnapshotStore {
  static final String MIGRATIONS = "classpath:db/migration/sqlite";
  private static final String SELECT_ENTRIES = "SELECT seq, act_id, act_type, valid_at, recorded_at, payload,"
      + " prev_hash, hash FROM ledger_entry WHERE book_id = ? ORDER BY seq";
  private static final String SELECT_LAST = SELECT_ENTRIES.replace("ORDER BY seq", "ORDER BY seq DESC LIMIT 1");
  private static final String SELECT_PAGE = SELECT_ENTRIES.replace("book_id = ?", "book_id = ? AND seq >= ?")
      + " LIMIT ?";

  private static final ConcurrentHashMap<Path, ReentrantLock> WRITE_LOCKS = new ConcurrentHashMap<>();

  private final Path file;
  private final Clock clock;
  private Connection conn;

  private SqliteLedgerStore(Path file, Clock clock, Connection conn) {
    this.file = file;
    this.clock = clock;
    this.conn = conn;
  }

  /** Opens the store in {@code file}, creating the file, its parent directories and the schema if missing. */
  public static SqliteLedgerStore open(Path file) {
    return open(file, Clock.systemUTC());
  }

  /** As {@link #open(Path)}, with the clock that stamps a book's creation time. */
  public static SqliteLedgerStore open(Path file, Clock clock) {
    Path abs = file.toAbsolutePath().normalize();
    try {
      if (abs.getParent() != null) {
        Files.createDirectories(abs.getParent());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the directory of the store " + abs, e);
    }
    SQLiteDataSource dataSource = new SQLiteDataSource(config());
    dataSource.setUrl("jdbc:sqlite:" + abs);
    Connection conn = null;
    try {
      // Our connection first: it puts a new file in WAL mode before Flyway writes to it.
      conn = dataSource.getConnection();
      Migrations.flyway(dataSource, MIGRATIONS, null).migrate();
      return new SqliteLedgerStore(abs, clock, conn);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(conn, e);
      throw e instanceof RuntimeException r ? r : fault("cannot open the store " + abs, (SQLException) e);
    }
  }

  private static SQLiteConfig config() {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // FULL syncs the WAL on every commit: an acknowledged append survives a power cut.
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(10_000);
    return config;
  }

  /** The database file this store writes. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized Map<String, BookHead> heads() {
    Map<String, BookHead> out = new LinkedHashMap<>();
    // SQLite takes a bare column of an aggregate with max() from the row holding the maximum: each book's last entry,
    // found on the primary key's index in one pass.
    try (Statement st = open().createStatement();
        ResultSet rs = st.executeQuery("SELECT book_id, max(seq), hash FROM ledger_entry GROUP BY book_id"
            + " ORDER BY book_id")) {
      while (rs.next()) {
        out.put(rs.getString(1), new BookHead(rs.getLong(2) + 1,
            HexFormat.of().formatHex(rs.getBytes(3))));
      }
    } catch (SQLException e) {
      throw fault("cannot list the books of " + file, e);
    }
    return out;
  }

  @Override
  public synchronized List<String> books() {
    List<String> books = new ArrayList<>();
    try (Statement st = open().createStatement();
        ResultSet rs = st.executeQuery("SELECT book_id FROM book ORDER BY book_id")) {
      while (rs.next()) {
        books.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw fault("cannot list the books of " + file, e);
    }
    return books;
  }

  @Override
  public synchronized long size(String book) {
    try {
      return tail(book).size();
    } catch (SQLException e) {
      throw fault("cannot read the size of book " + book + " in " + file, e);
    }
  }

  @Override
  public synchronized List<LedgerEntry> read(String book) {
    return select(book, SELECT_ENTRIES);
  }

  @Override
  public synchronized List<LedgerEntry> read(String book, long from, int max) {
    LedgerStore.checkPage(from, max);
    return select(book, SELECT_PAGE, from, max);
  }

  @Override
  public synchronized Optional<LedgerEntry> last(String book) {
    return select(book, SELECT_LAST).stream().findFirst();
  }

  private List<LedgerEntry> select(String book, String sql, long... bind) {
    List<LedgerEntry> entries = new ArrayList<>();
    try (PreparedStatement ps = open().prepareStatement(sql)) {
      ps.setString(1, book);
      for (int k = 0; k < bind.length; k++) {
        ps.setLong(2 + k, bind[k]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long seq = rs.getLong(1);
          entries.add(new LedgerEntry(book, seq, rs.getString(2), rs.getString(3), instant(book, seq, rs.getString(4)),
              instant(book, seq, rs.getString(5)), rs.getBytes(6), rs.getBytes(7), rs.getBytes(8)));
        }
      }
    } catch (SQLException e) {
      throw fault("cannot read book " + book + " from " + file, e);
    }
    return entries;
  }

  private Instant instant(String book, long seq, String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("entry " + seq + " of book " + book + " in " + file + " has an unreadable time '"
          + text + "'; was the file edited?", e);
    }
  }

  @Override
  public synchronized void append(String book, long expectedSize, List<LedgerEntry> entries,
      @Nullable String idempotencyKey, @Nullable byte[] receipt) {
    ChainLinks.checkKey(idempotencyKey);
    ChainLinks.checkReceipt(idempotencyKey, receipt);
    Connection c = open();
    // Writers in this process queue here rather than poll SQLite's busy handler, which sleeps up to 100 ms a try.
    ReentrantLock writeLock = WRITE_LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
    writeLock.lock();
    try (Statement st = c.createStatement()) {
      // IMMEDIATE takes the write lock now, so no other writer can pass the size check between ours and our commit.
      st.execute("BEGIN IMMEDIATE");
      try {
        Optional<AppendKey> seen = idempotencyKey == null ? Optional.empty()
            : EntryRows.appendKey(conn, book, idempotencyKey);
        if (seen.isPresent()) {
          seen.get().checkRetry(book, entries);
        } else {
          Tail tail = tail(book);
          ChainLinks.check(book, expectedSize, tail.size(), tail.hash(), entries);
          if (!entries.isEmpty()) {
            if (tail.size() == 0) {
              insertBook(book);
            }
            insertEntries(book, entries);
            if (idempotencyKey != null) {
              EntryRows.insertAppendKey(conn, book, AppendKey.of(idempotencyKey, entries, receipt));
            }
          }
        }
        st.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        rollback(st, e);
        throw e;
      }
    } catch (SQLException e) {
      throw fault("cannot append to book " + book + " in " + file, e);
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public synchronized Optional<AppendKey> appendKey(String book, String idempotencyKey) {
    try {
      return EntryRows.appendKey(open(), book, idempotencyKey);
    } catch (SQLException e) {
      throw fault("cannot read the idempotency key of book " + book + " in " + file, e);
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

  // Each piece of a snapshot is its own statement, so an append waits for one piece at most, never for a whole save.
  private final SnapshotRows.Runner snapshots = new SnapshotRows.Runner() {
    @Override
    public <T> T read(SnapshotRows.Work<T> w) {
      synchronized (SqliteLedgerStore.this) {
        try {
          return w.run(open());
        } catch (SQLException e) {
          throw fault("cannot read a snapshot in " + file, e);
        }
      }
    }

    @Override
    public <T> T write(SnapshotRows.Work<T> w) {
      synchronized (SqliteLedgerStore.this) {
        ReentrantLock writeLock = WRITE_LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
        writeLock.lock();
        try {
          return w.run(open());
        } catch (SQLException e) {
          throw fault("cannot write a snapshot in " + file, e);
        } finally {
          writeLock.unlock();
        }
      }
    }

    @Override
    public void transaction(SnapshotRows.Work<Void> w) {
      write(c -> {
        try (Statement st = c.createStatement()) {
          st.execute("BEGIN IMMEDIATE");
          try {
            w.run(c);
            st.execute("COMMIT");
          } catch (SQLException | RuntimeException e) {
            rollback(st, e);
            throw e;
          }
        }
        return null;
      });
    }
  };

  private void insertBook(String book) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO book (book_id, created_at) VALUES (?, ?)")) {
      ps.setString(1, book);
      ps.setString(2, clock.instant().toString());
      ps.executeUpdate();
    }
  }

  private void insertEntries(String book, List<LedgerEntry> entries) throws SQLException {
    // One batch: the driver then binds and steps every row in one native call, where a call per row cost a third
    // of the append.
    try (PreparedStatement ps = conn.prepareStatement(EntryRows.INSERT_ENTRY)) {
      for (LedgerEntry e : entries) {
        EntryRows.addToBatch(ps, book, e);
      }
      try {
        ps.executeBatch();
      } catch (SQLException ex) {
        if (isConstraint(ex)) {
          throw refused(book, refusedEntry(book, entries), ex);
        }
        throw ex;
      }
    }
  }

  /** The entry a failed batch stopped at: the first whose act id the book held before this append. */
  private LedgerEntry refusedEntry(String book, List<LedgerEntry> entries) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT 1 FROM ledger_entry WHERE book_id = ? AND act_id = ? AND seq < ?")) {
      for (LedgerEntry e : entries) {
        ps.setString(1, book);
        ps.setString(2, e.actId());
        ps.setLong(3, entries.get(0).seq());
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            return e;
          }
        }
      }
    }
    return entries.get(0);
  }

  private static ConflictException refused(String book, LedgerEntry e, SQLException ex) {
    String why = ex.getMessage() != null && ex.getMessage().contains("act_id")
        ? "act id " + e.actId() + " is already in the book"
        : ex.getMessage();
    return new ConflictException("book " + book + ": entry " + e.seq() + " (act " + e.actId() + ") refused: " + why
        + "; nothing was written");
  }

  private static boolean isConstraint(SQLException ex) {
    return ex instanceof SQLiteException s && (s.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_CONSTRAINT.code;
  }

  /** The number of entries and the last entry's hash; entries are numbered from 0, so size is one past the last. */
  private record Tail(long size, byte[] hash) {}

  private Tail tail(String book) throws SQLException {
    try (PreparedStatement ps = open().prepareStatement(
        "SELECT seq, hash FROM ledger_entry WHERE book_id = ? ORDER BY seq DESC LIMIT 1")) {
      ps.setString(1, book);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new Tail(rs.getLong(1) + 1, rs.getBytes(2)) : new Tail(0, HashChain.GENESIS);
      }
    }
  }

  private static void rollback(Statement st, Exception cause) {
    try {
      st.execute("ROLLBACK");
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private Connection open() {
    if (conn == null) {
      throw new IllegalStateException("the store " + file + " is closed");
    }
    return conn;
  }

  @Override
  public synchronized void close() {
    if (conn == null) {
      return;
    }
    try {
      conn.close();
    } catch (SQLException e) {
      throw fault("cannot close the store " + file, e);
    } finally {
      conn = null;
    }
  }

  private static void closeQuietly(Connection c, Exception cause) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        cause.addSuppressed(e);
      }
    }
  }

  private static IllegalStateException fault(String what, SQLException e) {
    return new IllegalStateException(what + ": " + e.getMessage(), e);
  }

  @Override
  public String toString() {
    return "SqliteLedgerStore[" + file + "]";
  }
}
