package proof

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
	"sync"

	"lukechampine.com/blake3/guts"
)

// The chase: the capacity challenge's second timed phase. After the sweep's commitment the inspector
// sends a fresh seed; the prover then runs Chains independent pointer chases over the sweep's final
// state X_S. Every hop reads ChaseReads 16-byte blocks at positions derived from the chain's state,
// folds them in, and derives the next positions from the result, so a hop cannot start before the
// previous one's reads have all arrived: the chase runs at the device's memory latency, hop after hop,
// and no amount of parallel hardware makes one chain faster. A device holding the state answers each
// hop at its own DRAM latency; two pooled cards, each holding part of the state, must pass the chain
// (or the values) across their link on almost every hop, because the reads of one hop land on both
// cards (probability 1 − a^8 − (1−a)^8 for a card holding a fraction a). The link's one-way latency
// (NVLink ~0.6 µs, PCIe ~1 µs per NCCL's own latency model) then adds to nearly every hop, which a
// single card never pays. provider/gpu models the margins per class.
//
// Each chain records a checkpoint (its 16-byte state) every SegmentHops hops; the chase commitment is
// the Merkle root over the checkpoints. At opening the verifier draws segments, receives a segment's
// start and end checkpoints with their paths and, for every read of its hops, the 1 KiB BLAKE3 chunk
// holding the block with the chunk's path inside the group hash and the group hash's leaf in the
// sweep's commitment: it recomputes the segment from the values the sweep committed to.

// Chase constants. ChaseReads blocks are read per hop; CheckpointsPerLeaf checkpoints share a leaf.
const (
	ChaseReads         = 8
	CheckpointsPerLeaf = 64
	MaxChains          = 4096
	MaxSegmentHops     = 64
	MaxChaseHops       = 1 << 30
	chaseBlock         = 16
	tagChaseLeaf       = 0x03
)

// ChaseState is a chain's 128-bit state, four little-endian words; checkpoints are chase states.
type ChaseState [4]uint32

func fmix32(h uint32) uint32 {
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}

// ChasePositions writes the blocks one hop from state acc reads: ChaseReads indices in [0, blocks).
// Read j takes two words of the state through the murmur3 finalizer into a 64-bit value x and maps
// it to ⌊x·blocks / 2^64⌋, so positions are uniform over the window and unknown until acc is.
func ChasePositions(acc ChaseState, blocks uint64, pos *[ChaseReads]uint64) {
	for j := range pos {
		hi := fmix32(acc[j&3] ^ uint32(j+1)*0x9E3779B9)
		lo := fmix32(acc[(j+1)&3] + hi + uint32(j))
		pos[j], _ = bits.Mul64(uint64(hi)<<32|uint64(lo), blocks)
	}
}

// ChaseFold is a chain's state after hop h (counting from 0 over the whole chain), which read vals
// (each block as four little-endian words): every word of every read feeds the new state.
func ChaseFold(acc ChaseState, h uint32, vals *[ChaseReads][4]uint32) ChaseState {
	var s ChaseState
	for i := range s {
		v := acc[i]
		for j := range vals {
			v ^= bits.RotateLeft32(vals[j][i], 4*j)
		}
		s[i] = v
	}
	var out ChaseState
	for i := range out {
		out[i] = fmix32(s[i] + bits.RotateLeft32(s[(i+1)&3], 13) + h*0x85EBCA6B + uint32(i))
	}
	return out
}

// chaseBlocks is the number of 16-byte blocks of the chase window: the first ChaseRows rows.
func (p Params) chaseBlocks() uint64 { return uint64(p.ChaseRows) * uint64(p.Width) / chaseBlock }

// SegmentsPerChain is Hops/SegmentHops: the checkpoints (and openable segments) of one chain.
func (p Params) SegmentsPerChain() int {
	if p.Chains == 0 {
		return 0
	}
	return p.Hops / p.SegmentHops
}

// checkpointsPerLeaf is how many checkpoints one chase leaf holds: CheckpointsPerLeaf, or all of a
// chain's when it has fewer.
func (p Params) checkpointsPerLeaf() int { return min(CheckpointsPerLeaf, p.SegmentsPerChain()) }

// ChaseLeaves is the number of leaves of the chase commitment.
func (p Params) ChaseLeaves() uint64 {
	if p.Chains == 0 {
		return 0
	}
	return uint64(p.Chains) * uint64(p.SegmentsPerChain()/p.checkpointsPerLeaf())
}

// ChaseHops is the total number of hops, Chains × Hops.
func (p Params) ChaseHops() uint64 { return uint64(p.Chains) * uint64(p.Hops) }

// checkpointLeaf locates checkpoint j (1-based: after j·SegmentHops hops) of chain c: its leaf and
// its slot in the leaf.
func (p Params) checkpointLeaf(c, j int) (uint64, int) {
	f := uint64(c)*uint64(p.SegmentsPerChain()) + uint64(j-1)
	per := uint64(p.checkpointsPerLeaf())
	return f / per, int(f % per)
}

// ChaseStart is chain c's initial state for a chase seeded by seed: the first 16 bytes of
// SHA-256("idlegrid/proof/v2/chase" ‖ challenge id ‖ seed ‖ c).
func (s *Schedule) ChaseStart(seed Hash, c int) ChaseState {
	h := sha256.New()
	h.Write([]byte("idlegrid/proof/v2/chase"))
	h.Write(s.ID[:])
	h.Write(seed[:])
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(c))
	h.Write(b[:])
	var sum Hash
	h.Sum(sum[:0])
	var st ChaseState
	for i := range st {
		st[i] = binary.LittleEndian.Uint32(sum[4*i:])
	}
	return st
}

// ChaseStarts is every chain's initial state.
func (s *Schedule) ChaseStarts(seed Hash) []ChaseState {
	out := make([]ChaseState, s.Chains)
	for c := range out {
		out[c] = s.ChaseStart(seed, c)
	}
	return out
}

// ChaseLeafHash hashes one chase leaf: SHA-256(0x03 ‖ its checkpoints, 16 little-endian bytes each).
func ChaseLeafHash(points []ChaseState) Hash {
	buf := make([]byte, 1+chaseBlock*len(points))
	buf[0] = tagChaseLeaf
	for i, st := range points {
		for w, v := range st {
			binary.LittleEndian.PutUint32(buf[1+chaseBlock*i+4*w:], v)
		}
	}
	return sha256.Sum256(buf)
}

// blockWords reads block b of a row-major state x (Width bytes a row) as four little-endian words.
func blockWords(x []byte) [4]uint32 {
	return [4]uint32{binary.LittleEndian.Uint32(x), binary.LittleEndian.Uint32(x[4:]),
		binary.LittleEndian.Uint32(x[8:]), binary.LittleEndian.Uint32(x[12:])}
}

// chaseOnState runs chains [c0, c1) of the chase over a state held in memory (the CPU engine, and the
// reference the tests hold other engines to).
func chaseOnState(ctx context.Context, p Params, x []byte, starts, checkpoints []ChaseState, c0, c1 int) error {
	blocks := p.chaseBlocks()
	spc := p.SegmentsPerChain()
	var pos [ChaseReads]uint64
	var vals [ChaseReads][4]uint32
	for c := c0; c < c1; c++ {
		acc := starts[c]
		for h := 0; h < p.Hops; h++ {
			if h&0xFFFF == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			ChasePositions(acc, blocks, &pos)
			for j, b := range pos {
				vals[j] = blockWords(x[chaseBlock*b:])
			}
			acc = ChaseFold(acc, uint32(h), &vals)
			if (h+1)%p.SegmentHops == 0 {
				checkpoints[c*spc+(h+1)/p.SegmentHops-1] = acc
			}
		}
	}
	return nil
}

// Chase implements Engine for the CPU: one goroutine per chain (up to the worker count).
func (e *cpuEngine) Chase(ctx context.Context, starts, checkpoints []ChaseState) error {
	p := e.s.Params
	if err := checkChaseArgs(p, starts, checkpoints); err != nil {
		return err
	}
	var once sync.Once
	var first error
	parallelRange(p.Chains, e.workers, func(lo, hi int) {
		if err := chaseOnState(ctx, p, int8sAsBytes(e.x), starts, checkpoints, lo, hi); err != nil {
			once.Do(func() { first = err })
		}
	})
	return first
}

// checkChaseArgs is the argument check every engine's Chase makes.
func checkChaseArgs(p Params, starts, checkpoints []ChaseState) error {
	if p.Chains == 0 || len(starts) != p.Chains || len(checkpoints) != p.Chains*p.SegmentsPerChain() {
		return fmt.Errorf("%w: chase of %d chains with %d starts and %d checkpoints", ErrState, p.Chains, len(starts), len(checkpoints))
	}
	return nil
}

// Chunk proofs: a 16-byte block is shown to be part of a committed group by the 1 KiB BLAKE3 chunk
// holding it and the chaining values of the sibling subtrees on the chunk's path to the group's root
// (BLAKE3 is itself a Merkle tree: the left subtree of a node over k > 1 chunks holds the largest
// power of two below k).

// chunkCount is the number of BLAKE3 chunks of a size-byte input (at least one).
func chunkCount(size int) int { return max(1, (size+guts.ChunkSize-1)/guts.ChunkSize) }

// splitChunks is how many of k > 1 chunks the left subtree of their node holds.
func splitChunks(k int) int { return 1 << (bits.Len(uint(k-1)) - 1) }

func cvBytes(cv [8]uint32) Hash {
	var h Hash
	for i, w := range cv {
		binary.LittleEndian.PutUint32(h[4*i:], w)
	}
	return h
}

func cvWords(h Hash) [8]uint32 {
	var cv [8]uint32
	for i := range cv {
		cv[i] = binary.LittleEndian.Uint32(h[4*i:])
	}
	return cv
}

// subtreeCV is the chaining value of the (non-root) subtree over the chunks of data, the first of
// which is chunk number first of the whole input.
func subtreeCV(data []byte, first int) [8]uint32 {
	k := chunkCount(len(data))
	if k == 1 {
		return guts.ChainingValue(guts.CompressChunk(data, &guts.IV, uint64(first), 0))
	}
	l := splitChunks(k) * guts.ChunkSize
	return guts.ChainingValue(guts.ParentNode(subtreeCV(data[:l], first), subtreeCV(data[l:], first+l/guts.ChunkSize), &guts.IV, 0))
}

// ChunkProof returns chunk ci of group and the chaining values of its path's siblings, root first.
func ChunkProof(group []byte, ci int) (chunk []byte, siblings []Hash) {
	lo, k := 0, chunkCount(len(group))
	for k > 1 {
		l := splitChunks(k)
		if ci < lo+l {
			right := group[(lo+l)*guts.ChunkSize : min(len(group), (lo+k)*guts.ChunkSize)]
			siblings = append(siblings, cvBytes(subtreeCV(right, lo+l)))
			k = l
		} else {
			siblings = append(siblings, cvBytes(subtreeCV(group[lo*guts.ChunkSize:(lo+l)*guts.ChunkSize], lo)))
			lo, k = lo+l, k-l
		}
	}
	return group[ci*guts.ChunkSize : min(len(group), (ci+1)*guts.ChunkSize)], siblings
}

// groupHashFromChunk recomputes GroupHash of a size-byte group from its chunk ci and the siblings
// ChunkProof returned; ok is false when the shapes do not fit.
func groupHashFromChunk(chunk []byte, ci, size int, siblings []Hash) (h Hash, ok bool) {
	k := chunkCount(size)
	if ci < 0 || ci >= k || len(chunk) != min(guts.ChunkSize, size-ci*guts.ChunkSize) || len(siblings) > 8 {
		return h, false
	}
	// Walk down to learn, at each level, whether the chunk's subtree is a left or a right child.
	var left []bool
	lo := 0
	for k > 1 {
		l := splitChunks(k)
		if ci < lo+l {
			left, k = append(left, true), l
		} else {
			left, lo, k = append(left, false), lo+l, k-l
		}
	}
	if len(left) != len(siblings) {
		return h, false
	}
	n := guts.CompressChunk(chunk, &guts.IV, uint64(ci), 0)
	for d := len(siblings) - 1; d >= 0; d-- {
		cv := guts.ChainingValue(n)
		if left[d] {
			n = guts.ParentNode(cv, cvWords(siblings[d]), &guts.IV, 0)
		} else {
			n = guts.ParentNode(cvWords(siblings[d]), cv, &guts.IV, 0)
		}
	}
	n.Flags |= guts.FlagRoot
	return cvBytes(guts.ChainingValue(n)), true
}

// blockInGroup locates chase block b: its group and its byte offset inside the group.
func (p Params) blockInGroup(b uint64) (g, off int) {
	o := b * chaseBlock
	row, col := o/uint64(p.Width), o%uint64(p.Width)
	g = int(row / uint64(p.Group))
	return g, int(row%uint64(p.Group))*p.Width + int(col)
}

// ChaseSplitProbability is the chance that one hop's reads land on both of two cards holding the
// fractions a and b of the chase window (a + b ≥ 1; what both hold is the overlap): 1 − a^8 − b^8 +
// (a+b−1)^8 for proof.ChaseReads = 8 independent uniform reads. Such a hop cannot finish on either
// card alone: the chain's state or the values must cross the link between them.
func ChaseSplitProbability(a, b float64) float64 {
	a, b = min(1, max(0, a)), min(1, max(0, b))
	o := max(0, a+b-1)
	r := float64(ChaseReads)
	return 1 - math.Pow(a, r) - math.Pow(b, r) + math.Pow(o, r)
}
