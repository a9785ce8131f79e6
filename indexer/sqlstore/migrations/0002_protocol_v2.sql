-- Protocol v2 (issue #9): machines move to the NodeRegistry (index, endpoint, per-GPU hold times, hardware
-- verification), leases gain the dispute window, job CIDs and held payouts, attestations name their signers,
-- slashes their kind, reward roots carry cumulative totals, quotes the v2 terms.
--
-- A v1 index cannot be carried over: v2 is a new deployment whose events v1's tables do not describe, and the
-- journal's saved rows have v1's columns. So this migration clears everything derived from the chain (the
-- index starts again from the deployment's start block) and the quotes (signed under the v1 domain, which the
-- v2 escrow rejects); reward trees stay, re-checked against the roots on chain when read.

DELETE FROM sync_state;
DELETE FROM blocks;
DELETE FROM journal;
DELETE FROM providers;
DELETE FROM stakes;
DELETE FROM quote_nonces;
DELETE FROM signer_sets;
DELETE FROM reward_accounts;
DELETE FROM params;
DELETE FROM token_balances;
DELETE FROM events;
DELETE FROM lease_events;
DELETE FROM reward_claims;
DELETE FROM price_updates;

DROP TABLE machines;
CREATE TABLE machines (
    machine_id               TEXT    PRIMARY KEY,
    provider                 TEXT    NOT NULL,
    machine_index            BIGINT  NOT NULL,
    gpu_class                TEXT    NOT NULL,
    gpu_count                BIGINT  NOT NULL,
    gpu_holds                TEXT    NOT NULL,
    gpu_free_from            TEXT    NOT NULL,
    listed                   BOOLEAN NOT NULL,
    locked_stake             TEXT    NOT NULL,
    metadata_cid             TEXT    NOT NULL,
    endpoint                 TEXT    NOT NULL,
    listed_block             BIGINT  NOT NULL,
    listed_at                BIGINT  NOT NULL,
    verified_at              BIGINT  NOT NULL,
    verified_until           BIGINT  NOT NULL,
    verification_attestation TEXT    NOT NULL,
    verification_seq         BIGINT  NOT NULL,
    gpu_ids                  TEXT    NOT NULL,
    updated_block            BIGINT  NOT NULL,
    leases_opened            BIGINT  NOT NULL,
    leases_completed         BIGINT  NOT NULL,
    checks_passed            BIGINT  NOT NULL,
    checks_failed            BIGINT  NOT NULL,
    served_seconds           BIGINT  NOT NULL,
    down_seconds             BIGINT  NOT NULL
);
-- Covers the quote book's funnel counts per class (free GPUs are read from gpu_free_from at query time).
CREATE INDEX machines_class ON machines (gpu_class, listed, gpu_count, verified_until, provider);
CREATE INDEX machines_provider ON machines (provider);

DROP TABLE leases;
CREATE TABLE leases (
    lease_id            BIGINT  PRIMARY KEY,
    renter              TEXT    NOT NULL,
    provider            TEXT    NOT NULL,
    machine_id          TEXT    NOT NULL,
    gpu_count           BIGINT  NOT NULL,
    gpu_mask            BIGINT  NOT NULL,
    pay_token           TEXT    NOT NULL,
    usd_per_second_wad  TEXT    NOT NULL,
    rate                TEXT    NOT NULL,
    segments            TEXT    NOT NULL,
    deposit             TEXT    NOT NULL,
    nonce               TEXT    NOT NULL,
    job_cid             TEXT    NOT NULL,
    job_set_block       BIGINT  NOT NULL,
    status              TEXT    NOT NULL,
    opened_block        BIGINT  NOT NULL,
    open_tx             TEXT    NOT NULL,
    started_at          BIGINT  NOT NULL,
    min_ends_at         BIGINT  NOT NULL,
    ends_at             BIGINT  NOT NULL,
    close_reason        TEXT    NOT NULL,
    closed_at           BIGINT  NOT NULL,
    dispute_ends_at     BIGINT  NOT NULL,
    refund              TEXT    NOT NULL,
    payout              TEXT    NOT NULL,
    fee                 TEXT    NOT NULL,
    paid                TEXT    NOT NULL,
    settled_at          BIGINT  NOT NULL,
    breached            BOOLEAN NOT NULL,
    down_since          BIGINT  NOT NULL,
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
-- A provider's closed leases past their dispute window: what `settle` would pay it now.
CREATE INDEX leases_provider_status ON leases (provider, status, dispute_ends_at);

CREATE TABLE escrow_balances (
    account         TEXT   NOT NULL,
    token           TEXT   NOT NULL,
    withdrawable    TEXT   NOT NULL,
    held            TEXT   NOT NULL,
    held_leases     BIGINT NOT NULL,
    withdrawn_total TEXT   NOT NULL,
    updated_block   BIGINT NOT NULL,
    PRIMARY KEY (account, token)
);

CREATE TABLE gpu_claims (
    gpu_id       TEXT   PRIMARY KEY,
    machine_id   TEXT   NOT NULL,
    expires_at   BIGINT NOT NULL,
    block_number BIGINT NOT NULL
);
CREATE INDEX gpu_claims_machine ON gpu_claims (machine_id);

CREATE TABLE inspector_endpoints (
    inspector    TEXT   PRIMARY KEY,
    endpoint     TEXT   NOT NULL,
    block_number BIGINT NOT NULL
);

DROP TABLE attestations;
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
    signers            BIGINT NOT NULL,
    signer_addresses   TEXT   NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX attestations_kind ON attestations (kind, block_number);

DROP TABLE slashes;
CREATE TABLE slashes (
    block_number BIGINT NOT NULL,
    log_index    BIGINT NOT NULL,
    tx_hash      TEXT   NOT NULL,
    block_time   BIGINT NOT NULL,
    offender     TEXT   NOT NULL,
    role         BIGINT NOT NULL,
    kind         BIGINT NOT NULL,
    kind_name    TEXT   NOT NULL,
    evidence_id  TEXT   NOT NULL,
    requested    TEXT   NOT NULL,
    slashed      TEXT   NOT NULL,
    burned       TEXT   NOT NULL,
    to_renter    TEXT   NOT NULL,
    to_reporters TEXT   NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX slashes_offender ON slashes (offender, block_number);

DROP TABLE reward_epochs;
CREATE TABLE reward_epochs (
    block_number     BIGINT NOT NULL,
    log_index        BIGINT NOT NULL,
    tx_hash          TEXT   NOT NULL,
    block_time       BIGINT NOT NULL,
    epoch            BIGINT NOT NULL,
    root             TEXT   NOT NULL,
    cumulative_total TEXT   NOT NULL,
    increment        TEXT   NOT NULL,
    attestation_id   TEXT   NOT NULL,
    PRIMARY KEY (block_number, log_index)
);
CREATE INDEX reward_epochs_epoch ON reward_epochs (epoch);

DROP TABLE quotes;
CREATE TABLE quotes (
    digest             TEXT    PRIMARY KEY,
    provider           TEXT    NOT NULL,
    machine_id         TEXT    NOT NULL,
    gpu_class          TEXT    NOT NULL,
    gpu_count          BIGINT  NOT NULL,
    usd_per_second_wad TEXT    NOT NULL,
    usd_per_hour       BIGINT  NOT NULL,
    usd_per_gpu_hour   BIGINT  NOT NULL,
    min_duration       BIGINT  NOT NULL,
    max_duration       BIGINT  NOT NULL,
    expiry             BIGINT  NOT NULL,
    nonce              TEXT    NOT NULL,
    renter             TEXT    NOT NULL,
    single_use         BOOLEAN NOT NULL,
    signature          TEXT    NOT NULL,
    posted_at          BIGINT  NOT NULL
);
-- As in 0001: the search walks quotes_search in rank order; the quote's own filters are in it.
CREATE INDEX quotes_search ON quotes (gpu_class, usd_per_hour, usd_per_gpu_hour, digest, gpu_count, max_duration, expiry, min_duration, renter);
CREATE INDEX quotes_duration ON quotes (gpu_class, max_duration, gpu_count, expiry, usd_per_hour);
CREATE INDEX quotes_machine ON quotes (machine_id);
CREATE INDEX quotes_provider_nonce ON quotes (provider, nonce);
CREATE INDEX quotes_expiry ON quotes (expiry);
