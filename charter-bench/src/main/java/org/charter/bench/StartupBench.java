package org.charter.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.charter.bench.gen.BookGenerator;
import org.charter.core.ledger.HashChain;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.charter.store.Stores;

/**
 * Start-up with many books (issue 13, item 2): a store of {@value #BOOKS} generated books, {@value #ACTS} acts each,
 * and {@code charter serve} started on it; the figure is the time from starting the process to the first state answer
 * for one of them, against the same on a store of one such book. Then {@value #TOUCHED} more books are asked for, and
 * the live heap after a full collection, before and after, gives the heap per book in memory.
 */
final class StartupBench {
  private StartupBench() {}

  static final int BOOKS = 10_000;
  static final int ACTS = 20;
  static final int TOUCHED = 1_000;
  static final int LISTS = 5;

  static List<Figure> run(BenchOptions o, PrintWriter progress) throws Exception {
    String what = "charter serve on an SQLite store of " + String.format("%,d", BOOKS) + " books of " + ACTS
        + " acts: time from the process's start to the first state answer for one of them";
    if (o.server() == null) {
      return List.of(Figure.missing("startup.first", what, "no command to start charter serve"));
    }
    String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    Path one = store(o, "startup-1.db", 1, progress);
    Path many = store(o, "startup-" + BOOKS + ".db", BOOKS, progress);
    double alone = 0;
    double crowded = 0;
    long[] heap = new long[2];
    double[] list = new double[1];
    // Twice each, alternating, the second kept: the page cache as warm for both.
    for (int round = 0; round < 2; round++) {
      alone = firstAnswer(o, one, token, 0, null, null);
      crowded = firstAnswer(o, many, token, BOOKS / 2, round == 1 ? heap : null, round == 1 ? list : null);
    }
    double perBook = (double) (heap[1] - heap[0]) / TOUCHED;
    return List.of(
        Figure.cost("startup.first", what, crowded, "s", "the same on a store of one such book", alone, 0.5,
            "the bundled OpenAI scenario is imported at start in both; no book is loaded before its first request"),
        Figure.cost("startup.list", "GET /api/books on the same store: " + String.format("%,d", BOOKS) + " books,"
            + " one in memory, the others listed from the store (median of " + LISTS + ")", list[0], "s",
            "an interactive answer", 1.0, 1.0, "every book's size and head read from the store, none loaded"),
        heap[0] < 0 || heap[1] < 0
            ? Figure.missing("startup.heap", "heap per book in memory", "jcmd could not read the server's heap")
            : Figure.cost("startup.heap", "heap per book in memory (" + ACTS + " acts), live after a full GC, "
                + String.format("%,d", TOUCHED) + " books asked for", perBook, "bytes/book", "the book's canonical"
                + " bytes in the ledger", canonicalBytes(o), Double.NaN, String.format("%,d bytes before the"
                    + " books were asked for, %,d after", heap[0], heap[1])));
  }

  /**
   * The seconds from starting {@code charter serve} on {@code db} to its answer for book {@code n}'s state; with
   * {@code list}, then the median seconds of {@value #LISTS} lists of every book, before any other is loaded.
   */
  private static double firstAnswer(BenchOptions o, Path db, String token, int n, long[] heap, double[] list)
      throws Exception {
    long t0 = System.nanoTime();
    Process p = HttpBench.serve(o, db.toString(), token, "startup.err");
    try {
      URI base = URI.create(HttpBench.baseUrl(p, o.workDir().resolve("startup.err")));
      HttpClient http = HttpClient.newHttpClient();
      state(http, base, token, n);
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (list != null) {
        double[] times = new double[LISTS];
        for (int i = 0; i < LISTS; i++) {
          long l0 = System.nanoTime();
          HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("api/books"))
              .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
          times[i] = (System.nanoTime() - l0) / 1e9;
          if (r.statusCode() != 200 || !r.body().contains(id(BOOKS - 1))) {
            throw new IllegalStateException("the list of books answered " + r.statusCode() + " without "
                + id(BOOKS - 1));
          }
        }
        java.util.Arrays.sort(times);
        list[0] = times[LISTS / 2];
      }
      if (heap != null) {
        heap[0] = HttpBench.liveHeap(p.pid());
        for (int i = 0; i < TOUCHED; i++) {
          state(http, base, token, i);
        }
        heap[1] = HttpBench.liveHeap(p.pid());
      }
      return seconds;
    } finally {
      HttpBench.stop(p);
    }
  }

  private static void state(HttpClient http, URI base, String token, int n) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("api/books/" + id(n) + "/state?at=2030-01-01T00:00:00Z"))
        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("state of " + id(n) + " answered " + r.statusCode() + ": " + r.body());
    }
  }

  /** The canonical bytes of the first generated book's entries, as the ledger stores them. */
  private static double canonicalBytes(BenchOptions o) {
    return entries(o, 0).stream().mapToLong(e -> e.payload().length).sum();
  }

  private static List<LedgerEntry> entries(BenchOptions o, int b) {
    BookGenerator gen = new BookGenerator(o.seed() + b, ACTS);
    List<LedgerEntry> entries = new ArrayList<>(ACTS);
    byte[] prev = HashChain.GENESIS;
    for (long seq = 0; gen.hasNext(); seq++) {
      LedgerEntry e = HashChain.entry(id(b), seq, prev, gen.next().act());
      prev = e.hash();
      entries.add(e);
    }
    return entries;
  }

  private static String id(int n) {
    return String.format("book-%05d", n);
  }

  /** An SQLite store of {@code count} generated books, written once and kept in the work directory for the next run. */
  private static Path store(BenchOptions o, String name, int count, PrintWriter progress) {
    Path db = o.workDir().resolve(name);
    Path done = o.workDir().resolve(name + ".done");
    if (Files.exists(done)) {
      return db;
    }
    progress.printf("  startup: writing %,d books of %d acts to %s%n", count, ACTS, db);
    progress.flush();
    try (LedgerStore store = Stores.open(db.toString())) {
      for (int b = 0; b < count; b++) {
        if (store.size(id(b)) == 0) {
          store.append(id(b), 0, entries(o, b));
        }
      }
    }
    try {
      Files.writeString(done, "written\n");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return db;
  }
}
