package org.charter.server;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.charter.core.act.Nullable;
import org.charter.store.PoolOptions;

/**
 * How to run the server: where to listen, which store, which scenarios to import at start, the largest request body
 * taken, the most connections open at once, the admin token to accept (else one is issued on first start), the
 * clock that stamps recorded time, and the pool of connections to a PostgreSQL store.
 */
public record ServerOptions(
    String host, int port, String db, List<Path> scenarios, long maxBodyBytes, int maxConnections,
    @Nullable String adminToken, Clock clock, PoolOptions pool) {
  public static final long DEFAULT_MAX_BODY = 1 << 20;
  /**
   * Connections, and so requests (HTTP/1.1 answers one request at a time per connection), in progress at once; past
   * it the server stops accepting until one closes, and the callers wait in the system's accept queue.
   */
  public static final int DEFAULT_MAX_CONNECTIONS = 1024;

  public ServerOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(db, "db");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(pool, "pool");
    if (maxConnections < 1) {
      throw new IllegalArgumentException("the connection limit must be at least 1, not " + maxConnections);
    }
    scenarios = List.copyOf(scenarios);
  }

  /** Local defaults: 127.0.0.1, a 1 MiB body limit, 1,024 connections, the system clock, the default pool. */
  public static ServerOptions of(int port, String db, List<Path> scenarios) {
    return new ServerOptions("127.0.0.1", port, db, scenarios, DEFAULT_MAX_BODY, DEFAULT_MAX_CONNECTIONS, null,
        Clock.systemUTC(), PoolOptions.DEFAULT);
  }

  public ServerOptions withPool(PoolOptions p) {
    return new ServerOptions(host, port, db, scenarios, maxBodyBytes, maxConnections, adminToken, clock, p);
  }

  public ServerOptions withMaxConnections(int max) {
    return new ServerOptions(host, port, db, scenarios, maxBodyBytes, max, adminToken, clock, pool);
  }

  public ServerOptions withAdminToken(@Nullable String token) {
    return new ServerOptions(host, port, db, scenarios, maxBodyBytes, maxConnections, token, clock, pool);
  }

  public ServerOptions withMaxBodyBytes(long max) {
    return new ServerOptions(host, port, db, scenarios, max, maxConnections, adminToken, clock, pool);
  }

  public ServerOptions withClock(Clock c) {
    return new ServerOptions(host, port, db, scenarios, maxBodyBytes, maxConnections, adminToken, c, pool);
  }

  public ServerOptions withHost(String h) {
    return new ServerOptions(h, port, db, scenarios, maxBodyBytes, maxConnections, adminToken, clock, pool);
  }
}
