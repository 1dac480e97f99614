package org.charter.store;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.charter.core.act.Nullable;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Brings a store's schema up to date with its Flyway migrations, quietly: the CLI's stderr is for the user. */
public final class Migrations {
  // Without SLF4J, Flyway logs every open at INFO through java.util.logging to stderr, which is the CLI's channel.
  // Held in a field because java.util.logging keeps loggers only weakly.
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  static {
    if (FLYWAY_LOG.getLevel() == null) {
      FLYWAY_LOG.setLevel(Level.WARNING);
    }
  }

  private Migrations() {}

  /**
   * The Flyway of {@code location} (e.g. {@code classpath:db/migration/sqlite}) on {@code dataSource}, in
   * {@code schema} (created if missing) or, if null, in the connection's current schema.
   */
  public static Flyway flyway(DataSource dataSource, String location, @Nullable String schema) {
    FluentConfiguration config = Flyway.configure().dataSource(dataSource).locations(location);
    if (schema != null) {
      config = config.schemas(schema).defaultSchema(schema);
    }
    return config.load();
  }
}
