package org.charter.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.charter.store.sqlite.SqliteLedgerStore;

/**
 * The first answer from a cold process for a large book, with and without its snapshot: a fresh JVM opens the SQLite
 * store, loads the book and answers one entity's state ({@link SnapshotLoad}), timed from the parent's start of the
 * process to the answer printed, so JVM start and class loading count. The book is written once to the work directory
 * and reused by later runs of the same size. The target is the issue's: under 5 s with the snapshot.
 */
final class SnapshotBench {
  private static final double TARGET_SECONDS = 5;

  private SnapshotBench() {}

  static List<Figure> run(BenchOptions o, PrintWriter progress) throws Exception {
    String what = "first answer from a cold process, book of " + String.format("%,d", o.acts()) + " acts";
    if (o.server() == null) {
      return List.of(Figure.missing("snapshot.cold", what, "no JVM command to start the loads with"));
    }
    Path db = o.workDir().resolve("snapshot-" + o.acts() + ".db");
    long held;
    try (SqliteLedgerStore store = SqliteLedgerStore.open(db)) {
      held = store.size(BenchRun.BOOK);
    }
    if (held != o.acts()) {
      for (String suffix : new String[] {"", "-wal", "-shm"}) {
        Files.deleteIfExists(Path.of(db + suffix));
      }
      HttpBench.writeBook(o.seed(), o.acts(), db.toString(), "snapshot", progress, new long[1]);
    }
    progress.printf("  snapshot: cold load by replay, then saving the snapshot%n");
    progress.flush();
    Map<String, String> replay = child(o, db, "save");
    List<Double> with = new ArrayList<>();
    Map<String, String> last = null;
    for (int i = 0; i < Math.max(1, o.rounds()); i++) {
      last = child(o, db, "snapshot");
      if (!last.get("replayed").equals("0") || !last.get("ignored").equals("-")) {
        throw new IllegalStateException("the snapshot was not used: " + last);
      }
      with.add(Double.parseDouble(last.get("wall_ms")) / 1e3);
      progress.printf("  snapshot: cold load from the snapshot %.1f s%n", with.get(i));
      progress.flush();
    }
    double[] sorted = with.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double median = sorted[sorted.length / 2];
    double without = Double.parseDouble(replay.get("wall_ms")) / 1e3;
    long bytes = Long.parseLong(replay.get("snapshot_bytes"));
    String note = "in-process load " + last.get("load_ms") + " ms with the snapshot, " + replay.get("load_ms")
        + " ms by replay; runs with the snapshot " + Arrays.toString(sorted) + " s; snapshot " + bytes + " bytes ("
        + bytes / o.acts() + " an act), saved in " + replay.get("save_ms") + " ms; heap after load "
        + Long.parseLong(last.get("heap_used")) / (1 << 20) + " MiB from the snapshot, "
        + Long.parseLong(replay.get("heap_used")) / (1 << 20) + " MiB by replay";
    return List.of(
        Figure.cost("snapshot.cold", what + ", from its snapshot", median, "s", "target: 5 s", TARGET_SECONDS, 1.0,
            note),
        Figure.cost("snapshot.replay", what + ", by replay (no snapshot)", without, "s",
            "the same load from the snapshot", median, Double.NaN, "one run"));
  }

  /** Runs one load in a fresh JVM and returns its figures, with the wall time from start to answer. */
  private static Map<String, String> child(BenchOptions o, Path db, String mode) throws Exception {
    List<String> command = new ArrayList<>(o.server().subList(0, o.server().size() - 2));
    command.addAll(List.of(SnapshotLoad.class.getName(), db.toAbsolutePath().toString(), mode));
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command).directory(o.workDir().toFile())
        .redirectError(o.workDir().resolve("snapshot-" + mode + ".err").toFile()).start();
    String line = null;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String l; (l = r.readLine()) != null; ) {
        if (l.startsWith("load_ms=")) {
          line = l;
        }
      }
    }
    if (p.waitFor() != 0 || line == null) {
      throw new IllegalStateException("the " + mode + " load failed; see " + o.workDir().resolve("snapshot-" + mode
          + ".err"));
    }
    Map<String, String> out = new HashMap<>();
    for (String kv : line.split(" ")) {
      int eq = kv.indexOf('=');
      out.put(kv.substring(0, eq), kv.substring(eq + 1));
    }
    // The process's own answer time, plus what came before its main: the parent's clock from start to the line is
    // later still (the child's exit, its heap figure's collection), so the answer is timed from the child's own start.
    long startup = (System.nanoTime() - t0) / 1_000_000 - Long.parseLong(out.get("total_ms"));
    out.put("wall_ms", Long.toString(Math.max(0, startup) + Long.parseLong(out.get("answer_ms"))));
    return out;
  }
}
