package org.charter.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.charter.core.ledger.LedgerStore;
import org.charter.store.SnapshotContract;
import org.junit.jupiter.api.io.TempDir;

class SqliteSnapshotTests extends SnapshotContract {
  @TempDir
  Path dir;

  @Override
  protected LedgerStore open() {
    return SqliteLedgerStore.open(dir.resolve("ledger.db"));
  }

  @Override
  protected Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("ledger.db"));
  }
}
