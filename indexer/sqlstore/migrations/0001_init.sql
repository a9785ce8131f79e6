-- The indexer's schema. Portable SQL for SQLite and Postgres: hashes, addresses and uint256 amounts are TEXT
-- (0x-hex lowercase, decimal), counts, block numbers and unix times BIGINT.

-- Where the index stands: one row.
CREATE TABLE sync_state (
    id           INTEGER PRIMARY KEY,
    chain_id     BIGINT  NOT NULL,
    genesis_hash TEXT    NOT NULL,
    deployment   TEXT    NOT NULL,
    start_block  BIGINT  NOT NULL,
    next_block   BIGINT  NOT NULL,
    last_hash    TEXT    NOT NULL,
    final_block  BIGINT  NOT NULL,
    head_block   BIGINT  NOT NULL,
    updated_at   BIGINT  NOT NULL
);

-- The persisted block-hash window: every hot block ingested, plus the newest final one as the anchor.
CREATE TABLE blocks (
    number      BIGINT PRIMARY KEY,
    hash        TEXT   NOT NULL,
    parent_hash TEXT   NOT NULL,
    time        BIGINT NOT NULL
);

-- Entity rows as they were before the first change in each hot block, newest undone first on a reorg.
-- prev_row NULL: the row did not exist.
CREATE TABLE journal (
    seq          BIGINT PRIMARY KEY,
    block_number BIGINT NOT NULL,
    table_name   TEXT   NOT NULL,
    row_key      TEXT   NOT NULL,
    prev_row     TEXT
);
CREATE INDEX journal_block ON journal (block_number);

-- ------------------------------------------------------------------ entities

CREATE TABLE machines (
    machine_id       TEXT    PRIMARY KEY,
    provider         TEXT    NOT NULL,
    gpu_class        TEXT    NOT NULL,
    gpu_count        BIGINT  NOT NULL,
    reserved_gpus    BIGINT  NOT NULL,
    free_gpus        BIGINT  NOT NULL,
    listed           BOOLEAN NOT NULL,
    locked_stake     TEXT    NOT NULL,
    metadata_cid     TEXT    NOT NULL,
    listed_block     BIGINT  NOT NULL,
    listed_at        BIGINT  NOT NULL,
    updated_block    BIGINT  NOT NULL,
    leases_opened    BIGINT  NOT NULL,
    leases_completed BIGINT  NOT NULL,
    checks_passed    BIGINT  NOT NULL,
    checks_failed    BIGINT  NOT NULL,
    served_seconds   BIGINT  NOT NULL,
    down_seconds     BIGINT  NOT NULL
);
-- Covers the quote book's funnel counts per class.
CREATE INDEX machines_class ON machines (gpu_class, listed, gpu_count, free_gpus, provider);
CREATE INDEX machines_provider ON machines (provider);

CREATE TABLE providers (
    address          TEXT   PRIMARY KEY,
    machines_listed  BIGINT NOT NULL,
    gpus_listed      BIGINT NOT NULL,
    slashes          BIGINT NOT NULL,
    slashed_total    TEXT   NOT NULL,
    earned_usd       TEXT   NOT NULL,
    earned_grid      TEXT   NOT NULL,
    first_block      BIGINT NOT NULL,
    updated_block    BIGINT NOT NULL,
    leases_opened    BIGINT NOT NULL,
    leases_completed BIGINT NOT NULL,
    checks_passed    BIGINT NOT NULL,
    checks_failed    BIGINT NOT NULL,
    served_seconds   BIGINT NOT NULL,
    down_seconds     BIGINT NOT NULL
);

CREATE TABLE stakes (
    account         TEXT    NOT NULL,
    role            BIGINT  NOT NULL,
    active          TEXT    NOT NULL,
    unbonding       TEXT    NOT NULL,
    locked          TEXT    NOT NULL,
    collateralised  BOOLEAN NOT NULL,
    unbonds         TEXT    NOT NULL,
    staked_total    TEXT    NOT NULL,
    withdrawn_total TEXT    NOT NULL,
    slashed_total   TEXT    NOT NULL,
    slashes         BIGINT  NOT NULL,
    updated_block   BIGINT  NOT NULL,
    PRIMARY KEY (account, role)
);

CREATE TABLE leases (
    lease_id            BIGINT  PRIMARY KEY,
    renter              TEXT    NOT NULL,
    provider            TEXT    NOT NULL,
    machine_id          TEXT    NOT NULL,
    gpu_count           BIGINT  NOT NULL,
    pay_token           TEXT    NOT NULL,
    usd_per_second      TEXT    NOT NULL,
    rate                TEXT    NOT NULL,
    deposit             TEXT    NOT NULL,
    nonce               TEXT    NOT NULL,
    status              TEXT    NOT NULL,
    opened_block        BIGINT  NOT NULL,
    open_tx             TEXT    NOT NULL,
    started_at          BIGINT  NOT NULL,
    ends_at             BIGINT  NOT NULL,
    settled_at          BIGINT  NOT NULL,
    paid                TEXT    NOT NULL,
    close_reason        TEXT    NOT NULL,
    closed_at           BIGINT  NOT NULL,
    refund              TEXT    NOT NULL,
    fee                 TEXT    NOT NULL,
    breached            BOOLEAN NOT NULL,
    down_since          BIGINT  NOT NULL,
    clawed_back         TEXT    NOT NULL,
    unrecovered         TEXT    NOT NULL,
    breach_attestation  TEXT    NOT NULL,
    completed           BOOLEAN NOT NULL,
    result_cid          TEXT    NOT NULL,
    completion_attested BOOLEAN NOT NULL,
    updated_block       BIGINT  NOT NULL
);
CREATE INDEX leases_renter ON leases (renter, lease_id);
CREATE INDEX leases_provider ON leases (provider, lease_id);
CREATE INDEX leases_machine ON leases (machine_id, lease_id);
CREATE INDEX leases_status ON leases (status, lease_id);

CREATE TABLE quote_nonces (
    provider     TEXT   NOT NULL,
    nonce        TEXT   NOT NULL,
    status       TEXT   NOT NULL,
    lease_id     BIGINT NOT NULL,
    block_number BIGINT NOT NULL,
    PRIMARY KEY (provider, nonce)
);

CREATE TABLE signer_sets (
    version        BIGINT PRIMARY KEY,
    threshold      BIGINT NOT NULL,
    signers        TEXT   NOT NULL,
    status         TEXT   NOT NULL,
    effective_at   BIGINT NOT NULL,
    proposed_block BIGINT NOT NULL,
    applied_block  BIGINT NOT NULL
);

CREATE TABLE reward_accounts (
    account TEXT   PRIMARY KEY,
    claimed TEXT   NOT NULL,
    claims  BIGINT NOT NULL
);

CREATE TABLE params (
    contract     TEXT   NOT NULL,
    name         TEXT   NOT NULL,
    value        TEXT   NOT NULL,
    block_number BIGINT NOT NULL,
    PRIMARY KEY (contract, name)
);

CREATE TABLE token_balances (
    token   TEXT NOT NULL,
    account TEXT NOT NULL,
    balance TEXT NOT NULL,
    PRIMARY KEY (token, account)
);

-- ------------------------------------------------------------------ history (rolled back by block_number)

CREATE TABLE events (
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    tx_hash      TEXT   NOT NULL,
    block_time   BIGINT NOT NULL,
    contract     TEXT   NOT NULL,
    address      TEXT   NOT NULL,
    name         TEXT   NOT NULL,
    args         TEXT   NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX events_name ON events (contract, name, block_number);

CREATE TABLE lease_events (
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    tx_hash      TEXT   NOT NULL,
    block_time   BIGINT NOT NULL,
    lease_id     BIGINT NOT NULL,
    kind         TEXT   NOT NULL,
    amount       TEXT   NOT NULL,
    detail       TEXT   NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX lease_events_lease ON lease_events (lease_id, block_number);

CREATE TABLE attestations (
    block_number       BIGINT NOT NULL,
    log_index          BIGINT NOT NULL,
    tx_hash            TEXT   NOT NULL,
    block_time         BIGINT NOT NULL,
    target             TEXT   NOT NULL,
    target_name        TEXT   NOT NULL,
    kind               BIGINT NOT NULL,
    kind_name          TEXT   NOT NULL,
    attestation_id     TEXT   NOT NULL,
    payload_hash       TEXT   NOT NULL,
    signer_set_version BIGINT NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX attestations_kind ON attestations (kind, block_number);

CREATE TABLE slashes (
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    tx_hash      TEXT   NOT NULL,
    block_time   BIGINT NOT NULL,
    offender     TEXT   NOT NULL,
    role         BIGINT NOT NULL,
    evidence_id  TEXT   NOT NULL,
    requested    TEXT   NOT NULL,
    slashed      TEXT   NOT NULL,
    burned       TEXT   NOT NULL,
    to_renter    TEXT   NOT NULL,
    to_reporters TEXT   NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX slashes_offender ON slashes (offender, block_number);

CREATE TABLE reward_epochs (
    block_number   BIGINT NOT NULL,
    log_index      BIGINT NOT NULL,
    tx_hash        TEXT   NOT NULL,
    block_time     BIGINT NOT NULL,
    epoch          BIGINT NOT NULL,
    root           TEXT   NOT NULL,
    total          TEXT   NOT NULL,
    attestation_id TEXT   NOT NULL,
    allocated      TEXT   NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX reward_epochs_epoch ON reward_epochs (epoch);

CREATE TABLE reward_claims (
    block_number       BIGINT NOT NULL,
    log_index          BIGINT NOT NULL,
    tx_hash            TEXT   NOT NULL,
    block_time         BIGINT NOT NULL,
    account            TEXT   NOT NULL,
    caller             TEXT   NOT NULL,
    amount             TEXT   NOT NULL,
    cumulative_claimed TEXT   NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX reward_claims_account ON reward_claims (account, block_number);

CREATE TABLE price_updates (
    block_number   BIGINT NOT NULL,
    log_index      BIGINT NOT NULL,
    tx_hash        TEXT   NOT NULL,
    block_time     BIGINT NOT NULL,
    price          TEXT   NOT NULL,
    observed_at    BIGINT NOT NULL,
    attestation_id TEXT   NOT NULL,
    PRIMARY KEY (block_number, log_index)
);

-- ------------------------------------------------------------------ off-chain: never rolled back

-- Signed quotes posted by providers. Chain state (listing, stake, nonce use) is joined in at query time.
CREATE TABLE quotes (
    digest            TEXT   PRIMARY KEY,
    provider          TEXT   NOT NULL,
    machine_id        TEXT   NOT NULL,
    gpu_class         TEXT   NOT NULL,
    gpu_count         BIGINT NOT NULL,
    usd_per_second    TEXT   NOT NULL,
    usd_per_hour      BIGINT NOT NULL,
    usd_per_gpu_hour  BIGINT NOT NULL,
    max_duration      BIGINT NOT NULL,
    expiry            BIGINT NOT NULL,
    nonce             TEXT   NOT NULL,
    signature         TEXT   NOT NULL,
    posted_at         BIGINT NOT NULL
);
-- The search walks this index in rank order and stops at the limit (ORDER BY must match its first four
-- columns); the quote's own filters are in it too, so quotes that fail them cost no table read.
CREATE INDEX quotes_search ON quotes (gpu_class, usd_per_hour, usd_per_gpu_hour, digest, gpu_count, max_duration, expiry);
-- The search's first probe (is there any quote of the class long enough, big enough, unexpired, under the
-- cap?) answers from this index alone; the explanation's "the longest quote allows ..." walks it from the top.
CREATE INDEX quotes_duration ON quotes (gpu_class, max_duration, gpu_count, expiry, usd_per_hour);
CREATE INDEX quotes_machine ON quotes (machine_id);
CREATE INDEX quotes_provider_nonce ON quotes (provider, nonce);
CREATE INDEX quotes_expiry ON quotes (expiry);

-- Reward trees posted for epochs, checked against the root on chain before they are served.
CREATE TABLE reward_trees (
    epoch     BIGINT NOT NULL,
    root      TEXT   NOT NULL,
    posted_at BIGINT NOT NULL,
    PRIMARY KEY (epoch, root)
);

CREATE TABLE reward_leaves (
    epoch             BIGINT NOT NULL,
    root              TEXT   NOT NULL,
    account           TEXT   NOT NULL,
    cumulative_amount TEXT   NOT NULL,
    leaf_index        BIGINT NOT NULL,
    PRIMARY KEY (epoch, root, account)
);
