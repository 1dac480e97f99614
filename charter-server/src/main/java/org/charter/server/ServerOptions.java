package org.charter.server;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.charter.core.act.Nullable;

/**
 * How to run the server: where to listen, which store, which scenarios to import at start, the largest request body
 * taken, the admin token to accept (else one is issued on first start), and the clock that stamps recorded time.
 */
public record ServerOptions(
    String host, int port, String db, List<Path> scenarios, long maxBodyBytes, @Nullable String adminToken,
    Clock clock) {
  public static final long DEFAULT_MAX_BODY = 1 << 20;

  public ServerOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(db, "db");
    Objects.requireNonNull(clock, "clock");
    scenarios = List.copyOf(scenarios);
  }

  /** Local defaults: 127.0.0.1, a 1 MiB body limit, the system clock. */
  public static ServerOptions of(int port, String db, List<Path> scenarios) {
    return new ServerOptions("127.0.0.1", port, db, scenarios, DEFAULT_MAX_BODY, null, Clock.systemUTC());
  }

  public ServerOptions withAdminToken(@Nullable String token) {
    return new ServerOptions(host, port, db, scenarios, maxBodyBytes, token, clock);
  }

  public ServerOptions withMaxBodyBytes(long max) {
    return new ServerOptions(host, port, db, scenarios, max, adminToken, clock);
  }

  public ServerOptions withClock(Clock c) {
    return new ServerOptions(host, port, db, scenarios, maxBodyBytes, adminToken, c);
  }

  public ServerOptions withHost(String h) {
    return new ServerOptions(h, port, db, scenarios, maxBodyBytes, adminToken, clock);
  }
}
