-- What the writer of a keyed append asked the store to keep with its key (the server keeps its answer there), so a
-- retry, even after a restart, can be given the first answer. Null for appends whose writer kept nothing.

ALTER TABLE append_key ADD COLUMN receipt bytea;
