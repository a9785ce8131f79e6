// Package solstore is the Solana watcher's database: SQLite (modernc.org/sqlite, no cgo), with its own embedded
// migrations tracked in sol_schema_migrations. It implements solwatch.Store and the read queries the API and
// the inspectors use. It knows nothing of RPC and never talks to a chain.
package solstore

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"strconv"

	"github.com/gagliardetto/solana-go"

	"github.com/idlegrid/idlegrid/indexer/solwatch"
	"github.com/idlegrid/idlegrid/oracle/solgateway"
	"github.com/idlegrid/idlegrid/oracle/sqlitedb"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Deposit states.
const (
	StatePending   = "pending"    // a good memo: for the inspectors to attest
	StateRefundDue = "refund_due" // malformed: to be refunded to its source
	StateRefunded  = "refunded"
)

// DB is an open watcher database.
type DB struct {
	db *sql.DB
}

var _ solwatch.Store = (*DB)(nil)

// Open opens (creating if needed) the SQLite file at path and applies pending migrations.
func Open(ctx context.Context, path string) (*DB, error) {
	ms, err := sqlitedb.Load(migrationFS, "migrations")
	if err != nil {
		return nil, fmt.Errorf("solstore: %w", err)
	}
	// Synchronous FULL (the default): a committed cursor survives power loss, not only kill -9.
	db, err := sqlitedb.OpenMigrated(ctx, path, sqlitedb.Options{}, "sol_schema_migrations", ms)
	if err != nil {
		return nil, fmt.Errorf("solstore: %w", err)
	}
	return &DB{db: db}, nil
}

// Close closes the database.
func (s *DB) Close() error { return s.db.Close() }

func (s *DB) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// Cluster implements solwatch.Store.
func (s *DB) Cluster(ctx context.Context) (solana.Hash, bool, error) {
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM sol_meta WHERE key = 'cluster'`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return solana.Hash{}, false, nil
	}
	if err != nil {
		return solana.Hash{}, false, fmt.Errorf("solstore: cluster: %w", err)
	}
	h, err := solana.HashFromBase58(v)
	return h, err == nil, err
}

// SetCluster implements solwatch.Store.
func (s *DB) SetCluster(ctx context.Context, h solana.Hash) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO sol_meta (key, value) VALUES ('cluster', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, h.String())
	return err
}

// Wipe implements solwatch.Store.
func (s *DB) Wipe(ctx context.Context) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		for _, t := range []string{"sol_meta", "sol_cursors", "sol_deposits", "sol_outflows", "sol_unattributed"} {
			if _, err := tx.ExecContext(ctx, "DELETE FROM "+t); err != nil {
				return err
			}
		}
		return nil
	})
}

// Cursor implements solwatch.Store.
func (s *DB) Cursor(ctx context.Context, vault solana.PublicKey) (solwatch.Cursor, error) {
	var sig string
	var slot uint64
	err := s.db.QueryRowContext(ctx, `SELECT signature, slot FROM sol_cursors WHERE vault = ?`, vault.String()).Scan(&sig, &slot)
	if errors.Is(err, sql.ErrNoRows) {
		return solwatch.Cursor{}, nil
	}
	if err != nil {
		return solwatch.Cursor{}, fmt.Errorf("solstore: cursor of %s: %w", vault, err)
	}
	parsed, err := solana.SignatureFromBase58(sig)
	if err != nil {
		return solwatch.Cursor{}, fmt.Errorf("solstore: cursor of %s: %w", vault, err)
	}
	return solwatch.Cursor{Signature: parsed, Slot: slot}, nil
}

// Apply implements solwatch.Store: rows and cursor in one transaction; existing rows are left alone.
func (s *DB) Apply(ctx context.Context, b solwatch.Batch) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		for _, p := range b.Parsed {
			for _, d := range p.Deposits {
				state, recipient := StatePending, d.Recipient.Hex()
				if d.Malformed != "" {
					state, recipient = StateRefundDue, ""
				}
				if _, err := tx.ExecContext(ctx, `INSERT INTO sol_deposits
					(cluster, signature, ix, slot, block_time, mint, symbol, vault, source, sender, amount, memo, recipient, malformed, state)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
					d.Key.Cluster.String(), d.Key.Signature.String(), d.Key.Index, d.Slot, d.BlockTime, d.Vault.Mint.String(), d.Vault.Symbol,
					d.Vault.Account.String(), d.Source.String(), d.Sender.String(), strconv.FormatUint(d.Amount, 10), d.Memo, recipient, d.Malformed, state); err != nil {
					return fmt.Errorf("solstore: deposit %s: %w", d.Key, err)
				}
			}
			for _, o := range p.Outflows {
				refunds := ""
				if o.Refunds != nil {
					refunds = o.Refunds.String()
				}
				res, err := tx.ExecContext(ctx, `INSERT INTO sol_outflows
					(cluster, signature, ix, slot, block_time, kind, mint, symbol, vault, destination, amount, reference, refunds)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
					o.Key.Cluster.String(), o.Key.Signature.String(), o.Key.Index, o.Slot, o.BlockTime, string(o.Kind), o.Vault.Mint.String(), o.Vault.Symbol,
					o.Vault.Account.String(), o.Destination.String(), strconv.FormatUint(o.Amount, 10), o.Reference, refunds)
				if err != nil {
					return fmt.Errorf("solstore: outflow %s: %w", o.Key, err)
				}
				if n, _ := res.RowsAffected(); n == 1 && o.Refunds != nil {
					if _, err := tx.ExecContext(ctx, `UPDATE sol_deposits SET state = ? WHERE cluster = ? AND signature = ? AND ix = ?`,
						StateRefunded, o.Refunds.Cluster.String(), o.Refunds.Signature.String(), o.Refunds.Index); err != nil {
						return fmt.Errorf("solstore: mark %s refunded: %w", o.Refunds, err)
					}
				}
			}
			for _, u := range p.Unattributed {
				if _, err := tx.ExecContext(ctx, `INSERT INTO sol_unattributed (cluster, signature, vault, slot, delta) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
					u.Key.Cluster.String(), u.Key.Signature.String(), u.Vault.Account.String(), u.Slot, strconv.FormatInt(u.Delta, 10)); err != nil {
					return fmt.Errorf("solstore: unattributed %s: %w", u.Key.Signature, err)
				}
			}
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO sol_cursors (vault, signature, slot) VALUES (?, ?, ?)
			ON CONFLICT (vault) DO UPDATE SET signature = excluded.signature, slot = excluded.slot`,
			b.Vault.String(), b.Cursor.Signature.String(), b.Cursor.Slot)
		return err
	})
}

// DepositRow is a mirrored deposit.
type DepositRow struct {
	Key       solgateway.DepositKey
	Slot      uint64
	Symbol    string
	Source    solana.PublicKey
	Sender    solana.PublicKey
	Amount    uint64
	Memo      string
	Recipient string
	Malformed string
	State     string
}

// Deposits lists deposits in chain order; state filters when not empty.
func (s *DB) Deposits(ctx context.Context, state string) ([]DepositRow, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT cluster, signature, ix, slot, symbol, source, sender, amount, memo, recipient, malformed, state
		FROM sol_deposits WHERE (? = '' OR state = ?) ORDER BY slot, signature, ix`, state, state)
	if err != nil {
		return nil, fmt.Errorf("solstore: deposits: %w", err)
	}
	defer rows.Close()
	var out []DepositRow
	for rows.Next() {
		var r DepositRow
		var cluster, sig, src, sender, amount string
		if err := rows.Scan(&cluster, &sig, &r.Key.Index, &r.Slot, &r.Symbol, &src, &sender, &amount, &r.Memo, &r.Recipient, &r.Malformed, &r.State); err != nil {
			return nil, err
		}
		var errs [5]error
		r.Key.Cluster, errs[0] = solana.HashFromBase58(cluster)
		r.Key.Signature, errs[1] = solana.SignatureFromBase58(sig)
		r.Source, errs[2] = solana.PublicKeyFromBase58(src)
		r.Sender, errs[3] = solana.PublicKeyFromBase58(sender)
		r.Amount, errs[4] = strconv.ParseUint(amount, 10, 64)
		if err := errors.Join(errs[:]...); err != nil {
			return nil, fmt.Errorf("solstore: deposit row %s: %w", sig, err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Totals are sums of raw amounts per symbol.
type Totals struct {
	Deposited  map[string]uint64
	Released   map[string]uint64
	Refunded   map[string]uint64
	Unlabelled map[string]uint64
	Rows       int
}

// Totals sums deposits and each kind of outflow per symbol, and counts every row (for no-double-count checks).
func (s *DB) Totals(ctx context.Context) (Totals, error) {
	t := Totals{Deposited: map[string]uint64{}, Released: map[string]uint64{}, Refunded: map[string]uint64{}, Unlabelled: map[string]uint64{}}
	add := func(m map[string]uint64, sym, amount string) error {
		n, err := strconv.ParseUint(amount, 10, 64)
		m[sym] += n
		t.Rows++
		return err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT 'deposit', symbol, amount FROM sol_deposits UNION ALL SELECT kind, symbol, amount FROM sol_outflows`)
	if err != nil {
		return t, fmt.Errorf("solstore: totals: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var kind, sym, amount string
		if err := rows.Scan(&kind, &sym, &amount); err != nil {
			return t, err
		}
		m := map[string]map[string]uint64{"deposit": t.Deposited, string(solgateway.Release): t.Released,
			string(solgateway.Refund): t.Refunded, string(solgateway.Unlabelled): t.Unlabelled}[kind]
		if m == nil {
			return t, fmt.Errorf("solstore: totals: unknown kind %q", kind)
		}
		if err := add(m, sym, amount); err != nil {
			return t, err
		}
	}
	return t, rows.Err()
}

// OutflowRow is a mirrored transfer out of a vault.
type OutflowRow struct {
	Key       solgateway.DepositKey
	Slot      uint64
	Kind      solgateway.OutflowKind
	Symbol    string
	Amount    uint64
	Reference string
	Refunds   string
}

// Outflows lists releases, refunds and unlabelled outflows in chain order.
func (s *DB) Outflows(ctx context.Context) ([]OutflowRow, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT cluster, signature, ix, slot, kind, symbol, amount, reference, refunds
		FROM sol_outflows ORDER BY slot, signature, ix`)
	if err != nil {
		return nil, fmt.Errorf("solstore: outflows: %w", err)
	}
	defer rows.Close()
	var out []OutflowRow
	for rows.Next() {
		var r OutflowRow
		var cluster, sig, kind, amount string
		if err := rows.Scan(&cluster, &sig, &r.Key.Index, &r.Slot, &kind, &r.Symbol, &amount, &r.Reference, &r.Refunds); err != nil {
			return nil, err
		}
		var errs [3]error
		r.Key.Cluster, errs[0] = solana.HashFromBase58(cluster)
		r.Key.Signature, errs[1] = solana.SignatureFromBase58(sig)
		r.Amount, errs[2] = strconv.ParseUint(amount, 10, 64)
		if err := errors.Join(errs[:]...); err != nil {
			return nil, fmt.Errorf("solstore: outflow row %s: %w", sig, err)
		}
		r.Kind = solgateway.OutflowKind(kind)
		out = append(out, r)
	}
	return out, rows.Err()
}
