package org.charter.server;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.charter.core.act.Nullable;
import org.charter.core.book.Book;
import org.charter.core.book.Recorded;
import org.charter.core.ledger.LedgerEntry;

/**
 * One served book, kept as two copies one write apart (the left-right technique): readers read the front copy and
 * never wait; the one writer at a time changes the back copy, which no reader holds, then makes it the front. The copy
 * it replaced catches up with the same entries at the next write, once the readers that held it have left. A write thus
 * costs the acts it records, twice, however large the book; the price is a second copy of the book in memory.
 */
final class Shelf {
  /** A copy of the book and how many readers hold it. */
  static final class Side {
    final LiveBook live;
    final AtomicInteger readers = new AtomicInteger();

    Side(LiveBook live) {
      this.live = live;
    }
  }

  /** A reader's hold on the front copy, released when the request ends. */
  static final class Reading implements AutoCloseable {
    private final Side side;
    private final java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);

    Reading(Side side) {
      this.side = side;
    }

    LiveBook live() {
      return side.live;
    }

    /** Releases the hold; closing twice releases it once. */
    @Override
    public void close() {
      if (open.compareAndSet(true, false)) {
        side.readers.decrementAndGet();
      }
    }
  }

  /** Held by the one writer of the book at a time: a write, or a catch-up with what other processes wrote. */
  final ReentrantLock writer = new ReentrantLock();

  /** When the book was last asked for (System.nanoTime), for eviction of the least recently used. */
  volatile long used = System.nanoTime();

  /** Set, under the writer lock, when the library let go of this shelf: a writer that finds it set starts again. */
  boolean evicted;

  private volatile Side front;
  // Guarded by the writer lock: the back copy, and the acts the front has that it lacks, with their entries as the store
  // took them (kept, not made again: each is a canonical encoding and a hash).
  private Side back;
  private List<Recorded> pending = List.of();
  private List<LedgerEntry> pendingEntries = List.of();

  Shelf(LiveBook live, LiveBook copy) {
    this.front = new Side(live);
    this.back = new Side(copy);
  }

  /** Holds the front copy until the reading is closed. */
  Reading read() {
    while (true) {
      Side s = front;
      s.readers.incrementAndGet();
      // The writer may have swapped copies between the read of front and the count: then this copy may be changing.
      if (s == front) {
        return new Reading(s);
      }
      s.readers.decrementAndGet();
    }
  }

  /** The front copy, for a caller that only reads what never changes (id, title, zone). */
  LiveBook peek() {
    return front.live;
  }

  /**
   * The back copy, brought up to the front: waits for the readers that held it when it was the front to leave, then
   * replays what the front gained since. Call with the writer lock held.
   */
  Book back() {
    while (back.readers.get() > 0) {
      LockSupport.parkNanos(20_000);
    }
    Book b = back.live.book();
    for (int i = 0; i < pending.size(); i++) {
      b.replayStored(pending.get(i).act(), pendingEntries.get(i));
    }
    pending = List.of();
    pendingEntries = List.of();
    return b;
  }

  LiveBook backLive() {
    return back.live;
  }

  /**
   * Makes the back copy, with {@code recorded} appended as the store took {@code entries}, the front; the old front
   * gets them at the next write.
   */
  void publish(List<Recorded> recorded, List<LedgerEntry> entries) {
    Side old = front;
    front = back;
    back = old;
    pending = List.copyOf(recorded);
    pendingEntries = List.copyOf(entries);
  }

  /**
   * Replaces the back copy with {@code back} (a copy that a failed write left changed, or one reloaded from the store)
   * and, where {@code front} is given, the front with it. A copy replaced is dropped; its readers finish on it.
   */
  void replace(Book back, @Nullable Book front) {
    if (front != null) {
      this.front = new Side(this.front.live.with(front));
    }
    this.back = new Side(this.front.live.with(back));
    pending = List.of();
    pendingEntries = List.of();
  }
}
