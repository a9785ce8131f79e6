package node

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	goruntime "runtime"
	"strconv"
	"strings"
	"syscall"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/provider/gpu"
)

// The machine spec document is oracle's (one definition: the provider publishes it, the indexer reads it).
const (
	SpecVersion         = oracle.MachineSpecVersion
	MaxMachineSpecBytes = oracle.MaxMachineSpecBytes
)

type (
	MachineSpec     = oracle.MachineSpec
	MachineGPU      = oracle.MachineGPU
	MachineCPU      = oracle.MachineCPU
	MachineCapacity = oracle.MachineCapacity
)

// DecodeMachineSpec is oracle.DecodeMachineSpec.
func DecodeMachineSpec(b []byte) (MachineSpec, error) { return oracle.DecodeMachineSpec(b) }

// HostFacts are what the node reads of its host for the machine spec.
type HostFacts struct {
	CPU         MachineCPU
	MemoryBytes uint64
	DiskBytes   uint64
}

// ReadHost reads the CPU model and count (/proc/cpuinfo), the RAM (/proc/meminfo) and the free disk under
// dir. What cannot be read is left zero.
func ReadHost(dir string) HostFacts {
	h := HostFacts{CPU: MachineCPU{Cores: goruntime.NumCPU(), Arch: goruntime.GOARCH}}
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				h.CPU.Model = strings.TrimSpace(v)
				break
			}
		}
		f.Close()
	}
	if f, err := os.Open("/proc/meminfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
				kb, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
				h.MemoryBytes = kb << 10
				break
			}
		}
		f.Close()
	}
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err == nil {
		h.DiskBytes = st.Bavail * uint64(st.Bsize)
	}
	return h
}

// SpecOf builds the machine spec of devices on host.
func SpecOf(provider common.Address, name, class string, devices []gpu.Device, host HostFacts, c Capacity, region string, mbps uint32, endpoint string) MachineSpec {
	s := MachineSpec{Version: SpecVersion, Provider: provider, Name: name, Class: class, CPU: host.CPU, MemoryBytes: host.MemoryBytes,
		DiskBytes: host.DiskBytes, Region: region, BandwidthMbps: mbps, Endpoint: endpoint,
		Capacity: MachineCapacity{MemoryBytes: c.Memory, MilliCPUs: c.MilliCPUs, DiskBytes: c.Disk}, GPUs: []MachineGPU{}}
	for _, d := range devices {
		s.GPUs = append(s.GPUs, MachineGPU{Index: d.Index, Name: d.Name, UUID: d.UUID, MemoryBytes: d.MemoryTotal})
		if s.Driver == "" {
			s.Driver, s.CUDA = d.DriverVersion, d.CUDAVersion
		}
	}
	return s
}

// Listing is a machine as the chain lists it.
type Listing struct {
	ID       common.Hash
	Provider common.Address
	Class    string
	GPUs     uint32
	Reserved uint32
	Listed   bool
	Metadata string
	// Endpoint is where the chain says renters and inspectors reach the machine's node (host:port).
	Endpoint string
}

// ErrMachineNotListed is what Machines.Machine returns for a machine id nobody listed.
var ErrMachineNotListed = errors.New("machine not listed")

// Machines is what the node reads and sends of its machine's listing and its provider's stake.
type Machines interface {
	Machine(ctx context.Context, id common.Hash) (Listing, error)
	// List lists the machine, locking the class's stake per GPU; FreeStake and StakePerGPU say whether it can.
	List(ctx context.Context, l Listing) (SentTx, error)
	// UpdateMetadata sets the machine's spec CID and its node's endpoint.
	UpdateMetadata(ctx context.Context, id common.Hash, metadata, endpoint string) (SentTx, error)
	FreeStake(ctx context.Context) (*big.Int, error)
	StakePerGPU(ctx context.Context, class string) (*big.Int, error)
}

// ErrStake means the provider's free stake does not cover listing the machine.
var ErrStake = errors.New("not enough free stake")

// Publish adds the spec to the node's content store (its CID is the machine's metadata) and makes sure the
// machine is listed with it and the node's endpoint: listed if it is not (when the free stake covers it), its
// metadata and endpoint updated if they differ. It returns the spec's CID and the transactions it sent.
func Publish(ctx context.Context, store *content.Store, m Machines, id common.Hash, spec MachineSpec) (cid.Cid, []SentTx, error) {
	c, err := store.AddBytes(ctx, spec.Encode())
	if err != nil {
		return cid.Undef, nil, fmt.Errorf("publish machine spec: %w", err)
	}
	meta := c.String()
	cur, err := m.Machine(ctx, id)
	switch {
	case errors.Is(err, ErrMachineNotListed) || err == nil && !cur.Listed:
		if len(spec.GPUs) == 0 {
			return c, nil, fmt.Errorf("list machine %s: the inventory has no GPU", spec.Name)
		}
		per, err := m.StakePerGPU(ctx, spec.Class)
		if err != nil {
			return c, nil, err
		}
		need := new(big.Int).Mul(per, big.NewInt(int64(len(spec.GPUs))))
		free, err := m.FreeStake(ctx)
		if err != nil {
			return c, nil, err
		}
		if free.Cmp(need) < 0 {
			return c, nil, fmt.Errorf("%w: listing %d %s GPUs locks %s GRID wei, the provider's free stake is %s (stake more with `idlegrid stake add`)",
				ErrStake, len(spec.GPUs), spec.Class, need, free)
		}
		tx, err := m.List(ctx, Listing{ID: id, Class: spec.Class, GPUs: uint32(len(spec.GPUs)), Metadata: meta, Endpoint: spec.Endpoint})
		if err != nil {
			return c, nil, fmt.Errorf("list machine %s: %w", spec.Name, err)
		}
		return c, []SentTx{tx}, nil
	case err != nil:
		return c, nil, err
	case cur.Provider != spec.Provider:
		return c, nil, fmt.Errorf("machine %s is listed by %s, not this node's provider %s", id, cur.Provider, spec.Provider)
	case cur.Metadata == meta && cur.Endpoint == spec.Endpoint:
		return c, nil, nil
	}
	tx, err := m.UpdateMetadata(ctx, id, meta, spec.Endpoint)
	if err != nil {
		return c, nil, fmt.Errorf("update machine %s's spec: %w", spec.Name, err)
	}
	return c, []SentTx{tx}, nil
}
