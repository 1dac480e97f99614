package org.charter.store;

import java.time.Duration;
import java.util.Objects;

/**
 * The connection pool of a PostgreSQL store: at most {@code size} connections, opened as needed and kept while in use,
 * and how long a call waits for one (all in use, or the server slow to accept) before it fails. The SQLite store has
 * one connection and ignores these.
 */
public record PoolOptions(int size, Duration connectionTimeout) {
  public static final int MIN_SIZE = 1;
  public static final int MAX_SIZE = 1000;
  /**
   * Eight: enough for a server's requests to overlap their round trips to the database (each holds a connection only
   * for a statement or one append's transaction, and appends to one book queue on its row lock anyway), while four
   * instances fit in PostgreSQL's default of 100 connections with room for the tools.
   */
  public static final int DEFAULT_SIZE = 8;
  public static final Duration MIN_TIMEOUT = Duration.ofSeconds(1);
  public static final Duration MAX_TIMEOUT = Duration.ofHours(1);
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  public static final PoolOptions DEFAULT = new PoolOptions(DEFAULT_SIZE, DEFAULT_TIMEOUT);

  /** @throws IllegalArgumentException naming the value out of range */
  public PoolOptions {
    Objects.requireNonNull(connectionTimeout, "connectionTimeout");
    if (size < MIN_SIZE || size > MAX_SIZE) {
      throw new IllegalArgumentException("pool size " + size + " is not between " + MIN_SIZE + " and " + MAX_SIZE);
    }
    if (connectionTimeout.compareTo(MIN_TIMEOUT) < 0 || connectionTimeout.compareTo(MAX_TIMEOUT) > 0) {
      throw new IllegalArgumentException("pool timeout " + connectionTimeout.toSeconds() + " s is not between "
          + MIN_TIMEOUT.toSeconds() + " and " + MAX_TIMEOUT.toSeconds() + " seconds");
    }
  }
}
