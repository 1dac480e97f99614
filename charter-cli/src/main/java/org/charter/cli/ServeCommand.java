package org.charter.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.charter.core.act.Nullable;
import org.charter.server.CharterServer;
import org.charter.server.ServerOptions;
import org.charter.store.PoolOptions;
import org.charter.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves the JSON API and the web UI over the books of a store, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the JSON API (described at /openapi.json) and the web UI over the books of the store. At"
        + " start each --scenario is imported as charter replay does (what is new is appended, history is never"
        + " rewritten); without one, the bundled OpenAI scenario. API requests need a token: the admin token is"
        + " printed on first start, or taken from the environment variable " + ServeCommand.ADMIN_TOKEN_ENV + ".",
    footer = {"", "See docs/server.md for the routes, roles and tokens."})
final class ServeCommand implements Callable<Integer> {
  static final String ADMIN_TOKEN_ENV = "CHARTER_ADMIN_TOKEN";

  @Spec CommandSpec spec;

  @Option(names = "--port", description = "the port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE})",
      defaultValue = "7070")
  int port;

  @Option(names = "--host", description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only)",
      defaultValue = "127.0.0.1")
  String host;

  @Option(names = "--db", description = "the store: an SQLite file or a jdbc:postgresql: URL (default:"
      + " ${DEFAULT-VALUE})", defaultValue = "charter.db")
  String db;

  @Option(names = "--scenario", paramLabel = "DIR",
      description = "a scenario directory to import at start; repeatable (default: the bundled OpenAI scenario)")
  List<Path> scenarios;

  @Option(names = "--max-body", paramLabel = "BYTES",
      description = "the largest request body taken; larger ones get 413 (default: ${DEFAULT-VALUE})",
      defaultValue = "1048576")
  long maxBody;

  @Option(names = "--max-connections", paramLabel = "N",
      description = "the most connections open at once, and so requests in progress; past it new callers wait to be "
          + "accepted (default: ${DEFAULT-VALUE})",
      defaultValue = "1024")
  int maxConnections;

  @Option(names = "--pool-size", paramLabel = "N",
      description = "PostgreSQL only: the most connections to the database this server holds, shared by the ledger"
          + " and the tokens, opened as requests need them; " + PoolOptions.MIN_SIZE + " to " + PoolOptions.MAX_SIZE
          + " (default: ${DEFAULT-VALUE}). The SQLite store has one writer whatever this says.",
      defaultValue = "" + PoolOptions.DEFAULT_SIZE)
  int poolSize;

  @Option(names = "--pool-timeout", paramLabel = "SECONDS",
      description = "PostgreSQL only: how long a request waits for a connection (all in use, or the database slow to"
          + " accept one) before it fails; 1 to 3600 (default: ${DEFAULT-VALUE})",
      defaultValue = "10")
  long poolTimeout;

  @Option(names = "--follow", negatable = true,
      description = "ask the store for each book's head on every request and first replay what other server processes"
          + " appended, so that several processes can serve one store (default: on for PostgreSQL, off for SQLite,"
          + " which is one process's store)")
  @Nullable Boolean follow;

  @Option(names = "--memory", paramLabel = "SIZE",
      description = "the heap the books in memory may take, as bytes or with k, m or g (KiB, MiB, GiB); past it the"
          + " least recently used books are let go and loaded again on their next request (default: half the heap)")
  @Nullable String memory;

  /** A size such as 512m or 4g (binary units), or a number of bytes; at least 1 MiB. */
  static long bytes(String option, String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    long unit = switch (t.isEmpty() ? ' ' : t.charAt(t.length() - 1)) {
      case 'k' -> 1L << 10;
      case 'm' -> 1L << 20;
      case 'g' -> 1L << 30;
      default -> 1;
    };
    String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
    long n;
    try {
      n = Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new BadInputException(option + ": '" + text + "' is not a size (bytes, or a number with k, m or g)");
    }
    if (n < 1 || n > (Long.MAX_VALUE >> 30) || n * unit < (1L << 20)) {
      throw new BadInputException(option + ": '" + text + "' is not between 1m and " + (Long.MAX_VALUE >> 30) + "g");
    }
    return n * unit;
  }

  @Override
  public Integer call() {
    if (maxConnections < 1 || maxConnections > 100_000) {
      throw new BadInputException("--max-connections: " + maxConnections + " is not between 1 and 100000");
    }
    if (poolSize < PoolOptions.MIN_SIZE || poolSize > PoolOptions.MAX_SIZE) {
      throw new BadInputException("--pool-size: " + poolSize + " is not between " + PoolOptions.MIN_SIZE + " and "
          + PoolOptions.MAX_SIZE);
    }
    if (poolTimeout < PoolOptions.MIN_TIMEOUT.toSeconds() || poolTimeout > PoolOptions.MAX_TIMEOUT.toSeconds()) {
      throw new BadInputException("--pool-timeout: " + poolTimeout + " is not between "
          + PoolOptions.MIN_TIMEOUT.toSeconds() + " and " + PoolOptions.MAX_TIMEOUT.toSeconds() + " seconds");
    }
    List<Path> dirs = scenarios == null || scenarios.isEmpty() ? List.of(Scenarios.bundled()) : scenarios;
    for (Path d : dirs) {
      if (!Files.isDirectory(d)) {
        throw new BadInputException("--scenario: no scenario directory at " + d);
      }
    }
    String given = System.getenv(ADMIN_TOKEN_ENV);
    ServerOptions options = ServerOptions.of(port, db, dirs).withHost(host).withMaxBodyBytes(maxBody)
        .withMaxConnections(maxConnections).withPool(new PoolOptions(poolSize, Duration.ofSeconds(poolTimeout)))
        .withAdminToken(given == null || given.isBlank() ? null : given)
        .withFollow(follow == null ? ServerOptions.isShared(db) : follow)
        .withMemory(memory == null ? ServerOptions.defaultMemory() : bytes("--memory", memory));
    CharterServer server;
    try {
      server = CharterServer.start(options);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    // Ctrl-C: the hook closes the server; an interrupt (as tests do) ends the wait below.
    Thread hook = new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "charter-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    boolean interrupted = false;
    try {
      printBanner(server, given != null && !given.isBlank());
      stopped.await();
    } catch (InterruptedException e) {
      // Asked to stop: close the server (which waits, so not while interrupted) and end normally.
      interrupted = true;
    } finally {
      if (stopped.getCount() > 0) {
        Runtime.getRuntime().removeShutdownHook(hook);
        server.close();
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return Failures.OK;
  }

  private void printBanner(CharterServer server, boolean tokenFromEnv) {
    var out = spec.commandLine().getOut();
    String url = "http://" + host + ":" + server.port() + "/";
    for (String s : server.imported()) {
      out.println("imported " + s);
    }
    out.println("Charter serving " + server.books().size() + " book(s) from " + Stores.describe(db) + " at " + url);
    out.println("API description: " + url + "openapi.json");
    if (server.issuedAdminToken().isPresent()) {
      String token = server.issuedAdminToken().get();
      out.println("admin token (shown this once; only its hash is stored): " + token);
      out.println("open the UI: " + url + "#token=" + token);
    } else if (tokenFromEnv) {
      out.println("admin token: the one in " + ADMIN_TOKEN_ENV);
    } else {
      out.println("admin token: issued on the first start of this store (set " + ADMIN_TOKEN_ENV
          + " to add one of your own)");
    }
    out.println("Ctrl-C stops the server.");
    out.flush();
  }
}
