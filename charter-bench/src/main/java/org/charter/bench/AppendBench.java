package org.charter.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.charter.core.ledger.HashChain;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.charter.store.EntryRows;
import org.charter.store.Stores;
import org.sqlite.SQLiteConfig;

/**
 * Appending to a store against the raw JDBC batch insert of the same rows into the same table of the same database:
 * the store adds its checks (the chain, the columns against the bytes, the expected size) and its transaction
 * discipline on top. Each pass writes every row to a book of its own, in batches of one transaction each.
 */
final class AppendBench {

  private final BenchOptions o;
  private final List<LedgerEntry> template;
  private int books;

  AppendBench(BenchOptions o, List<LedgerEntry> template) {
    this.o = o;
    this.template = template;
  }

  Figure sqlite() throws Exception {
    Path file = o.workDir().resolve("append.db");
    Files.deleteIfExists(file);
    Files.deleteIfExists(Path.of(file + "-wal"));
    Files.deleteIfExists(Path.of(file + "-shm"));
    try (LedgerStore store = Stores.open(file.toString())) {
      SQLiteConfig config = new SQLiteConfig();
      // The store's own settings: WAL, and every commit synced.
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      config.enforceForeignKeys(true);
      try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties())) {
        Rounds.Rates r = measure(store, raw, true);
        return Figure.rate("append.sqlite", "append to the SQLite store (" + o.rows() + " entries, " + o.batch()
            + " per append)", r.work(), "entries/s", "raw JDBC batch insert, same rows, same file", r.limit(), 0.8,
            "WAL, synchronous=FULL; this disk syncs in ~30 µs (a cached virtual disk), so durable figures are"
            + " optimistic");
      }
    }
  }

  Figure postgres() throws Exception {
    if (o.pgUrl() == null) {
      return Figure.missing("append.postgres", "append to the PostgreSQL store", "no PostgreSQL server given (--pg)");
    }
    String schema = "charter_bench_" + ProcessHandle.current().pid();
    String url = o.pgUrl() + (o.pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    // The raw side gets the driver setting the store uses: one multi-row INSERT per batch.
    try (LedgerStore store = Stores.open(url);
        Connection raw = DriverManager.getConnection(url + "&reWriteBatchedInserts=true")) {
      raw.setAutoCommit(false);
      Rounds.Rates r = measure(store, raw, false);
      return Figure.rate("append.postgres", "append to the PostgreSQL store (" + o.rows() + " entries, " + o.batch()
          + " per append)", r.work(), "entries/s", "raw JDBC batch insert, same rows, same table", r.limit(), 0.8,
          "PostgreSQL " + version(raw) + " on loopback, fsync on, synchronous_commit on; reWriteBatchedInserts on"
          + " both sides");
    } finally {
      try (Connection c = DriverManager.getConnection(o.pgUrl()); Statement st = c.createStatement()) {
        st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  private static String version(Connection c) throws SQLException {
    return c.getMetaData().getDatabaseProductVersion();
  }

  private Rounds.Rates measure(LedgerStore store, Connection raw, boolean sqlite) throws Exception {
    return Rounds.alternate(1, o.rounds(), new Chained("store") {
      @Override
      public long run() {
        return storePass(store, book, entries);
      }
    }, new Chained("raw") {
      @Override
      public long run() throws SQLException {
        return rawPass(raw, sqlite, book, entries);
      }
    });
  }

  /** A pass over a book of its own, whose entries are chained before the clock starts. */
  private abstract class Chained implements Rounds.Pass {
    private final String prefix;
    String book;
    List<LedgerEntry> entries;

    Chained(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public void prepare() {
      book = prefix + "-" + (books++);
      entries = chain(book);
    }
  }

  private long storePass(LedgerStore store, String book, List<LedgerEntry> entries) {
    for (int from = 0; from < entries.size(); from += o.batch()) {
      store.append(book, from, entries.subList(from, Math.min(entries.size(), from + o.batch())));
    }
    return entries.size();
  }

  private long rawPass(Connection c, boolean sqlite, String book, List<LedgerEntry> entries) throws SQLException {
    try (Statement st = c.createStatement(); PreparedStatement ps = c.prepareStatement(EntryRows.INSERT_ENTRY)) {
      begin(c, st, sqlite);
      st.executeUpdate("INSERT INTO book (book_id, created_at) VALUES ('" + book + "', "
          + (sqlite ? "'2026-01-01T00:00:00Z'" : "now()") + ")");
      commit(c, st, sqlite);
      for (int from = 0; from < entries.size(); from += o.batch()) {
        begin(c, st, sqlite);
        for (LedgerEntry e : entries.subList(from, Math.min(entries.size(), from + o.batch()))) {
          EntryRows.addToBatch(ps, book, e);
        }
        ps.executeBatch();
        commit(c, st, sqlite);
      }
    }
    return entries.size();
  }

  private static void begin(Connection c, Statement st, boolean sqlite) throws SQLException {
    if (sqlite) {
      st.execute("BEGIN IMMEDIATE");
    }
  }

  private static void commit(Connection c, Statement st, boolean sqlite) throws SQLException {
    if (sqlite) {
      st.execute("COMMIT");
    } else {
      c.commit();
    }
  }

  /** The template's acts chained afresh for {@code book}: the same bytes, hashes of that book. */
  private List<LedgerEntry> chain(String book) {
    List<LedgerEntry> out = new ArrayList<>(template.size());
    byte[] prev = HashChain.GENESIS;
    for (LedgerEntry t : template) {
      byte[] h = HashChain.hash(book, prev, t.seq(), t.payload());
      out.add(new LedgerEntry(book, t.seq(), t.actId(), t.actType(), t.validAt(), t.recordedAt(), t.payload(), prev,
          h));
      prev = h;
    }
    return out;
  }
}
