-- Books and their hash-chained entries, as in the SQLite schema of the same version. Every table is keyed by
-- book_id first, so that a book is one contiguous key range: the shard key on a distributed SQL engine.
-- Valid and recorded time are ISO-8601 text, not timestamptz, which would cut the nanoseconds an act may carry; the
-- canonical bytes in payload are the truth, the other columns index them.

CREATE TABLE book (
  book_id    text        NOT NULL PRIMARY KEY,
  created_at timestamptz NOT NULL
);

CREATE TABLE ledger_entry (
  book_id     text   NOT NULL REFERENCES book (book_id),
  seq         bigint NOT NULL CHECK (seq >= 0),
  act_id      text   NOT NULL,
  act_type    text   NOT NULL,
  valid_at    text   NOT NULL,
  recorded_at text   NOT NULL,
  payload     bytea  NOT NULL,
  prev_hash   bytea  NOT NULL CHECK (octet_length(prev_hash) = 32),
  hash        bytea  NOT NULL CHECK (octet_length(hash) = 32),
  PRIMARY KEY (book_id, seq),
  UNIQUE (book_id, act_id)
);
