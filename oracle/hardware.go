package oracle

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/oracle/gpuclass"
)

// HardwareVerificationType is the payload type of KindHardwareVerification (NodeRegistry.verifyMachine).
const HardwareVerificationType = "HardwareVerification(bytes32 machineId,bytes32 gpuClass,uint32 gpuCount,bytes32[] gpuIds,uint64 verifiedAt,uint64 expiresAt)"

var (
	HardwareVerificationTypeHash = crypto.Keccak256Hash([]byte(HardwareVerificationType))

	hardwareVerificationArgs = args(tBytes32, tBytes32, tBytes32, tUint32, tBytes32, tUint64, tUint64)
)

// MaxGPUsPerMachine is NodeRegistry.MAX_GPUS_PER_MACHINE: a machine's GPU slots are the bits of a uint32 mask.
const MaxGPUsPerMachine = 32

// HardwareVerification: machine MachineID passed its hardware checks at VerifiedAt as GPUCount GPUs of class
// GPUClass, whose identities are GPUIDs, until ExpiresAt (unix seconds). The class and count must be the
// machine's listed ones, and a GPU identity can back one machine at a time.
type HardwareVerification struct {
	MachineID common.Hash
	// GPUClass is the class id (gpuclass.ID: the ASCII name left-aligned).
	GPUClass [32]byte
	GPUCount uint32
	// GPUIDs are GPUID of each GPU's UUID, strictly ascending, exactly GPUCount of them (see GPUIDs).
	GPUIDs     []common.Hash
	VerifiedAt uint64
	ExpiresAt  uint64
}

func (HardwareVerification) Kind() Kind { return KindHardwareVerification }

// GPUID is a GPU's on-chain identity: keccak256 of its UUID string exactly as NVML reports it ("GPU-8e2a…").
func GPUID(uuid string) common.Hash { return crypto.Keccak256Hash([]byte(uuid)) }

// GPUIDs turns the UUIDs of a machine's GPUs (in any order) into the identities a verification names: GPUID of
// each, sorted ascending. An empty or repeated UUID is an error naming it.
func GPUIDs(uuids []string) ([]common.Hash, error) {
	ids := make([]common.Hash, len(uuids))
	seen := make(map[string]bool, len(uuids))
	for i, u := range uuids {
		switch {
		case u == "":
			return nil, fmt.Errorf("gpu uuids[%d]: %w: empty", i, ErrInvalidValue)
		case seen[u]:
			return nil, fmt.Errorf("gpu uuids[%d]: %w: %q listed twice", i, ErrInvalidValue, u)
		}
		seen[u] = true
		ids[i] = GPUID(u)
	}
	slices.SortFunc(ids, func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) })
	return ids, nil
}

// NewHardwareVerification builds the payload for a machine of class whose GPUs have uuids (GPUCount is their
// number), verified at verifiedAt until expiresAt, and validates it.
func NewHardwareVerification(machineID common.Hash, class string, uuids []string, verifiedAt, expiresAt uint64) (HardwareVerification, error) {
	id, err := gpuclass.ID(class)
	if err != nil {
		return HardwareVerification{}, fmt.Errorf("hardware verification gpuClass: %w", err)
	}
	ids, err := GPUIDs(uuids)
	if err != nil {
		return HardwareVerification{}, fmt.Errorf("hardware verification: %w", err)
	}
	if len(ids) > MaxGPUsPerMachine {
		return HardwareVerification{}, fmt.Errorf("hardware verification gpuCount: %w: %d GPUs, at most %d",
			ErrInvalidValue, len(ids), MaxGPUsPerMachine)
	}
	v := HardwareVerification{
		MachineID: machineID, GPUClass: id, GPUCount: uint32(len(ids)), GPUIDs: ids,
		VerifiedAt: verifiedAt, ExpiresAt: expiresAt,
	}
	return v, v.Validate()
}

// Validate rejects what NodeRegistry.verifyMachine rejects whatever the chain's state, naming the field. (That
// the class and count are the machine's listed ones, verifiedAt ≤ now < expiresAt within the registry's
// maximum TTL, and that no GPU backs another machine, depend on the chain.)
func (p HardwareVerification) Validate() error {
	switch {
	case p.MachineID == (common.Hash{}):
		return fmt.Errorf("hardware verification machineId: %w: zero", ErrInvalidValue)
	case p.GPUClass == [32]byte{}:
		return fmt.Errorf("hardware verification gpuClass: %w: zero", ErrInvalidValue)
	case p.GPUCount == 0 || p.GPUCount > MaxGPUsPerMachine:
		return fmt.Errorf("hardware verification gpuCount: %w: %d, want 1 to %d", ErrInvalidValue, p.GPUCount, MaxGPUsPerMachine)
	case len(p.GPUIDs) != int(p.GPUCount):
		return fmt.Errorf("hardware verification gpuIds: %w: %d ids for gpuCount %d", ErrInvalidValue, len(p.GPUIDs), p.GPUCount)
	case p.ExpiresAt <= p.VerifiedAt:
		return fmt.Errorf("hardware verification expiresAt: %w: %d not after verifiedAt %d", ErrInvalidValue, p.ExpiresAt, p.VerifiedAt)
	}
	var previous common.Hash
	for i, id := range p.GPUIDs {
		if bytes.Compare(id[:], previous[:]) <= 0 {
			return fmt.Errorf("hardware verification gpuIds[%d]: %w: %s not above %s (strictly ascending, none zero)",
				i, ErrInvalidValue, id, previous)
		}
		previous = id
	}
	return nil
}

// Hash mirrors Attestations.hardwareVerificationHash: the ids enter as keccak256(abi.encodePacked(gpuIds)).
func (p HardwareVerification) Hash() (common.Hash, error) {
	packed := make([]byte, 0, 32*len(p.GPUIDs))
	for _, id := range p.GPUIDs {
		packed = append(packed, id[:]...)
	}
	return hashEncoded(hardwareVerificationArgs,
		[32]byte(HardwareVerificationTypeHash), [32]byte(p.MachineID), p.GPUClass, p.GPUCount,
		[32]byte(crypto.Keccak256Hash(packed)), p.VerifiedAt, p.ExpiresAt)
}
