package org.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.charter.store.Stores;
import org.charter.testkit.PostgresTestSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code state} and {@code export} with {@code --db} naming a book on a real PostgreSQL server. */
class PostgresStoreBookTests {
  private static final String BOOK = "openai-2023";

  @TempDir Path tmp;
  private PostgresTestSchema schema;

  @BeforeEach
  void createSchema() {
    System.setProperty("charter.home", "..");
    schema = PostgresTestSchema.create(getClass().getSimpleName());
    assertThat(Cli.run("replay", Cli.OPENAI.toString(), "--db", schema.url()).code()).isZero();
  }

  @AfterEach
  void dropSchema() {
    schema.close();
  }

  @Test
  void state_postgresBook_answersAsTheScenarioDirectory() {
    Cli fromDir = Cli.run("state", Cli.OPENAI.toString(), "--at", "2023-11-18", "--format", "json");
    Cli fromStore = Cli.run("state", "--db", schema.url(), "--book", BOOK, "--at", "2023-11-18", "--format", "json");
    assertThat(fromStore.code()).as(fromStore.err()).isZero();
    assertThat(fromStore.json()).isEqualTo(fromDir.json());
  }

  @Test
  void export_postgresBook_replaysIntoAnSqliteFileWithTheSameEntries() {
    Path out = tmp.resolve("export");
    Cli e = Cli.run("export", "--db", schema.url(), "--book", BOOK, "--out", out.toString());
    assertThat(e.code()).as(e.out() + e.err()).isZero();
    Path file = tmp.resolve("copy.db");
    assertThat(Cli.run("replay", out.toString(), "--db", file.toString()).code()).isZero();
    List<LedgerEntry> original;
    try (LedgerStore pg = Stores.openExisting(schema.url())) {
      original = pg.read(BOOK);
    }
    try (LedgerStore copy = Stores.openExisting(file.toString())) {
      assertThat(copy.read(BOOK)).isEqualTo(original);
    }
  }
}
