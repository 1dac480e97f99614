package org.charter.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.charter.core.act.Act;
import org.charter.core.ledger.ConflictException;
import org.charter.core.ledger.LedgerEntry;
import org.charter.testkit.TestActs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteFileTests {
  private static final String BOOK = "openai";

  @TempDir
  Path dir;

  private Path file;
  private List<LedgerEntry> written;

  @BeforeEach
  void writeLedger() {
    file = dir.resolve("ledger.db");
    written = TestActs.entries(BOOK, 10);
    try (SqliteLedgerStore store = SqliteLedgerStore.open(file)) {
      store.append(BOOK, 0, written);
    }
  }

  @Test
  void close_afterAppend_leavesEverythingInTheDatabaseFile() {
    assertThat(dir.resolve("ledger.db-wal")).doesNotExist();
    assertThat(dir.resolve("ledger.db-shm")).doesNotExist();
  }

  @Test
  void openReadClose_existingStore_leavesFileByteIdentical() throws Exception {
    byte[] before = Files.readAllBytes(file);

    try (SqliteLedgerStore store = SqliteLedgerStore.open(file)) {
      assertThat(store.books()).containsExactly(BOOK);
      assertThat(store.read(BOOK)).isEqualTo(written);
    }

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void rejectedAppend_existingStore_leavesFileByteIdentical() throws Exception {
    byte[] before = Files.readAllBytes(file);

    try (SqliteLedgerStore store = SqliteLedgerStore.open(file)) {
      List<LedgerEntry> more = TestActs.next(BOOK, written, 3);
      assertThatThrownBy(() -> store.append(BOOK, 9, more)).isInstanceOf(ConflictException.class);
    }

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void rejectedAppend_duplicateActIdAfterTwoInsertedRows_leavesFileByteIdentical() throws Exception {
    byte[] before = Files.readAllBytes(file);

    try (SqliteLedgerStore store = SqliteLedgerStore.open(file)) {
      List<Act> acts = new ArrayList<>(TestActs.statements("new", 2));
      acts.add(TestActs.statement(written.get(0).actId(), TestActs.T0));
      List<LedgerEntry> batch = TestActs.chain(BOOK, written, acts);
      assertThatThrownBy(() -> store.append(BOOK, 10, batch)).isInstanceOf(ConflictException.class);
    }

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }
}
