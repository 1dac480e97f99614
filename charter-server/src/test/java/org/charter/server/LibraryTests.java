package org.charter.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.charter.core.act.Act;
import org.charter.core.act.ActMeta;
import org.charter.core.act.DirectorResigned;
import org.charter.core.act.StatementMade;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.core.book.RejectedException;
import org.charter.core.ledger.LedgerStore;
import org.charter.core.state.Basis;
import org.charter.scenario.Scenario;
import org.charter.scenario.ScenarioLoader;
import org.charter.store.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes in place: a write changes the copy of a book no reader holds, readers never see a copy change under them, a
 * refused or conflicting write leaves the served book as it was, and both copies end alike. A real SQLite store.
 */
class LibraryTests {
  private static final String BOOK = "openai-2023";
  @TempDir Path dir;
  private LedgerStore store;
  private Library library;
  private int size;

  @BeforeEach
  void load() {
    store = Stores.open(dir.resolve("charter.db").toString());
    library = new Library(store, false);
    Scenario s = new ScenarioLoader().load(Path.of("..", "scenarios", BOOK));
    library.importScenario(s);
    size = s.acts().size();
  }

  @AfterEach
  void close() throws Exception {
    store.close();
  }

  private static StatementMade note(String id) {
    return new StatementMade(ActMeta.of(id, Instant.parse("2024-12-01T00:00:00Z")), "clerk", "note " + id);
  }

  private Receipt record(Act... acts) {
    return library.record(BOOK, List.of(acts), null, (live, recorded) -> new Receipt(null, 201, new byte[0]));
  }

  private int served() {
    try (Shelf.Reading r = library.read(BOOK).orElseThrow()) {
      return r.live().book().size();
    }
  }

  @Test
  void write_isServedAndStored_andTheOtherCopyCatchesUpAtTheNextWrite() {
    record(note("n1"));
    assertThat(served()).isEqualTo(size + 1);
    record(note("n2"));
    record(note("n3"));
    assertThat(served()).isEqualTo(size + 3);
    assertThat(store.size(BOOK)).isEqualTo(size + 3);
    try (Shelf.Reading r = library.read(BOOK).orElseThrow()) {
      List<String> ids = r.live().book().timeline().stream().map(Recorded::act).map(Act::id).toList();
      assertThat(ids.subList(size, size + 3)).containsExactly("n1", "n2", "n3");
      // The served copy is the one the store holds, entry for entry.
      assertThat(r.live().book().entries()).isEqualTo(store.read(BOOK));
    }
  }

  @Test
  void heldCopy_neverChangesWhileHeld_andAWriteDoesNotWaitForIt() throws Exception {
    Shelf.Reading held = library.read(BOOK).orElseThrow();
    record(note("n1"));
    assertThat(held.live().book().size()).as("the copy a reader holds").isEqualTo(size);
    assertThat(served()).isEqualTo(size + 1);
    // The next write must bring the held copy up to date: it waits for the reader, and only for it.
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Receipt> second = pool.submit(() -> record(note("n2")));
      Thread.sleep(200);
      assertThat(second.isDone()).as("a writer waits for the readers of the copy it changes").isFalse();
      assertThat(held.live().book().size()).isEqualTo(size);
      held.close();
      second.get(10, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertThat(served()).isEqualTo(size + 2);
  }

  @Test
  void batchRefusedAfterItsFirstAct_leavesTheBookAsItWas_andTheNextWriteGoesOn() {
    // Musk, who left the board in 2018, resigns from it again: refused, after the batch's first act was applied.
    DirectorResigned nobody = new DirectorResigned(ActMeta.of("r1", Instant.parse("2024-12-01T00:00:00Z")),
        "openai-board", "elon-musk");
    assertThatThrownBy(() -> record(note("n1"), nobody)).isInstanceOf(RejectedException.class);
    assertThat(served()).isEqualTo(size);
    assertThat(store.size(BOOK)).isEqualTo(size);
    record(note("n1"));
    record(note("n2"));
    assertThat(served()).isEqualTo(size + 2);
    try (Shelf.Reading r = library.read(BOOK).orElseThrow()) {
      assertThat(r.live().book().entries()).isEqualTo(store.read(BOOK));
    }
  }

  @Test
  void storeThatMovedOn_catchesUpWithWhatItLacks_andTheWriteIsTriedAgain() {
    assertThat(served()).as("loaded before the other writer appends").isEqualTo(size);
    // Another writer (a second server) appends behind this library's back.
    Library other = new Library(store, false);
    other.record(BOOK, List.of(note("elsewhere")), null, (live, recorded) -> new Receipt(null, 201, new byte[0]));
    assertThat(served()).as("not following the store, reads do not look").isEqualTo(size);
    record(note("n1"));
    assertThat(served()).as("the write caught up, then appended").isEqualTo(size + 2);
    try (Shelf.Reading r = library.read(BOOK).orElseThrow()) {
      assertThat(r.live().book().entries()).isEqualTo(store.read(BOOK));
      assertThat(r.live().book().find("elsewhere")).isPresent();
    }
    // Both copies of the shelf caught up: the next write, on the other copy, chains on too.
    record(note("n2"));
    try (Shelf.Reading r = library.read(BOOK).orElseThrow()) {
      assertThat(r.live().book().entries()).isEqualTo(store.read(BOOK));
    }
  }

  @Test
  void actIdTakenByAnotherWriter_isAConflict_andNothingIsWritten() {
    assertThat(served()).isEqualTo(size);
    Library other = new Library(store, false);
    other.record(BOOK, List.of(note("twice")), null, (live, recorded) -> new Receipt(null, 201, new byte[0]));
    assertThatThrownBy(() -> record(note("twice"))).isInstanceOf(RuntimeException.class)
        .hasMessageContaining("twice");
    assertThat(store.size(BOOK)).isEqualTo(size + 1);
    assertThat(served()).as("caught up on the conflict").isEqualTo(size + 1);
  }

  @Test
  void followingTheStore_readsSeeAnotherWritersActs_andBooksItCreated() {
    Library following = new Library(store, true);
    following.read(BOOK).orElseThrow().close();
    library.record(BOOK, List.of(note("elsewhere")), null, (live, recorded) -> new Receipt(null, 201, new byte[0]));
    try (Shelf.Reading r = following.read(BOOK).orElseThrow()) {
      assertThat(r.live().book().size()).as("caught up on the read").isEqualTo(size + 1);
      assertThat(r.live().book().entries()).isEqualTo(store.read(BOOK));
    }
    // A book the other writer starts is served on its first request, and listed.
    Book fresh = new Book("fresh", java.time.ZoneOffset.UTC);
    fresh.record(note("first"));
    store.append("fresh", 0, fresh.entries());
    assertThat(following.ids()).contains("fresh");
    assertThat(following.readIfLoaded("fresh")).as("not loaded before its first request").isEmpty();
    assertThat(following.unloaded("fresh")).get().extracting(Library.Unloaded::acts).isEqualTo(1L);
    try (Shelf.Reading r = following.read("fresh").orElseThrow()) {
      assertThat(r.live().book().entries()).isEqualTo(store.read("fresh"));
    }
    try (Shelf.Reading r = library.read("fresh").orElseThrow()) {
      assertThat(r.live().book().size()).as("loaded on its first request, following or not").isEqualTo(1);
    }
    assertThat(library.read("nowhere")).as("a book the store lacks").isEmpty();
  }

  @Test
  void booksBeyondTheMemory_areLetGoLeastRecentlyUsedFirst_andLoadedAgainWhole() {
    Book second = new Book("second", java.time.ZoneOffset.UTC);
    second.record(note("first"));
    store.append("second", 0, second.entries());
    // Room for the OpenAI book and not much more: loading a third book lets go of the one used least recently.
    Library small = new Library(store, false, (size + 2) * Library.BYTES_PER_ACT);
    assertThat(small.resident()).as("nothing loaded at start").isEmpty();
    small.read(BOOK).orElseThrow().close();
    small.read("second").orElseThrow().close();
    assertThat(small.resident()).containsExactly(BOOK, "second");
    Book third = new Book("third", java.time.ZoneOffset.UTC);
    third.record(note("first"));
    third.record(note("second"));
    third.record(note("third"));
    store.append("third", 0, third.entries());
    small.read("second").orElseThrow().close();
    small.read("third").orElseThrow().close();
    assertThat(small.resident()).as("the OpenAI book, used least recently, let go").containsExactly("second", "third");
    // A write to a book let go loads it again, whole, and lands.
    small.record(BOOK, List.of(note("after")), null, (live, recorded) -> new Receipt(null, 201, new byte[0]));
    try (Shelf.Reading r = small.read(BOOK).orElseThrow()) {
      assertThat(r.live().book().entries()).isEqualTo(store.read(BOOK));
      assertThat(r.live().book().find("after")).isPresent();
    }
    assertThat(small.resident()).contains(BOOK).hasSizeLessThan(3);
    assertThat(small.ids()).as("every book of the store is served").containsExactlyInAnyOrder(BOOK, "second", "third");
  }

  @Test
  void readersAndAWriter_atOnce_readWholeBooksAndLoseNothing() throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    List<Future<Integer>> readers = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      readers.add(pool.submit(() -> {
        int reads = 0;
        while (!stop.get()) {
          try (Shelf.Reading r = library.read(BOOK).orElseThrow()) {
            int n = r.live().book().size();
            // A held copy is whole: its state answers, and its size does not move while it is read.
            r.live().book().state(Basis.at(Instant.parse("2023-11-18T00:00:00Z"))).directorIds("openai-board");
            assertThat(r.live().book().size()).isEqualTo(n);
            reads++;
          }
        }
        return reads;
      }));
    }
    try {
      for (int i = 0; i < 200; i++) {
        record(note("c" + i));
      }
    } finally {
      stop.set(true);
    }
    for (Future<Integer> f : readers) {
      assertThat(f.get(30, TimeUnit.SECONDS)).isPositive();
    }
    pool.shutdownNow();
    assertThat(served()).isEqualTo(size + 200);
    assertThat(store.size(BOOK)).isEqualTo(size + 200);
  }
}
