package org.charter.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.charter.core.ledger.ChainVerifier;
import org.charter.core.ledger.ConflictException;
import org.charter.core.ledger.HashChain;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.charter.store.PoolOptions;
import org.charter.store.Stores;
import org.charter.testkit.PostgresTestSchema;
import org.charter.testkit.TestActs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL store's connection pool on the real test server: one store object shared by many threads, the pool
 * size as the server's own {@code pg_stat_activity} counts it, and the wait for a connection bounded by the timeout.
 */
class PostgresPoolTests {
  private PostgresTestSchema schema;
  private String app;

  @BeforeEach
  void createSchema() {
    schema = PostgresTestSchema.create(getClass().getSimpleName());
    app = "charter-pool-" + schema.name();
  }

  @AfterEach
  void dropSchema() {
    schema.close();
  }

  private LedgerStore open(int size, Duration timeout) {
    return Stores.open(schema.url() + "&ApplicationName=" + app, new PoolOptions(size, timeout));
  }

  /** The connections the server has open for this test's store, by its application name. */
  private int serverConnections(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")) {
      ps.setString(1, app);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private int waitingOnLocks(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT count(*) FROM pg_stat_activity WHERE application_name = ? AND wait_event_type = 'Lock'")) {
      ps.setString(1, app);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  @Test
  void appendAndRead_twelveThreadsThroughOneStoreOfFour_everyActLandsOnceAndNoMoreThanFourConnections()
      throws Exception {
    int threads = 12;
    int books = 4;
    int batches = 10;
    int perBatch = 5;
    AtomicInteger most = new AtomicInteger();
    AtomicBoolean done = new AtomicBoolean();
    try (LedgerStore store = open(4, Duration.ofSeconds(30)); Connection watch = schema.connect()) {
      PostgresLedgerStore pg = (PostgresLedgerStore) store;
      ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
      Future<?> sampler = pool.submit(() -> {
        while (!done.get()) {
          most.accumulateAndGet(serverConnections(watch), Math::max);
          most.accumulateAndGet(pg.openConnections(), Math::max);
          Thread.sleep(5);
        }
        return null;
      });
      List<Future<Integer>> writers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String book = "book-" + (t % books);
        String prefix = "t" + t;
        writers.add(pool.submit(() -> {
          int conflicts = 0;
          for (int b = 0; b < batches; b++) {
            while (true) {
              Optional<LedgerEntry> head = store.last(book);
              long size = head.map(e -> e.seq() + 1).orElse(0L);
              List<LedgerEntry> batch = TestActs.chain(book, size, head.map(LedgerEntry::hash)
                  .orElse(HashChain.GENESIS), TestActs.statements(prefix + "-", b * perBatch, perBatch));
              try {
                store.append(book, size, batch);
                break;
              } catch (ConflictException lostTheRace) {
                conflicts++;
              }
            }
            // A read between writes, through the same store, while the other threads write.
            assertThat(store.read(book, 0, 1_000)).isNotEmpty();
          }
          return conflicts;
        }));
      }
      for (Future<Integer> w : writers) {
        w.get(120, TimeUnit.SECONDS);
      }
      done.set(true);
      sampler.get(10, TimeUnit.SECONDS);
      pool.shutdown();

      for (int b = 0; b < books; b++) {
        List<LedgerEntry> entries = store.read("book-" + b);
        assertThat(entries).hasSize(threads / books * batches * perBatch);
        assertThat(entries.stream().map(LedgerEntry::actId).distinct()).hasSameSizeAs(entries);
        assertThat(ChainVerifier.verify("book-" + b, entries)).isEmpty();
      }
      assertThat(most.get()).as("connections open at the busiest moment").isBetween(1, 4);
    }
  }

  @Test
  void poolSize_threeAppendsHeldOnTheBooksLock_holdThreeConnectionsAndTheFourthCallerTimesOut() throws Exception {
    String book = "held";
    List<LedgerEntry> first = TestActs.entries(book, 1);
    try (LedgerStore store = open(3, Duration.ofSeconds(1)); Connection lock = schema.connect();
        Connection watch = schema.connect()) {
      store.append(book, 0, first);
      lock.setAutoCommit(false);
      try (PreparedStatement ps = lock.prepareStatement("SELECT 1 FROM book WHERE book_id = ? FOR UPDATE")) {
        ps.setString(1, book);
        ps.executeQuery().close();
      }
      ExecutorService pool = Executors.newFixedThreadPool(3);
      List<Future<String>> appends = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        List<LedgerEntry> next = TestActs.chain(book, first, TestActs.statements("writer" + t + "-", 1));
        appends.add(pool.submit(() -> {
          try {
            store.append(book, 1, next);
            return "appended";
          } catch (ConflictException e) {
            return "conflict";
          }
        }));
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (waitingOnLocks(watch) < 3 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(waitingOnLocks(watch)).as("appends waiting on the book's lock").isEqualTo(3);
      assertThat(serverConnections(watch)).as("the server's count of the store's connections").isEqualTo(3);
      assertThat(((PostgresLedgerStore) store).openConnections()).isEqualTo(3);

      long start = System.nanoTime();
      assertThatThrownBy(() -> store.size(book)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("no connection to the store").hasMessageContaining("within 1 s (pool of 3)");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
      assertThat(serverConnections(watch)).isEqualTo(3);

      lock.rollback();
      List<String> outcomes = new ArrayList<>();
      for (Future<String> f : appends) {
        outcomes.add(f.get(30, TimeUnit.SECONDS));
      }
      pool.shutdown();
      assertThat(outcomes).containsExactlyInAnyOrder("appended", "conflict", "conflict");
      assertThat(store.size(book)).isEqualTo(2);
      assertThat(ChainVerifier.verify(book, store.read(book))).isEmpty();
    }
  }

  @Test
  void poolOptions_outOfRange_areRefusedNamingTheValue() {
    assertThatThrownBy(() -> new PoolOptions(0, Duration.ofSeconds(10)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pool size 0");
    assertThatThrownBy(() -> new PoolOptions(8, Duration.ofMillis(10)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pool timeout");
  }
}
