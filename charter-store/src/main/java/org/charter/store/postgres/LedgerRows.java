package org.charter.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charter.core.act.Nullable;
import org.charter.core.ledger.BookHead;
import org.charter.core.ledger.LedgerEntry;
import org.charter.store.EntryRows;

/** The SQL of the PostgreSQL store, one method per statement, each on the connection (and transaction) it is given. */
final class LedgerRows {
  private static final String SELECT_ENTRIES = "SELECT seq, act_id, act_type, valid_at, recorded_at, payload,"
      + " prev_hash, hash FROM ledger_entry WHERE book_id = ? ORDER BY seq";
  private static final String SELECT_LAST = SELECT_ENTRIES.replace("ORDER BY seq", "ORDER BY seq DESC LIMIT 1");
  // The head's sequence number alone, from the primary key's index: what a server following the store asks on every
  // request, so it reads no payload.
  private static final String SELECT_HEAD_SEQ =
      "SELECT seq FROM ledger_entry WHERE book_id = ? ORDER BY seq DESC LIMIT 1";
  private static final String SELECT_PAGE = SELECT_ENTRIES.replace("book_id = ?", "book_id = ? AND seq >= ?")
      + " LIMIT ?";

  private final String where;

  /** Rows of the store {@code where} names in its messages. */
  LedgerRows(String where) {
    this.where = where;
  }

  List<String> books(Connection c) throws SQLException {
    List<String> books = new ArrayList<>();
    // COLLATE "C" orders by bytes, as SQLite does, whatever the database's locale.
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT book_id FROM book ORDER BY book_id COLLATE \"C\"")) {
      while (rs.next()) {
        books.add(rs.getString(1));
      }
    }
    return books;
  }

  /** Each book's size and head in one statement: its last entry found on the primary key's index, book by book. */
  Map<String, BookHead> heads(Connection c) throws SQLException {
    Map<String, BookHead> out = new LinkedHashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT b.book_id, e.seq, e.hash FROM book b CROSS JOIN LATERAL"
            + " (SELECT seq, hash FROM ledger_entry WHERE book_id = b.book_id ORDER BY seq DESC LIMIT 1) e"
            + " ORDER BY b.book_id COLLATE \"C\"")) {
      while (rs.next()) {
        out.put(rs.getString(1), new BookHead(rs.getLong(2) + 1,
            HexFormat.of().formatHex(rs.getBytes(3))));
      }
    }
    return out;
  }

  List<LedgerEntry> entries(Connection c, String book) throws SQLException {
    return select(c, book, SELECT_ENTRIES);
  }

  List<LedgerEntry> page(Connection c, String book, long from, int max) throws SQLException {
    return select(c, book, SELECT_PAGE, from, max);
  }

  /** The number of entries of {@code book}: its head's sequence number and one, or 0 for a book with none. */
  long size(Connection c, String book) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SELECT_HEAD_SEQ)) {
      ps.setString(1, book);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) + 1 : 0;
      }
    }
  }

  Optional<LedgerEntry> last(Connection c, String book) throws SQLException {
    return select(c, book, SELECT_LAST).stream().findFirst();
  }

  private List<LedgerEntry> select(Connection c, String book, String sql, long... bind) throws SQLException {
    List<LedgerEntry> entries = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
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
    }
    return entries;
  }

  private Instant instant(String book, long seq, String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("entry " + seq + " of book " + book + " in " + where + " has an unreadable time '"
          + text + "'; was the database edited?", e);
    }
  }

  /** Creates the book's row unless it exists; waits for a racing transaction that is creating it. */
  void insertBook(Connection c, String book, Instant createdAt) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO book (book_id, created_at) VALUES (?, ?) ON CONFLICT (book_id) DO NOTHING")) {
      ps.setString(1, book);
      ps.setObject(2, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
      ps.executeUpdate();
    }
  }

  /** Locks the book's row until the transaction ends; false if the book has no row. */
  boolean lockBook(Connection c, String book) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM book WHERE book_id = ? FOR UPDATE")) {
      ps.setString(1, book);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Inserts the entries as one batch, which the driver sends as one multi-row INSERT. */
  void insertEntries(Connection c, String book, List<LedgerEntry> entries) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(EntryRows.INSERT_ENTRY)) {
      for (LedgerEntry e : entries) {
        EntryRows.addToBatch(ps, book, e);
      }
      ps.executeBatch();
    }
  }

  /** The first of {@code entries} whose act id the book already holds, if any. */
  Optional<LedgerEntry> firstHeld(Connection c, String book, List<LedgerEntry> entries) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT act_id FROM ledger_entry WHERE book_id = ? AND act_id = ANY (?)")) {
      ps.setString(1, book);
      ps.setArray(2, c.createArrayOf("text", entries.stream().map(LedgerEntry::actId).toArray()));
      List<String> held = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          held.add(rs.getString(1));
        }
      }
      return entries.stream().filter(e -> held.contains(e.actId())).findFirst();
    }
  }

  static @Nullable String sqlState(SQLException e) {
    // A batch reports the failed statement's own error as its next exception.
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if (x.getSQLState() != null) {
        return x.getSQLState();
      }
    }
    return null;
  }
}
