package node

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"math/bits"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/idlegrid/idlegrid/oracle/follow"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/sqlitedb"
)

// chainStore is what the node's follower keeps of the chain, in its own SQLite file: the follower's state and
// block window, the leases and machine listings the followed events describe, and the logs of hot blocks.
//
// Only final blocks change leases and machines: a hot block's logs wait in pending_logs until the follower says
// their block is final, and a rollback drops them. A lease's breach is posted against live chain state anyway
// (the escrow refuses a closed lease), so the finality delay only postpones when a lease is first watched.
// Every Apply is one transaction, committed with synchronous=FULL: a node killed at any moment finds its store
// at the end of a whole batch.
type chainStore struct {
	db *sql.DB
	// changed is signalled (without blocking) after each Apply that changed leases or machines.
	changed chan struct{}
}

const chainSchema = `
CREATE TABLE IF NOT EXISTS follow_state (
	id INTEGER PRIMARY KEY CHECK (id = 1),
	state TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS follow_window (
	number INTEGER PRIMARY KEY,
	hash TEXT NOT NULL,
	parent TEXT NOT NULL,
	time INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS pending_logs (
	block INTEGER NOT NULL,
	idx INTEGER NOT NULL,
	log TEXT NOT NULL,
	PRIMARY KEY (block, idx)
);
CREATE TABLE IF NOT EXISTS leases (
	id INTEGER PRIMARY KEY,
	machine TEXT NOT NULL,
	provider TEXT NOT NULL,
	gpus INTEGER NOT NULL,
	gpu_mask INTEGER NOT NULL DEFAULT 0,
	started_at INTEGER NOT NULL,
	ends_at INTEGER NOT NULL,
	closed_at INTEGER NOT NULL DEFAULT 0,
	breached INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS leases_machine ON leases (machine, closed_at);
CREATE TABLE IF NOT EXISTS machines (
	id TEXT PRIMARY KEY,
	provider TEXT NOT NULL,
	class TEXT NOT NULL,
	gpus INTEGER NOT NULL,
	reserved INTEGER NOT NULL DEFAULT 0,
	listed INTEGER NOT NULL,
	metadata TEXT NOT NULL,
	endpoint TEXT NOT NULL DEFAULT '',
	verified_at INTEGER NOT NULL DEFAULT 0,
	verified_until INTEGER NOT NULL DEFAULT 0,
	listed_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS inspectors (
	address TEXT PRIMARY KEY,
	endpoint TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS verifications (
	machine TEXT NOT NULL,
	from_t INTEGER NOT NULL,
	to_t INTEGER NOT NULL,
	provider TEXT NOT NULL,
	class TEXT NOT NULL,
	gpus INTEGER NOT NULL,
	PRIMARY KEY (machine, from_t)
);
CREATE INDEX IF NOT EXISTS verifications_to ON verifications (to_t);
CREATE TABLE IF NOT EXISTS outages (
	lease INTEGER PRIMARY KEY,
	machine TEXT NOT NULL,
	from_t INTEGER NOT NULL,
	to_t INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS signer_sets (
	version INTEGER PRIMARY KEY,
	signers TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS consumed (
	id TEXT PRIMARY KEY,
	version INTEGER NOT NULL,
	signers INTEGER NOT NULL,
	at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS consumed_at ON consumed (at);
CREATE TABLE IF NOT EXISTS roots (
	epoch INTEGER PRIMARY KEY,
	root TEXT NOT NULL,
	cumulative TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS funded (
	block INTEGER NOT NULL,
	idx INTEGER NOT NULL,
	funded TEXT NOT NULL,
	at INTEGER NOT NULL,
	PRIMARY KEY (block, idx)
);
CREATE TABLE IF NOT EXISTS reward_trees (
	epoch INTEGER PRIMARY KEY,
	root TEXT NOT NULL,
	cumulative TEXT NOT NULL,
	body BLOB NOT NULL,
	uploaded INTEGER NOT NULL DEFAULT 0
);
`

func openChainStore(ctx context.Context, path string) (*chainStore, error) {
	db, err := sqlitedb.OpenSchema(ctx, path, sqlitedb.Options{}, chainSchema)
	if err != nil {
		return nil, fmt.Errorf("node: chain store: %w", err)
	}
	return &chainStore{db: db, changed: make(chan struct{}, 1)}, nil
}

func (s *chainStore) Close() error { return s.db.Close() }

var _ follow.Store = (*chainStore)(nil)

// State implements follow.Store.
func (s *chainStore) State(ctx context.Context) (follow.State, bool, error) {
	var raw string
	err := s.db.QueryRowContext(ctx, `SELECT state FROM follow_state WHERE id = 1`).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return follow.State{}, false, nil
	}
	if err != nil {
		return follow.State{}, false, fmt.Errorf("chain store: state: %w", err)
	}
	var st follow.State
	if err := json.Unmarshal([]byte(raw), &st); err != nil {
		return follow.State{}, false, fmt.Errorf("chain store: state: %w", err)
	}
	return st, true, nil
}

func putState(ctx context.Context, tx *sql.Tx, st follow.State) error {
	raw, err := json.Marshal(st)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO follow_state (id, state) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state`, string(raw))
	return err
}

// Init implements follow.Store.
func (s *chainStore) Init(ctx context.Context, st follow.State) error {
	return s.inTx(ctx, func(tx *sql.Tx) error { return putState(ctx, tx, st) })
}

// Window implements follow.Store.
func (s *chainStore) Window(ctx context.Context) ([]follow.BlockRef, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT number, hash, parent, time FROM follow_window ORDER BY number`)
	if err != nil {
		return nil, fmt.Errorf("chain store: window: %w", err)
	}
	defer rows.Close()
	var out []follow.BlockRef
	for rows.Next() {
		var r follow.BlockRef
		var h, p string
		if err := rows.Scan(&r.Number, &h, &p, &r.Time); err != nil {
			return nil, err
		}
		r.Hash, r.ParentHash = common.HexToHash(h), common.HexToHash(p)
		out = append(out, r)
	}
	return out, rows.Err()
}

// Wipe implements follow.Store.
func (s *chainStore) Wipe(ctx context.Context) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		for _, t := range []string{"follow_state", "follow_window", "pending_logs", "leases", "machines", "inspectors",
			"verifications", "outages", "signer_sets", "consumed", "roots", "funded", "reward_trees"} {
			if _, err := tx.ExecContext(ctx, "DELETE FROM "+t); err != nil {
				return err
			}
		}
		return nil
	})
}

func (s *chainStore) inTx(ctx context.Context, f func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("chain store: begin: %w", err)
	}
	if err := f(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("chain store: commit: %w", err)
	}
	return nil
}

// Apply implements follow.Store: rollback, the batch's logs into pending_logs, the logs of blocks now final
// into leases and machines, the window and the cursor, in one transaction.
func (s *chainStore) Apply(ctx context.Context, b *follow.Batch) error {
	changed := false
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if b.Rollback {
			if _, err := tx.ExecContext(ctx, `DELETE FROM pending_logs WHERE block > ?`, b.Ancestor); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM follow_window WHERE number > ?`, b.Ancestor); err != nil {
				return err
			}
		}
		for _, l := range b.Logs {
			raw, err := json.Marshal(l)
			if err != nil {
				return follow.Halt(fmt.Errorf("chain store: encode log: %w", err))
			}
			if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO pending_logs (block, idx, log) VALUES (?, ?, ?)`, l.BlockNumber, l.Index, string(raw)); err != nil {
				return err
			}
		}
		n, err := applyFinal(ctx, tx, b.Final)
		if err != nil {
			return err
		}
		changed = n > 0
		for _, r := range b.Blocks {
			if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO follow_window (number, hash, parent, time) VALUES (?, ?, ?, ?)`,
				r.Number, r.Hash.Hex(), r.ParentHash.Hex(), r.Time); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM follow_window WHERE number < ?`, b.Final); err != nil {
			return err
		}
		st, _, err := stateTx(ctx, tx)
		if err != nil {
			return err
		}
		st.Next, st.LastHash, st.Final, st.Head, st.UpdatedAt = b.Next, b.LastHash, b.Final, b.Head, time.Now().UTC()
		return putState(ctx, tx, st)
	})
	if err == nil && changed {
		select {
		case s.changed <- struct{}{}:
		default:
		}
	}
	return err
}

func stateTx(ctx context.Context, tx *sql.Tx) (follow.State, bool, error) {
	var raw string
	err := tx.QueryRowContext(ctx, `SELECT state FROM follow_state WHERE id = 1`).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return follow.State{}, false, nil
	}
	if err != nil {
		return follow.State{}, false, err
	}
	var st follow.State
	return st, true, json.Unmarshal([]byte(raw), &st)
}

// applyFinal folds the pending logs of blocks up to final into leases and machines, in chain order, and drops
// them. It returns how many logs it applied.
func applyFinal(ctx context.Context, tx *sql.Tx, final uint64) (int, error) {
	rows, err := tx.QueryContext(ctx, `SELECT log FROM pending_logs WHERE block <= ? ORDER BY block, idx`, final)
	if err != nil {
		return 0, err
	}
	var logs []types.Log
	for rows.Next() {
		var raw string
		if err := rows.Scan(&raw); err != nil {
			rows.Close()
			return 0, err
		}
		var l types.Log
		if err := json.Unmarshal([]byte(raw), &l); err != nil {
			rows.Close()
			return 0, follow.Halt(fmt.Errorf("chain store: decode pending log: %w", err))
		}
		logs = append(logs, l)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	for _, l := range logs {
		if err := applyLog(ctx, tx, l); err != nil {
			return 0, err
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM pending_logs WHERE block <= ?`, final); err != nil {
		return 0, err
	}
	return len(logs), nil
}

func applyLog(ctx context.Context, tx *sql.Tx, l types.Log) error {
	if ev, err := protocol.DecodeLeaseEvent(l); err == nil {
		return applyLease(ctx, tx, ev, l.BlockTimestamp)
	} else if !errors.Is(err, protocol.ErrNotLeaseEvent) {
		return follow.Halt(fmt.Errorf("chain store: block %d log %d: %w", l.BlockNumber, l.Index, err))
	}
	if ev, err := protocol.DecodeMachineEvent(l); err == nil {
		return applyMachine(ctx, tx, ev, l.BlockTimestamp)
	} else if !errors.Is(err, protocol.ErrNotMachineEvent) {
		return follow.Halt(fmt.Errorf("chain store: block %d log %d: %w", l.BlockNumber, l.Index, err))
	}
	if err := applyRewardLog(ctx, tx, l); err != nil {
		return follow.Halt(fmt.Errorf("chain store: block %d log %d: %w", l.BlockNumber, l.Index, err))
	}
	return nil // another event of a followed contract: not ours to act on
}

func applyLease(ctx context.Context, tx *sql.Tx, ev protocol.LeaseEvent, at uint64) error {
	var err error
	switch ev.Kind {
	case protocol.EventOpened:
		_, err = tx.ExecContext(ctx, `INSERT OR REPLACE INTO leases (id, machine, provider, gpus, gpu_mask, started_at, ends_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			ev.Lease, ev.Machine.Hex(), ev.Provider.Hex(), ev.GPUs, ev.GPUMask, at, ev.EndsAt)
	case protocol.EventExtended:
		_, err = tx.ExecContext(ctx, `UPDATE leases SET ends_at = ? WHERE id = ?`, ev.EndsAt, ev.Lease)
	case protocol.EventClosed:
		// A breach of a closed lease (within the dispute window) keeps its close time.
		_, err = tx.ExecContext(ctx, `UPDATE leases SET closed_at = ? WHERE id = ? AND closed_at = 0`, max(ev.At, 1), ev.Lease)
	case protocol.EventBreached:
		// The outage no reward accrues in: from the billed end to when the lease stopped (its close, or this
		// block for an open lease).
		if _, err = tx.ExecContext(ctx, `INSERT OR REPLACE INTO outages (lease, machine, from_t, to_t)
			SELECT id, machine, ?, CASE WHEN closed_at = 0 THEN ? ELSE closed_at END FROM leases WHERE id = ?`, ev.BilledUntil, at, ev.Lease); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE leases SET closed_at = CASE WHEN closed_at = 0 THEN ? ELSE closed_at END, breached = 1 WHERE id = ?`, max(ev.At, 1), ev.Lease)
	}
	return err
}

func applyMachine(ctx context.Context, tx *sql.Tx, ev protocol.MachineEvent, at uint64) error {
	var err error
	switch ev.Kind {
	case protocol.MachineListedEvent:
		// A new listing ends whatever verification the machine had.
		if _, err = tx.ExecContext(ctx, `UPDATE verifications SET to_t = ? WHERE machine = ? AND to_t > ?`, at, ev.Machine.Hex(), at); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO machines (id, provider, class, gpus, listed, metadata, endpoint, listed_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET provider = excluded.provider, class = excluded.class, gpus = excluded.gpus, listed = 1,
			metadata = excluded.metadata, endpoint = excluded.endpoint, listed_at = excluded.listed_at, verified_at = 0, verified_until = 0`,
			ev.Machine.Hex(), ev.Provider.Hex(), ev.Class, ev.GPUs, ev.Metadata, ev.Endpoint, at)
	case protocol.MachineDelistedEvent:
		if _, err = tx.ExecContext(ctx, `UPDATE verifications SET to_t = ? WHERE machine = ? AND to_t > ?`, at, ev.Machine.Hex(), at); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE machines SET listed = 0 WHERE id = ?`, ev.Machine.Hex())
	case protocol.MachineUpdatedEvent:
		_, err = tx.ExecContext(ctx, `UPDATE machines SET metadata = ?, endpoint = ? WHERE id = ?`, ev.Metadata, ev.Endpoint, ev.Machine.Hex())
	case protocol.MachineVerifiedEvent:
		// Rewards count a verification from when it landed (verifiedAt may be earlier) until it expires, a
		// newer one supersedes it, or the listing ends; class, GPUs and provider are the listing's.
		from := max(ev.VerifiedAt, at)
		if ev.ExpiresAt > from {
			if _, err = tx.ExecContext(ctx, `INSERT OR REPLACE INTO verifications (machine, from_t, to_t, provider, class, gpus)
				SELECT id, ?, ?, provider, class, gpus FROM machines WHERE id = ? AND listed = 1`, from, ev.ExpiresAt, ev.Machine.Hex()); err != nil {
				return err
			}
		}
		_, err = tx.ExecContext(ctx, `UPDATE machines SET verified_at = ?, verified_until = ? WHERE id = ?`, ev.VerifiedAt, ev.ExpiresAt, ev.Machine.Hex())
	case protocol.InspectorEndpointEvent:
		_, err = tx.ExecContext(ctx, `INSERT INTO inspectors (address, endpoint) VALUES (?, ?) ON CONFLICT (address) DO UPDATE SET endpoint = excluded.endpoint`,
			ev.Inspector.Hex(), ev.Endpoint)
	}
	return err
}

// InspectorEndpoint is the endpoint inspector registered on chain ("" when none).
func (s *chainStore) InspectorEndpoint(ctx context.Context, inspector common.Address) (string, error) {
	var e string
	err := s.db.QueryRowContext(ctx, `SELECT endpoint FROM inspectors WHERE address = ?`, inspector.Hex()).Scan(&e)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return e, err
}

// Listing is a machine as the followed events describe it.
type Listing struct {
	ID       common.Hash
	Provider common.Address
	Class    string
	GPUs     uint32
	Reserved uint32
	Listed   bool
	Metadata string
	// Endpoint is the node's host:port (or URL) the listing names.
	Endpoint string
	// VerifiedAt and VerifiedUntil are the machine's latest hardware verification (unix seconds; 0: none).
	VerifiedAt, VerifiedUntil uint64
	ListedAt                  time.Time
	// LeasedMask is the GPU slots open leases hold now (bit i = slot i).
	LeasedMask uint32
}

// LeaseRecord is a lease as the followed events describe it.
type LeaseRecord struct {
	ID       uint64
	Machine  common.Hash
	Provider common.Address
	GPUs     uint32
	Start    time.Time
	EndsAt   time.Time
	// Closed is when the lease closed (zero while open); Breached says it closed by a breach.
	Closed   time.Time
	Breached bool
}

func scanListing(sc interface{ Scan(...any) error }) (Listing, error) {
	var m Listing
	var id, prov string
	var listed int
	var at int64
	if err := sc.Scan(&id, &prov, &m.Class, &m.GPUs, &m.Reserved, &listed, &m.Metadata, &m.Endpoint, &m.VerifiedAt, &m.VerifiedUntil, &at); err != nil {
		return Listing{}, err
	}
	m.ID, m.Provider, m.Listed, m.ListedAt = common.HexToHash(id), common.HexToAddress(prov), listed == 1, time.Unix(at, 0)
	return m, nil
}

const listingCols = `id, provider, class, gpus, reserved, listed, metadata, endpoint, verified_at, verified_until, listed_at`

// Machines is every listed machine.
func (s *chainStore) Machines(ctx context.Context) ([]Listing, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+listingCols+` FROM machines WHERE listed = 1 ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("chain store: machines: %w", err)
	}
	defer rows.Close()
	var out []Listing
	for rows.Next() {
		m, err := scanListing(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// errUnknown is what the store says of a machine or lease the followed events never named.
var errUnknown = errors.New("not in the followed chain state (yet)")

// Machine is one machine, listed or not, with the GPU slots its open leases hold now.
func (s *chainStore) Machine(ctx context.Context, id common.Hash) (Listing, error) {
	m, err := scanListing(s.db.QueryRowContext(ctx, `SELECT `+listingCols+` FROM machines WHERE id = ?`, id.Hex()))
	if errors.Is(err, sql.ErrNoRows) {
		return Listing{}, fmt.Errorf("machine %s: %w", id.Hex(), errUnknown)
	}
	if err != nil {
		return Listing{}, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT gpu_mask FROM leases WHERE machine = ? AND closed_at = 0 AND ends_at > ?`, id.Hex(), time.Now().Unix())
	if err != nil {
		return Listing{}, err
	}
	defer rows.Close()
	for rows.Next() {
		var mask uint32
		if err := rows.Scan(&mask); err != nil {
			return Listing{}, err
		}
		m.LeasedMask |= mask
	}
	m.Reserved = uint32(bits.OnesCount32(m.LeasedMask))
	return m, rows.Err()
}

const leaseCols = `id, machine, provider, gpus, started_at, ends_at, closed_at, breached`

func scanLease(sc interface{ Scan(...any) error }) (LeaseRecord, error) {
	var l LeaseRecord
	var m, p string
	var start, ends, closed int64
	var breached int
	if err := sc.Scan(&l.ID, &m, &p, &l.GPUs, &start, &ends, &closed, &breached); err != nil {
		return LeaseRecord{}, err
	}
	l.Machine, l.Provider, l.Start, l.EndsAt, l.Breached = common.HexToHash(m), common.HexToAddress(p), time.Unix(start, 0), time.Unix(ends, 0), breached == 1
	if closed > 0 {
		l.Closed = time.Unix(closed, 0)
	}
	return l, nil
}

// Lease is one lease.
func (s *chainStore) Lease(ctx context.Context, id *big.Int) (LeaseRecord, error) {
	if id == nil || !id.IsUint64() {
		return LeaseRecord{}, fmt.Errorf("lease %v: %w", id, errUnknown)
	}
	l, err := scanLease(s.db.QueryRowContext(ctx, `SELECT `+leaseCols+` FROM leases WHERE id = ?`, id.Uint64()))
	if errors.Is(err, sql.ErrNoRows) {
		return LeaseRecord{}, fmt.Errorf("lease %s: %w", id, errUnknown)
	}
	return l, err
}

// Leases are the leases open now or closed after since (the ones a breach may still be asked about), of any
// machine.
func (s *chainStore) Leases(ctx context.Context, since time.Time) ([]LeaseRecord, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+leaseCols+` FROM leases WHERE closed_at = 0 OR closed_at >= ? ORDER BY id`, since.Unix())
	if err != nil {
		return nil, fmt.Errorf("chain store: leases: %w", err)
	}
	defer rows.Close()
	var out []LeaseRecord
	for rows.Next() {
		l, err := scanLease(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}
