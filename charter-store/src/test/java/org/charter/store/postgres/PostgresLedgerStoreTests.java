package org.charter.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.charter.core.ledger.ChainVerifier;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.charter.store.Stores;
import org.charter.testkit.LedgerStoreContractTests;
import org.charter.testkit.PostgresTestSchema;
import org.charter.testkit.TestActs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The store contract and PostgreSQL's own behaviour, each test in a fresh schema on the real test server. */
class PostgresLedgerStoreTests extends LedgerStoreContractTests {
  private PostgresTestSchema schema;

  @Override
  protected LedgerStore newStore() {
    schema = PostgresTestSchema.create(getClass().getSimpleName());
    return PostgresLedgerStore.open(schema.url());
  }

  @Override
  protected LedgerStore reopen() {
    return PostgresLedgerStore.open(schema.url());
  }

  @AfterEach
  void dropSchema() {
    if (store != null) {
      store.close();
    }
    if (schema != null) {
      schema.close();
    }
  }

  @Test
  void open_newSchema_createsTheTablesAtTheCurrentVersion() throws Exception {
    try (Connection c = schema.connect(); Statement st = c.createStatement()) {
      assertThat(single(st, "SELECT string_agg(version, ',' ORDER BY installed_rank) FROM flyway_schema_history"
          + " WHERE success AND version IN ('1', '2')")).isEqualTo("1,2");
      assertThat(single(st, "SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + schema.name()
          + "' AND table_name IN ('book', 'ledger_entry', 'append_key')")).isEqualTo("3");
    }
  }

  @Test
  void open_everyLedgerTable_isKeyedByBookFirst() throws Exception {
    try (Connection c = schema.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT tc.table_name, kcu.column_name FROM information_schema.table_constraints"
            + " tc JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name"
            + " AND kcu.table_schema = tc.table_schema WHERE tc.table_schema = '" + schema.name() + "'"
            + " AND tc.constraint_type = 'PRIMARY KEY' AND kcu.ordinal_position = 1"
            + " AND tc.table_name IN ('book', 'ledger_entry', 'append_key')")) {
      int tables = 0;
      while (rs.next()) {
        tables++;
        assertThat(rs.getString(2)).as(rs.getString(1)).isEqualTo("book_id");
      }
      assertThat(tables).isEqualTo(3);
    }
  }

  @Test
  void open_urlNamingAMissingSchema_createsIt() {
    String missing = schema.name() + "_new";
    try {
      try (LedgerStore s = PostgresLedgerStore.open(schema.url().replace(schema.name(), missing))) {
        s.append(BOOK, 0, TestActs.entries(BOOK, 1));
      }
      try (LedgerStore again = PostgresLedgerStore.openExisting(schema.url().replace(schema.name(), missing))) {
        assertThat(again.size(BOOK)).isEqualTo(1);
      }
    } finally {
      dropSchema(missing);
    }
  }

  @Test
  void openExisting_schemaWithoutALedger_isRefusedAndCreatesNothing() throws Exception {
    try (PostgresTestSchema empty = PostgresTestSchema.create("empty")) {
      assertThatThrownBy(() -> PostgresLedgerStore.openExisting(empty.url()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no Charter ledger");

      try (Connection c = empty.connect(); Statement st = c.createStatement()) {
        assertThat(single(st, "SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + empty.name()
            + "'")).isEqualTo("0");
      }
    }
  }

  @Test
  void storesOpen_postgresUrl_opensThisStore() {
    store.append(BOOK, 0, TestActs.entries(BOOK, 2));

    try (LedgerStore viaStores = Stores.open(schema.url())) {
      assertThat(viaStores).isInstanceOf(PostgresLedgerStore.class);
      assertThat(viaStores.size(BOOK)).isEqualTo(2);
    }
  }

  @Test
  void append_firstEntryOfBook_recordsTheBook() throws Exception {
    store.append(BOOK, 0, TestActs.entries(BOOK, 1));

    try (Connection c = schema.connect(); Statement st = c.createStatement()) {
      assertThat(single(st, "SELECT count(*) FROM book WHERE book_id = '" + BOOK + "'")).isEqualTo("1");
    }
  }

  @Test
  void append_withAKey_recordsTheKeyBesideTheEntries() throws Exception {
    store.append(BOOK, 0, TestActs.entries(BOOK, 3), "minutes");

    try (Connection c = schema.connect(); Statement st = c.createStatement()) {
      assertThat(single(st, "SELECT first_seq || ':' || entry_count FROM append_key WHERE book_id = '" + BOOK
          + "' AND idempotency_key = 'minutes'")).isEqualTo("0:3");
    }
  }

  @Test
  void read_afterTheServerEndedTheConnection_reconnectsAndAppendsContinue() throws Exception {
    String app = "charter-" + schema.name();
    try (LedgerStore s = PostgresLedgerStore.open(schema.url() + "&ApplicationName=" + app)) {
      List<LedgerEntry> first = TestActs.entries(BOOK, 2);
      s.append(BOOK, 0, first);
      try (Connection c = schema.connect();
          PreparedStatement ps = c.prepareStatement(
              "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = ?")) {
        ps.setString(1, app);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          assertThat(rs.getInt(1)).isEqualTo(1);
        }
      }

      assertThat(s.read(BOOK)).isEqualTo(first);
      s.append(BOOK, 2, TestActs.next(BOOK, first, 1));
      assertThat(ChainVerifier.verify(BOOK, s.read(BOOK))).isEmpty();
    }
  }

  @Test
  void open_unreachableServer_failsWithoutShowingThePassword() {
    String url = "jdbc:postgresql://127.0.0.1:1/charter?user=charter&password=hunter2";

    assertThatThrownBy(() -> PostgresLedgerStore.open(url)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("127.0.0.1:1").hasMessageNotContaining("hunter2");
  }

  @Test
  void close_thenRead_failsSayingTheStoreIsClosed() {
    store.close();

    assertThatThrownBy(() -> store.read(BOOK)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  private static void dropSchema(String name) {
    try (Connection c = DriverManager.getConnection(PostgresTestSchema.serverUrl());
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    } catch (Exception e) {
      throw new AssertionError("cannot drop schema " + name, e);
    }
  }

  private static String single(Statement st, String sql) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
