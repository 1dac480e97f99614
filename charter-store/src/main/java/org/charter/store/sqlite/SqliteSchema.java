package org.charter.store.sqlite;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings a SQLite file's schema up to date with the Flyway migrations under db/migration/sqlite. */
final class SqliteSchema {
  static final String LOCATION = "classpath:db/migration/sqlite";

  // Without SLF4J, Flyway logs every open at INFO through java.util.logging to stderr, which is the CLI's channel.
  // Held in a field because java.util.logging keeps loggers only weakly.
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  static {
    if (FLYWAY_LOG.getLevel() == null) {
      FLYWAY_LOG.setLevel(Level.WARNING);
    }
  }

  private SqliteSchema() {}

  static void migrate(DataSource dataSource) {
    Flyway flyway = Flyway.configure().dataSource(dataSource).locations(LOCATION).load();
    flyway.migrate();
  }
}
