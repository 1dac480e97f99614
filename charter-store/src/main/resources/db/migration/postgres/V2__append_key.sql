-- The idempotency key of every append a book applied, with what it wrote, so a retried append is applied once.
-- Keyed by book first, like every table.

CREATE TABLE append_key (
  book_id         text    NOT NULL REFERENCES book (book_id),
  idempotency_key text    NOT NULL,
  first_seq       bigint  NOT NULL CHECK (first_seq >= 0),
  entry_count     integer NOT NULL CHECK (entry_count > 0),
  digest          bytea   NOT NULL CHECK (octet_length(digest) = 32),
  PRIMARY KEY (book_id, idempotency_key)
);
