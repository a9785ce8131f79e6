package node

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	inrewards "github.com/idlegrid/idlegrid/inspector/rewards"
)

// The follower's part for reward trees: the quorum's signer sets and consumed attestations (with their signer
// bitmaps), and the Rewards contract's posted roots and funding. Like leases and machines they change only with
// final blocks, in the follower's transaction.

// applyRewardLog applies a SignerSetApplied, AttestationConsumed, RootPosted or Funded log; any other log is
// none of its business.
func applyRewardLog(ctx context.Context, tx *sql.Tx, l types.Log) error {
	ev, err := protocol.DecodeRewardEvent(l)
	if errors.Is(err, protocol.ErrNotRewardEvent) {
		return nil
	}
	if err != nil {
		return err
	}
	switch ev.Kind {
	case protocol.SignerSetAppliedEvent:
		hexes := make([]string, len(ev.Signers))
		for i, s := range ev.Signers {
			hexes[i] = s.Hex()
		}
		_, err = tx.ExecContext(ctx, `INSERT OR REPLACE INTO signer_sets (version, signers) VALUES (?, ?)`, ev.Version, strings.Join(hexes, ","))
	case protocol.AttestationConsumedEvent:
		_, err = tx.ExecContext(ctx, `INSERT OR IGNORE INTO consumed (id, version, signers, at) VALUES (?, ?, ?, ?)`,
			ev.ID.Hex(), ev.Version, ev.SignerBitmap, l.BlockTimestamp)
	case protocol.RootPostedEvent:
		_, err = tx.ExecContext(ctx, `INSERT OR REPLACE INTO roots (epoch, root, cumulative) VALUES (?, ?, ?)`,
			ev.Epoch, ev.Root.Hex(), ev.Cumulative.String())
	case protocol.RewardsFundedEvent:
		_, err = tx.ExecContext(ctx, `INSERT OR REPLACE INTO funded (block, idx, funded, at) VALUES (?, ?, ?, ?)`,
			l.BlockNumber, l.Index, ev.Funded.String(), l.BlockTimestamp)
	}
	return err
}

// finalTime is the timestamp of the follower's latest final block (false before it has one): every event before
// it is in the store.
func (s *chainStore) finalTime(ctx context.Context) (uint64, bool, error) {
	st, ok, err := s.State(ctx)
	if err != nil || !ok || st.Next == 0 {
		return 0, false, err
	}
	var t uint64
	err = s.db.QueryRowContext(ctx, `SELECT time FROM follow_window WHERE number = ?`, st.Final).Scan(&t)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return t, err == nil, err
}

// postedRoot is epoch's root as posted on chain (false: not posted, as far as the final blocks show).
func (s *chainStore) postedRoot(ctx context.Context, epoch uint64) (common.Hash, *big.Int, bool, error) {
	var root, cum string
	err := s.db.QueryRowContext(ctx, `SELECT root, cumulative FROM roots WHERE epoch = ?`, epoch).Scan(&root, &cum)
	if errors.Is(err, sql.ErrNoRows) {
		return common.Hash{}, nil, false, nil
	}
	if err != nil {
		return common.Hash{}, nil, false, err
	}
	c, ok := new(big.Int).SetString(cum, 10)
	if !ok {
		return common.Hash{}, nil, false, fmt.Errorf("chain store: root of epoch %d: cumulative %q", epoch, cum)
	}
	return common.HexToHash(root), c, true, nil
}

// nextEpoch is the epoch whose root posts next, by the final blocks.
func (s *chainStore) nextEpoch(ctx context.Context) (uint64, error) {
	var n sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT MAX(epoch) FROM roots`).Scan(&n); err != nil {
		return 0, err
	}
	if !n.Valid {
		return 0, nil
	}
	return uint64(n.Int64) + 1, nil
}

// fundedBy is the Rewards contract's lifetime funding as of time t (exclusive).
func (s *chainStore) fundedBy(ctx context.Context, t uint64) (*big.Int, error) {
	var f sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT funded FROM funded WHERE at < ? ORDER BY block DESC, idx DESC LIMIT 1`, t).Scan(&f)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && !f.Valid) {
		return new(big.Int), nil
	}
	if err != nil {
		return nil, err
	}
	v, ok := new(big.Int).SetString(f.String, 10)
	if !ok {
		return nil, fmt.Errorf("chain store: funded %q", f.String)
	}
	return v, nil
}

// rewardInputs are the verifications and outages overlapping [start, end) and the attestations consumed in it,
// each with its signers resolved through the signer set of its version.
func (s *chainStore) rewardInputs(ctx context.Context, start, end uint64) ([]inrewards.Verification, []inrewards.Outage, []inrewards.Attestation, error) {
	var vs []inrewards.Verification
	rows, err := s.db.QueryContext(ctx, `SELECT machine, provider, class, gpus, from_t, to_t FROM verifications WHERE to_t > ? AND from_t < ?`, start, end)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("chain store: verifications: %w", err)
	}
	for rows.Next() {
		var m, p string
		var v inrewards.Verification
		if err := rows.Scan(&m, &p, &v.Class, &v.GPUs, &v.From, &v.To); err != nil {
			rows.Close()
			return nil, nil, nil, err
		}
		v.Machine, v.Provider = common.HexToHash(m), common.HexToAddress(p)
		vs = append(vs, v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, nil, err
	}
	var os []inrewards.Outage
	rows, err = s.db.QueryContext(ctx, `SELECT machine, from_t, to_t FROM outages WHERE to_t > ? AND from_t < ?`, start, end)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("chain store: outages: %w", err)
	}
	for rows.Next() {
		var m string
		var o inrewards.Outage
		if err := rows.Scan(&m, &o.From, &o.To); err != nil {
			rows.Close()
			return nil, nil, nil, err
		}
		o.Machine = common.HexToHash(m)
		os = append(os, o)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, nil, err
	}
	sets := map[uint64][]common.Address{}
	rows, err = s.db.QueryContext(ctx, `SELECT version, signers FROM signer_sets`)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("chain store: signer sets: %w", err)
	}
	for rows.Next() {
		var v uint64
		var list string
		if err := rows.Scan(&v, &list); err != nil {
			rows.Close()
			return nil, nil, nil, err
		}
		var addrs []common.Address
		for _, h := range strings.Split(list, ",") {
			if h != "" {
				addrs = append(addrs, common.HexToAddress(h))
			}
		}
		sets[v] = addrs
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, nil, err
	}
	var as []inrewards.Attestation
	rows, err = s.db.QueryContext(ctx, `SELECT id, version, signers FROM consumed WHERE at >= ? AND at < ?`, start, end)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("chain store: consumed attestations: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var version uint64
		var bitmap uint32
		if err := rows.Scan(&id, &version, &bitmap); err != nil {
			return nil, nil, nil, err
		}
		set, ok := sets[version]
		if !ok {
			return nil, nil, nil, fmt.Errorf("chain store: attestation %s names signer set version %d, which no SignerSetApplied applied", id, version)
		}
		a := inrewards.Attestation{ID: common.HexToHash(id)}
		for i, signer := range set {
			if i < 32 && bitmap&(1<<i) != 0 {
				a.Signers = append(a.Signers, signer)
			}
		}
		as = append(as, a)
	}
	return vs, os, as, rows.Err()
}

// storedTree is a reward tree this node computed: its root, cumulative total and canonical bytes.
type storedTree struct {
	Epoch      uint64
	Root       common.Hash
	Cumulative *big.Int
	Body       []byte
	Uploaded   bool
}

func (s *chainStore) rewardTree(ctx context.Context, epoch uint64) (storedTree, bool, error) {
	t := storedTree{Epoch: epoch}
	var root, cum string
	var up int
	err := s.db.QueryRowContext(ctx, `SELECT root, cumulative, body, uploaded FROM reward_trees WHERE epoch = ?`, epoch).Scan(&root, &cum, &t.Body, &up)
	if errors.Is(err, sql.ErrNoRows) {
		return storedTree{}, false, nil
	}
	if err != nil {
		return storedTree{}, false, err
	}
	var ok bool
	if t.Cumulative, ok = new(big.Int).SetString(cum, 10); !ok {
		return storedTree{}, false, fmt.Errorf("chain store: tree of epoch %d: cumulative %q", epoch, cum)
	}
	t.Root, t.Uploaded = common.HexToHash(root), up == 1
	return t, true, nil
}

func (s *chainStore) putRewardTree(ctx context.Context, t storedTree) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO reward_trees (epoch, root, cumulative, body) VALUES (?, ?, ?, ?) ON CONFLICT (epoch) DO NOTHING`,
		t.Epoch, t.Root.Hex(), t.Cumulative.String(), t.Body)
	return err
}

func (s *chainStore) markUploaded(ctx context.Context, epoch uint64) error {
	_, err := s.db.ExecContext(ctx, `UPDATE reward_trees SET uploaded = 1 WHERE epoch = ?`, epoch)
	return err
}

// toUpload are the computed trees not yet uploaded whose root is posted on chain as computed.
func (s *chainStore) toUpload(ctx context.Context) ([]storedTree, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT t.epoch FROM reward_trees t JOIN roots r ON r.epoch = t.epoch AND r.root = t.root WHERE t.uploaded = 0 ORDER BY t.epoch`)
	if err != nil {
		return nil, err
	}
	var epochs []uint64
	for rows.Next() {
		var e uint64
		if err := rows.Scan(&e); err != nil {
			rows.Close()
			return nil, err
		}
		epochs = append(epochs, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([]storedTree, 0, len(epochs))
	for _, e := range epochs {
		t, ok, err := s.rewardTree(ctx, e)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, t)
		}
	}
	return out, nil
}
