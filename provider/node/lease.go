package node

import (
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"

	"github.com/idlegrid/idlegrid/oracle"
)

// EventKind names a lease event the node follows.
type EventKind string

// The lease events.
const (
	EventOpened   EventKind = "opened"
	EventExtended EventKind = "extended"
	EventSettled  EventKind = "settled"
	EventClosed   EventKind = "closed"
	EventBreached EventKind = "breached"
	// EventJobSet: the renter named the job of a lease opened without one.
	EventJobSet EventKind = "job_set"
)

// LeaseEvent is one on-chain event of one of the provider's leases, where it happened and what it says.
type LeaseEvent struct {
	Block uint64      `json:"block"`
	Index uint        `json:"index"`
	Tx    common.Hash `json:"tx"`
	// Time is the block's timestamp.
	Time  uint64    `json:"time"`
	Kind  EventKind `json:"kind"`
	Lease uint64    `json:"lease"`

	Renter   common.Address  `json:"renter,omitzero"`
	Provider common.Address  `json:"provider,omitzero"`
	Machine  common.Hash     `json:"machine,omitzero"`
	GPUs     uint32          `json:"gpus,omitempty"`
	GPUMask  uint32          `json:"gpuMask,omitempty"`
	Pay      oracle.PayToken `json:"pay,omitempty"`
	Rate     *big.Int        `json:"rate,omitempty"`
	EndsAt   uint64          `json:"endsAt,omitempty"`
	// Job is the digest of the job spec's CID (sha2-256 of its canonical bytes); zero when not named.
	Job    common.Hash        `json:"job,omitzero"`
	Reason oracle.CloseReason `json:"reason,omitempty"`
	At     uint64             `json:"at,omitempty"`
	Amount *big.Int           `json:"amount,omitempty"`
}

// Lease is one of the provider's leases as the chain says it is now (in the blocks the node has followed).
type Lease struct {
	ID       uint64
	Renter   common.Address
	Provider common.Address
	Machine  common.Hash
	GPUs     uint32
	// GPUMask names the leased GPUs of the machine by index (bit i: GPU i); zero when the chain assigns none and
	// the node picks them.
	GPUMask uint32
	Pay     oracle.PayToken
	// Rate is what the lease earns per second, in the pay token's units.
	Rate *big.Int
	// OpenedBlock and OpenedAt are the block and time of LeaseOpened.
	OpenedBlock uint64
	OpenedAt    uint64
	// EndsAt is the prepaid end (unix seconds).
	EndsAt uint64
	// Job is the job spec's digest; zero until the renter names it.
	Job common.Hash
	// Closed, Reason and ClosedAt: how the lease stopped on chain.
	Closed   bool
	Reason   oracle.CloseReason
	ClosedAt uint64
	// SettledAt is the last settle's time (OpenedAt before any); Settled what the settles credited in all.
	SettledAt uint64
	Settled   *big.Int
}

// OverAt says whether the lease has stopped by chain time now: closed, or past its prepaid end.
func (l Lease) OverAt(now uint64) bool { return l.Closed || now >= l.EndsAt }

// EndTime is EndsAt as a time.
func (l Lease) EndTime() time.Time { return time.Unix(int64(l.EndsAt), 0) }

// JobCID is the CID of the job spec the lease binds (CIDv1, raw, sha2-256 of the digest), and false when none
// is named yet.
func (l Lease) JobCID() (cid.Cid, bool) {
	if l.Job == (common.Hash{}) {
		return cid.Undef, false
	}
	return JobCIDOf(l.Job), true
}

// JobCIDOf is the CID of a job spec digest.
func JobCIDOf(digest common.Hash) cid.Cid {
	m, err := mh.Encode(digest.Bytes(), mh.SHA2_256)
	if err != nil {
		panic(fmt.Sprintf("node: sha2-256 multihash: %v", err)) // a 32-byte digest always encodes
	}
	return cid.NewCidV1(cid.Raw, m)
}

// DigestOf is the 32-byte digest a lease binds for a job spec CID: its sha2-256 digest, for a raw CIDv1.
func DigestOf(c cid.Cid) (common.Hash, error) {
	if c.Prefix().Codec != cid.Raw || c.Prefix().MhType != mh.SHA2_256 || c.Version() != 1 {
		return common.Hash{}, fmt.Errorf("job spec CID %s: want a CIDv1 of raw sha2-256 (a spec is one raw block)", c)
	}
	d, err := mh.Decode(c.Hash())
	if err != nil {
		return common.Hash{}, fmt.Errorf("job spec CID %s: %w", c, err)
	}
	return common.BytesToHash(d.Digest), nil
}

// Fold computes a lease from its events, in any order; ok is false when they hold no LeaseOpened (a reorg
// removed it, or it is not the provider's).
func Fold(events []LeaseEvent) (l Lease, ok bool) {
	evs := append([]LeaseEvent(nil), events...)
	sort.Slice(evs, func(i, j int) bool {
		return evs[i].Block < evs[j].Block || evs[i].Block == evs[j].Block && evs[i].Index < evs[j].Index
	})
	l.Settled = new(big.Int)
	for _, e := range evs {
		switch e.Kind {
		case EventOpened:
			ok = true
			l.ID, l.Renter, l.Provider, l.Machine = e.Lease, e.Renter, e.Provider, e.Machine
			l.GPUs, l.GPUMask, l.Pay, l.Rate = e.GPUs, e.GPUMask, e.Pay, e.Rate
			l.OpenedBlock, l.OpenedAt, l.EndsAt, l.SettledAt = e.Block, e.Time, e.EndsAt, e.Time
			if e.Job != (common.Hash{}) {
				l.Job = e.Job
			}
		case EventExtended:
			l.EndsAt = e.EndsAt
		case EventJobSet:
			if l.Job == (common.Hash{}) {
				l.Job = e.Job
			}
		case EventSettled:
			l.SettledAt = max(l.SettledAt, e.At)
			if e.Amount != nil {
				l.Settled.Add(l.Settled, e.Amount)
			}
		case EventClosed, EventBreached:
			if !l.Closed || e.Kind == EventBreached {
				l.Closed, l.Reason, l.ClosedAt = true, e.Reason, e.At
			}
		}
	}
	if l.Rate == nil {
		l.Rate = new(big.Int)
	}
	return l, ok
}
