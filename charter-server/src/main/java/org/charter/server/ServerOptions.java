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
 * clock that stamps recorded time, the pool of connections to a PostgreSQL store, and whether to follow the store
 * (ask it for each book's head on every request, because other server processes may write it too), and the heap the
 * books in memory may take before the least recently used are let go.
 */
public record ServerOptions(
    String host, int port, String db, List<Path> scenarios, long maxBodyBytes, int maxConnections,
    @Nullable String adminToken, Clock clock, PoolOptions pool, boolean follow, long memory) {
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
    if (memory < 1) {
      throw new IllegalArgumentException("the memory for books must be at least 1 byte, not " + memory);
    }
    if (maxConnections < 1) {
      throw new IllegalArgumentException("the connection limit must be at least 1, not " + maxConnections);
    }
    scenarios = List.copyOf(scenarios);
  }

  /**
   * Local defaults: 127.0.0.1, a 1 MiB body limit, 1,024 connections, the system clock, the default pool, the store
   * followed when it may be shared ({@link #isShared}), and half the heap for books in memory.
   */
  public static ServerOptions of(int port, String db, List<Path> scenarios) {
    return new ServerOptions("127.0.0.1", port, db, scenarios, DEFAULT_MAX_BODY, DEFAULT_MAX_CONNECTIONS, null,
        Clock.systemUTC(), PoolOptions.DEFAULT, isShared(db), defaultMemory());
  }

  /** Whether a store may be shared by several server processes: PostgreSQL may, an SQLite file is one process's. */
  public static boolean isShared(String db) {
    return db.startsWith("jdbc:postgresql:");
  }

  /** The default memory for books in memory: half the heap, the other half for answering. */
  public static long defaultMemory() {
    return Runtime.getRuntime().maxMemory() / 2;
  }

  public ServerOptions withMemory(long bytes) {
    return new ServerOptions(host, port, db, scenarios, maxBodyBytes, maxConnections, adminToken, clock, pool, follow,
        bytes);
  }

  public ServerOptions withFollow(boolean f) {
    return new ServerOptions(host, port, db, scenarios, maxBodyBytes, maxConnections,
        adminToken, clock, pool, f, memory);
  }

  public ServerOptions withPool(PoolOptions p) {
    return new ServerOptions(host, port, db, scenarios, maxBodyBytes, maxConnections,
        adminToken, clock, p, follow, memory);
  }

  public ServerOptions withMaxConnections(int max) {
    return new ServerOptions(host, port, db, scenarios, maxBodyBytes, max, adminToken, clock, pool, follow, memory);
  }

  public ServerOptions withAdminToken(@Nullable String token) {
    return new ServerOptions(host, port, db, scenarios, maxBodyBytes, maxConnections,
        token, clock, pool, follow, memory);
  }

  public ServerOptions withMaxBodyBytes(long max) {
    return new ServerOptions(host, port, db, scenarios, max, maxConnections, adminToken, clock, pool, follow, memory);
  }

  public ServerOptions withClock(Clock c) {
    return new ServerOptions(host, port, db, scenarios, maxBodyBytes, maxConnections,
        adminToken, c, pool, follow, memory);
  }

  public ServerOptions withHost(String h) {
    return new ServerOptions(h, port, db, scenarios, maxBodyBytes, maxConnections,
        adminToken, clock, pool, follow, memory);
  }
}
