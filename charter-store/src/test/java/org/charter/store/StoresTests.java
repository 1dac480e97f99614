package org.charter.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.charter.core.ledger.LedgerStore;
import org.charter.testkit.TestActs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoresTests {
  @TempDir
  Path dir;

  @Test
  void open_filePath_opensSqliteStoreInThatFile() {
    Path file = dir.resolve("charter.db");
    try (LedgerStore store = Stores.open(file.toString())) {
      store.append("openai", 0, TestActs.entries("openai", 2));
    }

    assertThat(file).isRegularFile();
    try (LedgerStore again = Stores.open(file.toString())) {
      assertThat(again.size("openai")).isEqualTo(2);
    }
  }

  @Test
  void open_sqliteUrl_opensTheSameFileAsItsPath() {
    Path file = dir.resolve("charter.db");
    try (LedgerStore store = Stores.open("jdbc:sqlite:" + file)) {
      store.append("openai", 0, TestActs.entries("openai", 1));
    }

    try (LedgerStore byPath = Stores.open(file.toString())) {
      assertThat(byPath.books()).containsExactly("openai");
    }
  }

  @Test
  void open_inMemorySqliteUrl_isRefused() {
    assertThatThrownBy(() -> Stores.open("jdbc:sqlite::memory:"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a file");
  }

  @Test
  void open_unknownJdbcUrl_isRefusedNamingWhatIsSupported() {
    assertThatThrownBy(() -> Stores.open("jdbc:mysql://localhost/charter"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:sqlite:")
        .hasMessageContaining("jdbc:postgresql:");
  }

  @Test
  void openExisting_missingFile_isRefusedAndCreatesNothing() {
    Path file = dir.resolve("missing.db");

    assertThatThrownBy(() -> Stores.openExisting(file.toString()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no database at");
    assertThat(file).doesNotExist();
  }

  @Test
  void describe_urlWithPassword_hidesIt() {
    assertThat(Stores.describe("jdbc:postgresql://db.example/charter?user=sec&password=hunter2&ssl=true"))
        .isEqualTo("jdbc:postgresql://db.example/charter?user=sec&password=***&ssl=true");
    assertThat(Stores.describe("charter.db")).isEqualTo("charter.db");
  }

  @Test
  void open_blank_isRefused() {
    assertThatThrownBy(() -> Stores.open(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
