package org.charter.store.access;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.charter.core.access.TokenStore;
import org.charter.store.Stores;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Opens the token store of the database a {@code --db} value names, beside its ledger. */
public final class TokenStores {
  private static final String SQLITE_PREFIX = "jdbc:sqlite:";

  private TokenStores() {}

  /**
   * Opens the token store in {@code db} (a file path, a {@code jdbc:sqlite:} URL or another JDBC URL the ledger stores
   * accept), bringing the schema up to date first.
   */
  public static TokenStore open(String db) {
    // Opening the ledger store runs every migration of this kind of database, V10's token tables among them.
    Stores.open(db).close();
    try {
      return new JdbcTokenStore(connect(db), db);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open the token store of " + db + ": " + e.getMessage(), e);
    }
  }

  private static Connection connect(String db) throws SQLException {
    if (db.startsWith("jdbc:") && !db.startsWith(SQLITE_PREFIX)) {
      return DriverManager.getConnection(db);
    }
    String file = db.startsWith(SQLITE_PREFIX) ? db.substring(SQLITE_PREFIX.length()) : db;
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    config.setBusyTimeout(10_000);
    SQLiteDataSource ds = new SQLiteDataSource(config);
    ds.setUrl(SQLITE_PREFIX + Path.of(file).toAbsolutePath().normalize());
    return ds.getConnection();
  }
}
