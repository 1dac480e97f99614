package org.charter.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.charter.bench.gen.BookGenerator;
import org.charter.core.ledger.HashChain;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.charter.store.Stores;

/**
 * The as-of state query through the HTTP API: a book written to an SQLite store, {@code charter serve} started on it
 * in a second process on loopback, and requests sent from this process at a fixed rate for a bounded time, each timed
 * from when it was due (so a slow answer cannot hide the ones queued behind it). The limit is the same server
 * answering the cheapest request it has (an unknown path, 404) at the same rate. Then writes: one annotation recorded
 * through the API at a time, against a single-entry append straight into the same store as the limit.
 */
final class HttpBench {
  private HttpBench() {}

  static List<Figure> run(BenchOptions o, PrintWriter progress) throws Exception {
    String what = "as-of state of one entity at a random time through the HTTP API at " + String.format("%,d",
        o.httpRate()) + " req/s, book of " + String.format("%,d", o.httpActs()) + " acts";
    if (o.server() == null) {
      return List.of(Figure.missing("http.p99", what, "no command to start charter serve"));
    }
    Path db = o.workDir().resolve("http.db");
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Files.deleteIfExists(Path.of(db + suffix));
    }
    long[] payloadBytes = new long[1];
    BookGenerator gen = write(o, db.toString(), progress, payloadBytes);
    long[] raw = rawInserts(db.toString(), WRITES);
    String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    progress.println("  http: starting charter serve (it loads the book on the first request)");
    progress.flush();
    Process server = serve(o, db.toString(), token, "server.err");
    try {
      long t0 = System.nanoTime();
      String base = baseUrl(server, o.workDir().resolve("server.err"));
      awaitBook(base, token);
      double loadSeconds = (System.nanoTime() - t0) / 1e9;
      progress.printf("  http: serving at %s after %.0f s%n", base, loadSeconds);
      progress.flush();
      long live = liveHeap(server.pid());
      long span = gen.lastValidAt().getEpochSecond() - BookGenerator.START.getEpochSecond();
      SplittableRandom rnd = new SplittableRandom(o.seed());
      int n = o.httpRate() * o.httpSeconds();
      List<String> entities = gen.entities();
      List<String> state = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        state.add("/api/books/" + BenchRun.BOOK + "/state?entity=" + entities.get(rnd.nextInt(entities.size()))
            + "&at=" + BookGenerator.START.plusSeconds(rnd.nextLong(span + 1)));
      }
      List<String> nothing = java.util.Collections.nCopies(n, "/api/bench-unknown-path");
      LoadGenerator load = new LoadGenerator(token);
      URI uri = URI.create(base);
      int warm = Math.min(n, o.httpRate() * Math.max(1, Math.min(10, o.httpSeconds())));
      load.run(uri, state.subList(0, warm), o.httpRate());
      load.run(uri, nothing.subList(0, warm), o.httpRate());
      LoadGenerator.Result limit = load.run(uri, nothing, o.httpRate());
      LoadGenerator.Result work = load.run(uri, state, o.httpRate());
      String note = String.format("sent %,d in %d s, %,d answered 200 (%.0f req/s achieved), %,d late or failed;"
          + " %,.0f bytes per answer; loopback, server and load on the same 2 cores", work.sent(), o.httpSeconds(),
          work.ok(), work.achievedRate(), work.failed(), work.meanBytes());
      Figure heap = live < 0 ? Figure.missing("http.heap", "heap of charter serve holding the book", "jcmd could"
          + " not read the server's heap") : Figure.cost("http.heap", "heap of charter serve holding the book of "
          + String.format("%,d", o.httpActs()) + " acts, live after a full GC, per act", (double) live / o.httpActs(),
          "bytes/act", "the book's canonical bytes per act", (double) payloadBytes[0] / o.httpActs(), Double.NaN,
          String.format("%.2f GiB in all; the server loaded the book from the store in %.0f s", live / GIB,
              loadSeconds));
      long[] writes = writes(base, token, WRITES);
      String writeWhat = "record one annotation through the API (POST /api/books/" + BenchRun.BOOK + "/acts), book of "
          + String.format("%,d", o.httpActs()) + " acts, " + WRITES + " writes one after another";
      String rawLimit = "one single-entry append straight into the same SQLite store (another book, same table)";
      return List.of(
          heap,
          Figure.cost("http.write.p50", writeWhat + ", p50", percentile(writes, 50) / 1e3, "ms", rawLimit + ", p50",
              percentile(raw, 50) / 1e3, 0.5, "each write validates the act, appends it and applies it to the book"
              + " copy no reader holds (docs/server.md, writes in place)"),
          Figure.cost("http.write.p99", writeWhat + ", p99", percentile(writes, 99) / 1e3, "ms", rawLimit + ", p99",
              percentile(raw, 99) / 1e3, 0.5, "target: within 2x of the raw append at every size"),
          Figure.cost("http.p50", what + ", p50", work.p50Micros() / 1e3, "ms", "same server, 404 for an unknown"
              + " path, p50", limit.p50Micros() / 1e3, Double.NaN, note),
          Figure.cost("http.p99", what + ", p99", work.p99Micros() / 1e3, "ms", "same server, 404 for an unknown"
              + " path, p99", limit.p99Micros() / 1e3, Double.NaN, String.format("limit run: %,d answered, %,d"
              + " failed; achieved %.0f of %d req/s", limit.ok(), limit.failed(), work.achievedRate(),
              o.httpRate())));
    } finally {
      stop(server);
    }
  }

  /**
   * The writes of {@link #run} against the PostgreSQL store: the same generated book written into a schema of its own
   * on the server {@code --pg} names, {@code charter serve} started on it, one annotation recorded at a time through
   * the API, against single-entry appends through the store's own pool into the same table. The schema is dropped
   * after.
   */
  static List<Figure> postgres(BenchOptions o, PrintWriter progress) throws Exception {
    String what = "record one annotation through the API into the PostgreSQL store, book of "
        + String.format("%,d", o.httpActs()) + " acts, " + WRITES + " writes one after another";
    if (o.pgUrl() == null || o.server() == null) {
      String why = o.pgUrl() == null ? "no PostgreSQL server given (--pg)" : "no command to start charter serve";
      return List.of(Figure.missing("http.pg.write.p50", what + ", p50", why),
          Figure.missing("http.pg.write.p99", what + ", p99", why));
    }
    String schema = "charter_bench_http_" + ProcessHandle.current().pid();
    String url = o.pgUrl() + (o.pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    try {
      write(o, url, progress, new long[1]);
      long[] raw = rawInserts(url, WRITES);
      String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
      progress.println("  http: starting charter serve on PostgreSQL");
      progress.flush();
      Process server = serve(o, url, token, "server-pg.err");
      try {
        String base = baseUrl(server, o.workDir().resolve("server-pg.err"));
        awaitBook(base, token);
        long[] writes = writes(base, token, WRITES);
        String rawLimit = "one single-entry append through the store's pool into the same PostgreSQL table (another"
            + " book)";
        return List.of(
            Figure.cost("http.pg.write.p50", what + ", p50", percentile(writes, 50) / 1e3, "ms", rawLimit + ", p50",
                percentile(raw, 50) / 1e3, 0.5, "PostgreSQL on loopback, fsync on, synchronous_commit on"),
            Figure.cost("http.pg.write.p99", what + ", p99", percentile(writes, 99) / 1e3, "ms", rawLimit + ", p99",
                percentile(raw, 99) / 1e3, 0.5, "target: within 2x of the raw append at every size"));
      } finally {
        stop(server);
      }
    } finally {
      try (java.sql.Connection c = java.sql.DriverManager.getConnection(o.pgUrl());
          java.sql.Statement st = c.createStatement()) {
        st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  /** Stops a server started by {@link #serve}: asks it to end, and kills it if it has not within 30 s. */
  static void stop(Process server) throws InterruptedException {
    server.destroy();
    if (!server.waitFor(30, TimeUnit.SECONDS)) {
      server.destroyForcibly();
    }
  }

  /** {@code charter serve} on the store {@code db}, on a free port, with {@code token} as its admin token. */
  static Process serve(BenchOptions o, String db, String token, String errors, String... extra) throws IOException {
    List<String> command = new ArrayList<>(o.server());
    command.addAll(List.of("--db", db, "--port", "0"));
    command.addAll(List.of(extra));
    ProcessBuilder pb = new ProcessBuilder(command).directory(o.workDir().toFile())
        .redirectError(o.workDir().resolve(errors).toFile());
    pb.environment().put("CHARTER_ADMIN_TOKEN", token);
    return pb.start();
  }

  private static final double GIB = 1024.0 * 1024 * 1024;
  private static final int WRITES = 200;

  /** Microseconds of each of {@code n} single-entry appends to a scratch book of the store, one after another. */
  private static long[] rawInserts(String db, int n) {
    long[] us = new long[n];
    try (LedgerStore store = Stores.open(db)) {
      byte[] prev = HashChain.GENESIS;
      for (int i = 0; i < n; i++) {
        org.charter.core.act.StatementMade a = new org.charter.core.act.StatementMade(
            org.charter.core.act.ActMeta.of("raw-" + i, BookGenerator.START.plusSeconds(i)), "bench", "raw " + i);
        LedgerEntry e = HashChain.entry("bench-raw", i, prev, a);
        prev = e.hash();
        long t0 = System.nanoTime();
        store.append("bench-raw", i, List.of(e));
        us[i] = (System.nanoTime() - t0) / 1_000;
      }
    }
    return us;
  }

  /**
   * Asks for the bench book's summary and waits for the answer: the server loads a book on its first request, so this
   * is where a large book's load is paid, before anything is timed.
   */
  static void awaitBook(String base, String token) throws IOException, InterruptedException {
    var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(URI.create(base
        + "api/books/" + BenchRun.BOOK)).header("Authorization", "Bearer " + token).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("book " + BenchRun.BOOK + " answered " + answer.statusCode() + ": "
          + answer.body());
    }
  }

  /** Microseconds of each of {@code n} writes of one annotation through the API, one after another. */
  private static long[] writes(String base, String token, int n) throws IOException, InterruptedException {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    long[] us = new long[n];
    for (int i = -20; i < n; i++) {
      String id = "bench-write-" + (i + 20);
      String body = "{\"act\":\"statement-made\",\"id\":\"" + id + "\",\"at\":\"2030-01-01T00:00:00Z\","
          + "\"by\":\"bench\",\"text\":\"a write\"}";
      java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(URI.create(base + "api/books/"
          + BenchRun.BOOK + "/acts")).header("Authorization", "Bearer " + token)
          .header("Content-Type", "application/json")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
      long t0 = System.nanoTime();
      var answer = http.send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
      long took = (System.nanoTime() - t0) / 1_000;
      if (answer.statusCode() != 201) {
        throw new IllegalStateException("write " + id + " answered " + answer.statusCode() + ": " + answer.body());
      }
      // The first twenty warm the path up and are not counted.
      if (i >= 0) {
        us[i] = took;
      }
    }
    return us;
  }

  static double percentile(long[] us, int p) {
    long[] sorted = us.clone();
    java.util.Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  /**
   * The server's live heap: {@code jcmd PID GC.class_histogram} runs a full collection and ends with the total bytes
   * of the objects left. -1 when jcmd cannot tell.
   */
  static long liveHeap(long pid) throws InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram")
          .redirectErrorStream(true).start();
      String last = null;
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          if (line.strip().startsWith("Total")) {
            last = line.strip();
          }
        }
      }
      if (p.waitFor() != 0 || last == null) {
        return -1;
      }
      String[] words = last.split("\\s+");
      return Long.parseLong(words[words.length - 1]);
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }

  /** Writes the generated book to the store in appends of 10,000, never holding it all. */
  static BookGenerator write(BenchOptions o, String db, PrintWriter progress, long[] payloadBytes) {
    return writeBook(o.seed(), o.httpActs(), db, "http", progress, payloadBytes);
  }

  /**
   * Writes the book of {@code acts} acts seeded {@code seed} to the store {@code db} (a file or a URL) as book
   * {@value BenchRun#BOOK}, in appends of 10,000, never holding it all; adds the canonical bytes to
   * {@code payloadBytes[0]}. The generator is returned for what the run asks of the book after.
   */
  static BookGenerator writeBook(long seed, int acts, String db, String group, PrintWriter progress,
      long[] payloadBytes) {
    BookGenerator gen = new BookGenerator(seed, acts);
    try (LedgerStore store = Stores.open(db)) {
      List<LedgerEntry> batch = new ArrayList<>(10_000);
      byte[] prev = HashChain.GENESIS;
      long seq = 0;
      while (gen.hasNext()) {
        LedgerEntry e = HashChain.entry(BenchRun.BOOK, seq++, prev, gen.next().act());
        prev = e.hash();
        payloadBytes[0] += e.payload().length;
        batch.add(e);
        if (batch.size() == 10_000 || !gen.hasNext()) {
          store.append(BenchRun.BOOK, seq - batch.size(), batch);
          batch.clear();
        }
        if (seq % 1_000_000 == 0) {
          progress.printf("  %s: %,d acts written%n", group, seq);
          progress.flush();
        }
      }
    }
    return gen;
  }

  /** Reads the server's banner up to the line that gives its address. */
  static String baseUrl(Process server, Path errors) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    for (String line; (line = out.readLine()) != null; ) {
      int at = line.indexOf(" at http://");
      if (line.startsWith("Charter serving") && at > 0) {
        String url = line.substring(at + 4).strip();
        // Keep reading the banner so the server never blocks on a full pipe.
        Thread drain = new Thread(() -> {
          try {
            while (out.readLine() != null) {
              // discard
            }
          } catch (IOException e) {
            // the server has gone
          }
        }, "charter-serve-stdout");
        drain.setDaemon(true);
        drain.start();
        return url.endsWith("/") ? url : url + "/";
      }
    }
    String said = Files.exists(errors) ? Files.readString(errors).strip() : "";
    throw new IllegalStateException("charter serve ended before serving at " + Instant.now() + ": "
        + said.substring(Math.max(0, said.length() - 2_000)));
  }
}
