// Package bridgestore is the Solana bridge's database (inspector/bridge): SQLite (modernc.org/sqlite, no cgo),
// one row per deposit or outbound transfer with its state, and the Arbitrum event cursor. Every write is
// committed with synchronous=FULL before the bridge acts on it, which is what makes the bridge kill -9 safe:
// it records what it is about to sign or send, then does it.
//
// It owns the bridge_* tables and their migration, and adapts the Solana watcher's store (indexer/solwatch/
// solstore) to bridge.Mirror. It never talks to a chain and never decides anything.
package bridgestore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/idlegrid/idlegrid/indexer/solwatch/solstore"
	"github.com/idlegrid/idlegrid/inspector/bridge"
	"github.com/idlegrid/idlegrid/oracle/sqlitedb"
)

// Mirror adapts the Solana watcher's store to what the bridge reads.
func Mirror(db *solstore.DB) bridge.Mirror { return mirror{db} }

type mirror struct{ db *solstore.DB }

func (m mirror) Deposits(ctx context.Context) ([]bridge.MirroredDeposit, error) {
	rows, err := m.db.Deposits(ctx, "")
	if err != nil {
		return nil, err
	}
	out := make([]bridge.MirroredDeposit, len(rows))
	for i, r := range rows {
		out[i] = bridge.MirroredDeposit{Key: r.Key, Symbol: r.Symbol, Source: r.Source, Amount: r.Amount, Recipient: r.Recipient, Malformed: r.Malformed}
	}
	return out, nil
}

func (m mirror) Outflows(ctx context.Context) ([]bridge.MirroredOutflow, error) {
	rows, err := m.db.Outflows(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]bridge.MirroredOutflow, len(rows))
	for i, r := range rows {
		out[i] = bridge.MirroredOutflow{Kind: r.Kind, Reference: r.Reference}
	}
	return out, nil
}

const schema = `
CREATE TABLE IF NOT EXISTS bridge_items (
	key     TEXT PRIMARY KEY,
	kind    TEXT NOT NULL,
	state   TEXT NOT NULL,
	body    TEXT NOT NULL,
	updated INTEGER NOT NULL DEFAULT (unixepoch())
);
CREATE INDEX IF NOT EXISTS bridge_items_state ON bridge_items (state);
CREATE TABLE IF NOT EXISTS bridge_meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS bridge_cosigned (
	key     TEXT PRIMARY KEY,
	body    TEXT NOT NULL,
	updated INTEGER NOT NULL DEFAULT (unixepoch())
);
`

// DB is an open bridge database.
type DB struct{ db *sql.DB }

var _ bridge.Store = (*DB)(nil)

// Open opens (creating if needed) the SQLite file at path.
func Open(ctx context.Context, path string) (*DB, error) {
	db, err := sqlitedb.OpenSchema(ctx, path, sqlitedb.Options{}, schema)
	if err != nil {
		return nil, fmt.Errorf("bridgestore: %w", err)
	}
	return &DB{db: db}, nil
}

// Close closes the database.
func (s *DB) Close() error { return s.db.Close() }

// Get reads one item.
func (s *DB) Get(ctx context.Context, key string) (bridge.Item, bool, error) {
	var body string
	err := s.db.QueryRowContext(ctx, `SELECT body FROM bridge_items WHERE key = ?`, key).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return bridge.Item{}, false, nil
	}
	if err != nil {
		return bridge.Item{}, false, fmt.Errorf("bridgestore: get %s: %w", key, err)
	}
	var it bridge.Item
	if err := json.Unmarshal([]byte(body), &it); err != nil {
		return bridge.Item{}, false, fmt.Errorf("bridgestore: item %s: %w", key, err)
	}
	return it, true, nil
}

// Add inserts an item unless one with its key exists (then it is left as it is); it reports whether it added.
func (s *DB) Add(ctx context.Context, it bridge.Item) (bool, error) {
	body, err := json.Marshal(it)
	if err != nil {
		return false, err
	}
	res, err := s.db.ExecContext(ctx, `INSERT INTO bridge_items (key, kind, state, body) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
		it.Key, it.Kind, it.State, string(body))
	if err != nil {
		return false, fmt.Errorf("bridgestore: add %s: %w", it.Key, err)
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// Put writes an item (insert or replace).
func (s *DB) Put(ctx context.Context, it bridge.Item) error {
	body, err := json.Marshal(it)
	if err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO bridge_items (key, kind, state, body) VALUES (?, ?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, state = excluded.state, body = excluded.body, updated = unixepoch()`,
		it.Key, it.Kind, it.State, string(body))
	if err != nil {
		return fmt.Errorf("bridgestore: put %s: %w", it.Key, err)
	}
	return nil
}

// Open lists the items not in a final state, oldest first.
func (s *DB) Open(ctx context.Context) ([]bridge.Item, error) {
	return s.list(ctx, `SELECT body FROM bridge_items WHERE state NOT IN (?, ?, ?) ORDER BY rowid`,
		bridge.StateReleased, bridge.StateRefunded, bridge.StateReturned)
}

// All lists every item, oldest first.
func (s *DB) All(ctx context.Context) ([]bridge.Item, error) {
	return s.list(ctx, `SELECT body FROM bridge_items ORDER BY rowid`)
}

func (s *DB) list(ctx context.Context, q string, args ...any) ([]bridge.Item, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("bridgestore: list: %w", err)
	}
	defer rows.Close()
	var out []bridge.Item
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, err
		}
		var it bridge.Item
		if err := json.Unmarshal([]byte(body), &it); err != nil {
			return nil, fmt.Errorf("bridgestore: item: %w", err)
		}
		out = append(out, it)
	}
	return out, rows.Err()
}

// Cursor is the last Arbitrum block whose gateway events were taken in (0: none).
func (s *DB) Cursor(ctx context.Context) (uint64, error) {
	var v int64
	err := s.db.QueryRowContext(ctx, `SELECT value FROM bridge_meta WHERE name = 'evm_cursor'`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return uint64(v), err
}

// SetCursor moves the cursor.
func (s *DB) SetCursor(ctx context.Context, block uint64) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO bridge_meta (name, value) VALUES ('evm_cursor', ?)
		ON CONFLICT (name) DO UPDATE SET value = excluded.value`, int64(block))
	return err
}

// CoSigned reads this node's co-signing record of an item.
func (s *DB) CoSigned(ctx context.Context, key string) (bridge.CoSignRecord, bool, error) {
	var body string
	err := s.db.QueryRowContext(ctx, `SELECT body FROM bridge_cosigned WHERE key = ?`, key).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return bridge.CoSignRecord{}, false, nil
	}
	if err != nil {
		return bridge.CoSignRecord{}, false, fmt.Errorf("bridgestore: co-signed %s: %w", key, err)
	}
	var r bridge.CoSignRecord
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		return bridge.CoSignRecord{}, false, fmt.Errorf("bridgestore: co-signed %s: %w", key, err)
	}
	return r, true, nil
}

// PutCoSigned writes a co-signing record (insert or replace), durably before it returns.
func (s *DB) PutCoSigned(ctx context.Context, r bridge.CoSignRecord) error {
	if r.Key == "" {
		return errors.New("bridgestore: co-signed: key: empty")
	}
	body, err := json.Marshal(r)
	if err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO bridge_cosigned (key, body) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET body = excluded.body, updated = unixepoch()`, r.Key, string(body))
	if err != nil {
		return fmt.Errorf("bridgestore: put co-signed %s: %w", r.Key, err)
	}
	return nil
}
