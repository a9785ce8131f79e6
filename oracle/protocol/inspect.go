package protocol

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/idlegrid/idlegrid/bindings/leaseescrow"
	"github.com/idlegrid/idlegrid/bindings/staking"
	"github.com/idlegrid/idlegrid/oracle/gpuclass"
)

// Breached is the result of posting a breach: when the escrow closed the lease and what it clawed back from the
// provider.
type Breached struct {
	Tx          Tx
	DownSince   uint64
	ClosedAt    uint64
	ClawedBack  *big.Int
	Unrecovered *big.Int
}

// Breach posts a quorum-attested breach of lease id: its machine was down from downSince (unix seconds), so the
// renter is refunded from then. signatures are the threshold of inspector signatures over the KIND_BREACH
// attestation id, packed in ascending signer order.
func (l *Leases) Breach(ctx context.Context, id *big.Int, downSince uint64, attestationID common.Hash, signatures []byte) (Breached, error) {
	if id == nil || id.Sign() <= 0 {
		return Breached{}, errors.New("breach: lease id must be positive")
	}
	esc := leaseescrow.NewLeaseEscrow()
	tx, r, err := l.c.sendTimed(ctx, fmt.Sprintf("breach lease %s", id), l.addr(), esc.PackBreach(id, downSince, attestationID, signatures), timedGasFloor)
	if err != nil {
		return Breached{}, err
	}
	ev, ok := event(r, l.addr(), esc.UnpackLeaseBreachedEvent)
	if !ok {
		return Breached{Tx: tx}, fmt.Errorf("breach: no LeaseBreached event in %s", tx.Hash)
	}
	return Breached{Tx: tx, DownSince: ev.DownSince, ClosedAt: ev.ClosedAt, ClawedBack: ev.ClawedBack, Unrecovered: ev.Unrecovered}, nil
}

// MachineEventKind names a machine listing event, as an inspector following Staking sees it.
type MachineEventKind string

// The machine events an inspector acts on.
const (
	MachineListedEvent   MachineEventKind = "listed"
	MachineDelistedEvent MachineEventKind = "delisted"
	MachineUpdatedEvent  MachineEventKind = "metadata"
	MachineGPUsEvent     MachineEventKind = "gpus"
)

// MachineEvent is one Staking event about a machine listing, decoded. Fields a kind does not carry are zero.
type MachineEvent struct {
	Kind     MachineEventKind
	Machine  common.Hash
	Provider common.Address
	// Class is the GPU class's name (listed), GPUs its count (listed), Reserved the GPUs open leases hold
	// (gpus).
	Class    string
	GPUs     uint32
	Reserved uint32
	Metadata string
}

// ErrNotMachineEvent is what DecodeMachineEvent returns for a log that is none of the machine events.
var ErrNotMachineEvent = errors.New("not a machine event")

// DecodeMachineEvent decodes a Staking log into a MachineEvent. Logs of other events (stakes, slashes, settings)
// are ErrNotMachineEvent; a log that claims to be a machine event but does not decode is any other error.
func DecodeMachineEvent(l types.Log) (MachineEvent, error) {
	if len(l.Topics) == 0 {
		return MachineEvent{}, ErrNotMachineEvent
	}
	st := staking.NewStaking()
	events := st.GetABI().Events
	switch l.Topics[0] {
	case events["MachineListed"].ID:
		o, err := st.UnpackMachineListedEvent(&l)
		if err != nil {
			return MachineEvent{}, fmt.Errorf("decode MachineListed: %w", err)
		}
		return MachineEvent{Kind: MachineListedEvent, Machine: o.MachineId, Provider: o.Provider, Class: gpuclass.Name(o.GpuClass),
			GPUs: o.GpuCount, Metadata: o.MetadataCID}, nil
	case events["MachineDelisted"].ID:
		o, err := st.UnpackMachineDelistedEvent(&l)
		if err != nil {
			return MachineEvent{}, fmt.Errorf("decode MachineDelisted: %w", err)
		}
		return MachineEvent{Kind: MachineDelistedEvent, Machine: o.MachineId, Provider: o.Provider}, nil
	case events["MachineMetadataUpdated"].ID:
		o, err := st.UnpackMachineMetadataUpdatedEvent(&l)
		if err != nil {
			return MachineEvent{}, fmt.Errorf("decode MachineMetadataUpdated: %w", err)
		}
		return MachineEvent{Kind: MachineUpdatedEvent, Machine: o.MachineId, Metadata: o.MetadataCID}, nil
	case events["GpusReserved"].ID:
		o, err := st.UnpackGpusReservedEvent(&l)
		if err != nil {
			return MachineEvent{}, fmt.Errorf("decode GpusReserved: %w", err)
		}
		return MachineEvent{Kind: MachineGPUsEvent, Machine: o.MachineId, Reserved: o.ReservedGpus}, nil
	case events["GpusReleased"].ID:
		o, err := st.UnpackGpusReleasedEvent(&l)
		if err != nil {
			return MachineEvent{}, fmt.Errorf("decode GpusReleased: %w", err)
		}
		return MachineEvent{Kind: MachineGPUsEvent, Machine: o.MachineId, Reserved: o.ReservedGpus}, nil
	}
	return MachineEvent{}, ErrNotMachineEvent
}
