package protocol

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/bindings/noderegistry"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/gpuclass"
)

// ErrMachineNotFound means no provider ever listed the machine id.
var ErrMachineNotFound = errors.New("machine not found")

// MaxStringLength is the longest metadata CID or endpoint the NodeRegistry stores (bytes).
const MaxStringLength = 256

// Machine is a machine listing as the NodeRegistry keeps it (kept with Listed false after a delisting).
type Machine struct {
	ID           common.Hash
	Provider     common.Address
	Class        string
	GPUs         uint32
	ReservedGPUs uint32
	Listed       bool
	LockedStake  *big.Int
	Metadata     string
	// Endpoint is where the provider's node answers (renters and inspectors reach the machine there).
	Endpoint string
	// VerifiedAt and VerifiedUntil (unix seconds) are the last hardware verification the quorum attested;
	// zero when never verified.
	VerifiedAt, VerifiedUntil uint64
	// Rentable: listed, the provider collateralised and, where the deployment requires it for the class, a
	// verification that has not expired.
	Rentable bool
}

// FreeGPUs are the GPUs no running lease holds.
func (m Machine) FreeGPUs() uint32 { return m.GPUs - m.ReservedGPUs }

// WhyNotRentable says why a machine that is not Rentable does not rent at time now: delisted, an expired or
// missing hardware verification, else its provider's stake no longer covering its listings.
func (m Machine) WhyNotRentable(now uint64) string {
	switch {
	case !m.Listed:
		return "it is delisted"
	case m.VerifiedUntil == 0:
		return "its hardware was never verified by the inspectors, and this deployment requires it for " + m.Class
	case m.VerifiedUntil <= now:
		return fmt.Sprintf("its hardware verification expired at %s; the provider's node must pass the inspectors' checks again",
			time.Unix(int64(m.VerifiedUntil), 0).UTC().Format(time.RFC3339))
	}
	return "the provider's stake no longer covers its listed machines (slashed or unbonding)"
}

// Listing is what a provider lists.
type Listing struct {
	ID       common.Hash
	Class    string
	GPUs     uint32
	Metadata string
	Endpoint string
}

// checkStrings refuses a metadata CID or endpoint the registry would refuse (StringTooLong), naming the field.
func checkStrings(metadata, endpoint string) error {
	if len(metadata) > MaxStringLength {
		return fmt.Errorf("metadata is %d bytes, at most %d are stored on chain", len(metadata), MaxStringLength)
	}
	if len(endpoint) > MaxStringLength {
		return fmt.Errorf("endpoint is %d bytes, at most %d are stored on chain", len(endpoint), MaxStringLength)
	}
	return nil
}

// MachineID derives a machine id from a provider and a name it gives the machine ("rig-1"):
// keccak256(provider ‖ name). Tying the id to the provider keeps anyone else from listing the name first.
func MachineID(provider common.Address, name string) common.Hash {
	return crypto.Keccak256Hash(provider.Bytes(), []byte(name))
}

// ParseMachineID reads a machine id given as 0x and 64 hex digits; ok is false for anything else (a name).
func ParseMachineID(s string) (id common.Hash, ok bool) {
	if len(s) != 66 || !strings.HasPrefix(s, "0x") {
		return common.Hash{}, false
	}
	b, err := hexutil.Decode(s)
	if err != nil {
		return common.Hash{}, false
	}
	return common.BytesToHash(b), true
}

// Machines lists, delists, updates, verifies and reads machines on the NodeRegistry, and keeps inspectors'
// endpoints.
type Machines struct{ c *Conn }

// NewMachines gives machine operations over c.
func NewMachines(c *Conn) *Machines { return &Machines{c: c} }

func (m *Machines) addr() common.Address { return m.c.d.Contracts.NodeRegistry }

// List lists a machine from the account, locking the class's per-GPU stake for each GPU.
func (m *Machines) List(ctx context.Context, l Listing) (Tx, Machine, error) {
	if l.ID == (common.Hash{}) {
		return Tx{}, Machine{}, errors.New("list machine: no machine id")
	}
	if l.GPUs == 0 {
		return Tx{}, Machine{}, errors.New("list machine: GPU count must be at least 1")
	}
	if err := checkStrings(l.Metadata, l.Endpoint); err != nil {
		return Tx{}, Machine{}, fmt.Errorf("list machine: %w", err)
	}
	class, err := gpuclass.ID(l.Class)
	if err != nil {
		return Tx{}, Machine{}, fmt.Errorf("list machine: %w", err)
	}
	perGPU, err := NewStaking(m.c).MinStakePerGPU(ctx, l.Class)
	if err != nil {
		return Tx{}, Machine{}, err
	}
	if perGPU.Sign() == 0 {
		return Tx{}, Machine{}, fmt.Errorf("list machine: GPU class %q is not listable on this deployment (known: %s)", l.Class, strings.Join(gpuclass.Names(), ", "))
	}
	reg := noderegistry.NewNodeRegistry()
	tx, _, err := m.c.send(ctx, "list machine", m.addr(), reg.PackListMachine(l.ID, class, l.GPUs, l.Metadata, l.Endpoint))
	if err != nil {
		return Tx{}, Machine{}, err
	}
	got, err := m.Get(ctx, l.ID)
	return tx, got, err
}

// Delist delists one of the account's machines (no running lease may hold its GPUs) and unlocks its stake.
func (m *Machines) Delist(ctx context.Context, id common.Hash) (Tx, error) {
	reg := noderegistry.NewNodeRegistry()
	tx, _, err := m.c.send(ctx, "delist machine", m.addr(), reg.PackDelistMachine(id))
	return tx, err
}

// Update replaces a listed machine's metadata CID and endpoint (both are written: pass the current value of
// the one that stays).
func (m *Machines) Update(ctx context.Context, id common.Hash, metadata, endpoint string) (Tx, error) {
	if err := checkStrings(metadata, endpoint); err != nil {
		return Tx{}, fmt.Errorf("update machine: %w", err)
	}
	reg := noderegistry.NewNodeRegistry()
	tx, _, err := m.c.send(ctx, "update machine", m.addr(), reg.PackUpdateMachineMetadata(id, metadata, endpoint))
	return tx, err
}

// Get reads machine id.
func (m *Machines) Get(ctx context.Context, id common.Hash) (Machine, error) {
	reg := noderegistry.NewNodeRegistry()
	raw, err := call(ctx, m.c, m.addr(), reg.PackMachine(id), reg.UnpackMachine)
	if err != nil {
		return Machine{}, fmt.Errorf("machine %s: %w", id, err)
	}
	if raw.Provider == (common.Address{}) {
		return Machine{}, fmt.Errorf("machine %s: %w", id, ErrMachineNotFound)
	}
	rentable, err := call(ctx, m.c, m.addr(), reg.PackIsRentable(id), reg.UnpackIsRentable)
	if err != nil {
		return Machine{}, fmt.Errorf("machine %s rentable: %w", id, err)
	}
	return Machine{ID: id, Provider: raw.Provider, Class: gpuclass.Name(raw.GpuClass), GPUs: raw.GpuCount,
		ReservedGPUs: raw.ReservedGpus, Listed: raw.Listed, LockedStake: raw.LockedStake, Metadata: raw.MetadataCID,
		Endpoint: raw.Endpoint, VerifiedAt: raw.VerifiedAt, VerifiedUntil: raw.VerifiedUntil, Rentable: rentable}, nil
}

// VerificationPolicy is how the deployment treats hardware verification for one GPU class.
type VerificationPolicy struct {
	// Required: machines of the class rent only with an unexpired verification.
	Required bool
	// MaxTTL is the longest a verification may stay valid.
	MaxTTL time.Duration
}

// Policy reads whether class needs a hardware verification to rent, and the longest a verification lasts.
func (m *Machines) Policy(ctx context.Context, class string) (VerificationPolicy, error) {
	id, err := gpuclass.ID(class)
	if err != nil {
		return VerificationPolicy{}, err
	}
	reg := noderegistry.NewNodeRegistry()
	required, err := call(ctx, m.c, m.addr(), reg.PackRequireVerification(), reg.UnpackRequireVerification)
	if err != nil {
		return VerificationPolicy{}, fmt.Errorf("verification policy: %w", err)
	}
	exempt, err := call(ctx, m.c, m.addr(), reg.PackVerificationExempt(id), reg.UnpackVerificationExempt)
	if err != nil {
		return VerificationPolicy{}, fmt.Errorf("verification policy: %w", err)
	}
	ttl, err := call(ctx, m.c, m.addr(), reg.PackMaxVerificationTtl(), reg.UnpackMaxVerificationTtl)
	if err != nil {
		return VerificationPolicy{}, fmt.Errorf("verification policy: %w", err)
	}
	return VerificationPolicy{Required: required && !exempt, MaxTTL: time.Duration(ttl) * time.Second}, nil
}

// Verification is a quorum-attested hardware verification of a machine, ready for NodeRegistry.verifyMachine.
type Verification struct {
	Payload       oracle.HardwareVerification
	AttestationID common.Hash
	Signatures    []byte
}

// Verify submits an attested hardware verification (anyone may submit it): the machine rents (where the
// deployment requires verification) until the payload's expiry. The payload's GPU ids must be ascending and
// match the listed class and count; the registry says which GPU already backs another machine.
func (m *Machines) Verify(ctx context.Context, v Verification) (Tx, error) {
	p := v.Payload
	ids := make([][32]byte, len(p.GPUIDs))
	for i, g := range p.GPUIDs {
		ids[i] = g
	}
	reg := noderegistry.NewNodeRegistry()
	arg := noderegistry.INodeRegistryVerification{MachineId: p.MachineID, GpuClass: p.GPUClass, GpuCount: p.GPUCount,
		GpuIds: ids, VerifiedAt: p.VerifiedAt, ExpiresAt: p.ExpiresAt}
	tx, _, err := m.c.send(ctx, "verify machine", m.addr(), reg.PackVerifyMachine(arg, v.AttestationID, v.Signatures))
	return tx, err
}

// ByProvider is every machine provider ever listed (from the MachineListed events since the deployment), in
// the order first listed, with its current state.
func (m *Machines) ByProvider(ctx context.Context, provider common.Address) ([]Machine, error) {
	reg := noderegistry.NewNodeRegistry()
	ev := reg.GetABI().Events["MachineListed"]
	logs, err := m.c.chain.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(m.c.d.Block),
		Addresses: []common.Address{m.addr()},
		Topics:    [][]common.Hash{{ev.ID}, nil, {topic(provider)}},
	})
	if err != nil {
		return nil, fmt.Errorf("machines of %s: %w", provider, err)
	}
	var out []Machine
	seen := map[common.Hash]bool{}
	for _, l := range logs {
		if len(l.Topics) < 2 || seen[l.Topics[1]] {
			continue
		}
		seen[l.Topics[1]] = true
		mc, err := m.Get(ctx, l.Topics[1])
		if err != nil {
			return nil, err
		}
		out = append(out, mc)
	}
	return out, nil
}

// SetInspectorEndpoint publishes where the account's inspector node answers (it must hold active inspector
// stake: NotAnInspector otherwise), so providers and other inspectors find it from chain state alone.
func (m *Machines) SetInspectorEndpoint(ctx context.Context, endpoint string) (Tx, error) {
	if err := checkStrings("", endpoint); err != nil {
		return Tx{}, fmt.Errorf("inspector endpoint: %w", err)
	}
	reg := noderegistry.NewNodeRegistry()
	tx, _, err := m.c.send(ctx, "set inspector endpoint", m.addr(), reg.PackSetInspectorEndpoint(endpoint))
	return tx, err
}

// InspectorEndpoint is the endpoint inspector published ("" if none).
func (m *Machines) InspectorEndpoint(ctx context.Context, inspector common.Address) (string, error) {
	reg := noderegistry.NewNodeRegistry()
	return call(ctx, m.c, m.addr(), reg.PackInspectorEndpoint(inspector), reg.UnpackInspectorEndpoint)
}
