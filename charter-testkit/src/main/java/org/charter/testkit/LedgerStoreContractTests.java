package org.charter.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charter.testkit.TestActs.chain;
import static org.charter.testkit.TestActs.concat;
import static org.charter.testkit.TestActs.entries;
import static org.charter.testkit.TestActs.next;
import static org.charter.testkit.TestActs.statement;
import static org.charter.testkit.TestActs.statements;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.charter.core.act.Act;
import org.charter.core.ledger.AppendKey;
import org.charter.core.ledger.ChainVerifier;
import org.charter.core.ledger.ConflictException;
import org.charter.core.ledger.HashChain;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract every {@link LedgerStore} adapter passes: extend it and say how to open a fresh store. */
public abstract class LedgerStoreContractTests {
  protected static final String BOOK = "openai";
  protected static final String OTHER_BOOK = "openai-global-llc";

  protected LedgerStore store;

  /** A new, empty store. */
  protected abstract LedgerStore newStore();

  /**
   * A store on the same data as the last {@link #newStore()}, which the suite may have closed or may still hold open:
   * the concurrency tests open one per writer, as separate processes would.
   */
  protected abstract LedgerStore reopen();

  @BeforeEach
  void openStore() {
    store = newStore();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void read_emptyStore_hasNoBooksAndNoEntries() {
    assertThat(store.books()).isEmpty();
    assertThat(store.size(BOOK)).isZero();
    assertThat(store.read(BOOK)).isEmpty();
  }

  @Test
  void append_thenRead_returnsByteIdenticalEntries() {
    List<LedgerEntry> entries = entries(BOOK, 3);
    store.append(BOOK, 0, entries);

    List<LedgerEntry> read = store.read(BOOK);
    assertThat(read).isEqualTo(entries);
    for (int i = 0; i < entries.size(); i++) {
      assertThat(read.get(i).payload()).isEqualTo(entries.get(i).payload());
      assertThat(read.get(i).prevHash()).isEqualTo(entries.get(i).prevHash());
      assertThat(read.get(i).hash()).isEqualTo(entries.get(i).hash());
    }
  }

  @Test
  void append_instantsWithNanoseconds_readBackExactly() {
    Instant valid = Instant.parse("2023-11-17T12:00:00.123456789Z");
    Act act = statement("nanos", valid);
    store.append(BOOK, 0, chain(BOOK, 0, HashChain.GENESIS, List.of(act)));

    LedgerEntry read = store.read(BOOK).get(0);
    assertThat(read.validAt()).isEqualTo(valid);
    assertThat(read.recordedAt()).isEqualTo(act.meta().recordedAt());
  }

  @Test
  void heads_giveEachWrittenBooksSizeAndLastHash_inBookOrder_asEachBooksOwnLastEntrySays() {
    assertThat(store.heads()).isEmpty();
    List<LedgerEntry> b = entries("b-book", 3);
    store.append("b-book", 0, b);
    List<LedgerEntry> a = entries("a-book", 1);
    store.append("a-book", 0, a);
    store.append("b-book", 3, next("b-book", b, 2));
    var heads = store.heads();
    assertThat(heads.keySet()).containsExactly("a-book", "b-book");
    for (String book : heads.keySet()) {
      LedgerEntry last = store.last(book).orElseThrow();
      assertThat(heads.get(book)).isEqualTo(new org.charter.core.ledger.BookHead(store.size(book), last.hashHex()));
    }
    assertThat(heads.get("b-book").size()).isEqualTo(5);
  }

  @Test
  void append_inSeveralBatches_readsBackInSequenceOrder() {
    List<LedgerEntry> first = entries(BOOK, 2);
    List<LedgerEntry> second = next(BOOK, first, 3);
    store.append(BOOK, 0, first);
    store.append(BOOK, 2, second);

    assertThat(store.read(BOOK)).isEqualTo(concat(first, second));
    assertThat(store.read(BOOK)).extracting(LedgerEntry::seq).containsExactly(0L, 1L, 2L, 3L, 4L);
  }

  @Test
  void size_afterTwoAppends_countsAllEntries() {
    List<LedgerEntry> first = entries(BOOK, 4);
    store.append(BOOK, 0, first);
    store.append(BOOK, 4, next(BOOK, first, 3));

    assertThat(store.size(BOOK)).isEqualTo(7);
  }

  @Test
  void books_afterAppendsToTwoBooks_listsBothById() {
    store.append(OTHER_BOOK, 0, entries(OTHER_BOOK, 1));
    store.append(BOOK, 0, entries(BOOK, 1));

    assertThat(store.books()).containsExactly(BOOK, OTHER_BOOK);
  }

  @Test
  void append_emptyBatch_writesNothing() {
    store.append(BOOK, 0, List.of());

    assertThat(store.books()).isEmpty();
    assertThat(store.size(BOOK)).isZero();
  }

  @Test
  void append_wrongExpectedSize_throwsConflictAndWritesNothing() {
    List<LedgerEntry> first = entries(BOOK, 2);
    store.append(BOOK, 0, first);
    List<LedgerEntry> more = next(BOOK, first, 2);

    assertThatThrownBy(() -> store.append(BOOK, 1, more))
        .isInstanceOf(ConflictException.class).hasMessageContaining(BOOK);
    assertThatThrownBy(() -> store.append(BOOK, 3, more)).isInstanceOf(ConflictException.class);
    assertThat(store.read(BOOK)).isEqualTo(first);
  }

  @Test
  void append_toNewBookExpectingEntries_throwsConflictAndCreatesNoBook() {
    assertThatThrownBy(() -> store.append(BOOK, 1, next(BOOK, entries(BOOK, 1), 1)))
        .isInstanceOf(ConflictException.class);

    assertThat(store.books()).isEmpty();
  }

  @Test
  void append_entryNotContinuingChain_throwsConflictAndWritesNothing() {
    List<LedgerEntry> first = entries(BOOK, 2);
    store.append(BOOK, 0, first);
    // Chained to the first entry instead of the tail.
    List<LedgerEntry> forked = chain(BOOK, 2, first.get(0).hash(), statements("fork", 1));

    assertThatThrownBy(() -> store.append(BOOK, 2, forked))
        .isInstanceOf(ConflictException.class).hasMessageContaining(BOOK);
    assertThat(store.read(BOOK)).isEqualTo(first);
  }

  @Test
  void append_batchBrokenInTheMiddle_writesNothingOfTheBatch() {
    List<LedgerEntry> batch = new ArrayList<>(entries(BOOK, 4));
    LedgerEntry third = batch.get(2);
    batch.set(2, HashChain.entry(BOOK, 2, HashChain.GENESIS, statement(third.actId(), third.validAt())));

    assertThatThrownBy(() -> store.append(BOOK, 0, batch)).isInstanceOf(ConflictException.class);
    assertThat(store.size(BOOK)).isZero();
    assertThat(store.books()).isEmpty();
  }

  @Test
  void append_entryWithWrongSequenceNumber_throwsConflictAndWritesNothing() {
    List<LedgerEntry> skipping = chain(BOOK, 1, HashChain.GENESIS, statements("act", 1));

    assertThatThrownBy(() -> store.append(BOOK, 0, skipping)).isInstanceOf(ConflictException.class);
    assertThat(store.size(BOOK)).isZero();
  }

  @Test
  void append_entryWhoseHashDoesNotMatchItsBytes_throwsConflictAndWritesNothing() {
    LedgerEntry good = entries(BOOK, 1).get(0);
    byte[] payload = good.payload().clone();
    payload[payload.length - 2] ^= 1;
    LedgerEntry altered = new LedgerEntry(BOOK, 0, good.actId(), good.actType(), good.validAt(), good.recordedAt(),
        payload, good.prevHash(), good.hash());

    assertThatThrownBy(() -> store.append(BOOK, 0, List.of(altered))).isInstanceOf(ConflictException.class);
    assertThat(store.size(BOOK)).isZero();
  }

  @Test
  void append_entryOfAnotherBook_throwsConflictAndWritesNothing() {
    assertThatThrownBy(() -> store.append(BOOK, 0, entries(OTHER_BOOK, 1))).isInstanceOf(ConflictException.class);

    assertThat(store.books()).isEmpty();
  }

  @Test
  void append_batchWhoseThirdEntryDuplicatesAnEarlierActId_writesNothingOfTheBatch() {
    List<LedgerEntry> first = entries(BOOK, 2);
    store.append(BOOK, 0, first);
    List<Act> acts = new ArrayList<>(statements("new", 2));
    acts.add(statement(first.get(0).actId(), TestActs.T0));
    List<LedgerEntry> batch = chain(BOOK, first, acts);

    assertThatThrownBy(() -> store.append(BOOK, 2, batch))
        .isInstanceOf(ConflictException.class).hasMessageContaining(first.get(0).actId());
    assertThat(store.read(BOOK)).isEqualTo(first);
  }

  @Test
  void append_batchWhoseThirdEntryDuplicatesAnActIdOfTheSameBatch_writesNothingOfTheBatch() {
    List<Act> acts = new ArrayList<>(statements("act", 2));
    acts.add(statement("act-0", TestActs.T0));

    assertThatThrownBy(() -> store.append(BOOK, 0, chain(BOOK, List.of(), acts)))
        .isInstanceOf(ConflictException.class).hasMessageContaining("act-0");
    assertThat(store.size(BOOK)).isZero();
    assertThat(store.books()).isEmpty();
  }

  @Test
  void append_afterRejectedAppend_acceptsTheCorrectBatch() {
    List<LedgerEntry> first = entries(BOOK, 2);
    store.append(BOOK, 0, first);
    assertThatThrownBy(() -> store.append(BOOK, 5, next(BOOK, first, 1))).isInstanceOf(ConflictException.class);

    List<LedgerEntry> second = next(BOOK, first, 1);
    store.append(BOOK, 2, second);
    assertThat(store.read(BOOK)).isEqualTo(concat(first, second));
  }

  @Test
  void append_toOneBook_leavesTheOtherUnchanged() {
    // The same act ids in both books: act ids are unique per book, not per store.
    List<LedgerEntry> mine = entries(BOOK, 3);
    List<LedgerEntry> theirs = entries(OTHER_BOOK, 2);
    store.append(BOOK, 0, mine);
    store.append(OTHER_BOOK, 0, theirs);
    store.append(BOOK, 3, next(BOOK, mine, 1));

    assertThat(store.read(OTHER_BOOK)).isEqualTo(theirs);
    assertThat(store.size(BOOK)).isEqualTo(4);
    assertThat(store.size(OTHER_BOOK)).isEqualTo(2);
  }

  @Test
  void reopen_afterAppends_returnsTheSameBooksAndEntries() {
    List<LedgerEntry> mine = entries(BOOK, 5);
    List<LedgerEntry> theirs = entries(OTHER_BOOK, 1);
    store.append(BOOK, 0, mine);
    store.append(OTHER_BOOK, 0, theirs);
    store.close();

    store = reopen();
    assertThat(store.books()).containsExactly(BOOK, OTHER_BOOK);
    assertThat(store.read(BOOK)).isEqualTo(mine);
    assertThat(store.read(OTHER_BOOK)).isEqualTo(theirs);
  }

  @Test
  void reopen_thenAppend_continuesTheChain() {
    List<LedgerEntry> first = entries(BOOK, 3);
    store.append(BOOK, 0, first);
    store.close();

    store = reopen();
    store.append(BOOK, 3, next(BOOK, first, 2));
    assertThat(ChainVerifier.verify(BOOK, store.read(BOOK))).isEmpty();
  }

  @Test
  void read_inPages_givesTheBookInOrderAndNothingOfOtherBooks() {
    List<LedgerEntry> mine = entries(BOOK, 23);
    store.append(BOOK, 0, mine);
    store.append(OTHER_BOOK, 0, entries(OTHER_BOOK, 5));
    List<LedgerEntry> paged = new ArrayList<>();
    for (long from = 0; ; from += 10) {
      List<LedgerEntry> page = store.read(BOOK, from, 10);
      paged.addAll(page);
      if (page.size() < 10) {
        break;
      }
    }
    assertThat(paged).isEqualTo(mine);
    assertThat(store.read(BOOK, 20, 100)).isEqualTo(mine.subList(20, 23));
    assertThat(store.read(BOOK, 23, 10)).isEmpty();
    assertThat(store.read(BOOK, 0, 0)).isEmpty();
    assertThatThrownBy(() -> store.read(BOOK, -1, 10)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void append_manyBatches_chainVerifies() {
    List<LedgerEntry> all = new ArrayList<>();
    for (int batch = 0; batch < 40; batch++) {
      List<LedgerEntry> more = next(BOOK, all, 1 + batch % 7);
      store.append(BOOK, all.size(), more);
      all.addAll(more);
    }

    assertThat(store.size(BOOK)).isEqualTo(all.size());
    assertThat(ChainVerifier.verify(BOOK, store.read(BOOK))).isEmpty();
  }

  @Test
  void append_racingWritersExpectingTheSameSize_exactlyOneWins() throws Exception {
    int writers = 8;
    List<Callable<Boolean>> tasks = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      List<LedgerEntry> batch = chain(BOOK, List.of(), statements("writer" + w, 3));
      tasks.add(() -> {
        try {
          store.append(BOOK, 0, batch);
          return true;
        } catch (ConflictException e) {
          return false;
        }
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Boolean> won = new ArrayList<>();
    try {
      for (Future<Boolean> f : pool.invokeAll(tasks)) {
        won.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(won).containsOnlyOnce(true);
    assertThat(store.size(BOOK)).isEqualTo(3);
    assertThat(ChainVerifier.verify(BOOK, store.read(BOOK))).isEmpty();
  }

  @Test
  void last_afterAppends_isTheBooksTailEntry() {
    List<LedgerEntry> first = entries(BOOK, 3);
    store.append(BOOK, 0, first);

    assertThat(store.last(BOOK)).contains(first.get(2));
    assertThat(store.last(OTHER_BOOK)).isEmpty();
  }

  @Test
  void append_entryWhoseColumnsDisagreeWithItsBytes_throwsConflictAndWritesNothing() {
    LedgerEntry good = entries(BOOK, 1).get(0);
    LedgerEntry lying = new LedgerEntry(BOOK, 0, "another-act", good.actType(), good.validAt(), good.recordedAt(),
        good.payload(), good.prevHash(), good.hash());

    assertThatThrownBy(() -> store.append(BOOK, 0, List.of(lying)))
        .isInstanceOf(ConflictException.class).hasMessageContaining("disagree with its bytes");
    assertThat(store.books()).isEmpty();
  }

  @Test
  void append_retriedWithTheSameKeyAndEntries_isAppliedOnceAndSucceeds() {
    List<LedgerEntry> batch = entries(BOOK, 3);
    store.append(BOOK, 0, batch, "minutes-2023-11-17");

    store.append(BOOK, 0, batch, "minutes-2023-11-17");

    assertThat(store.read(BOOK)).isEqualTo(batch);
  }

  @Test
  void append_retriedWithTheSameKeyAfterTheBookGrew_succeedsAndWritesNothing() {
    List<LedgerEntry> first = entries(BOOK, 2);
    store.append(BOOK, 0, first, "first");
    List<LedgerEntry> second = next(BOOK, first, 2);
    store.append(BOOK, 2, second, "second");

    // The retry's expected size is stale now; the key says it was applied, so it is not a conflict.
    store.append(BOOK, 0, first, "first");

    assertThat(store.read(BOOK)).isEqualTo(concat(first, second));
  }

  @Test
  void append_theSameKeyWithOtherEntries_throwsConflictAndWritesNothing() {
    List<LedgerEntry> first = entries(BOOK, 2);
    store.append(BOOK, 0, first, "resolution-7");
    List<LedgerEntry> other = next(BOOK, first, 1);

    assertThatThrownBy(() -> store.append(BOOK, 2, other, "resolution-7"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("resolution-7").hasMessageContaining(BOOK);
    assertThat(store.read(BOOK)).isEqualTo(first);
  }

  @Test
  void append_newKeyWithStaleExpectedSize_throwsConflictAndWritesNothing() {
    List<LedgerEntry> first = entries(BOOK, 2);
    store.append(BOOK, 0, first, "a");

    assertThatThrownBy(() -> store.append(BOOK, 0, chain(BOOK, List.of(), statements("late", 1)), "b"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("expects");
    assertThat(store.read(BOOK)).isEqualTo(first);
  }

  @Test
  void append_refusedWithAKey_leavesTheKeyFreeForTheCorrectBatch() {
    List<LedgerEntry> first = entries(BOOK, 2);
    store.append(BOOK, 0, first);
    List<LedgerEntry> stale = chain(BOOK, 1, first.get(0).hash(), statements("vote", 1));
    assertThatThrownBy(() -> store.append(BOOK, 1, stale, "vote")).isInstanceOf(ConflictException.class);

    List<LedgerEntry> rechained = chain(BOOK, first, statements("vote", 1));
    store.append(BOOK, 2, rechained, "vote");

    assertThat(store.read(BOOK)).isEqualTo(concat(first, rechained));
  }

  @Test
  void append_theSameKeyInTwoBooks_appliesToEachBook() {
    store.append(BOOK, 0, entries(BOOK, 1), "founding");
    store.append(OTHER_BOOK, 0, entries(OTHER_BOOK, 1), "founding");

    assertThat(store.size(BOOK)).isEqualTo(1);
    assertThat(store.size(OTHER_BOOK)).isEqualTo(1);
  }

  @Test
  void reopen_thenRetryWithTheSameKey_isAppliedOnce() {
    List<LedgerEntry> batch = entries(BOOK, 2);
    store.append(BOOK, 0, batch, "before-restart");
    store.close();

    store = reopen();
    store.append(BOOK, 0, batch, "before-restart");
    assertThat(store.read(BOOK)).isEqualTo(batch);
  }

  @Test
  void appendKey_ofAKeyedAppendWithAReceipt_returnsWhatItWroteAndTheReceipt() {
    List<LedgerEntry> first = entries(BOOK, 2);
    store.append(BOOK, 0, first);
    List<LedgerEntry> batch = next(BOOK, first, 3);
    byte[] receipt = "{\"status\":201}".getBytes(StandardCharsets.UTF_8);
    store.append(BOOK, 2, batch, "answer-me", receipt);

    AppendKey seen = store.appendKey(BOOK, "answer-me").orElseThrow();
    assertThat(seen.firstSeq()).isEqualTo(2);
    assertThat(seen.entryCount()).isEqualTo(3);
    assertThat(seen.receipt()).isEqualTo(receipt);
    assertThat(store.appendKey(BOOK, "never-used")).isEmpty();
    assertThat(store.appendKey(OTHER_BOOK, "answer-me")).isEmpty();
  }

  @Test
  void appendKey_retriedWithAnotherReceipt_keepsTheFirstReceipt() {
    List<LedgerEntry> batch = entries(BOOK, 1);
    store.append(BOOK, 0, batch, "k", new byte[] {1});

    store.append(BOOK, 0, batch, "k", new byte[] {2});

    assertThat(store.appendKey(BOOK, "k").orElseThrow().receipt()).containsExactly(1);
  }

  @Test
  void appendKey_afterReopen_keepsTheReceipt() {
    store.append(BOOK, 0, entries(BOOK, 1), "before-restart", new byte[] {4, 2});
    store.close();

    store = reopen();
    assertThat(store.appendKey(BOOK, "before-restart").orElseThrow().receipt()).containsExactly(4, 2);
  }

  @Test
  void appendKey_ofAnAppendWithoutReceipt_hasNone() {
    store.append(BOOK, 0, entries(BOOK, 1), "plain");

    assertThat(store.appendKey(BOOK, "plain").orElseThrow().receipt()).isNull();
  }

  @Test
  void append_receiptWithoutKey_isRefusedAndWritesNothing() {
    assertThatThrownBy(() -> store.append(BOOK, 0, entries(BOOK, 1), null, new byte[] {1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("receipt");
    assertThat(store.books()).isEmpty();
  }

  @Test
  void append_blankOrOverlongKey_isRefusedAndWritesNothing() {
    List<LedgerEntry> batch = entries(BOOK, 1);

    assertThatThrownBy(() -> store.append(BOOK, 0, batch, " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.append(BOOK, 0, batch, "k".repeat(201)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.books()).isEmpty();
  }

  @Test
  void append_eightWritersOfTenThousandActsInBatches_loseNothingAndDuplicateNothing() throws Exception {
    int writers = 8;
    int actsEach = 10_000;
    List<LedgerStore> stores = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    int conflicts = 0;
    try {
      CyclicBarrier start = new CyclicBarrier(writers);
      List<Future<Integer>> running = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        LedgerStore own = reopen();
        stores.add(own);
        running.add(pool.submit(new RacingWriter(own, BOOK, "writer" + w, actsEach, 100, start)));
      }
      for (Future<Integer> f : running) {
        conflicts += f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
      stores.forEach(LedgerStore::close);
    }
    // How hard the writers raced, for the test report; speed is measured by the benchmarks, not here.
    System.out.printf("%s: %d writers x %d acts, %d conflicts retried%n", getClass().getSimpleName(), writers,
        actsEach, conflicts);

    List<LedgerEntry> book = store.read(BOOK);
    assertThat(conflicts).as("conflicts between the writers").isPositive();
    assertThat(book).hasSize(writers * actsEach);
    Set<String> ids = new HashSet<>();
    book.forEach(e -> ids.add(e.actId()));
    Set<String> expected = new HashSet<>();
    for (int w = 0; w < writers; w++) {
      statements("writer" + w, actsEach).forEach(a -> expected.add(a.id()));
    }
    assertThat(ids).hasSize(book.size()).isEqualTo(expected);
    assertThat(ChainVerifier.verify(BOOK, book)).isEmpty();
  }
}
