package protocol

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/idlegrid/idlegrid/bindings/leaseescrow"
	"github.com/idlegrid/idlegrid/bindings/leasejournal"
	"github.com/idlegrid/idlegrid/oracle"
)

// LeaseEventKind names a lease's on-chain event, as a node following the escrow sees it.
type LeaseEventKind string

// The lease events a node acts on.
const (
	EventOpened   LeaseEventKind = "opened"
	EventExtended LeaseEventKind = "extended"
	EventSettled  LeaseEventKind = "settled"
	EventClosed   LeaseEventKind = "closed"
	EventBreached LeaseEventKind = "breached"
	// EventJobSet: the renter named the job of a lease opened without one (LeaseJournal.JobSet).
	EventJobSet LeaseEventKind = "job_set"
)

// LeaseEvent is one LeaseEscrow event about a lease, decoded. Fields a kind does not carry are zero.
type LeaseEvent struct {
	Kind  LeaseEventKind
	Lease uint64
	// Opened: who, where, how many GPUs, paid how, at what rate, until when.
	Renter   common.Address
	Provider common.Address
	Machine  common.Hash
	GPUs     uint32
	// GPUMask names the leased GPU slots of the machine (bit i: GPU i).
	GPUMask uint32
	Pay     oracle.PayToken
	Rate    *big.Int
	// EndsAt is the prepaid end (opened, extended).
	EndsAt uint64
	// Reason and At: why and when the lease closed (closed, breached); At is also a settle's time.
	Reason oracle.CloseReason
	At     uint64
	// BilledUntil is the end of the billed time (closed, breached).
	BilledUntil uint64
	// Amount is what a settle credited the provider, or a breach refunded the renter.
	Amount *big.Int
	// Job is the digest of the job spec's CID: bound at open, or named later (job_set); zero when none.
	Job common.Hash
}

// ErrNotLeaseEvent is what DecodeLeaseEvent returns for a log that is none of the lease events.
var ErrNotLeaseEvent = errors.New("not a lease event")

// DecodeLeaseEvent decodes a LeaseEscrow log, or a LeaseJournal JobSet, into a LeaseEvent (the caller checks
// the log comes from the deployment's contract). Logs of other events (quote cancellations,
// withdrawals, fees) are ErrNotLeaseEvent; a log that claims to be a lease event but does not decode is any
// other error.
func DecodeLeaseEvent(l types.Log) (LeaseEvent, error) {
	if len(l.Topics) == 0 {
		return LeaseEvent{}, ErrNotLeaseEvent
	}
	esc := leaseescrow.NewLeaseEscrow()
	events := esc.GetABI().Events
	journalEvents := leasejournal.NewLeaseJournal().GetABI().Events
	id := func(x *big.Int) (uint64, error) {
		if x == nil || !x.IsUint64() {
			return 0, fmt.Errorf("lease id %v out of range", x)
		}
		return x.Uint64(), nil
	}
	var ev LeaseEvent
	var err error
	switch l.Topics[0] {
	case events["LeaseOpened"].ID:
		o, uerr := esc.UnpackLeaseOpenedEvent(&l)
		if uerr != nil {
			return LeaseEvent{}, fmt.Errorf("decode LeaseOpened: %w", uerr)
		}
		ev = LeaseEvent{Kind: EventOpened, Renter: o.Renter, Provider: o.Provider, Machine: o.MachineId, GPUs: uint32(bits.OnesCount32(o.GpuMask)),
			GPUMask: o.GpuMask, Pay: oracle.PayToken(o.PayToken), Rate: o.Rate, EndsAt: o.EndsAt, Job: o.JobCID}
		ev.Lease, err = id(o.LeaseId)
	case events["LeaseExtended"].ID:
		o, uerr := esc.UnpackLeaseExtendedEvent(&l)
		if uerr != nil {
			return LeaseEvent{}, fmt.Errorf("decode LeaseExtended: %w", uerr)
		}
		ev = LeaseEvent{Kind: EventExtended, EndsAt: o.EndsAt}
		ev.Lease, err = id(o.LeaseId)
	case events["LeaseSettled"].ID:
		o, uerr := esc.UnpackLeaseSettledEvent(&l)
		if uerr != nil {
			return LeaseEvent{}, fmt.Errorf("decode LeaseSettled: %w", uerr)
		}
		ev = LeaseEvent{Kind: EventSettled, Provider: o.Provider, Amount: o.Amount}
		ev.Lease, err = id(o.LeaseId)
	case events["LeaseClosed"].ID:
		o, uerr := esc.UnpackLeaseClosedEvent(&l)
		if uerr != nil {
			return LeaseEvent{}, fmt.Errorf("decode LeaseClosed: %w", uerr)
		}
		ev = LeaseEvent{Kind: EventClosed, Reason: oracle.CloseReason(o.Reason), At: o.ClosedAt, BilledUntil: o.BilledUntil}
		ev.Lease, err = id(o.LeaseId)
	case events["LeaseBreached"].ID:
		o, uerr := esc.UnpackLeaseBreachedEvent(&l)
		if uerr != nil {
			return LeaseEvent{}, fmt.Errorf("decode LeaseBreached: %w", uerr)
		}
		ev = LeaseEvent{Kind: EventBreached, Provider: o.Provider, Renter: o.Renter, Reason: oracle.CloseBreached, At: o.BilledUntil,
			BilledUntil: o.BilledUntil, Amount: o.Refund}
		ev.Lease, err = id(o.LeaseId)
	case journalEvents["JobSet"].ID:
		o, uerr := leasejournal.NewLeaseJournal().UnpackJobSetEvent(&l)
		if uerr != nil {
			return LeaseEvent{}, fmt.Errorf("decode JobSet: %w", uerr)
		}
		ev = LeaseEvent{Kind: EventJobSet, Job: o.JobCID}
		ev.Lease, err = id(o.LeaseId)
	default:
		return LeaseEvent{}, ErrNotLeaseEvent
	}
	if err != nil {
		return LeaseEvent{}, err
	}
	return ev, nil
}

// BaseFee is the latest block's base fee (wei per gas; 1 gwei on a chain without one).
func (c *Conn) BaseFee(ctx context.Context) (*big.Int, error) {
	h, err := c.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("latest block: %w", err)
	}
	if h.BaseFee == nil {
		return big.NewInt(1e9), nil
	}
	return new(big.Int).Set(h.BaseFee), nil
}
