package org.charter.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import org.charter.core.ledger.LedgerStore;
import org.charter.store.SnapshotContract;
import org.charter.testkit.PostgresTestSchema;
import org.junit.jupiter.api.AfterEach;

class PostgresSnapshotTests extends SnapshotContract {
  // Made with the test instance, before the contract's @BeforeEach writes the book.
  private final PostgresTestSchema schema = PostgresTestSchema.create(getClass().getSimpleName());

  @AfterEach
  void dropSchema() {
    schema.close();
  }

  @Override
  protected LedgerStore open() {
    return PostgresLedgerStore.open(schema.url());
  }

  @Override
  protected Connection connect() throws SQLException {
    return schema.connect();
  }
}
