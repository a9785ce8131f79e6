-- Ended leases' results this inspector verified itself (the provider's signed CID, every block fetched and
-- re-hashed): one per lease, the first recorded. Times are unix milliseconds.
CREATE TABLE results (
    lease   INTEGER PRIMARY KEY,
    machine BLOB    NOT NULL,
    cid     TEXT    NOT NULL,
    at      INTEGER NOT NULL
);
