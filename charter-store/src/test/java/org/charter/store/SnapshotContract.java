package org.charter.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.charter.core.book.Book;
import org.charter.core.ledger.ChainVerifier;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.charter.core.ledger.SnapshotStore;
import org.charter.testkit.SameBook;
import org.charter.testkit.TestActs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Snapshots in a real store: a matching one is loaded and only the entries after it are replayed; one that does not
 * match the head, the format or the key, or whose stored bytes were cut, changed or lost, is ignored with a log line and
 * the book replayed from its first entry, to the same book; and {@code verify} reads the chain alone, whatever the
 * snapshot holds. The book is 20,000 entries, so its snapshot spans several pieces.
 */
public abstract class SnapshotContract {
  protected static final String BOOK = "snap";
  private static final ZoneId ZONE = ZoneOffset.UTC;
  private static final byte[] KEY = "the key".getBytes(StandardCharsets.UTF_8);
  private static final int SIZE = 20_000;

  private final List<String> logged = new ArrayList<>();
  private final Logger log = Logger.getLogger(BookSync.class.getName());
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord r) {
      logged.add(r.getLevel() + " " + r.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private List<LedgerEntry> written;

  /** A new store object on the test's database. */
  protected abstract LedgerStore open();

  /** A plain JDBC connection to the test's database, to tamper with it. */
  protected abstract Connection connect() throws SQLException;

  @BeforeEach
  void writeBook() {
    log.addHandler(handler);
    written = TestActs.entries(BOOK, SIZE);
    try (LedgerStore store = open()) {
      store.append(BOOK, 0, written);
    }
  }

  @AfterEach
  void removeHandler() {
    log.removeHandler(handler);
  }

  private BookSync.Load load(byte[] key) {
    try (LedgerStore store = open()) {
      return BookSync.open(store, BOOK, ZONE, key);
    }
  }

  private Book saveAt(int size) {
    Book prefix = new Book(BOOK, ZONE);
    written.subList(0, size).forEach(e -> prefix.replayStored(org.charter.core.ledger.Canonical.decode(e.payload()),
        e));
    try (LedgerStore store = open()) {
      assertThat(BookSync.save(store, prefix, KEY)).isTrue();
    }
    return prefix;
  }

  private Book full() {
    Book b = new Book(BOOK, ZONE);
    written.forEach(e -> b.replayStored(org.charter.core.ledger.Canonical.decode(e.payload()), e));
    return b;
  }

  private void sql(String statement, Object... args) throws SQLException {
    try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(statement)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }

  private long count(String query) throws SQLException {
    try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(query); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void assertIgnoredAndRebuilt(String why) {
    BookSync.Load l = load(KEY);
    assertThat(l.ignored()).contains(why);
    assertThat(l.fromSnapshot()).isZero();
    assertThat(l.replayed()).isEqualTo(SIZE);
    assertThat(logged).anySatisfy(m -> assertThat(m).startsWith("WARNING snapshot of book " + BOOK)
        .contains("ignored, replaying the book instead").contains(why));
    SameBook.assertSame(full(), l.book(), 50);
  }

  @Test
  void load_withoutASnapshot_replaysEveryEntry() {
    BookSync.Load l = load(KEY);
    assertThat(l.fromSnapshot()).isZero();
    assertThat(l.replayed()).isEqualTo(SIZE);
    assertThat(l.ignored()).isNull();
    assertThat(logged).isEmpty();
  }

  @Test
  void load_withASnapshotAtTheHead_replaysNothing() throws Exception {
    saveAt(SIZE);
    assertThat(count("SELECT COUNT(*) FROM book_snapshot_chunk")).isGreaterThan(1);
    BookSync.Load l = load(KEY);
    assertThat(l.ignored()).isNull();
    assertThat(l.fromSnapshot()).isEqualTo(SIZE);
    assertThat(l.replayed()).isZero();
    SameBook.assertSame(full(), l.book(), 50);
    assertThat(logged).isEmpty();
  }

  @Test
  void load_withASnapshotBehindTheHead_replaysOnlyTheEntriesAfterIt() {
    saveAt(SIZE - 1_234);
    BookSync.Load l = load(KEY);
    assertThat(l.ignored()).isNull();
    assertThat(l.fromSnapshot()).isEqualTo(SIZE - 1_234);
    assertThat(l.replayed()).isEqualTo(1_234);
    SameBook.assertSame(full(), l.book(), 50);
  }

  @Test
  void save_again_replacesTheSnapshotAndDropsPiecesOfOthers() throws Exception {
    saveAt(100);
    sql("INSERT INTO book_snapshot_chunk (book_id, generation, chunk, bytes) VALUES (?, 77, 0, ?)", BOOK,
        new byte[] {1});
    saveAt(SIZE);
    assertThat(count("SELECT COUNT(*) FROM book_snapshot")).isEqualTo(1);
    assertThat(count("SELECT COUNT(DISTINCT generation) FROM book_snapshot_chunk")).isEqualTo(1);
    assertThat(count("SELECT head_seq FROM book_snapshot")).isEqualTo(SIZE - 1);
    assertThat(load(KEY).fromSnapshot()).isEqualTo(SIZE);
  }

  @Test
  void load_ofASnapshotOfAnotherFormat_ignoresItAndReplays() throws Exception {
    saveAt(SIZE);
    sql("UPDATE book_snapshot SET format = 99");
    assertIgnoredAndRebuilt("format 99");
  }

  @Test
  void load_ofASnapshotTaggedWithAnotherHead_ignoresItAndReplays() throws Exception {
    saveAt(SIZE);
    sql("UPDATE book_snapshot SET head_seq = head_seq - 1");
    assertIgnoredAndRebuilt("entries, not");
  }

  @Test
  void load_ofASnapshotPastTheBooksHead_ignoresItAndReplays() throws Exception {
    saveAt(SIZE);
    sql("UPDATE book_snapshot SET head_seq = 999999");
    assertIgnoredAndRebuilt("past the book's last");
  }

  @Test
  void load_ofATruncatedSnapshot_ignoresItAndReplays() throws Exception {
    saveAt(SIZE);
    sql("DELETE FROM book_snapshot_chunk WHERE chunk = (SELECT MAX(chunk) FROM book_snapshot_chunk)");
    assertIgnoredAndRebuilt("missing");
  }

  @Test
  void load_ofASnapshotCutShort_ignoresItAndReplays() throws Exception {
    saveAt(SIZE);
    sql("UPDATE book_snapshot SET byte_count = byte_count - 100");
    assertIgnoredAndRebuilt("cannot be read");
  }

  @Test
  void load_ofASnapshotWithAByteChanged_ignoresItAndReplays() throws Exception {
    saveAt(SIZE);
    byte[] piece;
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement("SELECT bytes FROM book_snapshot_chunk WHERE chunk = 1");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      piece = rs.getBytes(1);
    }
    piece[piece.length / 2] ^= 0x20;
    sql("UPDATE book_snapshot_chunk SET bytes = ? WHERE chunk = 1", piece);
    assertIgnoredAndRebuilt("MAC");
  }

  @Test
  void load_ofASnapshotSealedWithAnotherKey_ignoresItAndReplays() {
    saveAt(SIZE);
    BookSync.Load l = load("another key".getBytes(StandardCharsets.UTF_8));
    assertThat(l.ignored()).contains("MAC");
    assertThat(l.fromSnapshot()).isZero();
    SameBook.assertSame(full(), l.book(), 50);
  }

  @Test
  void verify_readsTheChainAlone_whateverTheSnapshot() throws Exception {
    saveAt(SIZE);
    sql("UPDATE book_snapshot_chunk SET bytes = ? WHERE chunk = 0", new byte[] {0});
    try (LedgerStore store = open()) {
      assertThat(ChainVerifier.verify(BOOK, store.read(BOOK))).isEmpty();
    }
    // A broken chain is found with a good snapshot beside it.
    saveAt(SIZE);
    byte[] payload = written.get(17).payload().clone();
    payload[payload.length / 2] ^= 0x01;
    sql("UPDATE ledger_entry SET payload = ? WHERE book_id = ? AND seq = 17", payload, BOOK);
    try (LedgerStore store = open()) {
      assertThat(ChainVerifier.verify(BOOK, store.read(BOOK)).orElseThrow().seq()).isEqualTo(17);
      assertThat(store).isInstanceOf(SnapshotStore.class);
    }
  }
}
