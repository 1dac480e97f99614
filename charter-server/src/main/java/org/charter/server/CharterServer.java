package org.charter.server;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.charter.core.access.Grant;
import org.charter.core.access.Principal;
import org.charter.core.access.Role;
import org.charter.core.access.TokenStore;
import org.charter.core.book.RejectedException;
import org.charter.core.ledger.ConflictException;
import org.charter.core.ledger.LedgerStore;
import org.charter.scenario.Scenario;
import org.charter.scenario.ScenarioLoader;
import org.charter.scenario.VariantLoader;
import org.charter.store.Stores;
import org.charter.store.access.TokenStores;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Charter server: the JSON API over the books of one store, with access control, and the web UI. Start it with
 * {@link #start}; it imports the scenarios it is given and listens, loading each book on its first request.
 */
public final class CharterServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CharterServer.class);
  static final String ADMIN = "admin";
  /** How long a connection may send or take nothing before the server closes it. */
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
  /**
   * Answers smaller than this go uncompressed even to a client that accepts gzip: below about one packet, gzip saves
   * no round trip and costs the time to compress.
   */
  static final int GZIP_MIN_BYTES = 1500;
  /** Gzip's level: 6, zlib's default, a third of level 9's time for most of its gain on JSON. */
  static final int GZIP_LEVEL = 6;

  private final Javalin app;
  private final LedgerStore store;
  private final TokenStore tokens;
  private final Library library;
  private final List<String> imported;
  private final String issuedAdminToken;

  private CharterServer(Javalin app, LedgerStore store, TokenStore tokens, Library library, List<String> imported,
      String issuedAdminToken) {
    this.app = app;
    this.store = store;
    this.tokens = tokens;
    this.library = library;
    this.imported = imported;
    this.issuedAdminToken = issuedAdminToken;
  }

  /**
   * Opens the store, imports each scenario (appending what the store lacks, refusing to rewrite),
   * makes sure an admin of every book exists, and starts listening.
   *
   * @throws org.charter.scenario.ScenarioException if a scenario cannot be read
   * @throws ConflictException if the store's book differs from a scenario's
   * @throws IllegalArgumentException if the port cannot be had, or the admin token is too short
   */
  public static CharterServer start(ServerOptions o) {
    return start(o, cfg -> { });
  }

  /** As {@link #start(ServerOptions)}, letting a caller (a test) see the Javalin configuration before it is used. */
  static CharterServer start(ServerOptions o, Consumer<JavalinConfig> extra) {
    LedgerStore store = Stores.open(o.db(), o.pool());
    TokenStore opened = null;
    try {
      opened = TokenStores.beside(store, o.db());
      TokenStore tokens = opened;
      Library library = new Library(store, o.follow(), o.memory());
      List<String> imported = new ArrayList<>();
      Map<String, CompareController.Hypotheses> hypotheses = new java.util.HashMap<>();
      for (Path dir : o.scenarios()) {
        Scenario s = new ScenarioLoader().load(dir);
        hypotheses.put(s.id(), new CompareController.Hypotheses(s, new VariantLoader().hypotheses(s)));
        int appended = library.importScenario(s);
        imported.add(s.id() + " from " + dir + " (" + appended + " new entries)");
      }
      String issued = bootstrapAdmin(tokens, o);
      Javalin app = Javalin.create(cfg -> {
        // First, so that a test's listeners hear every route being added.
        extra.accept(cfg);
        configure(cfg, o, library, tokens, hypotheses);
      });
      try {
        app.start(o.host(), o.port());
      } catch (JavalinBindException e) {
        throw new IllegalArgumentException("cannot listen on " + o.host() + ":" + o.port() + ": " + e.getMessage(), e);
      }
      return new CharterServer(app, store, tokens, library, imported, issued);
    } catch (RuntimeException e) {
      if (opened != null) {
        opened.close();
      }
      store.close();
      throw e;
    }
  }

  /**
   * The admin token from the options, recorded if new; else, when no live admin of every book exists, a fresh one. The
   * admin token does not expire; it can be revoked like any other.
   */
  private static String bootstrapAdmin(TokenStore tokens, ServerOptions o) {
    Principal admin = new Principal(ADMIN, List.of(new Grant(Grant.ALL_BOOKS, Role.ADMIN, null)));
    if (o.adminToken() != null) {
      if (o.adminToken().strip().length() < 16) {
        throw new IllegalArgumentException("the admin token must be at least 16 characters");
      }
      String hash = Tokens.hash(o.adminToken().strip());
      if (tokens.find(hash).isEmpty()) {
        tokens.create(hash, admin, o.clock().instant(), null);
      }
      return null;
    }
    if (tokens.hasAdminOfAll(o.clock().instant())) {
      return null;
    }
    String token = Tokens.generate();
    tokens.create(Tokens.hash(token), admin, o.clock().instant(), null);
    return token;
  }

  private static void configure(JavalinConfig cfg, ServerOptions o, Library library, TokenStore tokens,
      Map<String, CompareController.Hypotheses> hypotheses) {
    Access access = new Access(tokens, library, o.clock());
    BooksController books = new BooksController(library, access);
    WaterfallController waterfall = new WaterfallController(access);
    DocumentsController documents = new DocumentsController(access);
    CompareController compare = new CompareController(access, hypotheses);
    RecordController record = new RecordController(library, access, o.clock(), o.maxBodyBytes());
    TokensController tokensApi = new TokensController(tokens, o.clock(), o.maxBodyBytes());
    String openapi = resource("/org/charter/server/openapi.json");
    Vendor vendor = new Vendor();

    cfg.startup.showJavalinBanner = false;
    cfg.http.maxRequestSize = o.maxBodyBytes();
    // Gzip when the request's Accept-Encoding asks for it, for answers of GZIP_MIN_BYTES and more; never otherwise.
    // Only gzip: Brotli and Zstandard would need native libraries on the class path.
    CompressionStrategy gzip = new CompressionStrategy(null, new Gzip(GZIP_LEVEL));
    gzip.setDefaultMinSizeForCompression(GZIP_MIN_BYTES);
    cfg.http.compressionStrategy = gzip;
    // A request waiting on a slow body holds a virtual thread, not one of a pool's few platform threads, so slow
    // bodies cannot starve other callers; and a connection that has sent nothing for the idle timeout is cut off.
    cfg.concurrency.useVirtualThreads = true;
    cfg.jetty.modifyHttpConfiguration(http -> {
      http.setIdleTimeout(IDLE_TIMEOUT.toMillis());
      http.setRequestHeaderSize(JsonErrorHandler.MAX_HEADER_BYTES);
    });
    cfg.jetty.modifyServer(server -> {
      // Errors Jetty answers itself, before any route (a malformed request, a URI or headers too large), are JSON too.
      server.setErrorHandler(new JsonErrorHandler());
      // Virtual threads are cheap but not free: past this many open connections the server stops accepting, so a
      // flood queues in the system's accept backlog instead of in the heap.
      server.addBean(new NetworkConnectionLimit(o.maxConnections(), server));
    });
    cfg.staticFiles.add("/public", Location.CLASSPATH);

    var r = cfg.routes;
    r.before(SecurityHeaders::add);
    // The same URL answers gzipped or not by the request's Accept-Encoding: a cache must key on it.
    r.before(ctx -> ctx.header("Vary", "Accept-Encoding"));
    r.before(ctx -> Bodies.checkDeclaredLength(ctx, o.maxBodyBytes()));
    r.before("/api/*", access::authenticate);
    r.get("/vendor/{file}", vendor::serve);
    r.get("/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openapi));
    r.get("/api/me", tokensApi::me);
    r.post("/api/tokens", tokensApi::issue);
    r.get("/api/tokens", tokensApi::list);
    r.delete("/api/tokens/{id}", tokensApi::revoke);
    r.get("/api/books", books::list);
    r.get("/api/books/{book}", Access.held(books::get));
    r.get("/api/books/{book}/acts", Access.held(books::acts));
    r.post("/api/books/{book}/acts", Access.held(record::post));
    r.get("/api/books/{book}/acts/{act}", Access.held(books::act));
    r.get("/api/books/{book}/state", Access.held(books::state));
    r.get("/api/books/{book}/tenures", Access.held(books::tenures));
    r.get("/api/books/{book}/verify", Access.held(books::verify));
    r.get("/api/books/{book}/waterfall", Access.held(waterfall::get));
    r.get("/api/books/{book}/documents/{kind}", Access.held(documents::get));
    r.get("/api/books/{book}/compare", Access.held(compare::get));
    r.get("/api/books/{book}/sensitivity", Access.held(compare::sensitivity));

    r.exception(ApiException.class, (e, ctx) -> Json.send(ctx, e.status(), e.body()));
    r.exception(RejectedException.class, (e, ctx) -> error(ctx, 422, "invalid_act", e.getMessage()));
    r.exception(ConflictException.class, (e, ctx) -> error(ctx, 409, "conflict", e.getMessage()));
    r.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), reason(e.getStatus()),
        e.getMessage()));
    r.exception(Exception.class, (e, ctx) -> {
      LOG.error("fault answering {} {}", ctx.method(), ctx.path(), e);
      error(ctx, 500, "fault", "internal error; the server log has the details");
    });
    r.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        error(ctx, 404, "not_found", "no such route: " + ctx.method() + " " + ctx.path());
      }
    });
  }

  private static void error(Context ctx, int status, String error, String message) {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("error", error);
    body.put("message", message == null ? "" : message);
    Json.send(ctx, status, body);
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 413 -> "too_large";
      default -> "http_" + status;
    };
  }

  static String resource(String name) {
    try (InputStream in = CharterServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return app.port();
  }

  /** The admin token issued on this start, shown once; empty when one was on record already or given. */
  public Optional<String> issuedAdminToken() {
    return Optional.ofNullable(issuedAdminToken);
  }

  /** The scenarios imported at start, each with how many entries it appended. */
  public List<String> imported() {
    return List.copyOf(imported);
  }

  /** The ids of the books served: those in the store, each loaded on its first request. */
  public List<String> books() {
    return library.ids();
  }

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      try {
        tokens.close();
      } finally {
        store.close();
      }
    }
  }
}
