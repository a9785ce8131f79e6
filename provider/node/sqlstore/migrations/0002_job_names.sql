-- Jobs the renter of a lease named through the node's gateway (protocol v1: LeaseOpened binds no job). Set
-- once; a lease a reorg removes loses its row with it (refold), and a row counts only for the renter who named it.
CREATE TABLE job_names (
    lease  INTEGER PRIMARY KEY,
    renter TEXT    NOT NULL,
    digest TEXT    NOT NULL,
    at     INTEGER NOT NULL
);
