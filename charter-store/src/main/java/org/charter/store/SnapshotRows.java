package org.charter.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.charter.core.ledger.SnapshotStore.SnapshotInfo;
import org.charter.core.ledger.SnapshotStore.SnapshotWriter;

/**
 * The SQL of snapshots, the same for SQLite and PostgreSQL: a row per book naming the generation of pieces that holds
 * its snapshot, and the pieces, {@value #CHUNK} bytes each but the last. Each store supplies connections its own way.
 */
public final class SnapshotRows {
  /** The size of a piece: small enough for one statement, large enough that a big snapshot is few statements. */
  public static final int CHUNK = 1 << 20;

  private SnapshotRows() {}

  /** Runs one statement's worth of work on a connection the store chooses. */
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** How a store runs work: a read or a single-statement write, and a short transaction. */
  public interface Runner {
    <T> T read(Work<T> w);

    <T> T write(Work<T> w);

    void transaction(Work<Void> w);
  }

  public static Optional<SnapshotInfo> info(Runner r, String book) {
    return r.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT generation, head_seq, format, byte_count FROM book_snapshot WHERE book_id = ?")) {
        ps.setString(1, book);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(new SnapshotInfo(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4)))
              : Optional.empty();
        }
      }
    });
  }

  /** The snapshot's bytes, a piece at a time; a piece that is missing (replaced meanwhile) fails the read. */
  public static InputStream bytes(Runner r, String book, SnapshotInfo info) {
    return new InputStream() {
      private byte[] piece = new byte[0];
      private int at;
      private int next;
      private long left = info.bytes();

      private boolean more() throws IOException {
        if (at < piece.length) {
          return true;
        }
        if (left == 0) {
          return false;
        }
        int k = next++;
        byte[] p;
        try {
          p = r.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                "SELECT bytes FROM book_snapshot_chunk WHERE book_id = ? AND generation = ? AND chunk = ?")) {
              ps.setString(1, book);
              ps.setLong(2, info.generation());
              ps.setInt(3, k);
              try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
              }
            }
          });
        } catch (RuntimeException e) {
          throw new IOException("cannot read piece " + k + " of the snapshot of book " + book + ": " + e.getMessage(),
              e);
        }
        if (p == null || p.length == 0 || p.length > left) {
          throw new IOException("piece " + k + " of the snapshot of book " + book + " is missing or of the wrong size");
        }
        piece = p;
        at = 0;
        left -= p.length;
        return true;
      }

      @Override
      public int read() throws IOException {
        return more() ? piece[at++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        if (!more()) {
          return -1;
        }
        int n = Math.min(len, piece.length - at);
        System.arraycopy(piece, at, b, off, n);
        at += n;
        return n;
      }
    };
  }

  /**
   * Writes a new generation of pieces, each in a statement of its own, then points the book's row at it and drops the
   * other generations in one transaction. Pieces of a save that failed are dropped by the next save.
   */
  public static void save(Runner r, String book, long headSeq, int format, SnapshotWriter content, Instant now) {
    long generation = r.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(g), 0) + 1 FROM (SELECT MAX(generation) AS g"
          + " FROM book_snapshot_chunk WHERE book_id = ? UNION ALL SELECT generation FROM book_snapshot"
          + " WHERE book_id = ?) AS gens")) {
        ps.setString(1, book);
        ps.setString(2, book);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
    r.write(c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM book_snapshot_chunk WHERE book_id = ? AND generation"
          + " <> COALESCE((SELECT generation FROM book_snapshot WHERE book_id = ?), -1)")) {
        ps.setString(1, book);
        ps.setString(2, book);
        return ps.executeUpdate();
      }
    });
    long[] total = new long[1];
    try (OutputStream out = new OutputStream() {
      private final byte[] buf = new byte[CHUNK];
      private int pos;
      private int chunk;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
          int n = Math.min(len, CHUNK - pos);
          System.arraycopy(b, off, buf, pos, n);
          pos += n;
          off += n;
          len -= n;
          if (pos == CHUNK) {
            emit();
          }
        }
      }

      private void emit() {
        if (pos == 0) {
          return;
        }
        byte[] piece = java.util.Arrays.copyOf(buf, pos);
        int k = chunk++;
        r.write(c -> {
          try (PreparedStatement ps = c.prepareStatement(
              "INSERT INTO book_snapshot_chunk (book_id, generation, chunk, bytes) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, book);
            ps.setLong(2, generation);
            ps.setInt(3, k);
            ps.setBytes(4, piece);
            return ps.executeUpdate();
          }
        });
        total[0] += pos;
        pos = 0;
      }

      @Override
      public void close() {
        emit();
      }
    }) {
      content.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the snapshot of book " + book, e);
    }
    r.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO book_snapshot (book_id, generation, head_seq, format,"
          + " byte_count, saved_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (book_id) DO UPDATE SET generation ="
          + " excluded.generation, head_seq = excluded.head_seq, format = excluded.format, byte_count ="
          + " excluded.byte_count, saved_at = excluded.saved_at")) {
        ps.setString(1, book);
        ps.setLong(2, generation);
        ps.setLong(3, headSeq);
        ps.setInt(4, format);
        ps.setLong(5, total[0]);
        ps.setString(6, now.toString());
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement(
          "DELETE FROM book_snapshot_chunk WHERE book_id = ? AND generation <> ?")) {
        ps.setString(1, book);
        ps.setLong(2, generation);
        ps.executeUpdate();
      }
      return null;
    });
  }
}
