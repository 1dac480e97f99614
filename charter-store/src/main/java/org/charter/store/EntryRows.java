package org.charter.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.charter.core.ledger.AppendKey;
import org.charter.core.ledger.LedgerEntry;

/**
 * The rows both stores write, bound one way: the SQLite and PostgreSQL schemas name the same columns (see the V1, V2 and V12
 * migrations), so an entry and an append key go into either database through these statements.
 */
public final class EntryRows {
  private EntryRows() {}

  public static final String INSERT_ENTRY = "INSERT INTO ledger_entry (book_id, seq, act_id, act_type, valid_at,"
      + " recorded_at, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** Binds one entry to {@link #INSERT_ENTRY} and adds it to the statement's batch. */
  public static void addToBatch(PreparedStatement insertEntry, String book, LedgerEntry e) throws SQLException {
    insertEntry.setString(1, book);
    insertEntry.setLong(2, e.seq());
    insertEntry.setString(3, e.actId());
    insertEntry.setString(4, e.actType());
    insertEntry.setString(5, e.validAt().toString());
    insertEntry.setString(6, e.recordedAt().toString());
    insertEntry.setBytes(7, e.payload());
    insertEntry.setBytes(8, e.prevHash());
    insertEntry.setBytes(9, e.hash());
    insertEntry.addBatch();
  }

  /** The append a book already took under an idempotency key, if any. */
  public static Optional<AppendKey> appendKey(Connection c, String book, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT first_seq, entry_count, digest, receipt FROM append_key"
        + " WHERE book_id = ? AND idempotency_key = ?")) {
      ps.setString(1, book);
      ps.setString(2, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new AppendKey(key, rs.getLong(1), rs.getInt(2), rs.getBytes(3),
            rs.getBytes(4)))
            : Optional.empty();
      }
    }
  }

  public static void insertAppendKey(Connection c, String book, AppendKey key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO append_key (book_id, idempotency_key, first_seq,"
        + " entry_count, digest, receipt) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, book);
      ps.setString(2, key.key());
      ps.setLong(3, key.firstSeq());
      ps.setInt(4, key.entryCount());
      ps.setBytes(5, key.digest());
      ps.setBytes(6, key.receipt());
      ps.executeUpdate();
    }
  }
}
