// Package sqlstore is the inspector node's database: one SQLite file (modernc.org/sqlite, no cgo) with
// embedded, versioned migrations, holding the node's own check log (observe.Store) and the answers it signed
// (agree.Store).
//
// Every write is committed with synchronous=FULL before the call returns, so what the agreement recorded as
// signed survives kill -9 and power loss: the signature leaves the node only after. It stores and queries only;
// it decides nothing and never talks to a chain or a peer.
package sqlstore

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/sqlitedb"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is an open inspector database.
type DB struct {
	db *sql.DB
}

var (
	_ observe.Store = (*DB)(nil)
	_ agree.Store   = (*DB)(nil)
)

// Open opens (creating if needed) the SQLite file at path and applies pending migrations.
func Open(ctx context.Context, path string) (*DB, error) {
	ms, err := sqlitedb.Load(migrationFS, "migrations")
	if err != nil {
		return nil, fmt.Errorf("sqlstore: %w", err)
	}
	// Synchronous FULL (the default): a commit is on disk when it returns. The agreement releases a signature
	// only after recording it.
	db, err := sqlitedb.OpenMigrated(ctx, path, sqlitedb.Options{ForeignKeys: true}, "schema_migrations", ms)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: %w", err)
	}
	return &DB{db: db}, nil
}

// Close closes the database.
func (s *DB) Close() error { return s.db.Close() }

// Healthy pings the database.
func (s *DB) Healthy(ctx context.Context) error {
	if err := s.db.PingContext(ctx); err != nil {
		return fmt.Errorf("sqlstore: unreachable: %w", err)
	}
	return nil
}

// ---------------------------------------------------------------- observe.Store

func ms(t time.Time) int64 { return t.UnixMilli() }

func fromMs(v int64) time.Time { return time.UnixMilli(v) }

const runCols = `machine, kind, ok, first_at, last_at, checks, detail`

func scanRun(sc interface{ Scan(...any) error }) (observe.Run, error) {
	var r observe.Run
	var machine []byte
	var kind, ok, first, last, checks int64
	if err := sc.Scan(&machine, &kind, &ok, &first, &last, &checks, &r.Detail); err != nil {
		return r, err
	}
	r.Machine, r.Kind, r.OK = common.BytesToHash(machine), observe.Kind(kind), ok == 1
	r.First, r.Last, r.Checks = fromMs(first), fromMs(last), int(checks)
	return r, nil
}

// AppendOutcome implements observe.Store.
func (s *DB) AppendOutcome(ctx context.Context, o observe.Outcome) (observe.Run, error) {
	if err := o.Validate(); err != nil {
		return observe.Run{}, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return observe.Run{}, fmt.Errorf("sqlstore: append outcome: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // after Commit this is a no-op
	var id int64
	row := tx.QueryRowContext(ctx, `SELECT id, `+runCols+` FROM check_runs WHERE machine = ? AND kind = ?
		ORDER BY first_at DESC, id DESC LIMIT 1`, o.Machine[:], int64(o.Kind))
	var cur observe.Run
	var machine []byte
	var kind, okv, first, last, checks int64
	err = row.Scan(&id, &machine, &kind, &okv, &first, &last, &checks, &cur.Detail)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		id = 0
	case err != nil:
		return observe.Run{}, fmt.Errorf("sqlstore: latest run: %w", err)
	default:
		cur = observe.Run{Machine: o.Machine, Kind: o.Kind, OK: okv == 1, First: fromMs(first), Last: fromMs(last),
			Checks: int(checks), Detail: cur.Detail}
		if ms(o.At) < last {
			return observe.Run{}, fmt.Errorf("%w: %s check of %s at %s, latest at %s", observe.ErrOutOfOrder, o.Kind,
				o.Machine, o.At.UTC().Format(time.RFC3339Nano), cur.Last.UTC().Format(time.RFC3339Nano))
		}
	}
	var run observe.Run
	if id != 0 && cur.OK == o.OK {
		run = cur
		run.Last, run.Checks, run.Detail = fromMs(ms(o.At)), cur.Checks+1, o.Detail
		if _, err := tx.ExecContext(ctx, `UPDATE check_runs SET last_at = ?, checks = checks + 1, detail = ? WHERE id = ?`,
			ms(o.At), o.Detail, id); err != nil {
			return observe.Run{}, fmt.Errorf("sqlstore: extend run: %w", err)
		}
	} else {
		run = observe.Run{Machine: o.Machine, Kind: o.Kind, OK: o.OK, First: fromMs(ms(o.At)), Last: fromMs(ms(o.At)), Checks: 1, Detail: o.Detail}
		okInt := 0
		if o.OK {
			okInt = 1
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO check_runs (`+runCols+`) VALUES (?, ?, ?, ?, ?, 1, ?)`,
			o.Machine[:], int64(o.Kind), okInt, ms(o.At), ms(o.At), o.Detail); err != nil {
			return observe.Run{}, fmt.Errorf("sqlstore: start run: %w", err)
		}
	}
	if o.Forged {
		if _, err := tx.ExecContext(ctx, `INSERT INTO evidence (machine, kind, at, detail) VALUES (?, ?, ?, ?)`,
			o.Machine[:], int64(o.Kind), ms(o.At), o.Detail); err != nil {
			return observe.Run{}, fmt.Errorf("sqlstore: evidence: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return observe.Run{}, fmt.Errorf("sqlstore: append outcome: %w", err)
	}
	return run, nil
}

// Runs implements observe.Store.
func (s *DB) Runs(ctx context.Context, machine common.Hash, kind observe.Kind, from time.Time, limit int) ([]observe.Run, error) {
	if limit <= 0 {
		limit = 1000
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+runCols+` FROM check_runs WHERE machine = ? AND kind = ? AND last_at >= ?
		ORDER BY first_at, id LIMIT ?`, machine[:], int64(kind), ms(from), limit)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: runs: %w", err)
	}
	defer rows.Close()
	var out []observe.Run
	for rows.Next() {
		r, err := scanRun(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlstore: runs: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// LatestRun implements observe.Store.
func (s *DB) LatestRun(ctx context.Context, machine common.Hash, kind observe.Kind) (observe.Run, bool, error) {
	r, err := scanRun(s.db.QueryRowContext(ctx, `SELECT `+runCols+` FROM check_runs WHERE machine = ? AND kind = ?
		ORDER BY first_at DESC, id DESC LIMIT 1`, machine[:], int64(kind)))
	if errors.Is(err, sql.ErrNoRows) {
		return observe.Run{}, false, nil
	}
	if err != nil {
		return observe.Run{}, false, fmt.Errorf("sqlstore: latest run: %w", err)
	}
	return r, true, nil
}

// Evidence implements observe.Store.
func (s *DB) Evidence(ctx context.Context, machine common.Hash, from, until time.Time) ([]observe.Evidence, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT kind, at, detail FROM evidence WHERE machine = ? AND at >= ? AND at <= ?
		ORDER BY at, id LIMIT 1000`, machine[:], ms(from), ms(until))
	if err != nil {
		return nil, fmt.Errorf("sqlstore: evidence: %w", err)
	}
	defer rows.Close()
	var out []observe.Evidence
	for rows.Next() {
		e := observe.Evidence{Machine: machine}
		var kind, at int64
		if err := rows.Scan(&kind, &at, &e.Detail); err != nil {
			return nil, fmt.Errorf("sqlstore: evidence: %w", err)
		}
		e.Kind, e.At = observe.Kind(kind), fromMs(at)
		out = append(out, e)
	}
	return out, rows.Err()
}

// PruneRuns implements observe.Store. The latest run of each machine and kind is kept whatever its age: it is
// what the next check extends.
func (s *DB) PruneRuns(ctx context.Context, before time.Time) (int64, error) {
	res, err := s.db.ExecContext(ctx, `DELETE FROM check_runs WHERE last_at < ? AND id NOT IN (
		SELECT MAX(id) FROM check_runs GROUP BY machine, kind)`, ms(before))
	if err != nil {
		return 0, fmt.Errorf("sqlstore: prune runs: %w", err)
	}
	n, _ := res.RowsAffected()
	if _, err := s.db.ExecContext(ctx, `DELETE FROM evidence WHERE at < ?`, ms(before)); err != nil {
		return n, fmt.Errorf("sqlstore: prune evidence: %w", err)
	}
	return n, nil
}

// ---------------------------------------------------------------- agree.Store

const signedCols = `kind, subject, win, value, digest, signature, signed_at`

func scanSigned(sc interface{ Scan(...any) error }) (agree.Record, error) {
	var r agree.Record
	var kind, win, at int64
	var subject, digest []byte
	if err := sc.Scan(&kind, &subject, &win, &r.Value, &digest, &r.Signature, &at); err != nil {
		return r, err
	}
	r.Decision = agree.Decision{Kind: oracle.Kind(kind), Subject: common.BytesToHash(subject), Window: uint64(win)}
	r.Digest, r.SignedAt = common.BytesToHash(digest), fromMs(at)
	return r, nil
}

func windowValue(w uint64) (int64, error) {
	if w > math.MaxInt64 {
		return 0, fmt.Errorf("sqlstore: window %d exceeds %d", w, int64(math.MaxInt64))
	}
	return int64(w), nil
}

// PutSigned implements agree.Store: insert-if-absent, re-sign of the same value, or the existing answer; in
// one committed transaction.
func (s *DB) PutSigned(ctx context.Context, r agree.Record) (agree.Record, error) {
	win, err := windowValue(r.Decision.Window)
	if err != nil {
		return agree.Record{}, err
	}
	if len(r.Value) == 0 || len(r.Signature) == 0 {
		return agree.Record{}, errors.New("sqlstore: signed record without value or signature")
	}
	key := r.Decision.Key()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return agree.Record{}, fmt.Errorf("sqlstore: put signed: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // after Commit this is a no-op
	prev, err := scanSigned(tx.QueryRowContext(ctx, `SELECT `+signedCols+` FROM signed WHERE decision = ?`, key[:]))
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if _, err := tx.ExecContext(ctx, `INSERT INTO signed (decision, `+signedCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			key[:], int64(r.Decision.Kind), r.Decision.Subject[:], win, r.Value, r.Digest[:], r.Signature, ms(r.SignedAt)); err != nil {
			return agree.Record{}, fmt.Errorf("sqlstore: put signed: %w", err)
		}
	case err != nil:
		return agree.Record{}, fmt.Errorf("sqlstore: put signed: %w", err)
	case string(prev.Value) != string(r.Value):
		return prev, nil // another answer stands; the caller must not release r's signature
	default:
		if _, err := tx.ExecContext(ctx, `UPDATE signed SET digest = ?, signature = ?, signed_at = ? WHERE decision = ?`,
			r.Digest[:], r.Signature, ms(r.SignedAt), key[:]); err != nil {
			return agree.Record{}, fmt.Errorf("sqlstore: re-sign: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return agree.Record{}, fmt.Errorf("sqlstore: put signed: commit: %w", err)
	}
	r.SignedAt = fromMs(ms(r.SignedAt))
	return r, nil
}

// Signed implements agree.Store.
func (s *DB) Signed(ctx context.Context, d agree.Decision) (agree.Record, bool, error) {
	key := d.Key()
	r, err := scanSigned(s.db.QueryRowContext(ctx, `SELECT `+signedCols+` FROM signed WHERE decision = ?`, key[:]))
	if errors.Is(err, sql.ErrNoRows) {
		return agree.Record{}, false, nil
	}
	if err != nil {
		return agree.Record{}, false, fmt.Errorf("sqlstore: signed: %w", err)
	}
	return r, true, nil
}

// LatestWindow implements agree.Store.
func (s *DB) LatestWindow(ctx context.Context, kind oracle.Kind, subject common.Hash) (uint64, bool, error) {
	var w sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT MAX(win) FROM signed WHERE kind = ? AND subject = ?`,
		int64(kind), subject[:]).Scan(&w); err != nil {
		return 0, false, fmt.Errorf("sqlstore: latest window: %w", err)
	}
	return uint64(w.Int64), w.Valid, nil
}

var _ observe.ResultStore = (*DB)(nil)

// PutResult implements observe.ResultStore: the first result of a lease stays.
func (s *DB) PutResult(ctx context.Context, r observe.VerifiedResult) (observe.VerifiedResult, error) {
	if err := r.Validate(); err != nil {
		return observe.VerifiedResult{}, err
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO results (lease, machine, cid, at) VALUES (?, ?, ?, ?) ON CONFLICT (lease) DO NOTHING`,
		int64(r.Lease), r.Machine.Bytes(), r.CID, ms(r.At)); err != nil {
		return observe.VerifiedResult{}, fmt.Errorf("sqlstore: put result of lease %d: %w", r.Lease, err)
	}
	got, ok, err := s.Result(ctx, r.Lease)
	if err == nil && !ok {
		err = fmt.Errorf("sqlstore: result of lease %d not found after insert", r.Lease)
	}
	return got, err
}

// Result implements observe.ResultStore.
func (s *DB) Result(ctx context.Context, lease uint64) (observe.VerifiedResult, bool, error) {
	if lease > math.MaxInt64 {
		return observe.VerifiedResult{}, false, nil
	}
	var m []byte
	var at int64
	r := observe.VerifiedResult{Lease: lease}
	err := s.db.QueryRowContext(ctx, `SELECT machine, cid, at FROM results WHERE lease = ?`, int64(lease)).Scan(&m, &r.CID, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return observe.VerifiedResult{}, false, nil
	}
	if err != nil {
		return observe.VerifiedResult{}, false, fmt.Errorf("sqlstore: result of lease %d: %w", lease, err)
	}
	r.Machine, r.At = common.BytesToHash(m), fromMs(at)
	return r, true, nil
}
