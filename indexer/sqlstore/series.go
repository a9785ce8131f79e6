package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/oracle/amount"
)

// The series' reads (indexer.SeriesStore): newest first, at most limit rows.

// SeriesLeases lists leases of class ("" any) that overlap [from, to).
func (db *DB) SeriesLeases(ctx context.Context, class string, from, to uint64, limit int) ([]indexer.SeriesLease, error) {
	var w where
	w.add("l.started_at < ?", clampInt64(to))
	w.add("l.ends_at >= ?", clampInt64(from))
	if class != "" {
		w.add("m.gpu_class = ?", class)
	}
	rows, err := db.r.QueryContext(ctx, db.rebind(`SELECT l.lease_id, COALESCE(m.gpu_class, ''), l.provider, l.gpu_count, l.usd_per_second_wad,
		l.started_at, l.ends_at FROM leases l LEFT JOIN machines m ON m.machine_id = l.machine_id`+w.sql()+` ORDER BY l.lease_id DESC LIMIT ?`),
		append(w.args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: series leases: %w", err)
	}
	defer rows.Close()
	var out []indexer.SeriesLease
	for rows.Next() {
		var l indexer.SeriesLease
		var id, gpus, started, ends int64
		var provider, usd string
		if err := rows.Scan(&id, &l.Class, &provider, &gpus, &usd, &started, &ends); err != nil {
			return nil, err
		}
		v, err := amount.ParseInt(usd)
		if err != nil {
			return nil, fmt.Errorf("sqlstore: lease %d usd_per_second_wad: %w", id, err)
		}
		l.ID, l.Provider, l.GPUCount, l.USDPerSecondWad = uint64(id), common.HexToAddress(provider), uint32(gpus), v
		l.StartedAt, l.EndsAt = uint64(started), uint64(ends)
		out = append(out, l)
	}
	return out, rows.Err()
}

// ListingChanges lists the NodeRegistry's MachineListed (+gpuCount) and MachineDelisted (−the machine's GPUs) events at
// or after from.
func (db *DB) ListingChanges(ctx context.Context, from uint64, limit int) ([]indexer.ListingChange, error) {
	rows, err := db.r.QueryContext(ctx, db.rebind(`SELECT e.block_time, e.name, e.args, COALESCE(m.gpu_count, 0) FROM events e
		LEFT JOIN machines m ON m.machine_id = `+db.jsonText("e.args", "machineId")+`
		WHERE e.contract = ? AND e.name IN ('MachineListed', 'MachineDelisted') AND e.block_time >= ?
		ORDER BY e.block_number DESC, e.log_index DESC LIMIT ?`), indexer.NodeRegistry, clampInt64(from), limit)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: listing changes: %w", err)
	}
	defer rows.Close()
	var out []indexer.ListingChange
	for rows.Next() {
		var t, gpus int64
		var name, args string
		if err := rows.Scan(&t, &name, &args, &gpus); err != nil {
			return nil, err
		}
		c := indexer.ListingChange{Time: uint64(t), GPUs: -gpus}
		if name == "MachineListed" {
			var a struct {
				GPUCount json.Number `json:"gpuCount"`
			}
			if err := json.Unmarshal([]byte(args), &a); err != nil {
				return nil, fmt.Errorf("sqlstore: MachineListed args: %w", err)
			}
			n, err := a.GPUCount.Int64()
			if err != nil {
				return nil, fmt.Errorf("sqlstore: MachineListed gpuCount %q: %w", a.GPUCount, err)
			}
			c.GPUs = n
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// ProviderMoney lists the provider's settlements (LeaseSettled's amount) at or after from.
func (db *DB) ProviderMoney(ctx context.Context, provider common.Address, from uint64, limit int) ([]indexer.LeaseMoney, error) {
	rows, err := db.r.QueryContext(ctx, db.rebind(`SELECT e.block_time, e.amount, l.pay_token FROM lease_events e
		JOIN leases l ON l.lease_id = e.lease_id
		WHERE l.provider = ? AND e.kind = 'settled' AND e.block_time >= ?
		ORDER BY e.block_number DESC, e.log_index DESC LIMIT ?`), hexAddr(provider), clampInt64(from), limit)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: provider money: %w", err)
	}
	defer rows.Close()
	var out []indexer.LeaseMoney
	for rows.Next() {
		var t int64
		var amt, token string
		if err := rows.Scan(&t, &amt, &token); err != nil {
			return nil, err
		}
		v, ok := new(big.Int).SetString(amt, 10)
		if !ok {
			return nil, fmt.Errorf("sqlstore: settled amount %q", amt)
		}
		out = append(out, indexer.LeaseMoney{Time: uint64(t), PayToken: token, Amount: v})
	}
	return out, rows.Err()
}

// MachineOutcomes lists the completions and breaches of the machine's leases at or after from.
func (db *DB) MachineOutcomes(ctx context.Context, machine common.Hash, from uint64, limit int) ([]indexer.LeaseOutcome, error) {
	rows, err := db.r.QueryContext(ctx, db.rebind(`SELECT e.block_time, e.lease_id, e.kind, l.completion_attested FROM lease_events e
		JOIN leases l ON l.lease_id = e.lease_id
		WHERE l.machine_id = ? AND e.kind IN ('completed', 'breached') AND e.block_time >= ?
		ORDER BY e.block_number DESC, e.log_index DESC LIMIT ?`), hexHash(machine), clampInt64(from), limit)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: machine outcomes: %w", err)
	}
	defer rows.Close()
	var out []indexer.LeaseOutcome
	for rows.Next() {
		var t, id int64
		var kind string
		var attested bool
		if err := rows.Scan(&t, &id, &kind, &attested); err != nil {
			return nil, err
		}
		if kind == "completed" && attested {
			kind = "completed_attested"
		}
		out = append(out, indexer.LeaseOutcome{Time: uint64(t), LeaseID: uint64(id), Kind: kind})
	}
	return out, rows.Err()
}

// jsonText is the SQL for the text of key in the JSON object column col.
func (db *DB) jsonText(col, key string) string {
	if db.dialect == Postgres {
		return "(" + col + "::json->>'" + key + "')"
	}
	return "json_extract(" + col + ", '$." + key + "')"
}

// TimeRange is the time of the first indexed event and of the newest indexed block.
func (db *DB) TimeRange(ctx context.Context) (first, last uint64, err error) {
	var f, l sql.NullInt64
	if err := db.r.QueryRowContext(ctx, `SELECT block_time FROM events ORDER BY block_number, log_index LIMIT 1`).Scan(&f); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, 0, fmt.Errorf("sqlstore: first event time: %w", err)
	}
	if err := db.r.QueryRowContext(ctx, `SELECT time FROM blocks ORDER BY number DESC LIMIT 1`).Scan(&l); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, 0, fmt.Errorf("sqlstore: newest block time: %w", err)
	}
	return uint64(max(f.Int64, 0)), uint64(max(l.Int64, 0)), nil
}
