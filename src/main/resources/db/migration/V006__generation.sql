-- Timescope schema version 6: a generation the store keeps itself (decision 0037).
-- One row: `value` is raised by every write transaction Timescope commits (the write lock's first statement,
-- in the same transaction), so a reader in any process can tell whether anything changed since it last looked;
-- `collection` is a random identity given once, so that a cache of one collection is never taken for another's.
-- PRAGMA data_version only compares commits seen by one open connection, and SQLite's file change counter is not
-- raised by commits in WAL mode: neither can be kept in a file and compared at the next start.
CREATE TABLE generation (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    value      INTEGER NOT NULL,
    collection TEXT NOT NULL
);
INSERT INTO generation(id, value, collection) VALUES (1, 0, lower(hex(randomblob(16))));
