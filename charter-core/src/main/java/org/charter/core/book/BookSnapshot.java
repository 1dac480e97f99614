package org.charter.core.book;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.charter.core.act.Act;
import org.charter.core.act.Nullable;
import org.charter.core.ledger.BinaryValues;
import org.charter.core.ledger.HashChain;
import org.charter.core.ledger.LedgerEntry;
import org.charter.core.state.Judged;
import org.charter.core.state.Projection;
import org.charter.core.verdict.Verdict;

/**
 * A book saved whole, so that loading it skips decoding and judging: each act in binary form with its hash and the
 * verdicts the whole record gave it, the re-filings corrections made, and the book's indexes of its acts; the temporal
 * index is rebuilt by applying the acts. Tagged with the chain head, the format and the build of the code that judged
 * it, and sealed with an HMAC-SHA256 over every byte. docs/storage.md.
 */
public final class BookSnapshot {
  /**
   * The format this build writes and reads. 2: acts are numbered by {@link org.charter.core.act.ActTypes#all}, which
   * gained {@code entity-entered} after {@code entity-formed}, so every later type's number moved; and every act's
   * meta gained a component ({@code through}).
   */
  public static final int FORMAT = 2;

  private static final byte[] MAGIC = "charter-snapshot\0".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] DEFAULT_KEY = "charter-snapshot-v1".getBytes(StandardCharsets.US_ASCII);

  private BookSnapshot() {}

  /** Why a snapshot was not used: it does not match the chain head or this build, or it is damaged. */
  public static final class UnusableException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnusableException(String message, @Nullable Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Writes {@code book}, which no writer may change meanwhile, sealed with {@code key} (null: a fixed key, which
   * detects damage but not a forgery) and tagged with {@code build}, 32 bytes that name the code that judged it (the
   * store's {@code CoreBuild.digest()}: a digest of charter-core's classes).
   *
   * @throws IllegalArgumentException if the book is empty
   */
  public static void write(Book book, OutputStream out, @Nullable byte[] key, byte[] build) throws IOException {
    if (book.size() == 0) {
      throw new IllegalArgumentException("an empty book has no snapshot");
    }
    BinaryValues.Out o = new BinaryValues.Out(out, mac(key));
    o.bytes(MAGIC);
    o.varLong(FORMAT);
    o.bytes(tag(build));
    o.string(book.id());
    o.string(book.zone().getId());
    o.varLong(book.size());
    o.bytes(book.head);
    o.varLong(book.refiles.size());
    for (Book.Refile f : book.refiles) {
      o.varLong(f.at());
      o.varLong(f.target());
      o.varLong((f.validAt() == null ? 0 : 1) | (f.corrected() ? 2 : 0));
      if (f.validAt() != null) {
        o.zigzag(f.validAt().getEpochSecond());
        o.varLong(f.validAt().getNano());
      }
      o.string(f.retractedBy());
    }
    for (Recorded r : book.timeline) {
      o.act(r.act());
      o.bytes(r.hash());
      Judged j = r.judged();
      o.nullableRecord(j.verdict(org.charter.core.state.Register.LEGAL));
      o.nullableRecord(j.actedApart());
      o.string(j.curedBy());
    }
    lists(o, book.scopes);
    seqs(o, book.unscoped);
    lists(o, book.meetingActs);
    lists(o, book.underResolution);
    lists(o, book.curesOf);
    lists(o, book.correctionsOf);
    lists(o, book.voidEffects);
    seqs(o, book.rejudged);
    o.finish();
  }

  /**
   * Reads a snapshot of book {@code head.book()} taken at {@code head}, the entry the store now holds at the snapshot's
   * sequence number, and checks it against that entry: the book it names, its size and head hash, and the head entry
   * made again from the snapshot's own last act.
   *
   * @throws UnusableException if it is of another format, build, zone or head, or damaged, or sealed with another key
   */
  public static Book read(InputStream in, LedgerEntry head, ZoneId zone, @Nullable byte[] key, byte[] build)
      throws UnusableException {
    try {
      BinaryValues.In i = new BinaryValues.In(in, mac(key));
      if (!Arrays.equals(i.bytes(MAGIC.length), MAGIC)) {
        throw unusable("it is not a Charter snapshot");
      }
      long format = i.varLong();
      if (format != FORMAT) {
        throw unusable("it is of format " + format + ", and this build reads format " + FORMAT);
      }
      if (!Arrays.equals(i.bytes(32), tag(build))) {
        throw unusable("it was judged by another build of charter-core");
      }
      String id = i.string();
      if (!head.book().equals(id)) {
        throw unusable("it is of book " + id);
      }
      String zoneId = i.string();
      if (!zone.getId().equals(zoneId)) {
        throw unusable("it was judged in zone " + zoneId + ", not " + zone.getId());
      }
      long n = i.varLong();
      if (n != head.seq() + 1 || n > Integer.MAX_VALUE) {
        throw unusable("it holds " + n + " entries, not " + (head.seq() + 1));
      }
      if (!Arrays.equals(i.bytes(32), head.hash())) {
        throw unusable("its head hash is not the hash of entry " + head.seq() + " in the store");
      }
      Book book = new Book(id, zone);
      book.expect((int) n);
      int refileCount = i.count();
      List<Book.Refile> refiles = new ArrayList<>(Math.min(refileCount, 1024));
      for (int k = 0; k < refileCount; k++) {
        long at = i.varLong();
        long target = i.varLong();
        long flags = i.varLong();
        Instant validAt = (flags & 1) == 0 ? null : Instant.ofEpochSecond(i.zigzag(), i.varLong());
        refiles.add(new Book.Refile(at, target, validAt, (flags & 2) != 0, i.string()));
        if (target > at || at >= n || (k > 0 && at < refiles.get(k - 1).at())) {
          throw unusable("a re-filing is out of order");
        }
      }
      byte[] prev = HashChain.GENESIS;
      int next = 0;
      for (long seq = 0; seq < n; seq++) {
        Act act = i.act();
        byte[] hash = i.bytes(32);
        Verdict legal = i.nullableRecord(Verdict.class);
        Verdict acted = i.nullableRecord(Verdict.class);
        Judged cell = Projection.restored(act, legal, acted, i.string());
        if (book.byId.containsKey(act.id())) {
          throw unusable("act " + act.id() + " is in it twice");
        }
        book.restore(new Recorded(id, seq, act, cell, prev, hash));
        prev = hash;
        while (next < refiles.size() && refiles.get(next).at() == seq) {
          book.restore(refiles.get(next++));
        }
      }
      readLists(i, book, book.scopes);
      book.unscoped.addAll(readSeqs(i, book));
      readLists(i, book, book.meetingActs);
      readLists(i, book, book.underResolution);
      readLists(i, book, book.curesOf);
      readLists(i, book, book.correctionsOf);
      int voids = i.count();
      for (int k = 0; k < voids; k++) {
        TreeSet<Recorded> set = new TreeSet<>(Book.BY_ORDER);
        String scope = i.string();
        set.addAll(readSeqs(i, book));
        book.voidEffects.put(scope, set);
      }
      book.rejudged = List.copyOf(readSeqs(i, book));
      i.finish();
      Recorded last = book.timeline.get(book.timeline.size() - 1);
      if (!HashChain.entry(id, last.seq(), last.prevHash(), last.act()).equals(head)) {
        throw unusable("its last act does not make the store's entry " + head.seq());
      }
      return book;
    } catch (UnusableException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new UnusableException("it cannot be read: " + e.getMessage(), e);
    }
  }

  private static UnusableException unusable(String why) {
    return new UnusableException(why, null);
  }

  private static void lists(BinaryValues.Out o, Map<String, ? extends Collection<Recorded>> m) throws IOException {
    // In key order, so the same book always makes the same bytes.
    TreeMap<String, Collection<Recorded>> sorted = new TreeMap<>(m);
    o.varLong(sorted.size());
    for (Map.Entry<String, Collection<Recorded>> e : sorted.entrySet()) {
      o.string(e.getKey());
      seqs(o, e.getValue());
    }
  }

  private static void seqs(BinaryValues.Out o, Collection<Recorded> list) throws IOException {
    o.varLong(list.size());
    for (Recorded r : list) {
      o.varLong(r.seq());
    }
  }

  private static void readLists(BinaryValues.In i, Book book, Map<String, List<Recorded>> into) throws IOException {
    int n = i.count();
    for (int k = 0; k < n; k++) {
      String key = i.string();
      into.put(key, readSeqs(i, book));
    }
  }

  private static List<Recorded> readSeqs(BinaryValues.In i, Book book) throws IOException {
    int n = i.count();
    List<Recorded> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      long seq = i.varLong();
      if (seq < 0 || seq >= book.timeline.size()) {
        throw new IOException("an index names entry " + seq + ", past the book");
      }
      out.add(book.timeline.get((int) seq));
    }
    return out;
  }

  private static byte[] tag(byte[] build) {
    if (build.length != 32) {
      throw new IllegalArgumentException("a build tag is 32 bytes, not " + build.length);
    }
    return build;
  }

  private static Mac mac(@Nullable byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key == null || key.length == 0 ? DEFAULT_KEY : key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK always has HmacSHA256", e);
    }
  }
}
