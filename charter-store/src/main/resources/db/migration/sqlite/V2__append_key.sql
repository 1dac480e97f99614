-- The idempotency key of every append a book applied, with what it wrote, so a retried append is applied once.
-- Keyed by book first, like every table.

CREATE TABLE append_key (
  book_id         TEXT    NOT NULL REFERENCES book (book_id),
  idempotency_key TEXT    NOT NULL,
  first_seq       INTEGER NOT NULL CHECK (first_seq >= 0),
  entry_count     INTEGER NOT NULL CHECK (entry_count > 0),
  digest          BLOB    NOT NULL,
  PRIMARY KEY (book_id, idempotency_key)
) STRICT;
