-- The follower's cursor: one row.
CREATE TABLE follow_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    chain_id    INTEGER NOT NULL,
    genesis     TEXT    NOT NULL,
    deployment  TEXT    NOT NULL,
    start_block INTEGER NOT NULL,
    next        INTEGER NOT NULL,
    last_hash   TEXT    NOT NULL,
    final       INTEGER NOT NULL,
    head        INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

-- The block-hash window: blocks from the newest final one up.
CREATE TABLE blocks (
    number INTEGER PRIMARY KEY,
    hash   TEXT    NOT NULL,
    parent TEXT    NOT NULL,
    time   INTEGER NOT NULL
);

-- The provider's lease events, as followed (a rollback deletes those above the ancestor).
CREATE TABLE lease_events (
    block INTEGER NOT NULL,
    idx   INTEGER NOT NULL,
    lease INTEGER NOT NULL,
    data  TEXT    NOT NULL,
    PRIMARY KEY (block, idx)
);
CREATE INDEX lease_events_lease ON lease_events (lease);

-- The leases the events fold into (node.Fold), rewritten whenever their events change.
CREATE TABLE leases (
    id      INTEGER PRIMARY KEY,
    closed  INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    data    TEXT    NOT NULL
);
CREATE INDEX leases_open ON leases (closed, id);

-- What the node did for each lease.
CREATE TABLE workloads (
    lease   INTEGER PRIMARY KEY,
    phase   TEXT    NOT NULL,
    data    TEXT    NOT NULL,
    updated INTEGER NOT NULL
);
CREATE INDEX workloads_phase ON workloads (phase);

-- Job specs uploaded before a lease bound them (expired when none does).
CREATE TABLE specs (
    cid TEXT    PRIMARY KEY,
    at  INTEGER NOT NULL
);
CREATE INDEX specs_at ON specs (at);

-- Transactions the node sent.
CREATE TABLE txs (
    id   INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT    NOT NULL,
    hash TEXT    NOT NULL,
    at   INTEGER NOT NULL,
    data TEXT    NOT NULL
);
CREATE INDEX txs_kind_at ON txs (kind, at);
