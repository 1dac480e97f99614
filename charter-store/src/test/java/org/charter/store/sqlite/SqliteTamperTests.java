package org.charter.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import org.charter.core.ledger.ChainBreak;
import org.charter.core.ledger.ChainVerifier;
import org.charter.core.ledger.LedgerEntry;
import org.charter.testkit.TestActs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits the SQLite file behind the store's back, as an intruder with the file would, and checks the chain says where. */
class SqliteTamperTests {
  private static final String BOOK = "openai";
  private static final int TAMPERED = 13;

  @TempDir
  Path dir;

  private Path file;
  private List<LedgerEntry> written;

  @BeforeEach
  void writeLedger() {
    file = dir.resolve("ledger.db");
    written = TestActs.entries(BOOK, 20);
    try (SqliteLedgerStore store = SqliteLedgerStore.open(file)) {
      store.append(BOOK, 0, written);
    }
  }

  @Test
  void verify_untouchedStore_findsNoBreak() {
    assertThat(verify()).isEmpty();
  }

  @Test
  void verify_oneByteOfPayloadChanged_namesThatEntry() throws Exception {
    byte[] payload = written.get(TAMPERED).payload().clone();
    payload[payload.length / 2] ^= 0x01;
    update("UPDATE ledger_entry SET payload = ? WHERE book_id = ? AND seq = ?", payload);

    ChainBreak brk = verify().orElseThrow();
    assertThat(brk.seq()).isEqualTo(TAMPERED);
    assertThat(brk.actId()).isEqualTo(written.get(TAMPERED).actId());
    assertThat(brk.reason()).contains("bytes do not match its hash");
  }

  @Test
  void verify_hashColumnChanged_namesThatEntry() throws Exception {
    byte[] hash = written.get(TAMPERED).hash().clone();
    hash[0] ^= 0x01;
    update("UPDATE ledger_entry SET hash = ? WHERE book_id = ? AND seq = ?", hash);

    ChainBreak brk = verify().orElseThrow();
    assertThat(brk.seq()).isEqualTo(TAMPERED);
    assertThat(brk.actId()).isEqualTo(written.get(TAMPERED).actId());
  }

  @Test
  void verify_validTimeColumnChanged_namesThatEntry() throws Exception {
    update("UPDATE ledger_entry SET valid_at = ? WHERE book_id = ? AND seq = ?", "2023-11-16T12:00:00Z");

    ChainBreak brk = verify().orElseThrow();
    assertThat(brk.seq()).isEqualTo(TAMPERED);
    assertThat(brk.actId()).isEqualTo(written.get(TAMPERED).actId());
    assertThat(brk.reason()).contains("indexed columns disagree");
  }

  @Test
  void read_validTimeColumnNotATime_failsNamingTheEntry() throws Exception {
    update("UPDATE ledger_entry SET valid_at = ? WHERE book_id = ? AND seq = ?", "yesterday");

    try (SqliteLedgerStore store = SqliteLedgerStore.open(file)) {
      assertThatThrownBy(() -> store.read(BOOK)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("entry " + TAMPERED).hasMessageContaining("yesterday");
    }
  }

  @Test
  void verify_rowDeleted_namesTheGapAtTheNextEntry() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        PreparedStatement ps = c.prepareStatement("DELETE FROM ledger_entry WHERE book_id = ? AND seq = ?")) {
      ps.setString(1, BOOK);
      ps.setLong(2, TAMPERED);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }

    // The verifier sees the entry after the gap, and says which entry it expected there.
    ChainBreak brk = verify().orElseThrow();
    assertThat(brk.seq()).isEqualTo(TAMPERED + 1);
    assertThat(brk.actId()).isEqualTo(written.get(TAMPERED + 1).actId());
    assertThat(brk.reason()).contains("expected entry " + TAMPERED);
  }

  private void update(String sql, Object value) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, value);
      ps.setString(2, BOOK);
      ps.setLong(3, TAMPERED);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }

  private Optional<ChainBreak> verify() {
    try (SqliteLedgerStore store = SqliteLedgerStore.open(file)) {
      return ChainVerifier.verify(BOOK, store.read(BOOK));
    }
  }
}
