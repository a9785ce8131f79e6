-- The Solana watcher's mirror of the gateway vaults. Keys are base-58 text, amounts decimal text (u64).

CREATE TABLE sol_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per vault: the newest signature whose effects are below.
CREATE TABLE sol_cursors (
    vault     TEXT PRIMARY KEY,
    signature TEXT NOT NULL,
    slot      BIGINT NOT NULL
);

-- Transfers into a vault. (cluster, signature, ix) is the replay key the Arbitrum gateway consumes once.
-- state: pending (a good memo: for the inspectors to attest), refund_due (malformed), refunded.
CREATE TABLE sol_deposits (
    cluster    TEXT NOT NULL,
    signature  TEXT NOT NULL,
    ix         INTEGER NOT NULL,
    slot       BIGINT NOT NULL,
    block_time BIGINT NOT NULL,
    mint       TEXT NOT NULL,
    symbol     TEXT NOT NULL,
    vault      TEXT NOT NULL,
    source     TEXT NOT NULL,
    sender     TEXT NOT NULL,
    amount     TEXT NOT NULL,
    memo       TEXT NOT NULL,
    recipient  TEXT NOT NULL,
    malformed  TEXT NOT NULL,
    state      TEXT NOT NULL,
    PRIMARY KEY (cluster, signature, ix)
);
CREATE INDEX sol_deposits_state ON sol_deposits (state, slot);

-- Transfers out of a vault: release, refund, or unlabelled (not a gateway memo).
CREATE TABLE sol_outflows (
    cluster       TEXT NOT NULL,
    signature     TEXT NOT NULL,
    ix            INTEGER NOT NULL,
    slot          BIGINT NOT NULL,
    block_time    BIGINT NOT NULL,
    kind          TEXT NOT NULL,
    mint          TEXT NOT NULL,
    symbol        TEXT NOT NULL,
    vault         TEXT NOT NULL,
    destination   TEXT NOT NULL,
    amount        TEXT NOT NULL,
    reference     TEXT NOT NULL,
    refunds       TEXT NOT NULL,
    PRIMARY KEY (cluster, signature, ix)
);

-- Vault balance changes no top-level transfer explains (tokens moved by a program through CPI).
CREATE TABLE sol_unattributed (
    cluster   TEXT NOT NULL,
    signature TEXT NOT NULL,
    vault     TEXT NOT NULL,
    slot      BIGINT NOT NULL,
    delta     TEXT NOT NULL,
    PRIMARY KEY (cluster, signature, vault)
);
