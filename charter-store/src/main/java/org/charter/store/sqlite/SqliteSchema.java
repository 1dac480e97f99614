package org.charter.store.sqlite;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings a SQLite file's schema up to date with the Flyway migrations under db/migration/sqlite. */
final class SqliteSchema {
  static final String LOCATION = "classpath:db/migration/sqlite";

  private SqliteSchema() {}

  static void migrate(DataSource dataSource) {
    Flyway flyway = Flyway.configure().dataSource(dataSource).locations(LOCATION).load();
    flyway.migrate();
  }
}
