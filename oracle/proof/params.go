package proof

import (
	"fmt"
	"math/bits"
)

// Limits every Params must respect. MaxGroupElems bounds an opened unit (32 KiB of state, 128 KiB of
// product) and the device hash's shared memory (32 BLAKE3 chunks per group); MaxWidth keeps every
// product entry exact in int32 (|c| <= Width·128·128 <= 2^28).
const (
	MinWidth      = 16
	MaxWidth      = 16384
	MaxGroupElems = 32768
	MaxRows       = 1 << 31
	MaxSteps      = 1 << 20
	MaxOpenings   = 1024
	MaxLeaves     = 1 << 32
	MaxLeafGroups = 4096
)

// Params fix the shape of one challenge. They are chosen by the inspector from the class table and are
// part of the challenge (and of its id), so the prover cannot pick cheaper ones.
//
// Two kinds share everything but the step function. The GEMM chain (Sweep false) is the compute
// challenge: each step is a Rows × Width × Width int8 product on the tensor cores. The sweep (Sweep
// true) is the capacity challenge: each step rewrites the whole state in place with a cheap non-linear
// function of row pairs, so its cost is reading and writing the state once, the least any
// implementation can do, and a device that cannot hold the state must page it over PCIe.
type Params struct {
	// Sweep selects the capacity sweep instead of the GEMM chain.
	Sweep bool `json:"sweep"`
	// Width is n: the row length of the state and the side of the square weight matrix W.
	Width int `json:"width"`
	// Rows is m: the number of state rows, a power of two.
	Rows int `json:"rows"`
	// Steps is S: the number of sequential products.
	Steps int `json:"steps"`
	// Group is G: rows per opened unit (and per committed hash), a power of two.
	Group int `json:"group"`
	// LeafGroups is B: group hashes per Merkle leaf, a power of two dividing Rows/Group.
	LeafGroups int `json:"leaf_groups"`
	// Openings is s: the number of units the verifier opens (drawn with replacement).
	Openings int `json:"openings"`

	// The chase (sweeps only; all zero for none): the capacity challenge's second timed phase, see
	// chase.go. Chains is the number of independent chains, Hops the hops of each, SegmentHops the
	// hops between checkpoints (Hops/SegmentHops a power of two), ChaseRows the rows of the state the
	// chase reads (the first ChaseRows), ChaseOpenings the segments the verifier opens.
	Chains        int `json:"chains,omitempty"`
	Hops          int `json:"hops,omitempty"`
	SegmentHops   int `json:"segment_hops,omitempty"`
	ChaseRows     int `json:"chase_rows,omitempty"`
	ChaseOpenings int `json:"chase_openings,omitempty"`
}

// Validate reports whether p is a well-formed parameter set.
func (p Params) Validate() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrInvalidParams}, a...)...)
	}
	switch {
	case p.Width < MinWidth || p.Width > MaxWidth || p.Width%16 != 0:
		return bad("width %d: want a multiple of 16 in [%d, %d]", p.Width, MinWidth, MaxWidth)
	case p.Group < 1 || !isPow2(p.Group):
		return bad("group %d: want a power of two", p.Group)
	case p.Group*p.Width > MaxGroupElems:
		return bad("group×width %d×%d exceeds %d", p.Group, p.Width, MaxGroupElems)
	case p.Rows < 2*p.Group || p.Rows > MaxRows || !isPow2(p.Rows):
		return bad("rows %d: want a power of two in [2×group, %d]", p.Rows, MaxRows)
	case p.Steps < 1 || p.Steps > MaxSteps:
		return bad("steps %d: want [1, %d]", p.Steps, MaxSteps)
	case p.LeafGroups < 1 || !isPow2(p.LeafGroups) || p.LeafGroups > p.Rows/p.Group || p.LeafGroups > MaxLeafGroups:
		return bad("leaf groups %d: want a power of two dividing rows/group = %d, at most %d", p.LeafGroups, p.Rows/p.Group, MaxLeafGroups)
	case p.Openings < 1 || p.Openings > MaxOpenings:
		return bad("openings %d: want [1, %d]", p.Openings, MaxOpenings)
	case uint64(p.Steps)*uint64(p.LeavesPerStep()) > MaxLeaves:
		return bad("%d leaves exceed %d", uint64(p.Steps)*uint64(p.LeavesPerStep()), uint64(MaxLeaves))
	}
	if err := p.validateChase(); err != nil {
		return err
	}
	if p.OpeningBytes() > MaxOpeningBytes {
		return bad("an opening would take %d bytes on the wire, more than %d", p.OpeningBytes(), MaxOpeningBytes)
	}
	return nil
}

// validateChase checks the chase parameters: all zero, or a well-formed chase of a sweep.
func (p Params) validateChase() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrInvalidParams}, a...)...)
	}
	if p.Chains == 0 {
		if p.Hops != 0 || p.SegmentHops != 0 || p.ChaseRows != 0 || p.ChaseOpenings != 0 {
			return bad("chase fields set without chains")
		}
		return nil
	}
	switch {
	case !p.Sweep:
		return bad("a chase needs a sweep to read")
	case p.Chains < 0 || p.Chains > MaxChains:
		return bad("chains %d: want [1, %d]", p.Chains, MaxChains)
	case p.SegmentHops < 1 || !isPow2(p.SegmentHops) || p.SegmentHops > MaxSegmentHops:
		return bad("segment hops %d: want a power of two in [1, %d]", p.SegmentHops, MaxSegmentHops)
	case p.Hops < p.SegmentHops || p.Hops > MaxChaseHops || p.Hops%p.SegmentHops != 0 || !isPow2(p.Hops/p.SegmentHops):
		return bad("hops %d: want a power-of-two multiple of segment hops %d, at most %d", p.Hops, p.SegmentHops, MaxChaseHops)
	case p.ChaseRows < p.Group || p.ChaseRows > p.Rows:
		return bad("chase rows %d: want [group %d, rows %d]", p.ChaseRows, p.Group, p.Rows)
	case p.ChaseOpenings < 1 || p.ChaseOpenings > MaxOpenings:
		return bad("chase openings %d: want [1, %d]", p.ChaseOpenings, MaxOpenings)
	case p.ChaseLeaves() > MaxLeaves:
		return bad("%d chase leaves exceed %d", p.ChaseLeaves(), uint64(MaxLeaves))
	}
	return nil
}

// OpeningBytes bounds the JSON size of an opening for these parameters: per unit two input groups,
// the product (4 bytes an entry), three leaves with their paths; per chase segment two checkpoint
// leaves with paths and, per read, a chunk, its BLAKE3 path and its group's leaf with path; all base64
// (4/3) plus framing.
func (p Params) OpeningBytes() int {
	gs := p.Group * p.Width
	leaf := 32*p.LeafGroups + 32*p.PathLen() + 64
	unit := 2*gs + 3*leaf
	if !p.Sweep {
		unit += 4 * gs
	}
	n := p.Openings*(unit*4/3+256) + 1024
	if p.Chains > 0 {
		point := chaseBlock*p.checkpointsPerLeaf() + 32*treeDepth(p.ChaseLeaves()) + 64
		read := 1024 + 32*8 + leaf + 64
		seg := 2*point + p.SegmentHops*ChaseReads*read
		n += p.ChaseOpenings * (seg*4/3 + 256)
	}
	return n
}

// GroupsPerStep is Rows/Group: the number of units (and group hashes) per step.
func (p Params) GroupsPerStep() int { return p.Rows / p.Group }

// LeavesPerStep is the number of Merkle leaves one step contributes.
func (p Params) LeavesPerStep() int { return p.GroupsPerStep() / p.LeafGroups }

// Leaves is the total number of Merkle leaves.
func (p Params) Leaves() uint64 { return uint64(p.Steps) * uint64(p.LeavesPerStep()) }

// Units is the number of openable units, Steps × Rows/Group.
func (p Params) Units() uint64 { return uint64(p.Steps) * uint64(p.GroupsPerStep()) }

// PathLen is the number of sibling hashes in a Merkle path.
func (p Params) PathLen() int { return treeDepth(p.Leaves()) }

// StateBytes is the size of the state X (int8, Rows × Width): the memory the prover must hold.
func (p Params) StateBytes() uint64 { return uint64(p.Rows) * uint64(p.Width) }

// MACs is the GEMM chain's multiply-accumulate count, Steps × Rows × Width² (0 for a sweep).
func (p Params) MACs() float64 {
	if p.Sweep {
		return 0
	}
	return float64(p.Steps) * float64(p.Rows) * float64(p.Width) * float64(p.Width)
}

// SweptBytes is the least memory traffic of a sweep: every step reads and writes the whole state.
func (p Params) SweptBytes() float64 {
	if !p.Sweep {
		return 0
	}
	return 2 * float64(p.Steps) * float64(p.StateBytes())
}

// ProverOps is the prover's work in elementary operations: MACs for the chain, bytes moved for the sweep.
func (p Params) ProverOps() float64 { return p.MACs() + p.SweptBytes() }

// VerifierOps estimates the verifier's work in the same units: for the chain, W·r (2·Width² multiply-
// adds, W generated from the seed); for both kinds, per opened unit, recomputing one group's step and
// three group hashes (about 8·Group·Width); per opened chase segment, hashing each read's chunk and
// leaf (about 2 KiB a read).
func (p Params) VerifierOps() float64 {
	n := float64(p.Width)
	ops := float64(p.Openings) * 8 * float64(p.Group) * n
	if !p.Sweep {
		ops += 2 * n * n
	}
	ops += float64(p.ChaseOpenings) * float64(p.SegmentHops) * ChaseReads * (1024 + 32*float64(p.LeafGroups))
	return ops
}

// String is a compact form for logs and CLI output.
func (p Params) String() string {
	kind := "gemm"
	if p.Sweep {
		kind = "sweep"
	}
	out := fmt.Sprintf("%s n=%d m=%d S=%d G=%d B=%d s=%d", kind, p.Width, p.Rows, p.Steps, p.Group, p.LeafGroups, p.Openings)
	if p.Chains > 0 {
		out += fmt.Sprintf(" chase C=%d L=%d K=%d rows=%d s=%d", p.Chains, p.Hops, p.SegmentHops, p.ChaseRows, p.ChaseOpenings)
	}
	return out
}

func isPow2(v int) bool { return v > 0 && v&(v-1) == 0 }

// treeDepth is ceil(log2(leaves)), 0 for a single leaf.
func treeDepth(leaves uint64) int {
	if leaves <= 1 {
		return 0
	}
	return bits.Len64(leaves - 1)
}
