package org.charter.bench;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.charter.core.act.EntityOnRecord;
import org.charter.core.book.Book;
import org.charter.core.ledger.AppendKey;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.charter.core.ledger.SnapshotStore;
import org.charter.core.report.StateReport;
import org.charter.core.state.Basis;
import org.charter.core.state.Register;
import org.charter.store.BookSync;
import org.charter.store.sqlite.SqliteLedgerStore;

/**
 * One cold load of the bench book in a fresh JVM, as a server's first request makes it: open the SQLite store, load the
 * book ({@code replay}: ignoring any snapshot; {@code snapshot}: from its snapshot; {@code save}: by replay, then save a
 * snapshot), and answer the state of its first entity as of its last valid time. Prints one line of figures for
 * {@link SnapshotBench} to read.
 */
public final class SnapshotLoad {
  private SnapshotLoad() {}

  public static void main(String[] args) {
    long t0 = System.nanoTime();
    String mode = args[1];
    try (SqliteLedgerStore sqlite = SqliteLedgerStore.open(Path.of(args[0]))) {
      LedgerStore store = mode.equals("snapshot") ? sqlite : new ChainOnly(sqlite);
      BookSync.Load l = BookSync.open(store, BenchRun.BOOK, ZoneOffset.UTC, null);
      long loaded = System.nanoTime();
      Book book = l.book();
      String entity = ((EntityOnRecord) book.timeline().get(0).act()).entity();
      int answer = StateReport.views(book, Basis.at(book.lastValidAt().orElseThrow()), ZoneOffset.UTC, entity,
          List.of(Register.LEGAL, Register.ACTED)).toString().length();
      long answered = System.nanoTime();
      long saveNanos = 0;
      if (mode.equals("save")) {
        long s0 = System.nanoTime();
        if (!BookSync.save(sqlite, book, null)) {
          throw new IllegalStateException("the snapshot was not saved");
        }
        saveNanos = System.nanoTime() - s0;
      }
      long bytes = sqlite.snapshot(BenchRun.BOOK).map(SnapshotStore.SnapshotInfo::bytes).orElse(0L);
      Runtime rt = Runtime.getRuntime();
      System.gc();
      System.out.printf("load_ms=%d answer_ms=%d from_snapshot=%d replayed=%d answer_chars=%d save_ms=%d"
          + " snapshot_bytes=%d heap_used=%d ignored=%s total_ms=%d%n", (loaded - t0) / 1_000_000,
          (answered - t0) / 1_000_000,
          l.fromSnapshot(), l.replayed(), answer, saveNanos / 1_000_000, bytes, rt.totalMemory() - rt.freeMemory(),
          l.ignored() == null ? "-" : l.ignored().replace(' ', '_'), (System.nanoTime() - t0) / 1_000_000);
    }
  }

  /** The store seen as a ledger only, with no snapshots: how a load replays from the first entry. */
  private record ChainOnly(LedgerStore store) implements LedgerStore {
    @Override
    public List<String> books() {
      return store.books();
    }

    @Override
    public long size(String book) {
      return store.size(book);
    }

    @Override
    public List<LedgerEntry> read(String book) {
      return store.read(book);
    }

    @Override
    public List<LedgerEntry> read(String book, long from, int max) {
      return store.read(book, from, max);
    }

    @Override
    public Optional<LedgerEntry> last(String book) {
      return store.last(book);
    }

    @Override
    public void append(String book, long expectedSize, List<LedgerEntry> entries, String idempotencyKey,
        byte[] receipt) {
      store.append(book, expectedSize, entries, idempotencyKey, receipt);
    }

    @Override
    public Optional<AppendKey> appendKey(String book, String idempotencyKey) {
      return store.appendKey(book, idempotencyKey);
    }

    @Override
    public void close() {}
  }
}
