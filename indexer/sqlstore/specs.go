package sqlstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/api"
)

// SpecsDue implements indexer.SpecStore: listed machines with a metadata CID and an endpoint whose spec row is
// missing, for another CID, or failed with its retry due.
func (db *DB) SpecsDue(ctx context.Context, now uint64, limit int) ([]indexer.SpecDue, error) {
	rows, err := db.r.QueryContext(ctx, db.rebind(`SELECT m.machine_id, m.provider, m.metadata_cid, m.endpoint, COALESCE(s.attempts, 0), COALESCE(s.metadata_cid, '')
		FROM machines m LEFT JOIN machine_specs s ON s.machine_id = m.machine_id
		WHERE m.listed = TRUE AND m.metadata_cid <> '' AND m.endpoint <> ''
		  AND (s.machine_id IS NULL OR s.metadata_cid <> m.metadata_cid OR (s.error <> '' AND s.next_attempt <= ?))
		ORDER BY m.machine_id LIMIT ?`), clampInt64(now), limit)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: specs due: %w", err)
	}
	defer rows.Close()
	var out []indexer.SpecDue
	for rows.Next() {
		var id, provider, cid, endpoint, storedCID string
		var attempts int64
		if err := rows.Scan(&id, &provider, &cid, &endpoint, &attempts, &storedCID); err != nil {
			return nil, fmt.Errorf("sqlstore: specs due: %w", err)
		}
		d := indexer.SpecDue{Machine: common.HexToHash(id), Provider: common.HexToAddress(provider), CID: cid, Endpoint: endpoint}
		if storedCID == cid { // a retry of the same CID: the backoff goes on growing
			d.Attempts = uint32(min(attempts, 1<<31))
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// SaveSpec implements indexer.SpecStore: the machine's one spec row is replaced.
func (db *DB) SaveSpec(ctx context.Context, r indexer.SpecRecord) error {
	var s api.MachineSpec
	if r.Spec != nil {
		s = *r.Spec
	}
	_, err := db.w.ExecContext(ctx, db.rebind(`INSERT INTO machine_specs (machine_id, metadata_cid, cpu_model, cpu_cores, cpu_arch,
		memory_bytes, disk_bytes, driver, cuda, region, bandwidth_mbps, error, attempts, next_attempt, fetched_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (machine_id) DO UPDATE SET metadata_cid = excluded.metadata_cid, cpu_model = excluded.cpu_model,
		cpu_cores = excluded.cpu_cores, cpu_arch = excluded.cpu_arch, memory_bytes = excluded.memory_bytes,
		disk_bytes = excluded.disk_bytes, driver = excluded.driver, cuda = excluded.cuda, region = excluded.region,
		bandwidth_mbps = excluded.bandwidth_mbps, error = excluded.error, attempts = excluded.attempts,
		next_attempt = excluded.next_attempt, fetched_at = excluded.fetched_at`),
		hexHash(r.Machine), r.CID, s.CPU, int64(s.CPUCores), s.CPUArch, clampInt64(s.MemoryBytes), clampInt64(s.DiskBytes),
		s.Driver, s.CUDA, s.Region, int64(s.BandwidthMbps), r.Err, int64(r.Attempts), clampInt64(r.NextAttempt), clampInt64(r.FetchedAt))
	if err != nil {
		return fmt.Errorf("sqlstore: save spec of %s: %w", r.Machine.Hex(), err)
	}
	return nil
}

// attachSpecs fills the views' Spec (or SpecError) from the spec rows fetched for their current metadata CID.
func (db *DB) attachSpecs(ctx context.Context, views []*indexer.MachineView) error {
	if len(views) == 0 {
		return nil
	}
	byID := make(map[string][]*indexer.MachineView, len(views))
	marks := make([]string, 0, len(views))
	args := make([]any, 0, len(views))
	for _, v := range views {
		id := hexHash(v.ID)
		if _, ok := byID[id]; !ok {
			marks, args = append(marks, "?"), append(args, id)
		}
		byID[id] = append(byID[id], v)
	}
	rows, err := db.r.QueryContext(ctx, db.rebind(`SELECT machine_id, metadata_cid, cpu_model, cpu_cores, cpu_arch, memory_bytes,
		disk_bytes, driver, cuda, region, bandwidth_mbps, error FROM machine_specs WHERE machine_id IN (`+strings.Join(marks, ", ")+`)`), args...)
	if err != nil {
		return fmt.Errorf("sqlstore: machine specs: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, cid, errText string
		var s api.MachineSpec
		var cores, mem, disk, mbps int64
		if err := rows.Scan(&id, &cid, &s.CPU, &cores, &s.CPUArch, &mem, &disk, &s.Driver, &s.CUDA, &s.Region, &mbps, &errText); err != nil {
			return fmt.Errorf("sqlstore: machine specs: %w", err)
		}
		s.CPUCores, s.MemoryBytes, s.DiskBytes, s.BandwidthMbps = uint32(cores), uint64(mem), uint64(disk), uint32(mbps)
		for _, v := range byID[id] {
			switch {
			case v.MetadataCID != cid: // fetched for a CID the machine no longer names
			case errText != "":
				v.SpecError = errText
			default:
				spec := s
				v.Spec = &spec
			}
		}
	}
	return rows.Err()
}
