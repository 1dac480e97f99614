-- API tokens of charter serve, kept only as the SHA-256 of the token (lower-case hex), never the token itself, and
-- their roles per book. The same SQL runs on SQLite and PostgreSQL. Grants are keyed by book_id first, like every
-- table; book_id '*' grants a role on every book. A grant may name a book not yet written, so it has no foreign key
-- to book.

CREATE TABLE access_token (
  token_hash text NOT NULL PRIMARY KEY CHECK (length(token_hash) = 64),
  principal  text NOT NULL,
  created_at text NOT NULL
);

CREATE TABLE access_grant (
  book_id    text NOT NULL,
  token_hash text NOT NULL REFERENCES access_token (token_hash),
  role       text NOT NULL CHECK (role IN ('viewer', 'director', 'secretary', 'admin')),
  person     text,
  PRIMARY KEY (book_id, token_hash),
  CHECK (role <> 'director' OR person IS NOT NULL)
);

CREATE INDEX access_grant_by_token ON access_grant (token_hash);
