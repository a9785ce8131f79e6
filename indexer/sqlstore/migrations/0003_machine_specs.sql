-- Machine specs (issue #11): the spec document a machine's metadata CID names, fetched from the machine's node
-- by the indexer's spec fetcher. One row per machine, for the CID it was fetched for: a relist or metadata
-- update with another CID makes the row stale (readers join on the CID) until the fetcher replaces it.
-- error is non-empty when the document could not be fetched or read; next_attempt is when to try again.
CREATE TABLE machine_specs (
    machine_id     TEXT    PRIMARY KEY,
    metadata_cid   TEXT    NOT NULL,
    cpu_model      TEXT    NOT NULL,
    cpu_cores      BIGINT  NOT NULL,
    cpu_arch       TEXT    NOT NULL,
    memory_bytes   BIGINT  NOT NULL,
    disk_bytes     BIGINT  NOT NULL,
    driver         TEXT    NOT NULL,
    cuda           TEXT    NOT NULL,
    region         TEXT    NOT NULL,
    bandwidth_mbps BIGINT  NOT NULL,
    error          TEXT    NOT NULL,
    attempts       BIGINT  NOT NULL,
    next_attempt   BIGINT  NOT NULL,
    fetched_at     BIGINT  NOT NULL
);
