package org.charter.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.charter.bench.LoadGenerator.Request;
import org.charter.bench.LoadGenerator.Result;
import org.charter.bench.gen.BookGenerator;

/**
 * Mixed load on PostgreSQL (issue 13): 95% as-of state reads and 5% writes of one annotation, open-loop, against one
 * {@code charter serve} and then against two on the same store (requests alternating between them), each beside the
 * 404 baseline of the same servers; and the cost of following the store (the head check each read makes, so that a
 * read through one server sees what the other acknowledged), as state reads on a following server against the same
 * reads on one started {@code --no-follow}.
 */
final class MixedBench {
  private MixedBench() {}

  /** One request in this many is a write. */
  private static final int WRITE_EVERY = 20;

  static List<Figure> run(BenchOptions o, PrintWriter progress) throws Exception {
    String what = "95% state reads, 5% writes, " + String.format("%,d", o.httpRate()) + " req/s offered, book of "
        + String.format("%,d", o.httpActs()) + " acts on PostgreSQL";
    if (o.pgUrl() == null || o.server() == null) {
      String why = o.pgUrl() == null ? "no PostgreSQL server given (--pg)" : "no command to start charter serve";
      return List.of(Figure.missing("mixed.one.p99", what + ", one server", why),
          Figure.missing("mixed.two.p99", what + ", two servers", why),
          Figure.missing("follow.p50", "state reads on a server that follows the store", why));
    }
    String schema = "charter_bench_mixed_" + ProcessHandle.current().pid();
    String url = o.pgUrl() + (o.pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    List<Process> servers = new ArrayList<>();
    try {
      BookGenerator gen = HttpBench.write(o, url, progress, new long[1]);
      String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
      LoadGenerator load = new LoadGenerator(token);
      int n = o.httpRate() * o.httpSeconds();
      int warm = Math.min(n, o.httpRate() * Math.max(1, Math.min(10, o.httpSeconds())));
      List<Request> nothing = Collections.nCopies(n, Request.get("/api/bench-unknown-path"));

      URI a = start(o, url, token, "mixed-a.err", servers, progress);
      load.send(a, requests(gen, o, warm, "warm-a-", true), o.httpRate());
      Result baseOne = load.send(a, nothing, o.httpRate());
      Result one = load.send(a, requests(gen, o, n, "one-", true), o.httpRate());

      URI b = start(o, url, token, "mixed-b.err", servers, progress);
      load.send(b, requests(gen, o, warm, "warm-b-", true), o.httpRate());
      Result baseTwo = load.send(List.of(a, b), nothing, o.httpRate());
      Result two = load.send(List.of(a, b), requests(gen, o, n, "two-", true), o.httpRate());
      HttpBench.stop(servers.remove(servers.size() - 1));

      URI c = start(o, url, token, "mixed-c.err", servers, progress, "--no-follow");
      List<Request> reads = requests(gen, o, n, "", false);
      // Twice each, alternating, and the second round kept: both servers as warm, and neither always first.
      Result followed = null;
      Result alone = null;
      for (int round = 0; round < 2; round++) {
        followed = load.send(a, reads, o.httpRate());
        alone = load.send(c, reads, o.httpRate());
      }
      return List.of(
          p99("mixed.one.p99", what + ", one server", one, baseOne),
          throughput("mixed.one.rate", what + ", one server", one, baseOne),
          p99("mixed.two.p99", what + ", two servers on one store", two, baseTwo),
          throughput("mixed.two.rate", what + ", two servers on one store", two, baseTwo),
          Figure.cost("follow.p50", "as-of state reads on a server that follows the store (one head check per"
              + " read), p50", followed.p50Micros() / 1e3, "ms", "the same reads on a server started --no-follow, p50",
              alone.p50Micros() / 1e3, Double.NaN, note(followed, o)),
          Figure.cost("follow.p99", "as-of state reads on a server that follows the store, p99",
              followed.p99Micros() / 1e3, "ms", "the same reads on a server started --no-follow, p99",
              alone.p99Micros() / 1e3, Double.NaN, note(alone, o)));
    } finally {
      for (Process p : servers) {
        HttpBench.stop(p);
      }
      try (java.sql.Connection conn = java.sql.DriverManager.getConnection(o.pgUrl());
          java.sql.Statement st = conn.createStatement()) {
        st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  private static Figure p99(String id, String what, Result work, Result base) {
    return Figure.cost(id, what + ", p99", work.p99Micros() / 1e3, "ms", "same servers, 404 for an unknown path, p99",
        base.p99Micros() / 1e3, Double.NaN, String.format("p50 %.2f ms (404: %.2f ms); %,d sent, %,d answered, %,d"
            + " late or failed; loopback, servers, PostgreSQL and load on the same 2 cores", work.p50Micros() / 1e3,
            base.p50Micros() / 1e3, work.sent(), work.ok(), work.failed()));
  }

  private static Figure throughput(String id, String what, Result work, Result base) {
    return Figure.rate(id, what + ", answered per second", work.achievedRate(), "req/s", "same servers, 404 for an"
        + " unknown path, answered per second", base.achievedRate(), Double.NaN, String.format("%,d of %,d answered in"
            + " time", work.ok(), work.sent()));
  }

  private static String note(Result r, BenchOptions o) {
    return String.format("%,d sent at %,d req/s, %,d answered, %,d late or failed", r.sent(), o.httpRate(), r.ok(),
        r.failed());
  }

  /**
   * {@code n} requests: as-of state reads of a random entity at a random time, and, when {@code writes}, every
   * {@value #WRITE_EVERY}th one a write of an annotation whose id starts with {@code prefix}.
   */
  private static List<Request> requests(BookGenerator gen, BenchOptions o, int n, String prefix, boolean writes) {
    SplittableRandom rnd = new SplittableRandom(o.seed() + prefix.hashCode());
    long span = gen.lastValidAt().getEpochSecond() - BookGenerator.START.getEpochSecond();
    List<String> entities = gen.entities();
    List<Request> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (writes && i % WRITE_EVERY == WRITE_EVERY - 1) {
        out.add(Request.post("/api/books/" + BenchRun.BOOK + "/acts", "{\"act\":\"statement-made\",\"id\":\"bench-"
            + prefix + i + "\",\"at\":\"2030-01-01T00:00:00Z\",\"by\":\"bench\",\"text\":\"a write\"}"));
      } else {
        out.add(Request.get("/api/books/" + BenchRun.BOOK + "/state?entity="
            + entities.get(rnd.nextInt(entities.size())) + "&at=" + BookGenerator.START.plusSeconds(rnd.nextLong(
                span + 1))));
      }
    }
    return out;
  }

  private static URI start(BenchOptions o, String url, String token, String errors, List<Process> servers,
      PrintWriter progress, String... extra) throws Exception {
    progress.printf("  mixed: starting charter serve on PostgreSQL%s%n", extra.length == 0 ? "" : " "
        + String.join(" ", extra));
    progress.flush();
    Process p = HttpBench.serve(o, url, token, errors, extra);
    servers.add(p);
    String base = HttpBench.baseUrl(p, o.workDir().resolve(errors));
    HttpBench.awaitBook(base, token);
    return URI.create(base);
  }
}
