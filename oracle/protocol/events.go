package protocol

import (
	"context"
	"errors"
	"fmt"
	"math/big"

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
	// Reason and At: why and when the lease closed (closed, breached); At is also a settle's time.
	Reason oracle.CloseReason
	At     uint64
	// Amount is what a settle credited the provider, or a breach clawed back.
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
		ev = LeaseEvent{Kind: EventOpened, Renter: o.Renter, Provider: o.Provider, Machine: o.MachineId, GPUs: o.GpuCount,
			Pay: oracle.PayToken(o.PayToken), Rate: o.Rate, EndsAt: o.EndsAt}
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
		ev = LeaseEvent{Kind: EventSettled, Provider: o.Provider, Amount: o.Amount, At: o.SettledAt}
		ev.Lease, err = id(o.LeaseId)
	case events["LeaseClosed"].ID:
		o, uerr := esc.UnpackLeaseClosedEvent(&l)
		if uerr != nil {
			return LeaseEvent{}, fmt.Errorf("decode LeaseClosed: %w", uerr)
		}
		ev = LeaseEvent{Kind: EventClosed, Reason: oracle.CloseReason(o.Reason), At: o.ClosedAt}
		ev.Lease, err = id(o.LeaseId)
	case events["LeaseBreached"].ID:
		o, uerr := esc.UnpackLeaseBreachedEvent(&l)
		if uerr != nil {
			return LeaseEvent{}, fmt.Errorf("decode LeaseBreached: %w", uerr)
		}
		ev = LeaseEvent{Kind: EventBreached, Provider: o.Provider, Renter: o.Renter, Reason: oracle.CloseBreached, At: o.ClosedAt,
			Amount: o.ClawedBack}
		ev.Lease, err = id(o.LeaseId)
	default:
		return LeaseEvent{}, ErrNotLeaseEvent
	}
	if err != nil {
		return LeaseEvent{}, err
	}
	return ev, nil
}

// SettleMany settles every lease of ids in one transaction: each open lease is credited to its provider up to
// now, and those that have ended are closed. Closed leases are skipped; an unknown id reverts the batch.
func (l *Leases) SettleMany(ctx context.Context, ids []uint64) (Tx, error) {
	if len(ids) == 0 {
		return Tx{}, errors.New("settle leases: no lease ids")
	}
	nums := make([]*big.Int, len(ids))
	for i, id := range ids {
		nums[i] = new(big.Int).SetUint64(id)
	}
	esc := leaseescrow.NewLeaseEscrow()
	floor := uint64(timedGasFloor) + uint64(len(ids)-1)*settleManyGasPerLease
	tx, _, err := l.c.sendTimed(ctx, fmt.Sprintf("settle %d leases", len(ids)), l.addr(), esc.PackSettleMany(nums), floor)
	return tx, err
}

// settleManyGasPerLease bounds one more lease of a settleMany batch at its dearest (accrue, close, release the
// GPUs, credit the refund), with room to spare.
const settleManyGasPerLease = 200_000

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

// RecordCompletion records, as the lease's renter, that its job completed with result resultCID (the CID of
// the output the provider's node served): the renter's acknowledgement of the result. Inspectors attest a
// completion instead when the renter does not.
func (l *Leases) RecordCompletion(ctx context.Context, id uint64, resultCID string) (Tx, error) {
	if resultCID == "" {
		return Tx{}, errors.New("record completion: empty result CID")
	}
	esc := leaseescrow.NewLeaseEscrow()
	tx, r, err := l.c.send(ctx, "record completion", l.addr(), esc.PackRecordCompletion(new(big.Int).SetUint64(id), resultCID))
	if err != nil {
		return Tx{}, err
	}
	if _, ok := event(r, l.addr(), esc.UnpackCompletionRecordedEvent); !ok {
		return tx, fmt.Errorf("record completion: no CompletionRecorded event in %s", tx.Hash)
	}
	return tx, nil
}
