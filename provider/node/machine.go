package node

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
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

	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/provider/gpu"
)

// SpecVersion is the machine spec document's version.
const SpecVersion = 1

// MachineSpec is the document a machine's listing points to by CID: what the machine is, and where its node
// answers. It is content (its CID is its hash): the indexer and renters fetch it from the node's trustless
// gateway and check it against the CID on chain.
type MachineSpec struct {
	Version  int            `json:"version"`
	Provider common.Address `json:"provider"`
	Name     string         `json:"name"`
	Class    string         `json:"class"`
	GPUs     []MachineGPU   `json:"gpus"`
	CPU      MachineCPU     `json:"cpu"`
	// MemoryBytes and DiskBytes are the host's RAM and the free disk of the node's data folder.
	MemoryBytes uint64 `json:"memoryBytes"`
	DiskBytes   uint64 `json:"diskBytes"`
	// Driver and CUDA are the NVIDIA driver's version and the highest CUDA version it supports.
	Driver string `json:"driver"`
	CUDA   string `json:"cuda"`
	// Region and BandwidthMbps are what the operator says (config).
	Region        string `json:"region,omitempty"`
	BandwidthMbps uint32 `json:"bandwidthMbps,omitempty"`
	// Endpoint is host:port of the node's TLS listener: the renter gateway, the content gateway, the liveness
	// echo and the challenge session. Its certificate is bound to the provider's key.
	Endpoint string `json:"endpoint"`
	// Capacity is what one job may ask at most.
	Capacity MachineCapacity `json:"capacity"`
}

// MachineGPU is one device of the machine.
type MachineGPU struct {
	Index       int    `json:"index"`
	Name        string `json:"name"`
	UUID        string `json:"uuid"`
	MemoryBytes uint64 `json:"memoryBytes"`
}

// MachineCPU is the host's processor.
type MachineCPU struct {
	Model string `json:"model"`
	Cores int    `json:"cores"`
	Arch  string `json:"arch"`
}

// MachineCapacity is Capacity as published.
type MachineCapacity struct {
	MemoryBytes int64 `json:"memoryBytes"`
	MilliCPUs   int64 `json:"millicpus"`
	DiskBytes   int64 `json:"diskBytes"`
}

// Encode is the spec's canonical JSON (fixed field order, no spaces): what its CID names.
func (s MachineSpec) Encode() []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // only plain fields
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// MaxMachineSpecBytes bounds a machine spec document a reader accepts.
const MaxMachineSpecBytes = 64 << 10

// DecodeMachineSpec reads a machine spec document strictly (no unknown fields, a known version).
func DecodeMachineSpec(b []byte) (MachineSpec, error) {
	if len(b) > MaxMachineSpecBytes {
		return MachineSpec{}, fmt.Errorf("machine spec: %d bytes, at most %d", len(b), MaxMachineSpecBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var s MachineSpec
	if err := dec.Decode(&s); err != nil {
		return MachineSpec{}, fmt.Errorf("machine spec: %w", err)
	}
	if s.Version != SpecVersion {
		return MachineSpec{}, fmt.Errorf("machine spec: version %d, this reader knows %d", s.Version, SpecVersion)
	}
	return s, nil
}

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
