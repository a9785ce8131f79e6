package protocol

import (
	"errors"
	"fmt"
	"math/big"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/idlegrid/idlegrid/bindings/leaseescrow"
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
	Pay      oracle.PayToken
	Rate     *big.Int
	// EndsAt is the prepaid end (opened, extended).
	EndsAt uint64
	// GPUMask is the machine's GPU slots the lease holds (bit i = slot i).
	GPUMask uint32
	// Reason and At: why and when the lease closed (closed: the stop; breached: the billed end).
	Reason oracle.CloseReason
	At     uint64
	// BilledUntil is the end of the billed time (closed, breached).
	BilledUntil uint64
	// Amount is what a settle credited the provider, or what a breach refunded the renter.
	Amount *big.Int
}

// ErrNotLeaseEvent is what DecodeLeaseEvent returns for a log that is none of the lease events.
var ErrNotLeaseEvent = errors.New("not a lease event")

// DecodeLeaseEvent decodes a LeaseEscrow log into a LeaseEvent. Logs of other events (quote cancellations,
// withdrawals, fees) are ErrNotLeaseEvent; a log that claims to be a lease event but does not decode is any
// other error.
func DecodeLeaseEvent(l types.Log) (LeaseEvent, error) {
	if len(l.Topics) == 0 {
		return LeaseEvent{}, ErrNotLeaseEvent
	}
	esc := leaseescrow.NewLeaseEscrow()
	events := esc.GetABI().Events
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
			GPUMask: o.GpuMask, Pay: oracle.PayToken(o.PayToken), Rate: o.Rate, EndsAt: o.EndsAt}
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
	default:
		return LeaseEvent{}, ErrNotLeaseEvent
	}
	if err != nil {
		return LeaseEvent{}, err
	}
	return ev, nil
}
