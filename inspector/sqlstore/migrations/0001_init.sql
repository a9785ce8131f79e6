-- An inspector's own checks, as runs of equal outcomes per machine and kind. Times are unix milliseconds.
CREATE TABLE check_runs (
    id       INTEGER PRIMARY KEY,
    machine  BLOB    NOT NULL,
    kind     INTEGER NOT NULL,
    ok       INTEGER NOT NULL,
    first_at INTEGER NOT NULL,
    last_at  INTEGER NOT NULL,
    checks   INTEGER NOT NULL,
    detail   TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX check_runs_by_machine ON check_runs (machine, kind, first_at);
CREATE INDEX check_runs_by_last ON check_runs (last_at);

-- Forged answers this inspector received itself.
CREATE TABLE evidence (
    id      INTEGER PRIMARY KEY,
    machine BLOB    NOT NULL,
    kind    INTEGER NOT NULL,
    at      INTEGER NOT NULL,
    detail  TEXT    NOT NULL
);
CREATE INDEX evidence_by_machine ON evidence (machine, at);

-- What this inspector signed: one answer per decision, recorded before the signature left the node.
CREATE TABLE signed (
    decision   BLOB    PRIMARY KEY,
    kind       INTEGER NOT NULL,
    subject    BLOB    NOT NULL,
    win        INTEGER NOT NULL,
    value      BLOB    NOT NULL,
    digest     BLOB    NOT NULL,
    signature  BLOB    NOT NULL,
    signed_at  INTEGER NOT NULL
);
CREATE INDEX signed_by_subject ON signed (kind, subject, win);
