package org.charter.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.charter.core.ledger.ChainVerifier;
import org.charter.core.ledger.ConflictException;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.charter.testkit.LedgerStoreContractTests;
import org.charter.testkit.TestActs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteLedgerStoreTests extends LedgerStoreContractTests {
  @TempDir
  Path dir;

  private Path file;

  @Override
  protected LedgerStore newStore() {
    file = dir.resolve("ledger.db");
    return SqliteLedgerStore.open(file);
  }

  @Override
  protected LedgerStore reopen() {
    return SqliteLedgerStore.open(file);
  }

  @Test
  void open_missingFileInMissingDirectory_createsBoth() {
    Path nested = dir.resolve("a/b/charter.db");
    try (SqliteLedgerStore s = SqliteLedgerStore.open(nested)) {
      s.append(BOOK, 0, TestActs.entries(BOOK, 1));
    }

    assertThat(nested).isRegularFile();
  }

  @Test
  void open_newFile_usesWalJournalAndTheLedgerAndKeyMigrations() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement()) {
      assertThat(single(st, "PRAGMA journal_mode")).isEqualTo("wal");
      assertThat(single(st, "SELECT group_concat(version, ',') FROM (SELECT version FROM flyway_schema_history"
          + " WHERE success = 1 AND version IN ('1', '2') ORDER BY installed_rank)")).isEqualTo("1,2");
    }
  }

  @Test
  void append_firstEntryOfBook_recordsTheBook() throws Exception {
    store.append(BOOK, 0, TestActs.entries(BOOK, 1));

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement()) {
      assertThat(single(st, "SELECT count(*) FROM book WHERE book_id = '" + BOOK + "'")).isEqualTo("1");
    }
  }

  @Test
  void append_twoStoresOnOneFileExpectingTheSameSize_onlyOneWins() {
    try (SqliteLedgerStore second = SqliteLedgerStore.open(file)) {
      List<LedgerEntry> a = TestActs.chain(BOOK, List.of(), TestActs.statements("a", 50));
      List<LedgerEntry> b = TestActs.chain(BOOK, List.of(), TestActs.statements("b", 50));
      CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> tryAppend(store, a));
      CompletableFuture<Boolean> other = CompletableFuture.supplyAsync(() -> tryAppend(second, b));

      assertThat(List.of(first.join(), other.join())).containsOnlyOnce(true);
      assertThat(second.read(BOOK)).isEqualTo(store.read(BOOK)).hasSize(50);
      assertThat(ChainVerifier.verify(BOOK, store.read(BOOK))).isEmpty();
    }
  }

  @Test
  void close_thenRead_failsNamingTheFile() {
    store.close();

    assertThatThrownBy(() -> store.read(BOOK)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(file.getFileName().toString());
  }

  @Test
  void open_directoryInsteadOfFile_failsNamingIt() throws Exception {
    Path directory = Files.createDirectories(dir.resolve("not-a-file"));

    assertThatThrownBy(() -> SqliteLedgerStore.open(directory)).hasMessageContaining("not-a-file");
  }

  private static boolean tryAppend(LedgerStore s, List<LedgerEntry> batch) {
    try {
      s.append(BOOK, 0, batch);
      return true;
    } catch (ConflictException e) {
      return false;
    }
  }

  private static String single(Statement st, String sql) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
