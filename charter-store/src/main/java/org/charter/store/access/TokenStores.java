package org.charter.store.access;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool.PoolInitializationException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.charter.core.access.TokenStore;
import org.charter.core.ledger.LedgerStore;
import org.charter.store.Stores;
import org.charter.store.postgres.PostgresLedgerStore;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Opens the token store of the database a {@code --db} value names, beside its ledger. */
public final class TokenStores {
  private static final String SQLITE_PREFIX = "jdbc:sqlite:";

  private TokenStores() {}

  /**
   * Opens the token store in {@code db} (a file path, a {@code jdbc:sqlite:} URL or another JDBC URL the ledger stores
   * accept), bringing the schema up to date first, over a pool of its own.
   */
  public static TokenStore open(String db) {
    // Opening the ledger store runs every migration of this kind of database, V10's token tables among them.
    Stores.open(db).close();
    return own(db);
  }

  /**
   * Opens the token store beside {@code ledger}, an open ledger store of {@code db} (so the schema is up to date): on
   * PostgreSQL it takes its connections from the ledger store's pool, so that the two hold no more than its size;
   * the pool stays the ledger store's, closed with it.
   */
  public static TokenStore beside(LedgerStore ledger, String db) {
    if (ledger instanceof PostgresLedgerStore pg) {
      return new JdbcTokenStore(pg.pool(), () -> { }, PostgresLedgerStore.describe(db));
    }
    return own(db);
  }

  private static TokenStore own(String db) {
    DataSource ds;
    if (db.startsWith("jdbc:") && !db.startsWith(SQLITE_PREFIX)) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(db);
      ds = pg;
    } else {
      String file = db.startsWith(SQLITE_PREFIX) ? db.substring(SQLITE_PREFIX.length()) : db;
      SQLiteConfig config = new SQLiteConfig();
      config.enforceForeignKeys(true);
      config.setBusyTimeout(10_000);
      SQLiteDataSource sqlite = new SQLiteDataSource(config);
      sqlite.setUrl(SQLITE_PREFIX + Path.of(file).toAbsolutePath().normalize());
      ds = sqlite;
    }
    HikariConfig config = new HikariConfig();
    config.setDataSource(ds);
    config.setPoolName("charter-tokens");
    // One connection, as the store had before it drew on a pool: a token store of its own is a tool's, not a server's.
    config.setMaximumPoolSize(1);
    try {
      HikariDataSource pool = new HikariDataSource(config);
      return new JdbcTokenStore(pool, pool, Stores.describe(db));
    } catch (PoolInitializationException e) {
      throw new IllegalStateException("cannot open the token store of " + Stores.describe(db) + ": "
          + e.getMessage(), e);
    }
  }
}
