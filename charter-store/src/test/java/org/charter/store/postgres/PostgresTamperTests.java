package org.charter.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import org.charter.core.ledger.ChainBreak;
import org.charter.core.ledger.ChainVerifier;
import org.charter.core.ledger.LedgerEntry;
import org.charter.testkit.PostgresTestSchema;
import org.charter.testkit.TestActs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Edits rows behind the store's back, as someone with SQL access to the database would, and checks the chain says where. */
class PostgresTamperTests {
  private static final String BOOK = "openai";
  private static final int TAMPERED = 13;

  private PostgresTestSchema schema;
  private List<LedgerEntry> written;

  @BeforeEach
  void writeLedger() {
    schema = PostgresTestSchema.create(getClass().getSimpleName());
    written = TestActs.entries(BOOK, 20);
    try (PostgresLedgerStore store = PostgresLedgerStore.open(schema.url())) {
      store.append(BOOK, 0, written);
    }
  }

  @AfterEach
  void dropSchema() {
    schema.close();
  }

  @Test
  void verify_untouchedStore_findsNoBreak() {
    assertThat(verify()).isEmpty();
  }

  @Test
  void verify_oneBitOfPayloadFlippedInPlace_namesThatEntry() throws Exception {
    update("UPDATE ledger_entry SET payload = set_byte(payload, length(payload) / 2,"
        + " get_byte(payload, length(payload) / 2) # 1) WHERE book_id = ? AND seq = ?");

    ChainBreak brk = verify().orElseThrow();
    assertThat(brk.seq()).isEqualTo(TAMPERED);
    assertThat(brk.actId()).isEqualTo(written.get(TAMPERED).actId());
    assertThat(brk.reason()).contains("bytes do not match its hash");
  }

  @Test
  void verify_hashColumnChanged_namesThatEntry() throws Exception {
    update("UPDATE ledger_entry SET hash = set_byte(hash, 0, get_byte(hash, 0) # 1) WHERE book_id = ? AND seq = ?");

    ChainBreak brk = verify().orElseThrow();
    assertThat(brk.seq()).isEqualTo(TAMPERED);
    assertThat(brk.actId()).isEqualTo(written.get(TAMPERED).actId());
  }

  @Test
  void verify_previousHashColumnChanged_namesThatEntry() throws Exception {
    update("UPDATE ledger_entry SET prev_hash = set_byte(prev_hash, 31, get_byte(prev_hash, 31) # 1)"
        + " WHERE book_id = ? AND seq = ?");

    ChainBreak brk = verify().orElseThrow();
    assertThat(brk.seq()).isEqualTo(TAMPERED);
    assertThat(brk.reason()).contains("previous-hash does not match entry " + (TAMPERED - 1));
  }

  @Test
  void verify_validTimeColumnChanged_namesThatEntry() throws Exception {
    update("UPDATE ledger_entry SET valid_at = '2023-11-16T12:00:00Z' WHERE book_id = ? AND seq = ?");

    ChainBreak brk = verify().orElseThrow();
    assertThat(brk.seq()).isEqualTo(TAMPERED);
    assertThat(brk.actId()).isEqualTo(written.get(TAMPERED).actId());
    assertThat(brk.reason()).contains("indexed columns disagree");
  }

  @Test
  void read_validTimeColumnNotATime_failsNamingTheEntry() throws Exception {
    update("UPDATE ledger_entry SET valid_at = 'yesterday' WHERE book_id = ? AND seq = ?");

    try (PostgresLedgerStore store = PostgresLedgerStore.open(schema.url())) {
      assertThatThrownBy(() -> store.read(BOOK)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("entry " + TAMPERED).hasMessageContaining("yesterday");
    }
  }

  @Test
  void verify_rowDeleted_namesTheGapAtTheNextEntry() throws Exception {
    update("DELETE FROM ledger_entry WHERE book_id = ? AND seq = ?");

    ChainBreak brk = verify().orElseThrow();
    assertThat(brk.seq()).isEqualTo(TAMPERED + 1);
    assertThat(brk.actId()).isEqualTo(written.get(TAMPERED + 1).actId());
    assertThat(brk.reason()).contains("expected entry " + TAMPERED);
  }

  private void update(String sql) throws Exception {
    try (Connection c = schema.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, BOOK);
      ps.setLong(2, TAMPERED);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }

  private Optional<ChainBreak> verify() {
    try (PostgresLedgerStore store = PostgresLedgerStore.open(schema.url())) {
      return ChainVerifier.verify(BOOK, store.read(BOOK));
    }
  }
}
