package org.charter.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh schema on the test PostgreSQL server that {@code CHARTER_PG_URL} names, dropped with everything in it on
 * close. Without the variable the tests fail, never skip: a CI run without its database server must not pass.
 */
public final class PostgresTestSchema implements AutoCloseable {
  /** The environment variable that holds the test server's JDBC URL; {@code ./run-tests} sets it. */
  public static final String URL_VARIABLE = "CHARTER_PG_URL";

  private final String server;
  private final String name;

  private PostgresTestSchema(String server, String name) {
    this.server = server;
    this.name = name;
  }

  /** The test server's JDBC URL. */
  public static String serverUrl() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(URL_VARIABLE + " is not set, so the PostgreSQL tests have no server. Run"
          + " ./run-tests, which starts one, or: export " + URL_VARIABLE + "=$(scripts/test-postgres)");
    }
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalStateException(URL_VARIABLE + " must be a jdbc:postgresql: URL, not " + url);
    }
    return url;
  }

  /** Creates a schema named after {@code owner} (a test class, say) and a random suffix. */
  public static PostgresTestSchema create(String owner) {
    String server = serverUrl();
    String name = ("t_" + owner.replaceAll("[^A-Za-z0-9]", "_") + "_"
        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)).toLowerCase(Locale.ROOT);
    execute(server, "CREATE SCHEMA " + name);
    return new PostgresTestSchema(server, name);
  }

  /** The schema's name. */
  public String name() {
    return name;
  }

  /** The server's URL with this schema as the current one. */
  public String url() {
    return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + name;
  }

  /** A new connection to the server, with this schema as the current one. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url());
  }

  @Override
  public void close() {
    execute(server, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
  }

  private static void execute(String server, String sql) {
    try (Connection c = DriverManager.getConnection(server);
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("the test PostgreSQL server at " + server + " refused '" + sql + "': "
          + e.getMessage(), e);
    }
  }
}
