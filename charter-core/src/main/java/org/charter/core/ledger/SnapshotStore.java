package org.charter.core.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The port for book snapshots, beside the ledger: one saved snapshot per book, opaque bytes tagged with the sequence
 * number of the head entry it was taken at and its format. A snapshot is a cache of what replaying the book gives; a
 * store never reads meaning into it, and {@code verify} never reads it.
 */
public interface SnapshotStore {
  /** What a store keeps about a book's snapshot: the entry it was taken at, its format, and its size in bytes. */
  record SnapshotInfo(long generation, long headSeq, int format, long bytes) {}

  /** Writes a snapshot's bytes. */
  interface SnapshotWriter {
    void write(OutputStream out) throws IOException;
  }

  /** The book's saved snapshot, if it has one. */
  Optional<SnapshotInfo> snapshot(String book);

  /**
   * The bytes of a book's snapshot, read as they are asked for.
   *
   * @throws IOException (from the stream's reads) if the snapshot was replaced or removed meanwhile
   */
  InputStream snapshotBytes(String book, SnapshotInfo info);

  /**
   * Saves a book's snapshot in place of the one it had. The bytes are written in pieces, outside any transaction an
   * append waits on, and take the old snapshot's place in one short transaction at the end; a save that fails leaves
   * the old one.
   */
  void saveSnapshot(String book, long headSeq, int format, SnapshotWriter content);
}
