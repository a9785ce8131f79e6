// Package sqlstore is the provider node's database: one SQLite file (modernc.org/sqlite, no cgo) with embedded,
// versioned migrations, each applied in a transaction and recorded. It holds the follower's cursor and block
// window, the provider's lease events and the leases they fold into (node.Fold), the node's workloads, the job
// specs received before a lease bound them, the content roots each lease put in the content store, and the
// transactions the node sent.
//
// Every write is one transaction committed with synchronous=FULL before the call returns, so what the node
// recorded before acting survives kill -9 and power loss. It stores and queries only: it decides nothing, and
// never talks to a chain, a daemon or a peer.
package sqlstore

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle/follow"
	"github.com/idlegrid/idlegrid/oracle/sqlitedb"
	"github.com/idlegrid/idlegrid/provider/node"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is an open node database.
type DB struct {
	db *sql.DB
}

var _ node.Store = (*DB)(nil)

// Open opens (creating if needed) the SQLite file at path and applies pending migrations.
func Open(ctx context.Context, path string) (*DB, error) {
	ms, err := sqlitedb.Load(migrationFS, "migrations")
	if err != nil {
		return nil, fmt.Errorf("sqlstore: %w", err)
	}
	// Synchronous FULL (the default): a commit is on disk when it returns. The node acts on a decision only
	// after recording it.
	db, err := sqlitedb.OpenMigrated(ctx, path, sqlitedb.Options{}, "schema_migrations", ms)
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

// tx runs fn in one write transaction.
func (s *DB) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlstore: begin: %w", err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlstore: commit: %w", err)
	}
	return nil
}

// ---------------------------------------------------------------- follower

// State implements follow.Store.
func (s *DB) State(ctx context.Context) (follow.State, bool, error) {
	var st follow.State
	var genesis, last string
	var updated int64
	err := s.db.QueryRowContext(ctx, `SELECT chain_id, genesis, deployment, start_block, next, last_hash, final, head, updated_at
		FROM follow_state WHERE id = 1`).Scan(&st.ChainID, &genesis, &st.Deployment, &st.StartBlock, &st.Next, &last, &st.Final, &st.Head, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return follow.State{}, false, nil
	}
	if err != nil {
		return follow.State{}, false, fmt.Errorf("sqlstore: follow state: %w", err)
	}
	st.GenesisHash, st.LastHash, st.UpdatedAt = common.HexToHash(genesis), common.HexToHash(last), time.Unix(0, updated)
	return st, true, nil
}

// Init implements follow.Store.
func (s *DB) Init(ctx context.Context, st follow.State) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO follow_state
			(id, chain_id, genesis, deployment, start_block, next, last_hash, final, head, updated_at)
			VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, st.ChainID, st.GenesisHash.Hex(), st.Deployment, st.StartBlock, st.Next,
			st.LastHash.Hex(), st.Final, st.Head, time.Now().UnixNano())
		if err != nil {
			return fmt.Errorf("sqlstore: init follow state: %w", err)
		}
		return nil
	})
}

// Window implements follow.Store.
func (s *DB) Window(ctx context.Context) ([]follow.BlockRef, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT number, hash, parent, time FROM blocks ORDER BY number`)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: block window: %w", err)
	}
	defer rows.Close()
	var out []follow.BlockRef
	for rows.Next() {
		var r follow.BlockRef
		var h, p string
		if err := rows.Scan(&r.Number, &h, &p, &r.Time); err != nil {
			return nil, fmt.Errorf("sqlstore: block window: %w", err)
		}
		r.Hash, r.ParentHash = common.HexToHash(h), common.HexToHash(p)
		out = append(out, r)
	}
	return out, rows.Err()
}

// Wipe implements follow.Store: the followed chain is forgotten (state, window, events, leases) with the
// workloads of its leases (another chain's lease 1 is another lease); the node then removes their containers.
func (s *DB) Wipe(ctx context.Context) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		for _, t := range []string{"follow_state", "blocks", "lease_events", "leases", "workloads", "specs", "job_names", "lease_content"} {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+t); err != nil {
				return fmt.Errorf("sqlstore: wipe %s: %w", t, err)
			}
		}
		return nil
	})
}

// Apply implements node.Store.
func (s *DB) Apply(ctx context.Context, b *follow.Batch, events []node.LeaseEvent) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		touched := map[uint64]bool{}
		if b.Rollback {
			rows, err := tx.QueryContext(ctx, `SELECT DISTINCT lease FROM lease_events WHERE block > ?`, b.Ancestor)
			if err != nil {
				return fmt.Errorf("sqlstore: rollback: %w", err)
			}
			for rows.Next() {
				var id uint64
				if err := rows.Scan(&id); err != nil {
					rows.Close()
					return fmt.Errorf("sqlstore: rollback: %w", err)
				}
				touched[id] = true
			}
			rows.Close()
			if _, err := tx.ExecContext(ctx, `DELETE FROM lease_events WHERE block > ?`, b.Ancestor); err != nil {
				return fmt.Errorf("sqlstore: rollback events: %w", err)
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM blocks WHERE number > ?`, b.Ancestor); err != nil {
				return fmt.Errorf("sqlstore: rollback window: %w", err)
			}
		}
		for _, e := range events {
			data, err := json.Marshal(e)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO lease_events (block, idx, lease, data) VALUES (?, ?, ?, ?)`,
				e.Block, e.Index, e.Lease, string(data)); err != nil {
				return fmt.Errorf("sqlstore: lease event: %w", err)
			}
			touched[e.Lease] = true
		}
		for id := range touched {
			if err := refold(ctx, tx, id); err != nil {
				return err
			}
		}
		for _, r := range b.Blocks {
			if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO blocks (number, hash, parent, time) VALUES (?, ?, ?, ?)`,
				r.Number, r.Hash.Hex(), r.ParentHash.Hex(), r.Time); err != nil {
				return fmt.Errorf("sqlstore: window: %w", err)
			}
		}
		// The window keeps blocks from the newest final one (the anchor) up.
		if _, err := tx.ExecContext(ctx, `DELETE FROM blocks WHERE number < ?`, b.Final); err != nil {
			return fmt.Errorf("sqlstore: prune window: %w", err)
		}
		res, err := tx.ExecContext(ctx, `UPDATE follow_state SET next = ?, last_hash = ?, final = ?, head = ?, updated_at = ? WHERE id = 1`,
			b.Next, b.LastHash.Hex(), b.Final, b.Head, time.Now().UnixNano())
		if err != nil {
			return fmt.Errorf("sqlstore: cursor: %w", err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return follow.Halt(errors.New("sqlstore: apply before init: no follower state"))
		}
		return nil
	})
}

// refold rewrites lease id from its events (deleting it when none is a LeaseOpened).
func refold(ctx context.Context, tx *sql.Tx, id uint64) error {
	rows, err := tx.QueryContext(ctx, `SELECT data FROM lease_events WHERE lease = ? ORDER BY block, idx`, id)
	if err != nil {
		return fmt.Errorf("sqlstore: events of lease %d: %w", id, err)
	}
	var evs []node.LeaseEvent
	for rows.Next() {
		var data string
		if err := rows.Scan(&data); err != nil {
			rows.Close()
			return err
		}
		var e node.LeaseEvent
		if err := json.Unmarshal([]byte(data), &e); err != nil {
			rows.Close()
			return fmt.Errorf("sqlstore: event of lease %d: %w", id, err)
		}
		evs = append(evs, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	l, ok := node.Fold(evs)
	if !ok {
		if _, err := tx.ExecContext(ctx, `DELETE FROM leases WHERE id = ?`, id); err != nil {
			return err
		}
		// A lease the chain no longer has takes its named job with it: the id may come back as another lease.
		_, err := tx.ExecContext(ctx, `DELETE FROM job_names WHERE lease = ?`, id)
		return err
	}
	data, err := json.Marshal(leaseJSON(l))
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO leases (id, closed, ends_at, data) VALUES (?, ?, ?, ?)`,
		id, l.Closed, l.EndsAt, string(data)); err != nil {
		return err
	}
	// A reorg that gave the id to another renter's lease drops what the former renter named.
	_, err = tx.ExecContext(ctx, `DELETE FROM job_names WHERE lease = ? AND renter != ?`, id, l.Renter.Hex())
	return err
}

// ---------------------------------------------------------------- leases

// lease is node.Lease as stored (the same fields; big.Int encodes as a JSON number).
type leaseJSON node.Lease

// Lease implements node.Store.
func (s *DB) Lease(ctx context.Context, id uint64) (node.Lease, error) {
	var data string
	err := s.db.QueryRowContext(ctx, `SELECT data FROM leases WHERE id = ?`, id).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return node.Lease{}, fmt.Errorf("lease %d: %w", id, node.ErrNotFound)
	}
	if err != nil {
		return node.Lease{}, fmt.Errorf("sqlstore: lease %d: %w", id, err)
	}
	var l leaseJSON
	if err := json.Unmarshal([]byte(data), &l); err != nil {
		return node.Lease{}, fmt.Errorf("sqlstore: lease %d: %w", id, err)
	}
	return node.Lease(l), nil
}

// Leases implements node.Store.
func (s *DB) Leases(ctx context.Context) ([]node.Lease, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT data FROM leases
		WHERE closed = 0 OR id IN (SELECT lease FROM workloads WHERE phase != ?) ORDER BY id`, string(node.PhaseDone))
	if err != nil {
		return nil, fmt.Errorf("sqlstore: leases: %w", err)
	}
	defer rows.Close()
	var out []node.Lease
	for rows.Next() {
		var data string
		if err := rows.Scan(&data); err != nil {
			return nil, err
		}
		var l leaseJSON
		if err := json.Unmarshal([]byte(data), &l); err != nil {
			return nil, fmt.Errorf("sqlstore: lease: %w", err)
		}
		out = append(out, node.Lease(l))
	}
	return out, rows.Err()
}

// ---------------------------------------------------------------- workloads

// Workload implements node.Store.
func (s *DB) Workload(ctx context.Context, lease uint64) (node.Workload, error) {
	var data string
	err := s.db.QueryRowContext(ctx, `SELECT data FROM workloads WHERE lease = ?`, lease).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return node.Workload{}, fmt.Errorf("workload of lease %d: %w", lease, node.ErrNotFound)
	}
	if err != nil {
		return node.Workload{}, fmt.Errorf("sqlstore: workload %d: %w", lease, err)
	}
	var w node.Workload
	if err := json.Unmarshal([]byte(data), &w); err != nil {
		return node.Workload{}, fmt.Errorf("sqlstore: workload %d: %w", lease, err)
	}
	return w, nil
}

// Workloads implements node.Store.
func (s *DB) Workloads(ctx context.Context) ([]node.Workload, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT data FROM workloads WHERE phase != ? ORDER BY lease`, string(node.PhaseDone))
	if err != nil {
		return nil, fmt.Errorf("sqlstore: workloads: %w", err)
	}
	defer rows.Close()
	var out []node.Workload
	for rows.Next() {
		var data string
		if err := rows.Scan(&data); err != nil {
			return nil, err
		}
		var w node.Workload
		if err := json.Unmarshal([]byte(data), &w); err != nil {
			return nil, fmt.Errorf("sqlstore: workload: %w", err)
		}
		out = append(out, w)
	}
	return out, rows.Err()
}

// SaveWorkload implements node.Store.
func (s *DB) SaveWorkload(ctx context.Context, w node.Workload) error {
	data, err := json.Marshal(w)
	if err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO workloads (lease, phase, data, updated) VALUES (?, ?, ?, ?)`,
			w.Lease, string(w.Phase), string(data), w.Updated.UnixNano())
		if err != nil {
			return fmt.Errorf("sqlstore: save workload %d: %w", w.Lease, err)
		}
		return nil
	})
}

// ---------------------------------------------------------------- specs received before open

// RecordSpec implements node.Store.
func (s *DB) RecordSpec(ctx context.Context, cid string, at time.Time) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO specs (cid, at) VALUES (?, ?)`, cid, at.UnixNano())
		return err
	})
}

// PendingSpecs implements node.Store.
func (s *DB) PendingSpecs(ctx context.Context, since time.Time) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM specs WHERE at >= ?`, since.UnixNano()).Scan(&n)
	return n, err
}

// DropSpecs implements node.Store.
func (s *DB) DropSpecs(ctx context.Context, before time.Time) ([]string, error) {
	var out []string
	err := s.tx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT cid FROM specs WHERE at < ?`, before.UnixNano())
		if err != nil {
			return err
		}
		for rows.Next() {
			var c string
			if err := rows.Scan(&c); err != nil {
				rows.Close()
				return err
			}
			out = append(out, c)
		}
		rows.Close()
		_, err = tx.ExecContext(ctx, `DELETE FROM specs WHERE at < ?`, before.UnixNano())
		return err
	})
	return out, err
}

// Specs implements node.Store.
func (s *DB) Specs(ctx context.Context, since time.Time) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT cid FROM specs WHERE at >= ? ORDER BY cid`, since.UnixNano())
	if err != nil {
		return nil, fmt.Errorf("sqlstore: specs: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// ---------------------------------------------------------------- lease content

// RecordContent implements node.Store.
func (s *DB) RecordContent(ctx context.Context, lease uint64, cid string, at time.Time) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO lease_content (lease, cid, at) VALUES (?, ?, ?)`, lease, cid, at.UnixNano())
		if err != nil {
			return fmt.Errorf("sqlstore: record content of lease %d: %w", lease, err)
		}
		return nil
	})
}

// LeaseContent implements node.Store.
func (s *DB) LeaseContent(ctx context.Context) ([]node.ContentRoot, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT lease, cid, at FROM lease_content ORDER BY lease, cid`)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: lease content: %w", err)
	}
	defer rows.Close()
	var out []node.ContentRoot
	for rows.Next() {
		var r node.ContentRoot
		var at int64
		if err := rows.Scan(&r.Lease, &r.CID, &at); err != nil {
			return nil, err
		}
		r.At = time.Unix(0, at)
		out = append(out, r)
	}
	return out, rows.Err()
}

// ForgetContent implements node.Store.
func (s *DB) ForgetContent(ctx context.Context, leases []uint64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		for _, l := range leases {
			if _, err := tx.ExecContext(ctx, `DELETE FROM lease_content WHERE lease = ?`, l); err != nil {
				return fmt.Errorf("sqlstore: forget content of lease %d: %w", l, err)
			}
		}
		return nil
	})
}

// ---------------------------------------------------------------- named jobs

// NameJob implements node.Store.
func (s *DB) NameJob(ctx context.Context, lease uint64, renter common.Address, digest common.Hash, at time.Time) (common.Hash, error) {
	var held common.Hash
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var r, d string
		err := tx.QueryRowContext(ctx, `SELECT renter, digest FROM job_names WHERE lease = ?`, lease).Scan(&r, &d)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			held = digest
			_, err = tx.ExecContext(ctx, `INSERT INTO job_names (lease, renter, digest, at) VALUES (?, ?, ?, ?)`,
				lease, renter.Hex(), digest.Hex(), at.UnixNano())
			return err
		case err != nil:
			return err
		case common.HexToAddress(r) != renter:
			// Named by the renter of a lease a reorg replaced and refold has not dropped yet: the new renter's.
			held = digest
			_, err = tx.ExecContext(ctx, `UPDATE job_names SET renter = ?, digest = ?, at = ? WHERE lease = ?`,
				renter.Hex(), digest.Hex(), at.UnixNano(), lease)
			return err
		}
		held = common.HexToHash(d)
		return nil
	})
	if err != nil {
		return common.Hash{}, fmt.Errorf("sqlstore: name job of lease %d: %w", lease, err)
	}
	return held, nil
}

// NamedJob implements node.Store.
func (s *DB) NamedJob(ctx context.Context, lease uint64, renter common.Address) (common.Hash, error) {
	var r, d string
	err := s.db.QueryRowContext(ctx, `SELECT renter, digest FROM job_names WHERE lease = ?`, lease).Scan(&r, &d)
	if errors.Is(err, sql.ErrNoRows) || err == nil && common.HexToAddress(r) != renter {
		return common.Hash{}, fmt.Errorf("job of lease %d: %w", lease, node.ErrNotFound)
	}
	if err != nil {
		return common.Hash{}, fmt.Errorf("sqlstore: job of lease %d: %w", lease, err)
	}
	return common.HexToHash(d), nil
}

// ---------------------------------------------------------------- transactions

// RecordTx implements node.Store.
func (s *DB) RecordTx(ctx context.Context, t node.SentTx) error {
	data, err := json.Marshal(t)
	if err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO txs (kind, hash, at, data) VALUES (?, ?, ?, ?)`, t.Kind, t.Hash.Hex(), t.At.UnixNano(), string(data))
		return err
	})
}

// Txs implements node.Store.
func (s *DB) Txs(ctx context.Context, kind string, since time.Time) ([]node.SentTx, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT data FROM txs WHERE kind = ? AND at >= ? ORDER BY id`, kind, since.UnixNano())
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []node.SentTx
	for rows.Next() {
		var data string
		if err := rows.Scan(&data); err != nil {
			return nil, err
		}
		var t node.SentTx
		if err := json.Unmarshal([]byte(data), &t); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}
