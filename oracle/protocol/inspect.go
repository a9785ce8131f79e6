package protocol

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/idlegrid/idlegrid/bindings/noderegistry"
	"github.com/idlegrid/idlegrid/bindings/quorum"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/gpuclass"
)

// MachineEventKind names a machine listing event, as an inspector following the NodeRegistry sees it.
type MachineEventKind string

// The registry events an inspector acts on.
const (
	MachineListedEvent     MachineEventKind = "listed"
	MachineDelistedEvent   MachineEventKind = "delisted"
	MachineUpdatedEvent    MachineEventKind = "metadata"
	MachineVerifiedEvent   MachineEventKind = "verified"
	InspectorEndpointEvent MachineEventKind = "inspector-endpoint"
)

// MachineEvent is one NodeRegistry event about a machine listing (or an inspector's endpoint), decoded. Fields a
// kind does not carry are zero.
type MachineEvent struct {
	Kind     MachineEventKind
	Machine  common.Hash
	Provider common.Address
	// Class is the GPU class's name, GPUs its count (listed, verified).
	Class    string
	GPUs     uint32
	Metadata string
	// Endpoint is the node's (listed, metadata) or the inspector's (inspector-endpoint) host:port or URL.
	Endpoint string
	// Inspector is the inspector whose endpoint was set.
	Inspector common.Address
	// VerifiedAt and ExpiresAt are a verification's times; GPUIDs its GPU ids (verified).
	VerifiedAt, ExpiresAt uint64
	GPUIDs                []common.Hash
}

// ErrNotMachineEvent is what DecodeMachineEvent returns for a log that is none of the machine events.
var ErrNotMachineEvent = errors.New("not a machine event")

// DecodeMachineEvent decodes a NodeRegistry log into a MachineEvent. Logs of other events (holds, settings) are
// ErrNotMachineEvent; a log that claims to be a machine event but does not decode is any other error.
func DecodeMachineEvent(l types.Log) (MachineEvent, error) {
	if len(l.Topics) == 0 {
		return MachineEvent{}, ErrNotMachineEvent
	}
	reg := noderegistry.NewNodeRegistry()
	events := reg.GetABI().Events
	switch l.Topics[0] {
	case events["MachineListed"].ID:
		o, err := reg.UnpackMachineListedEvent(&l)
		if err != nil {
			return MachineEvent{}, fmt.Errorf("decode MachineListed: %w", err)
		}
		return MachineEvent{Kind: MachineListedEvent, Machine: o.MachineId, Provider: o.Provider, Class: gpuclass.Name(o.GpuClass),
			GPUs: o.GpuCount, Metadata: o.MetadataCID, Endpoint: o.Endpoint}, nil
	case events["MachineDelisted"].ID:
		o, err := reg.UnpackMachineDelistedEvent(&l)
		if err != nil {
			return MachineEvent{}, fmt.Errorf("decode MachineDelisted: %w", err)
		}
		return MachineEvent{Kind: MachineDelistedEvent, Machine: o.MachineId}, nil
	case events["MachineMetadataUpdated"].ID:
		o, err := reg.UnpackMachineMetadataUpdatedEvent(&l)
		if err != nil {
			return MachineEvent{}, fmt.Errorf("decode MachineMetadataUpdated: %w", err)
		}
		return MachineEvent{Kind: MachineUpdatedEvent, Machine: o.MachineId, Metadata: o.MetadataCID, Endpoint: o.Endpoint}, nil
	case events["MachineVerified"].ID:
		o, err := reg.UnpackMachineVerifiedEvent(&l)
		if err != nil {
			return MachineEvent{}, fmt.Errorf("decode MachineVerified: %w", err)
		}
		ev := MachineEvent{Kind: MachineVerifiedEvent, Machine: o.MachineId, Class: gpuclass.Name(o.GpuClass), GPUs: o.GpuCount,
			VerifiedAt: o.VerifiedAt, ExpiresAt: o.ExpiresAt}
		for _, g := range o.GpuIds {
			ev.GPUIDs = append(ev.GPUIDs, g)
		}
		return ev, nil
	case events["InspectorEndpointSet"].ID:
		o, err := reg.UnpackInspectorEndpointSetEvent(&l)
		if err != nil {
			return MachineEvent{}, fmt.Errorf("decode InspectorEndpointSet: %w", err)
		}
		return MachineEvent{Kind: InspectorEndpointEvent, Inspector: o.Inspector, Endpoint: o.Endpoint}, nil
	}
	return MachineEvent{}, ErrNotMachineEvent
}

// Consumed reports whether the quorum consumed attestation id of kind for target (an answer to that question was
// posted).
func (q *Quorum) Consumed(ctx context.Context, target common.Address, kind oracle.Kind, id common.Hash) (bool, error) {
	aq := quorum.NewAttestationQuorum()
	return call(ctx, q.c, q.addr(), aq.PackConsumed(target, uint8(kind), id), aq.UnpackConsumed)
}
