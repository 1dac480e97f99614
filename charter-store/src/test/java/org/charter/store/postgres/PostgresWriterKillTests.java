package org.charter.store.postgres;

import org.charter.store.WriterKillTests;
import org.charter.testkit.PostgresTestSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Kill -9 of a writer on PostgreSQL (synchronous_commit on) loses no acknowledged append. */
class PostgresWriterKillTests extends WriterKillTests {
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
  protected String db() {
    return schema.url();
  }
}
