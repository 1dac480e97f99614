package org.charter.store.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.charter.core.access.Grant;
import org.charter.core.access.Principal;
import org.charter.core.access.Role;
import org.charter.core.access.TokenStore;
import org.charter.core.ledger.ConflictException;

/**
 * API tokens in the tables of migration V10 ({@code access_token}, {@code access_grant}), over one JDBC connection.
 * The SQL is plain enough for SQLite and PostgreSQL alike.
 */
public final class JdbcTokenStore implements TokenStore {
  private final String where;
  private Connection conn;

  /** A store over {@code conn}, which it owns and closes; {@code where} names the database in error messages. */
  public JdbcTokenStore(Connection conn, String where) {
    this.conn = conn;
    this.where = where;
  }

  @Override
  public synchronized Optional<Principal> find(String tokenHash) {
    try {
      String principal = null;
      try (PreparedStatement ps = open().prepareStatement(
          "SELECT principal FROM access_token WHERE token_hash = ?")) {
        ps.setString(1, tokenHash);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            principal = rs.getString(1);
          }
        }
      }
      if (principal == null) {
        return Optional.empty();
      }
      List<Grant> grants = new ArrayList<>();
      try (PreparedStatement ps = conn.prepareStatement(
          "SELECT book_id, role, person FROM access_grant WHERE token_hash = ? ORDER BY book_id")) {
        ps.setString(1, tokenHash);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            grants.add(new Grant(rs.getString(1), Role.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)),
                rs.getString(3)));
          }
        }
      }
      return Optional.of(new Principal(principal, grants));
    } catch (SQLException e) {
      throw fault("cannot read the tokens of " + where, e);
    }
  }

  @Override
  public synchronized void create(String tokenHash, Principal principal, Instant createdAt) {
    Connection c = open();
    try {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        if (exists(tokenHash)) {
          throw new ConflictException("a token with this hash is already on record; nothing was written");
        }
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO access_token (token_hash, principal, created_at) VALUES (?, ?, ?)")) {
          ps.setString(1, tokenHash);
          ps.setString(2, principal.name());
          ps.setString(3, createdAt.toString());
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

  private boolean exists(String tokenHash) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM access_token WHERE token_hash = ?")) {
      ps.setString(1, tokenHash);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  @Override
  public synchronized boolean hasAdminOfAll() {
    try (PreparedStatement ps = open().prepareStatement(
        "SELECT 1 FROM access_grant WHERE book_id = ? AND role = 'admin'")) {
      ps.setString(1, Grant.ALL_BOOKS);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw fault("cannot read the tokens of " + where, e);
    }
  }

  @Override
  public synchronized void close() {
    if (conn == null) {
      return;
    }
    try {
      conn.close();
    } catch (SQLException e) {
      throw fault("cannot close the token store of " + where, e);
    } finally {
      conn = null;
    }
  }

  private Connection open() {
    if (conn == null) {
      throw new IllegalStateException("the token store of " + where + " is closed");
    }
    return conn;
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
