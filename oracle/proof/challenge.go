package proof

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
)

// SimClass is the class id of simulated devices. A challenge for it proves nothing about hardware,
// so verifiers refuse it unless they are told they serve a dev chain.
const SimClass = "SIM"

// MaxSubjectLen bounds the device identifier a challenge is addressed to (NVML UUIDs are 40 bytes).
const MaxSubjectLen = 96

// Philox counter word 2 separates the independent streams one challenge draws from.
const (
	streamState  = 1 // X_0, the initial state
	streamWeight = 2 // W, the weight matrix (generated column by column: Wᵀ row-major)
	streamNoise  = 3 // the per-step noise mixed into every row
	streamStep   = 4 // the per-step constants k_t and μ_t
)

// Address is a 20-byte account address (an Ethereum address). The package keeps its own type so that
// it stays free of chain libraries; oracle/proofsession converts.
type Address [20]byte

// Challenge is what an inspector sends: everything the work derives from, and everyone it binds. Seed
// is 256 bits from the inspector's CSPRNG; Nonce numbers challenges. The identity fields bind the
// answer to one GPU of one machine of one provider, asked by one inspector, until Expiry: Subject is
// the GPU's UUID, Machine the machine id the provider listed it under, Provider the provider's
// address (whose node key signs the answers, see oracle/proofsession), Inspector the asking
// inspector's address. All of them feed the challenge id and so the Philox key: an answer computed
// for one identity is work for another challenge, and a relabelled one fails the hash checks.
type Challenge struct {
	Class     string
	Subject   string
	Provider  Address
	Machine   [32]byte
	Inspector Address
	// Expiry is the last second (Unix time) at which a prover may start on the challenge.
	Expiry int64
	Seed   [32]byte
	Nonce  uint64
	Params Params
}

// Validate checks the challenge's fields.
func (c Challenge) Validate() error {
	if c.Class == "" || len(c.Class) > 32 || !printableASCII(c.Class) {
		return fmt.Errorf("%w: class %q: want 1-32 printable ASCII bytes (a bytes32 id)", ErrInvalidParams, c.Class)
	}
	if len(c.Subject) > MaxSubjectLen || !printableASCII(c.Subject) {
		return fmt.Errorf("%w: subject %q: want at most %d printable ASCII bytes", ErrInvalidParams, c.Subject, MaxSubjectLen)
	}
	if c.Expiry <= 0 {
		return fmt.Errorf("%w: expiry %d: want a Unix time", ErrInvalidParams, c.Expiry)
	}
	return c.Params.Validate()
}

// ID is the challenge's identity: SHA-256 over a canonical encoding of every field. Every answer names
// it, and the Philox key derives from it, so changing any field changes all of the work.
func (c Challenge) ID() [32]byte {
	h := sha256.New()
	h.Write([]byte("idlegrid/proof/v2/challenge"))
	var class [32]byte
	copy(class[:], c.Class)
	h.Write(class[:])
	var b [8]byte
	binary.BigEndian.PutUint16(b[:2], uint16(len(c.Subject)))
	h.Write(b[:2])
	h.Write([]byte(c.Subject))
	h.Write(c.Provider[:])
	h.Write(c.Machine[:])
	h.Write(c.Inspector[:])
	binary.BigEndian.PutUint64(b[:], uint64(c.Expiry))
	h.Write(b[:])
	h.Write(c.Seed[:])
	binary.BigEndian.PutUint64(b[:], c.Nonce)
	h.Write(b[:])
	kind := byte(0)
	if c.Params.Sweep {
		kind = 1
	}
	h.Write([]byte{kind})
	for _, v := range []int{c.Params.Width, c.Params.Rows, c.Params.Steps, c.Params.Group, c.Params.LeafGroups, c.Params.Openings} {
		binary.BigEndian.PutUint64(b[:], uint64(v))
		h.Write(b[:])
	}
	if c.Params.Chains > 0 { // absent for challenges without a chase, whose ids predate it
		h.Write([]byte("chase"))
		for _, v := range []int{c.Params.Chains, c.Params.Hops, c.Params.SegmentHops, c.Params.ChaseRows, c.Params.ChaseOpenings} {
			binary.BigEndian.PutUint64(b[:], uint64(v))
			h.Write(b[:])
		}
	}
	var id [32]byte
	h.Sum(id[:0])
	return id
}

// Simulated reports whether the challenge targets a simulated device.
func (c Challenge) Simulated() bool { return c.Class == SimClass }

func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

// Schedule is a challenge expanded into what both sides compute from: the Philox key and the per-step
// constants. Backends generate X_0, W and the noise from it on their own device; the verifier
// generates only the pieces it checks.
type Schedule struct {
	Params
	Challenge Challenge
	ID        [32]byte
	key       [2]uint32
}

// NewSchedule validates ch and derives its schedule.
func NewSchedule(ch Challenge) (*Schedule, error) {
	if err := ch.Validate(); err != nil {
		return nil, err
	}
	s := &Schedule{Params: ch.Params, Challenge: ch, ID: ch.ID()}
	kh := sha256.Sum256(append([]byte("idlegrid/proof/v2/philox-key"), s.ID[:]...))
	s.key = [2]uint32{binary.LittleEndian.Uint32(kh[0:4]), binary.LittleEndian.Uint32(kh[4:8])}
	return s, nil
}

// Key is the Philox key every stream of this challenge uses.
func (s *Schedule) Key() [2]uint32 { return s.key }

// IDHex is the challenge id as 0x-prefixed hex, for logs.
func (s *Schedule) IDHex() string { return "0x" + hex.EncodeToString(s.ID[:]) }

// StepConstants returns step t's hash key k_t and partner offset μ_t ∈ [Group, Rows). Row i of step t
// mixes rows i and i XOR μ_t of the previous state; μ_t ≥ Group puts the partner in another group.
func (s *Schedule) StepConstants(t int) (k uint32, mu int) {
	o := philox(s.key, [4]uint32{uint32(t), 0, streamStep, 0})
	span := uint64(s.Rows - s.Group)
	return o[0], s.Group + int((uint64(o[1])<<32|uint64(o[2]))%span)
}

// PartnerGroup is the group holding the partners of group g's rows at a step with offset mu.
func (s *Schedule) PartnerGroup(g, mu int) int { return g ^ (mu / s.Group) }

// Philox counter layouts of the matrix streams: block b (16 bytes, row-major) of X_0 and of Wᵀ is
// counter (lo(b), hi(b), stream, 0); the noise of step t is (lo(b), t, stream, hi(b)). W is generated
// transposed (column j of W is row j of the stream) because that is the layout cuBLASLt's int8 TN
// product reads: the device fills it in place, nothing is transposed anywhere.

// InitialRows writes rows [row0, row0+len(dst)/Width) of X_0 into dst.
func (s *Schedule) InitialRows(dst []int8, row0 int) {
	s.fill(dst, uint64(row0)*uint64(s.Width/16), streamState, 0, false)
}

// NoiseRows writes step t's noise for rows [row0, row0+len(dst)/Width) into dst.
func (s *Schedule) NoiseRows(dst []int8, t, row0 int) {
	s.fill(dst, uint64(row0)*uint64(s.Width/16), streamNoise, uint32(t), true)
}

// WeightColumns writes columns [j0, j0+len(dst)/Width) of W into dst, each column contiguous: rows
// j0.. of Wᵀ (row-major, Width × Width), so dst[(j-j0)·Width + k] = W[k][j].
func (s *Schedule) WeightColumns(dst []int8, j0 int) {
	s.fill(dst, uint64(j0)*uint64(s.Width/16), streamWeight, 0, false)
}

// WeightsT generates all of Wᵀ (row-major), using up to workers goroutines.
func (s *Schedule) WeightsT(workers int) []int8 {
	n := s.Width
	w := make([]int8, n*n)
	parallelRange(n, workers, func(lo, hi int) { s.WeightColumns(w[lo*n:hi*n], lo) })
	return w
}

// fill writes consecutive 16-byte Philox blocks starting at block index b0. With step set, the
// counter is (lo(b), t, stream, hi(b)), otherwise (lo(b), hi(b), stream, 0).
func (s *Schedule) fill(dst []int8, b0 uint64, stream, t uint32, step bool) {
	if len(dst)%16 != 0 {
		panic("proof: fill length not a multiple of 16")
	}
	buf := int8sAsBytes(dst)
	ctrOf := func(b uint64) [4]uint32 {
		if step {
			return [4]uint32{uint32(b), t, stream, uint32(b >> 32)}
		}
		return [4]uint32{uint32(b), uint32(b >> 32), stream, 0}
	}
	off := 0
	var ctrs [4][4]uint32
	for ; off+64 <= len(buf); off += 64 {
		b := b0 + uint64(off/16)
		ctrs[0], ctrs[1], ctrs[2], ctrs[3] = ctrOf(b), ctrOf(b+1), ctrOf(b+2), ctrOf(b+3)
		philox4Bytes(buf[off:off+64], s.key, &ctrs)
	}
	for ; off < len(buf); off += 16 {
		philoxBytes(buf[off:off+16], s.key, ctrOf(b0+uint64(off/16)))
	}
}
