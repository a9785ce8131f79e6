package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/indexer"
)

var _ indexer.Store = (*DB)(nil)

// SyncState implements indexer.Store.
func (db *DB) SyncState(ctx context.Context) (indexer.SyncState, bool, error) {
	return db.syncState(ctx, db.w)
}

type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

func (db *DB) syncState(ctx context.Context, q queryer) (indexer.SyncState, bool, error) {
	var (
		st                      indexer.SyncState
		chainID, start, next    int64
		final, head, updatedAt  int64
		genesis, lastHash, depl string
	)
	err := q.QueryRowContext(ctx, `SELECT chain_id, genesis_hash, deployment, start_block, next_block, last_hash,
		final_block, head_block, updated_at FROM sync_state WHERE id = 1`).
		Scan(&chainID, &genesis, &depl, &start, &next, &lastHash, &final, &head, &updatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return st, false, nil
	}
	if err != nil {
		return st, false, fmt.Errorf("sqlstore: sync state: %w", err)
	}
	st = indexer.SyncState{
		ChainID: uint64(chainID), GenesisHash: common.HexToHash(genesis), Deployment: depl, StartBlock: uint64(start),
		Next: uint64(next), LastHash: common.HexToHash(lastHash), Final: uint64(final), Head: uint64(head),
		UpdatedAt: time.Unix(updatedAt, 0),
	}
	return st, true, nil
}

// Init implements indexer.Store.
func (db *DB) Init(ctx context.Context, st indexer.SyncState) error {
	_, err := db.w.ExecContext(ctx, db.rebind(`INSERT INTO sync_state (id, chain_id, genesis_hash, deployment,
		start_block, next_block, last_hash, final_block, head_block, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
		int64(st.ChainID), hexHash(st.GenesisHash), st.Deployment, int64(st.StartBlock), int64(st.Next),
		hexHash(st.LastHash), int64(st.Final), int64(st.Head), db.clock.Now().Unix())
	if err != nil {
		return fmt.Errorf("sqlstore: init sync state: %w", err)
	}
	return nil
}

// Window implements indexer.Store.
func (db *DB) Window(ctx context.Context) ([]indexer.BlockRef, error) {
	rows, err := db.w.QueryContext(ctx, `SELECT number, hash, parent_hash, time FROM blocks ORDER BY number`)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: block window: %w", err)
	}
	defer rows.Close()
	var out []indexer.BlockRef
	for rows.Next() {
		var n, t int64
		var h, p string
		if err := rows.Scan(&n, &h, &p, &t); err != nil {
			return nil, err
		}
		out = append(out, indexer.BlockRef{Number: uint64(n), Hash: common.HexToHash(h), ParentHash: common.HexToHash(p), Time: uint64(t)})
	}
	return out, rows.Err()
}

// Wipe implements indexer.Store: every chain-derived row goes; posted quotes and reward trees stay (they are
// re-checked against the new chain state when read).
func (db *DB) Wipe(ctx context.Context) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlstore: wipe: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck
	names := []string{"sync_state", "blocks", "journal"}
	for _, t := range indexer.Tables() {
		names = append(names, t.Name)
	}
	for _, n := range names {
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+n); err != nil {
			return fmt.Errorf("sqlstore: wipe %s: %w", n, err)
		}
	}
	return tx.Commit()
}

// Ingest implements indexer.Store: rollback, changes, window and cursor in one transaction.
func (db *DB) Ingest(ctx context.Context, b *indexer.Batch, project func(indexer.RowReader) (*indexer.Changes, error)) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlstore: begin: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck
	if b.Rollback {
		if err := db.rollback(ctx, tx, b.Ancestor); err != nil {
			return err
		}
	}
	reader := &txReader{db: db, tx: tx}
	changes, err := project(reader)
	reader.close()
	if err != nil {
		return err
	}
	if err := db.write(ctx, tx, changes); err != nil {
		return err
	}
	if err := db.writeBlocks(ctx, tx, b); err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, db.rebind(`UPDATE sync_state SET next_block = ?, last_hash = ?, final_block = ?,
		head_block = ?, updated_at = ? WHERE id = 1`),
		int64(b.Next), hexHash(b.LastHash), int64(b.Final), int64(b.Head), db.clock.Now().Unix())
	if err != nil {
		return fmt.Errorf("sqlstore: update cursor: %w", err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return errors.New("sqlstore: update cursor: no sync state (Init not called, or wiped concurrently)")
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlstore: commit: %w", err)
	}
	return nil
}

func (db *DB) writeBlocks(ctx context.Context, tx *sql.Tx, b *indexer.Batch) error {
	if len(b.Blocks) > 0 {
		rows := make([]indexer.Row, len(b.Blocks))
		for i, r := range b.Blocks {
			rows[i] = indexer.Row{int64(r.Number), hexHash(r.Hash), hexHash(r.ParentHash), int64(r.Time)}
		}
		if err := db.execRows(ctx, tx, blocksTable, rows, upsertOp); err != nil {
			return err
		}
	}
	// The window keeps blocks from the newest final one (the anchor) up; the journal only hot blocks.
	if _, err := tx.ExecContext(ctx, db.rebind(`DELETE FROM blocks WHERE number < ?`), int64(b.Final)); err != nil {
		return fmt.Errorf("sqlstore: prune window: %w", err)
	}
	if _, err := tx.ExecContext(ctx, db.rebind(`DELETE FROM journal WHERE block_number <= ?`), int64(b.Final)); err != nil {
		return fmt.Errorf("sqlstore: prune journal: %w", err)
	}
	return nil
}

// blocksTable describes the window table for the generic row writer.
var blocksTable = &indexer.Table{
	Name: "blocks", Kind: indexer.Entity, Key: 1,
	Columns: []indexer.Column{{Name: "number", Type: indexer.Int}, {Name: "hash", Type: indexer.Text},
		{Name: "parent_hash", Type: indexer.Text}, {Name: "time", Type: indexer.Int}},
}

var journalTable = &indexer.Table{
	Name: "journal", Kind: indexer.Entity, Key: 1,
	Columns: []indexer.Column{{Name: "seq", Type: indexer.Int}, {Name: "block_number", Type: indexer.Int},
		{Name: "table_name", Type: indexer.Text}, {Name: "row_key", Type: indexer.Text}, {Name: "prev_row", Type: indexer.Text}},
}

func (db *DB) write(ctx context.Context, tx *sql.Tx, c *indexer.Changes) error {
	for _, t := range indexer.Tables() {
		if rows := c.Upserts[t]; len(rows) > 0 {
			if err := db.execRows(ctx, tx, t, rows, upsertOp); err != nil {
				return err
			}
		}
		if rows := c.Inserts[t]; len(rows) > 0 {
			if err := db.execRows(ctx, tx, t, rows, insertOp); err != nil {
				return err
			}
		}
	}
	if len(c.Journal) == 0 {
		return nil
	}
	var seq sql.NullInt64
	if err := tx.QueryRowContext(ctx, `SELECT MAX(seq) FROM journal`).Scan(&seq); err != nil {
		return fmt.Errorf("sqlstore: journal seq: %w", err)
	}
	rows := make([]indexer.Row, len(c.Journal))
	for i, j := range c.Journal {
		var prev any
		if j.Prev != nil {
			prev = indexer.EncodeRow(j.Prev)
		}
		rows[i] = indexer.Row{seq.Int64 + int64(i) + 1, int64(j.Block), j.Table.Name, indexer.KeyString(j.Key), prev}
	}
	return db.execRows(ctx, tx, journalTable, rows, insertOp)
}

// rollback undoes every block above ancestor: entity rows from the journal (newest first), history rows by
// block number, and the window.
func (db *DB) rollback(ctx context.Context, tx *sql.Tx, ancestor uint64) error {
	rows, err := tx.QueryContext(ctx, db.rebind(`SELECT table_name, row_key, prev_row FROM journal
		WHERE block_number > ? ORDER BY seq DESC`), int64(ancestor))
	if err != nil {
		return fmt.Errorf("sqlstore: read journal: %w", err)
	}
	type undo struct {
		t    *indexer.Table
		key  []any
		prev indexer.Row
	}
	var undos []undo
	for rows.Next() {
		var name, key string
		var prev sql.NullString
		if err := rows.Scan(&name, &key, &prev); err != nil {
			rows.Close()
			return err
		}
		t, ok := db.tables[name]
		if !ok {
			rows.Close()
			return fmt.Errorf("sqlstore: journal names unknown table %q", name)
		}
		k, err := t.ParseKey(key)
		if err != nil {
			rows.Close()
			return err
		}
		u := undo{t: t, key: k}
		if prev.Valid {
			if u.prev, err = t.ParseRow(prev.String); err != nil {
				rows.Close()
				return err
			}
		}
		undos = append(undos, u)
	}
	if err := rows.Err(); err != nil {
		rows.Close()
		return err
	}
	rows.Close()
	for _, u := range undos {
		if u.prev == nil {
			if err := db.deleteRow(ctx, tx, u.t, u.key); err != nil {
				return err
			}
			continue
		}
		if err := db.execRows(ctx, tx, u.t, []indexer.Row{u.prev}, upsertOp); err != nil {
			return err
		}
	}
	stmts := []string{`DELETE FROM journal WHERE block_number > ?`, `DELETE FROM blocks WHERE number > ?`}
	for _, t := range indexer.Tables() {
		if t.Kind == indexer.History {
			stmts = append(stmts, "DELETE FROM "+t.Name+" WHERE block_number > ?")
		}
	}
	for _, s := range stmts {
		if _, err := tx.ExecContext(ctx, db.rebind(s), int64(ancestor)); err != nil {
			return fmt.Errorf("sqlstore: rollback: %s: %w", s, err)
		}
	}
	return nil
}

func (db *DB) deleteRow(ctx context.Context, tx *sql.Tx, t *indexer.Table, key []any) error {
	conds := make([]string, t.Key)
	for i := range t.Key {
		conds[i] = t.Columns[i].Name + " = ?"
	}
	_, err := tx.ExecContext(ctx, db.rebind("DELETE FROM "+t.Name+" WHERE "+strings.Join(conds, " AND ")), key...)
	if err != nil {
		return fmt.Errorf("sqlstore: delete from %s: %w", t.Name, err)
	}
	return nil
}

type writeOp int

const (
	insertOp writeOp = iota
	upsertOp
)

// maxParams keeps multi-row statements under SQLite's and Postgres's bound-parameter limits.
const maxParams = 30_000

// execRows writes rows with multi-row INSERT (or INSERT ... ON CONFLICT DO UPDATE) statements.
func (db *DB) execRows(ctx context.Context, tx *sql.Tx, t *indexer.Table, rows []indexer.Row, op writeOp) error {
	per := min(500, maxParams/len(t.Columns))
	args := make([]any, 0, per*len(t.Columns))
	for start := 0; start < len(rows); start += per {
		chunk := rows[start:min(start+per, len(rows))]
		args = args[:0]
		for _, r := range chunk {
			args = append(args, r...)
		}
		if _, err := tx.ExecContext(ctx, db.stmts.get(db, t, op, len(chunk)), args...); err != nil {
			return fmt.Errorf("sqlstore: write %d rows to %s: %w", len(chunk), t.Name, err)
		}
	}
	return nil
}

// stmtCache keeps the generated SQL of multi-row statements.
type stmtCache struct {
	mu sync.Mutex
	m  map[stmtKey]string
}

type stmtKey struct {
	table string
	op    writeOp
	rows  int
}

func (c *stmtCache) get(db *DB, t *indexer.Table, op writeOp, n int) string {
	k := stmtKey{t.Name, op, n}
	c.mu.Lock()
	defer c.mu.Unlock()
	if s, ok := c.m[k]; ok {
		return s
	}
	if c.m == nil {
		c.m = map[stmtKey]string{}
	}
	cols := make([]string, len(t.Columns))
	for i, col := range t.Columns {
		cols[i] = col.Name
	}
	var b strings.Builder
	b.WriteString("INSERT INTO " + t.Name + " (" + strings.Join(cols, ", ") + ") VALUES ")
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")"
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(one)
	}
	if op == upsertOp {
		b.WriteString(" ON CONFLICT (" + strings.Join(cols[:t.Key], ", ") + ") DO UPDATE SET ")
		sets := make([]string, 0, len(cols)-t.Key)
		for _, c := range cols[t.Key:] {
			sets = append(sets, c+" = excluded."+c)
		}
		b.WriteString(strings.Join(sets, ", "))
	}
	s := db.rebind(b.String())
	c.m[k] = s
	return s
}

// txReader reads entity rows inside the ingest transaction, with one prepared statement per table.
type txReader struct {
	db    *DB
	tx    *sql.Tx
	stmts map[*indexer.Table]*sql.Stmt
}

func (r *txReader) Get(ctx context.Context, t *indexer.Table, key []any) (indexer.Row, bool, error) {
	st, ok := r.stmts[t]
	if !ok {
		cols := make([]string, len(t.Columns))
		for i, c := range t.Columns {
			cols[i] = c.Name
		}
		conds := make([]string, t.Key)
		for i := range t.Key {
			conds[i] = cols[i] + " = ?"
		}
		var err error
		st, err = r.tx.PrepareContext(ctx, r.db.rebind("SELECT "+strings.Join(cols, ", ")+" FROM "+t.Name+" WHERE "+strings.Join(conds, " AND ")))
		if err != nil {
			return nil, false, fmt.Errorf("sqlstore: prepare read of %s: %w", t.Name, err)
		}
		if r.stmts == nil {
			r.stmts = map[*indexer.Table]*sql.Stmt{}
		}
		r.stmts[t] = st
	}
	vals := make([]any, len(t.Columns))
	ptrs := make([]any, len(vals))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	if err := st.QueryRowContext(ctx, key...).Scan(ptrs...); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, false, nil
		}
		return nil, false, fmt.Errorf("sqlstore: read %s: %w", t.Name, err)
	}
	row, err := t.Normalize(vals)
	return row, err == nil, err
}

func (r *txReader) close() {
	for _, s := range r.stmts {
		s.Close()
	}
}

func hexHash(h common.Hash) string { return indexer.Hex(h.Bytes()) }

// Snapshot returns every row of every chain-derived table as text, sorted, for comparing two indexes of the
// same chain (the reorg and crash tests compare a followed index with a clean one).
func (db *DB) Snapshot(ctx context.Context) (map[string][]string, error) {
	out := map[string][]string{}
	for _, t := range indexer.Tables() {
		cols := make([]string, len(t.Columns))
		for i, c := range t.Columns {
			cols[i] = c.Name
		}
		rows, err := db.r.QueryContext(ctx, "SELECT "+strings.Join(cols, ", ")+" FROM "+t.Name)
		if err != nil {
			return nil, fmt.Errorf("sqlstore: snapshot %s: %w", t.Name, err)
		}
		var lines []string
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return nil, err
			}
			r, err := t.Normalize(vals)
			if err != nil {
				rows.Close()
				return nil, err
			}
			lines = append(lines, indexer.EncodeRow(r))
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		sort.Strings(lines)
		out[t.Name] = lines
	}
	return out, nil
}
