-- A snapshot of each book's projection (docs/storage.md#snapshots): a cache of what replaying the book gives, tagged
-- with the head entry it was taken at. Its bytes are kept in pieces of one generation; a save writes a new generation
-- and then points the book's row at it, so a half-written save is never read.

CREATE TABLE book_snapshot (
  book_id    text    NOT NULL PRIMARY KEY REFERENCES book (book_id),
  generation bigint  NOT NULL,
  head_seq   bigint  NOT NULL CHECK (head_seq >= 0),
  format     integer NOT NULL,
  byte_count bigint  NOT NULL CHECK (byte_count >= 0),
  saved_at   text    NOT NULL
);

CREATE TABLE book_snapshot_chunk (
  book_id    text    NOT NULL REFERENCES book (book_id),
  generation bigint  NOT NULL,
  chunk      integer NOT NULL CHECK (chunk >= 0),
  bytes      bytea   NOT NULL,
  PRIMARY KEY (book_id, generation, chunk)
);
