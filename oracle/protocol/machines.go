package protocol

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/bindings/staking"
	"github.com/idlegrid/idlegrid/oracle/gpuclass"
)

// ErrMachineNotFound means no provider ever listed the machine id.
var ErrMachineNotFound = errors.New("machine not found")

// Machine is a machine listing as Staking keeps it (kept with Listed false after a delisting).
type Machine struct {
	ID           common.Hash
	Provider     common.Address
	Class        string
	GPUs         uint32
	ReservedGPUs uint32
	Listed       bool
	LockedStake  *big.Int
	Metadata     string
}

// FreeGPUs are the GPUs no open lease holds.
func (m Machine) FreeGPUs() uint32 { return m.GPUs - m.ReservedGPUs }

// Listing is what a provider lists.
type Listing struct {
	ID       common.Hash
	Class    string
	GPUs     uint32
	Metadata string
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

// Machines lists, delists and reads machines.
type Machines struct{ c *Conn }

// NewMachines gives machine operations over c.
func NewMachines(c *Conn) *Machines { return &Machines{c: c} }

func (m *Machines) addr() common.Address { return m.c.d.Contracts.Staking }

// List lists a machine from the account, locking the class's per-GPU stake for each GPU.
func (m *Machines) List(ctx context.Context, l Listing) (Tx, Machine, error) {
	if l.ID == (common.Hash{}) {
		return Tx{}, Machine{}, errors.New("list machine: no machine id")
	}
	if l.GPUs == 0 {
		return Tx{}, Machine{}, errors.New("list machine: GPU count must be at least 1")
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
		return Tx{}, Machine{}, fmt.Errorf("list machine: GPU class %q is not listable on this deployment (known: RTX3090, RTX4090, A100-40GB, A100-80GB, H100, H100, H200, SIM)", l.Class)
	}
	stk := staking.NewStaking()
	tx, _, err := m.c.send(ctx, "list machine", m.addr(), stk.PackListMachine(l.ID, class, l.GPUs, l.Metadata))
	if err != nil {
		return Tx{}, Machine{}, err
	}
	got, err := m.Get(ctx, l.ID)
	return tx, got, err
}

// Delist delists one of the account's machines (no open lease may hold its GPUs) and unlocks its stake.
func (m *Machines) Delist(ctx context.Context, id common.Hash) (Tx, error) {
	stk := staking.NewStaking()
	tx, _, err := m.c.send(ctx, "delist machine", m.addr(), stk.PackDelistMachine(id))
	return tx, err
}

// UpdateMetadata replaces a listed machine's metadata.
func (m *Machines) UpdateMetadata(ctx context.Context, id common.Hash, metadata string) (Tx, error) {
	stk := staking.NewStaking()
	tx, _, err := m.c.send(ctx, "update machine metadata", m.addr(), stk.PackUpdateMachineMetadata(id, metadata))
	return tx, err
}

// Get reads machine id.
func (m *Machines) Get(ctx context.Context, id common.Hash) (Machine, error) {
	stk := staking.NewStaking()
	raw, err := call(ctx, m.c, m.addr(), stk.PackMachine(id), stk.UnpackMachine)
	if err != nil {
		return Machine{}, fmt.Errorf("machine %s: %w", id, err)
	}
	if raw.Provider == (common.Address{}) {
		return Machine{}, fmt.Errorf("machine %s: %w", id, ErrMachineNotFound)
	}
	return Machine{ID: id, Provider: raw.Provider, Class: gpuclass.Name(raw.GpuClass), GPUs: raw.GpuCount,
		ReservedGPUs: raw.ReservedGpus, Listed: raw.Listed, LockedStake: raw.LockedStake, Metadata: raw.MetadataCID}, nil
}

// ByProvider is every machine provider ever listed (from the MachineListed events since the deployment), in
// the order first listed, with its current state.
func (m *Machines) ByProvider(ctx context.Context, provider common.Address) ([]Machine, error) {
	stk := staking.NewStaking()
	ev := stk.GetABI().Events["MachineListed"]
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
