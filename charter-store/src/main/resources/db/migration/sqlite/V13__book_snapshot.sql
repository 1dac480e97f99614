-- A snapshot of each book's projection (docs/storage.md#snapshots): a cache of what replaying the book gives, tagged
-- with the head entry it was taken at. Its bytes are kept in pieces of one generation; a save writes a new generation
-- and then points the book's row at it, so a half-written save is never read.

CREATE TABLE book_snapshot (
  book_id    TEXT    NOT NULL PRIMARY KEY REFERENCES book (book_id),
  generation INTEGER NOT NULL,
  head_seq   INTEGER NOT NULL CHECK (head_seq >= 0),
  format     INTEGER NOT NULL,
  byte_count INTEGER NOT NULL CHECK (byte_count >= 0),
  saved_at   TEXT    NOT NULL
) STRICT;

CREATE TABLE book_snapshot_chunk (
  book_id    TEXT    NOT NULL REFERENCES book (book_id),
  generation INTEGER NOT NULL,
  chunk      INTEGER NOT NULL CHECK (chunk >= 0),
  bytes      BLOB    NOT NULL,
  PRIMARY KEY (book_id, generation, chunk)
) STRICT;
