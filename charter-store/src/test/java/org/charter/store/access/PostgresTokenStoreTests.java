package org.charter.store.access;

import org.charter.testkit.PostgresTestSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The token store on the real test PostgreSQL server, each test in a fresh schema. */
class PostgresTokenStoreTests extends TokenStoreContract {
  private PostgresTestSchema schema;

  @BeforeEach
  void createSchema() {
    schema = PostgresTestSchema.create(getClass().getSimpleName());
  }

  @AfterEach
  void dropSchema() {
    schema.close();
  }

  @Override
  String db() {
    return schema.url();
  }
}
