package org.charter.store.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.charter.core.access.Grant;
import org.charter.core.access.Principal;
import org.charter.core.access.Role;
import org.charter.core.access.TokenInfo;
import org.charter.core.access.TokenStore;
import org.charter.core.ledger.ConflictException;

/**
 * API tokens in the tables of migrations V10 and V11 ({@code access_token}, {@code access_grant}), over a pool of JDBC
 * connections, one taken for each call. The SQL is plain enough for SQLite and PostgreSQL alike.
 */
public final class JdbcTokenStore implements TokenStore {
  private final String where;
  private final DataSource pool;
  private final AutoCloseable owner;
  private volatile boolean closed;

  /**
   * A store over the connections of {@code pool}; closing it closes {@code owner} (the pool, if this store owns it).
   * {@code where} names the database in error messages.
   */
  public JdbcTokenStore(DataSource pool, AutoCloseable owner, String where) {
    this.pool = pool;
    this.owner = owner;
    this.where = where;
  }

  @Override
  public Optional<TokenInfo> find(String tokenHash) {
    try (Connection c = open()) {
      List<TokenInfo> found = read(c, tokenHash);
      return found.stream().findFirst();
    } catch (SQLException e) {
      throw fault("cannot read the tokens of " + where, e);
    }
  }

  @Override
  public List<TokenInfo> list() {
    try (Connection c = open()) {
      return read(c, null);
    } catch (SQLException e) {
      throw fault("cannot read the tokens of " + where, e);
    }
  }

  /** The token with this hash, or every token when it is null, with their grants, oldest first. */
  private static List<TokenInfo> read(Connection conn, String hash) throws SQLException {
    Map<String, List<Grant>> grants = new HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT g.token_hash, g.book_id, g.role, g.person"
        + " FROM access_grant g" + (hash == null ? "" : " WHERE g.token_hash = ?") + " ORDER BY g.book_id")) {
      if (hash != null) {
        ps.setString(1, hash);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          grants.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Grant(rs.getString(2),
              Role.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), rs.getString(4)));
        }
      }
    }
    List<TokenInfo> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT token_hash, token_id, principal, created_at,"
        + " expires_at, revoked_at FROM access_token" + (hash == null ? "" : " WHERE token_hash = ?")
        + " ORDER BY created_at, token_id")) {
      if (hash != null) {
        ps.setString(1, hash);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String h = rs.getString(1);
          String id = rs.getString(2) != null ? rs.getString(2) : TokenInfo.idOf(h);
          out.add(new TokenInfo(id, new Principal(rs.getString(3), grants.getOrDefault(h, List.of())),
              Instant.parse(rs.getString(4)), instant(rs.getString(5)), instant(rs.getString(6))));
        }
      }
    }
    return out;
  }

  private static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }

  @Override
  // One at a time in this process, so that two creates of one token meet at the check, not at the primary key.
  public synchronized void create(String tokenHash, Principal principal, Instant createdAt, Instant expiresAt) {
    try (Connection c = open()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        if (exists(c, tokenHash)) {
          throw new ConflictException("a token with this hash or id is already on record; nothing was written");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO access_token (token_hash, token_id, principal,"
            + " created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
          ps.setString(1, tokenHash);
          ps.setString(2, TokenInfo.idOf(tokenHash));
          ps.setString(3, principal.name());
          ps.setString(4, createdAt.toString());
          ps.setString(5, expiresAt == null ? null : expiresAt.toString());
          ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO access_grant (book_id, token_hash, role, person) VALUES (?, ?, ?, ?)")) {
          for (Grant g : principal.grants()) {
            ps.setString(1, g.book());
            ps.setString(2, tokenHash);
            ps.setString(3, g.role().name().toLowerCase(Locale.ROOT));
            ps.setString(4, g.person());
            ps.executeUpdate();
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        rollback(c, e);
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw fault("cannot record a token in " + where, e);
    }
  }

  private static boolean exists(Connection conn, String tokenHash) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT 1 FROM access_token WHERE token_hash = ? OR token_id = ?")) {
      ps.setString(1, tokenHash);
      ps.setString(2, TokenInfo.idOf(tokenHash));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  @Override
  public boolean revoke(String tokenId, Instant at) {
    try (Connection c = open(); PreparedStatement ps = c.prepareStatement(
        "UPDATE access_token SET revoked_at = COALESCE(revoked_at, ?) WHERE token_id = ?")) {
      ps.setString(1, at.toString());
      ps.setString(2, tokenId);
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw fault("cannot revoke a token in " + where, e);
    }
  }

  @Override
  public boolean hasAdminOfAll(Instant now) {
    return list().stream().anyMatch(t -> t.liveAt(now) && t.principal().isAdminOfAll());
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      owner.close();
    } catch (Exception e) {
      throw new IllegalStateException("cannot close the token store of " + where + ": " + e.getMessage(), e);
    }
  }

  private Connection open() throws SQLException {
    if (closed) {
      throw new IllegalStateException("the token store of " + where + " is closed");
    }
    return pool.getConnection();
  }

  private static void rollback(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static IllegalStateException fault(String what, SQLException e) {
    return new IllegalStateException(what + ": " + e.getMessage(), e);
  }
}
