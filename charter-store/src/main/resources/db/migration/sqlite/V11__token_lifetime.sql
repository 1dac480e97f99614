-- Tokens get a public id (the first 16 hex digits of their hash, which names a token without revealing it), an
-- expiry and a revocation time, so that they can be listed, expire and be revoked. Times are ISO-8601 text, as
-- created_at is. The same SQL runs on SQLite and PostgreSQL.

ALTER TABLE access_token ADD COLUMN token_id text;
ALTER TABLE access_token ADD COLUMN expires_at text;
ALTER TABLE access_token ADD COLUMN revoked_at text;
UPDATE access_token SET token_id = substr(token_hash, 1, 16);
CREATE UNIQUE INDEX access_token_by_id ON access_token (token_id);
