-- Books and their hash-chained entries. Every table is keyed by book_id first, so that a book
-- is one contiguous key range (and a shard key on a distributed SQL engine later).
-- STRICT makes SQLite refuse values of the wrong type instead of converting them.

CREATE TABLE book (
  book_id    TEXT NOT NULL PRIMARY KEY,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE ledger_entry (
  book_id     TEXT    NOT NULL REFERENCES book (book_id),
  seq         INTEGER NOT NULL CHECK (seq >= 0),
  act_id      TEXT    NOT NULL,
  act_type    TEXT    NOT NULL,
  valid_at    TEXT    NOT NULL,
  recorded_at TEXT    NOT NULL,
  payload     BLOB    NOT NULL,
  prev_hash   BLOB    NOT NULL,
  hash        BLOB    NOT NULL,
  PRIMARY KEY (book_id, seq),
  UNIQUE (book_id, act_id)
) STRICT;
