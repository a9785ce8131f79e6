package oracle

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// MachineSpecVersion is the machine spec document's version.
const MachineSpecVersion = 1

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
	if s.Version != MachineSpecVersion {
		return MachineSpec{}, fmt.Errorf("machine spec: version %d, this reader knows %d", s.Version, MachineSpecVersion)
	}
	return s, nil
}
