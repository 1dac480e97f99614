package org.charter.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;
import org.charter.core.ledger.Canonical;
import org.charter.core.ledger.ConflictException;
import org.charter.core.ledger.HashChain;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.ledger.LedgerStore;

/**
 * One of several writers appending its own acts to one book in batches, as a client of the store would: after a
 * conflict it reads the book's head again, chains its batch anew and retries. Returns how many conflicts it met.
 */
final class RacingWriter implements Callable<Integer> {
  private final LedgerStore store;
  private final String book;
  private final String name;
  private final int batchSize;
  private final CyclicBarrier start;
  private final List<Act> acts;
  private final List<byte[]> payloads = new ArrayList<>();

  RacingWriter(LedgerStore store, String book, String name, int acts, int batchSize, CyclicBarrier start) {
    this.store = store;
    this.book = book;
    this.name = name;
    this.batchSize = batchSize;
    this.start = start;
    this.acts = TestActs.statements(name, acts);
    // Encoded once: a retry re-chains the same bytes at a new place.
    for (Act a : this.acts) {
      payloads.add(Canonical.encode(a));
    }
  }

  @Override
  public Integer call() throws Exception {
    start.await();
    int conflicts = 0;
    for (int from = 0; from < acts.size(); from += batchSize) {
      int to = Math.min(from + batchSize, acts.size());
      String key = name + "-batch-" + from;
      while (true) {
        LedgerEntry last = store.last(book).orElse(null);
        long size = last == null ? 0 : last.seq() + 1;
        try {
          store.append(book, size, chain(from, to, size, last == null ? HashChain.GENESIS : last.hash()), key);
          break;
        } catch (ConflictException e) {
          conflicts++;
        }
      }
    }
    return conflicts;
  }

  private List<LedgerEntry> chain(int from, int to, long firstSeq, byte[] prevHash) {
    List<LedgerEntry> entries = new ArrayList<>(to - from);
    byte[] prev = prevHash;
    long seq = firstSeq;
    for (int i = from; i < to; i++) {
      Act a = acts.get(i);
      byte[] hash = HashChain.hash(book, prev, seq, payloads.get(i));
      entries.add(new LedgerEntry(book, seq, a.id(), ActTypes.nameOf(a.getClass()), a.meta().validAt(),
          a.meta().recordedAt(), payloads.get(i), prev, hash));
      prev = hash;
      seq++;
    }
    return entries;
  }
}
