package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** What a tamperer with the SQLite file could do, for the tests that must catch it. */
final class Tamper {
  private Tamper() {}

  /** Flips one bit in the middle of an act's stored payload, leaving the chain's hashes as they were; the new bytes. */
  static byte[] flipPayloadByte(Path db, String book, String actId) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      byte[] payload;
      try (PreparedStatement q = c.prepareStatement(
          "SELECT payload FROM ledger_entry WHERE book_id = ? AND act_id = ?")) {
        q.setString(1, book);
        q.setString(2, actId);
        try (ResultSet rs = q.executeQuery()) {
          assertThat(rs.next()).as("act " + actId + " in book " + book).isTrue();
          payload = rs.getBytes(1);
        }
      }
      payload[payload.length / 2] ^= 0x01;
      try (PreparedStatement u = c.prepareStatement(
          "UPDATE ledger_entry SET payload = ? WHERE book_id = ? AND act_id = ?")) {
        u.setBytes(1, payload);
        u.setString(2, book);
        u.setString(3, actId);
        assertThat(u.executeUpdate()).isEqualTo(1);
      }
      return payload;
    }
  }
}
