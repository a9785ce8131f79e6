package proof

import (
	"context"
	crand "crypto/rand"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/rs/zerolog"
)

// VerifierConfig is the inspector-side policy.
type VerifierConfig struct {
	// AllowSimulated admits challenges for the SIM class. Set it only when serving a dev chain.
	AllowSimulated bool
	// MaxRTT caps the round-trip time subtracted from a latency. The inspector measures the RTT itself,
	// on the challenge's own connection (oracle/proofsession), but a prover can still delay its pongs, so
	// only up to MaxRTT is forgiven; a longer RTT is not an error, it just is not subtracted beyond the
	// cap. Zero subtracts nothing (local checks).
	MaxRTT time.Duration
	// Workers bounds the goroutines used for W·r and the unit checks (0: GOMAXPROCS).
	Workers int
}

// DefaultMaxRTT is the most round-trip time a verifier forgives: 0.5% of a 10 s compute challenge and
// about 2% of the capacity deadlines. Relaying a challenge to a faster GPU elsewhere therefore has at
// most this much slack to hide the relay's own latency in.
const DefaultMaxRTT = 50 * time.Millisecond

// DefaultVerifierConfig is the production policy: real hardware only, at most DefaultMaxRTT forgiven.
func DefaultVerifierConfig() VerifierConfig {
	return VerifierConfig{MaxRTT: DefaultMaxRTT}
}

// Validate checks the configuration.
func (c VerifierConfig) Validate() error {
	if c.MaxRTT < 0 || c.Workers < 0 {
		return fmt.Errorf("%w: verifier config: max rtt %s, workers %d", ErrInvalidParams, c.MaxRTT, c.Workers)
	}
	return nil
}

// Verifier checks commitments and openings. Its randomness (which units to open, the Freivalds vector)
// comes from rand and is never sent before the commitment it tests.
type Verifier struct {
	cfg  VerifierConfig
	rand io.Reader
	log  zerolog.Logger
}

// NewVerifier returns a verifier; rand nil means crypto/rand.
func NewVerifier(cfg VerifierConfig, rand io.Reader, log zerolog.Logger) (*Verifier, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.Workers == 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	if rand == nil {
		rand = crand.Reader
	}
	return &Verifier{cfg: cfg, rand: rand, log: log.With().Str("component", "verifier").Logger()}, nil
}

// Timing is what the inspector measured around one timed answer: when it sent the question (the
// challenge, or the opening request), when the answer arrived, and the round-trip time it measured
// itself on the same connection (the minimum of several pings).
type Timing struct {
	Sent     time.Time
	Received time.Time
	RTT      time.Duration
}

// Deadlines are the time limits of one challenge, each after subtracting the capped RTT.
type Deadlines struct {
	// Commit runs from sending the challenge to receiving the commitment: the class's deadline.
	Commit time.Duration
	// Chase runs from sending the chase request to receiving the chase commitment (challenges with a
	// chase only). It is its own deadline so that time a pool saves on the sweep cannot pay for the
	// chase.
	Chase time.Duration
	// Open runs from sending the opening request to receiving the opening. The prover keeps only the
	// Merkle tree and replays the chain up to the last requested step, so OpenDeadline allows the
	// commit deadline again plus transfer time; without a limit a prover could take hours to fake
	// openings.
	Open time.Duration
}

// OpenDeadline is the default opening deadline for a commit deadline d: d plus 25%, plus 10 s for
// reading the opened groups and moving up to MaxOpeningBytes.
func OpenDeadline(d time.Duration) time.Duration { return d + d/4 + 10*time.Second }

// DeadlinesFor is the default set for a class's commit deadline: the chase (if any) gets as long as
// the commit, the opening OpenDeadline of both. The class table sets the chase's own.
func DeadlinesFor(commit time.Duration) Deadlines {
	return Deadlines{Commit: commit, Chase: commit, Open: OpenDeadline(2 * commit)}
}

// CheckStats reports what a check measured.
type CheckStats struct {
	Latency      time.Duration // commitment latency minus the capped RTT
	ChaseLatency time.Duration // chase commitment latency minus the capped RTT (chase challenges)
	OpenLatency  time.Duration // opening latency minus the capped RTT
	Deadlines    Deadlines
	Units        int
	Segments     int
	VerifyTime   time.Duration // CPU wall time of Verify
}

type checkState int

const (
	stateBegun checkState = iota
	stateCommitted
	stateChasing
	stateChased
	stateRequested
	stateDone
)

// Check is one challenge's verification, driven in protocol order: Commit, Request, Verify. A Check is
// used by one goroutine; a failed step ends it (later calls return ErrState).
type Check struct {
	v         *Verifier
	sched     *Schedule
	deadline  Deadlines
	state     checkState
	root      Hash
	chase     ChaseRequest
	chaseRoot Hash
	req       OpeningRequest
	stats     CheckStats
}

// Begin starts checking ch against its deadlines (the class's, for ch.Params).
func (v *Verifier) Begin(ch Challenge, d Deadlines) (*Check, error) {
	if ch.Simulated() && !v.cfg.AllowSimulated {
		return nil, fmt.Errorf("%w: class %s", ErrSimulated, ch.Class)
	}
	if d.Commit <= 0 || d.Open <= 0 || ch.Params.Chains > 0 && d.Chase <= 0 {
		return nil, fmt.Errorf("%w: deadlines commit %s, chase %s, open %s", ErrInvalidParams, d.Commit, d.Chase, d.Open)
	}
	s, err := NewSchedule(ch)
	if err != nil {
		return nil, err
	}
	return &Check{v: v, sched: s, deadline: d, stats: CheckStats{Deadlines: d}}, nil
}

// latency is tm's answer time minus the RTT, forgiven up to the cap.
func (v *Verifier) latency(tm Timing) (time.Duration, error) {
	if tm.RTT < 0 || tm.Received.Before(tm.Sent) {
		return 0, fmt.Errorf("%w: rtt %s, sent %s, received %s", ErrRTT, tm.RTT,
			tm.Sent.Format(time.RFC3339Nano), tm.Received.Format(time.RFC3339Nano))
	}
	return max(0, tm.Received.Sub(tm.Sent)-min(tm.RTT, v.cfg.MaxRTT)), nil
}

// Stats returns what the check has measured so far.
func (c *Check) Stats() CheckStats { return c.stats }

// Commit accepts the commitment if it answers this challenge in time.
func (c *Check) Commit(cm Commitment, tm Timing) error {
	if c.state != stateBegun {
		return fmt.Errorf("%w: commit in state %d", ErrState, c.state)
	}
	c.state = stateDone // any failure below ends the check
	if cm.Challenge != c.sched.ID {
		return ErrChallengeMismatch
	}
	latency, err := c.v.latency(tm)
	if err != nil {
		return err
	}
	c.stats.Latency = latency
	if latency > c.deadline.Commit {
		return fmt.Errorf("%w: commitment %s after subtracting rtt %s (capped at %s), deadline %s", ErrLate, latency, tm.RTT, c.v.cfg.MaxRTT, c.deadline.Commit)
	}
	c.root = cm.Root
	c.state = stateCommitted
	return nil
}

// Chase starts the chase of a challenge with one: a ChaseRequest with a fresh seed from the verifier's
// randomness, to send right after the commitment was accepted. Its deadline runs from sending it.
func (c *Check) Chase() (ChaseRequest, error) {
	if c.state != stateCommitted || c.sched.Chains == 0 {
		return ChaseRequest{}, fmt.Errorf("%w: chase in state %d (chains %d)", ErrState, c.state, c.sched.Chains)
	}
	var seed Hash
	if _, err := io.ReadFull(c.v.rand, seed[:]); err != nil {
		return ChaseRequest{}, fmt.Errorf("verifier randomness: %w", err)
	}
	c.chase = ChaseRequest{Challenge: c.sched.ID, Root: c.root, Seed: seed}
	c.state = stateChasing
	return c.chase, nil
}

// CommitChase accepts the chase commitment if it answers this challenge's chase in time.
func (c *Check) CommitChase(cm ChaseCommitment, tm Timing) error {
	if c.state != stateChasing {
		return fmt.Errorf("%w: chase commitment in state %d", ErrState, c.state)
	}
	c.state = stateDone
	if cm.Challenge != c.sched.ID {
		return ErrChallengeMismatch
	}
	latency, err := c.v.latency(tm)
	if err != nil {
		return err
	}
	c.stats.ChaseLatency = latency
	if latency > c.deadline.Chase {
		return fmt.Errorf("%w: chase commitment %s after subtracting rtt %s (capped at %s), deadline %s", ErrLate, latency, tm.RTT, c.v.cfg.MaxRTT, c.deadline.Chase)
	}
	c.chaseRoot = cm.Root
	c.state = stateChased
	return nil
}

// Request draws the units to open: Openings independent uniform draws over all Steps × Rows/Group
// units (deduplicated), so a commitment with a fraction f of wrong units escapes with probability
// exactly (1-f)^Openings; with a chase, likewise ChaseOpenings draws over all segments.
func (c *Check) Request() (OpeningRequest, error) {
	want := stateCommitted
	if c.sched.Chains > 0 {
		want = stateChased
	}
	if c.state != want {
		return OpeningRequest{}, fmt.Errorf("%w: request in state %d", ErrState, c.state)
	}
	rng, err := c.v.newRNG()
	if err != nil {
		return OpeningRequest{}, err
	}
	p := c.sched.Params
	seen := map[uint64]bool{}
	var units []Unit
	for i := 0; i < p.Openings; i++ {
		u := rng.Uint64N(p.Units())
		if seen[u] {
			continue
		}
		seen[u] = true
		units = append(units, Unit{Step: int(u/uint64(p.GroupsPerStep())) + 1, Group: int(u % uint64(p.GroupsPerStep()))})
	}
	sort.Slice(units, func(i, j int) bool { return unitLess(units[i], units[j]) })
	var segs []Segment
	if p.Chains > 0 {
		spc := uint64(p.SegmentsPerChain())
		seenSeg := map[uint64]bool{}
		for i := 0; i < p.ChaseOpenings; i++ {
			u := rng.Uint64N(uint64(p.Chains) * spc)
			if seenSeg[u] {
				continue
			}
			seenSeg[u] = true
			segs = append(segs, Segment{Chain: int(u / spc), Index: int(u % spc)})
		}
		sort.Slice(segs, func(i, j int) bool { return segmentLess(segs[i], segs[j]) })
	}
	c.req = OpeningRequest{Challenge: c.sched.ID, Root: c.root, Units: units, Segments: segs}
	c.state = stateRequested
	return c.req, nil
}

func (v *Verifier) newRNG() (*rand.Rand, error) {
	var seed [32]byte
	if _, err := io.ReadFull(v.rand, seed[:]); err != nil {
		return nil, fmt.Errorf("verifier randomness: %w", err)
	}
	return rand.New(rand.NewChaCha8(seed)), nil
}

// Verify checks the opening, which arrived as tm says (Sent: when the request went out): first its
// deadline, then every unit's Merkle paths against the accepted root, the revealed input groups
// against their committed hashes, and the committed hash of the step's output against its
// recomputation: for the chain, every product row with a Freivalds check modulo P under a vector r the
// prover never sees, then Nonlinear(product); for the sweep, the step function directly. Any failure
// rejects the whole challenge.
func (c *Check) Verify(ctx context.Context, op Opening, tm Timing) error {
	if c.state != stateRequested {
		return fmt.Errorf("%w: verify in state %d", ErrState, c.state)
	}
	c.state = stateDone
	start := time.Now()
	defer func() { c.stats.VerifyTime = time.Since(start) }()
	s := c.sched
	latency, err := c.v.latency(tm)
	if err != nil {
		return err
	}
	c.stats.OpenLatency = latency
	if latency > c.deadline.Open {
		return fmt.Errorf("%w: opening %s after subtracting rtt, deadline %s", ErrLate, latency, c.deadline.Open)
	}
	if op.Challenge != s.ID {
		return ErrChallengeMismatch
	}
	if op.Root != c.root {
		return ErrRootMismatch
	}
	if len(op.Units) != len(c.req.Units) {
		return fmt.Errorf("%w: %d units, requested %d", ErrBadOpening, len(op.Units), len(c.req.Units))
	}
	for i, u := range op.Units {
		if u.Unit != c.req.Units[i] {
			return fmt.Errorf("%w: unit %d is %+v, requested %+v", ErrBadOpening, i, u.Unit, c.req.Units[i])
		}
	}
	if len(op.Segments) != len(c.req.Segments) {
		return fmt.Errorf("%w: %d chase segments, requested %d", ErrBadOpening, len(op.Segments), len(c.req.Segments))
	}
	for i, sg := range op.Segments {
		if sg.Segment != c.req.Segments[i] {
			return fmt.Errorf("%w: segment %d is %+v, requested %+v", ErrBadOpening, i, sg.Segment, c.req.Segments[i])
		}
	}
	var r, wr []uint64
	if !s.Sweep {
		rng, err := c.v.newRNG()
		if err != nil {
			return err
		}
		r = make([]uint64, s.Width)
		for j := range r {
			r[j] = rng.Uint64N(FreivaldsRange)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		wr = weightsTimes(s, r, c.v.cfg.Workers)
	}
	nu := len(op.Units)
	errs := make([]error, nu+len(op.Segments))
	parallelRange(len(errs), c.v.cfg.Workers, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if ctx.Err() != nil {
				errs[i] = ctx.Err()
				return
			}
			if i < nu {
				if err := c.checkUnit(&op.Units[i], r, wr); err != nil {
					errs[i] = fmt.Errorf("unit (step %d, group %d): %w", op.Units[i].Step, op.Units[i].Group, err)
				}
				continue
			}
			sg := &op.Segments[i-nu]
			if err := c.checkSegment(sg); err != nil {
				errs[i] = fmt.Errorf("chase segment (chain %d, index %d): %w", sg.Chain, sg.Index, err)
			}
		}
	})
	c.stats.Units, c.stats.Segments = nu, len(op.Segments)
	if err := errors.Join(errs...); err != nil {
		c.v.log.Warn().Str("challenge", s.IDHex()).Err(err).Msg("opening rejected")
		return err
	}
	c.v.log.Info().Str("challenge", s.IDHex()).Int("units", len(op.Units)).Dur("verify", time.Since(start)).Msg("opening accepted")
	return nil
}

func (c *Check) checkUnit(u *UnitOpening, r, wr []uint64) error {
	s := c.sched
	n, G := s.Width, s.Group
	gs := G * n
	k, mu := s.StepConstants(u.Step)
	pg := s.PartnerGroup(u.Group, mu)
	wantProduct := gs
	if s.Sweep {
		wantProduct = 0 // the sweep's step is recomputed directly; there is no product to reveal
	}
	if len(u.Product) != wantProduct {
		return fmt.Errorf("%w: product of %d entries, want %d", ErrBadOpening, len(u.Product), wantProduct)
	}
	if err := c.checkLeaf(&u.Leaf, u.Step, u.Group); err != nil {
		return fmt.Errorf("output leaf: %w", err)
	}
	prev, partner := u.Prev, u.Partner
	if u.Step == 1 {
		if prev != nil || partner != nil || u.PrevLeaf != nil || u.PartnerLeaf != nil {
			return fmt.Errorf("%w: step 1 inputs come from the seed, not the prover", ErrBadOpening)
		}
		prev, partner = make([]int8, gs), make([]int8, gs)
		s.InitialRows(prev, u.Group*G)
		s.InitialRows(partner, pg*G)
	} else {
		if len(prev) != gs || len(partner) != gs || u.PrevLeaf == nil || u.PartnerLeaf == nil {
			return fmt.Errorf("%w: inputs of %d and %d bytes, want %d each, with their leaves", ErrBadOpening, len(prev), len(partner), gs)
		}
		for _, in := range []struct {
			name  string
			rows  []int8
			leaf  *LeafProof
			group int
		}{{"input", prev, u.PrevLeaf, u.Group}, {"partner", partner, u.PartnerLeaf, pg}} {
			if err := c.checkLeaf(in.leaf, u.Step-1, in.group); err != nil {
				return fmt.Errorf("%s leaf: %w", in.name, err)
			}
			_, slot := s.leafOf(u.Step-1, in.group)
			if GroupHash(in.rows) != in.leaf.Groups[slot] {
				return fmt.Errorf("%w: %s group %d at step %d", ErrDigest, in.name, in.group, u.Step-1)
			}
		}
	}
	out := make([]int8, gs)
	if s.Sweep {
		for row := 0; row < G; row++ {
			pr := row ^ (mu & (G - 1))
			SweepRow(out[row*n:row*n+n], prev[row*n:row*n+n], partner[pr*n:pr*n+n], k, uint64(u.Group*G+row))
		}
	}
	y := make([]int8, n)
	for row := 0; row < G && !s.Sweep; row++ {
		pr := row ^ (mu & (G - 1))
		s.NoiseRows(y, u.Step, u.Group*G+row)
		MixRow(y, prev[row*n:row*n+n], partner[pr*n:pr*n+n], y)
		c := u.Product[row*n : row*n+n]
		// Freivalds: c = y·W implies c·r = y·(W r) (mod P); a wrong c passes with probability 1/P.
		var lhs, rhs uint64
		for j, v := range c {
			lhs = addModP(lhs, mulModP(modP(int64(v)), r[j]))
		}
		for j, v := range y {
			rhs = addModP(rhs, mulModP(modP(int64(v)), wr[j]))
		}
		if lhs != rhs {
			return fmt.Errorf("%w: row %d", ErrProduct, u.Group*G+row)
		}
		for j, v := range c {
			out[row*n+j] = Nonlinear(v, k)
		}
	}
	_, slot := s.leafOf(u.Step, u.Group)
	if GroupHash(out) != u.Leaf.Groups[slot] {
		return fmt.Errorf("%w: output group %d at step %d", ErrDigest, u.Group, u.Step)
	}
	return nil
}

func (c *Check) checkLeaf(l *LeafProof, t, g int) error {
	s := c.sched
	want, _ := s.leafOf(t, g)
	if l.Index != want || len(l.Groups) != s.LeafGroups {
		return fmt.Errorf("%w: leaf %d with %d group hashes, want leaf %d with %d", ErrBadOpening, l.Index, len(l.Groups), want, s.LeafGroups)
	}
	return verifyPath(c.root, LeafHash(l.Groups), l.Index, s.Leaves(), l.Path)
}

// weightsTimes computes W·r mod P for r_j < FreivaldsRange, generating W column by column from the
// seed (never held whole): (W r)_k = Σ_j W[k][j]·r_j accumulates r_j times column j. With |W| ≤ 2^7,
// r_j < 2^41 and at most 2^14 columns every partial sum stays below 2^62, so one int64 accumulator
// per output holds it exactly; each worker sums its own columns and the partial sums are added mod P
// at the end.
func weightsTimes(s *Schedule, r []uint64, workers int) []uint64 {
	n := s.Width
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, n))
	partial := make([][]uint64, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		j0, j1 := n*w/workers, n*(w+1)/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			acc := make([]int64, n)
			col := make([]int8, n)
			for j := j0; j < j1; j++ {
				s.WeightColumns(col, j)
				axpy(acc, col, int64(r[j]))
			}
			out := make([]uint64, n)
			for k := range out {
				out[k] = modP(acc[k])
			}
			partial[w] = out
		}()
	}
	wg.Wait()
	out := partial[0]
	for _, p := range partial[1:] {
		for k := range out {
			out[k] = addModP(out[k], p[k])
		}
	}
	return out
}

// axpy adds x·r to acc elementwise, four at a time (len(x) is a multiple of 16).
func axpy(acc []int64, x []int8, r int64) {
	acc = acc[:len(x)]
	for k := 0; k+4 <= len(x); k += 4 {
		a, b := acc[k:k+4:k+4], x[k:k+4:k+4]
		a[0] += int64(b[0]) * r
		a[1] += int64(b[1]) * r
		a[2] += int64(b[2]) * r
		a[3] += int64(b[3]) * r
	}
}

// checkSegment recomputes one chase segment from its committed start: every read's block must be
// part of the sweep's committed last state (chunk → group hash → leaf → root), and the state after
// the segment's hops must be its committed end checkpoint.
func (c *Check) checkSegment(so *SegmentOpening) error {
	s := c.sched
	var acc ChaseState
	if so.Index == 0 {
		if so.Start != nil {
			return fmt.Errorf("%w: the first segment starts from the seed, not a checkpoint", ErrBadOpening)
		}
		acc = s.ChaseStart(c.chase.Seed, so.Chain)
	} else {
		if so.Start == nil {
			return fmt.Errorf("%w: start checkpoint missing", ErrBadOpening)
		}
		st, err := c.checkCheckpoint(so.Start, so.Chain, so.Index)
		if err != nil {
			return fmt.Errorf("start checkpoint: %w", err)
		}
		acc = st
	}
	end, err := c.checkCheckpoint(&so.End, so.Chain, so.Index+1)
	if err != nil {
		return fmt.Errorf("end checkpoint: %w", err)
	}
	if len(so.Reads) != s.SegmentHops*ChaseReads {
		return fmt.Errorf("%w: %d reads, want %d", ErrBadOpening, len(so.Reads), s.SegmentHops*ChaseReads)
	}
	gs := s.Group * s.Width
	blocks := s.chaseBlocks()
	var pos [ChaseReads]uint64
	var vals [ChaseReads][4]uint32
	for k := 0; k < s.SegmentHops; k++ {
		h := so.Index*s.SegmentHops + k
		ChasePositions(acc, blocks, &pos)
		for j, b := range pos {
			rd := &so.Reads[k*ChaseReads+j]
			g, og := s.blockInGroup(b)
			ci := og / 1024
			gh, ok := groupHashFromChunk(rd.Chunk, ci, gs, rd.Siblings)
			if !ok {
				return fmt.Errorf("%w: hop %d read %d: chunk of %d bytes with %d siblings for chunk %d of a %d-byte group", ErrBadOpening, h, j, len(rd.Chunk), len(rd.Siblings), ci, gs)
			}
			if err := c.checkLeaf(&rd.Leaf, s.Steps, g); err != nil {
				return fmt.Errorf("hop %d read %d leaf: %w", h, j, err)
			}
			if _, slot := s.leafOf(s.Steps, g); gh != rd.Leaf.Groups[slot] {
				return fmt.Errorf("%w: hop %d read %d: block %d is not in the committed group %d", ErrDigest, h, j, b, g)
			}
			vals[j] = blockWords(rd.Chunk[og%1024:])
		}
		acc = ChaseFold(acc, uint32(h), &vals)
	}
	if acc != end {
		return fmt.Errorf("%w: chain %d after hop %d is not its committed checkpoint", ErrDigest, so.Chain, (so.Index+1)*s.SegmentHops-1)
	}
	return nil
}

// checkCheckpoint verifies a chase leaf holding checkpoint j (1-based) of chain c and returns it.
func (c *Check) checkCheckpoint(cp *CheckpointProof, chain, j int) (ChaseState, error) {
	s := c.sched
	want, slot := s.checkpointLeaf(chain, j)
	if cp.Index != want || len(cp.Points) != s.checkpointsPerLeaf() {
		return ChaseState{}, fmt.Errorf("%w: chase leaf %d with %d checkpoints, want leaf %d with %d", ErrBadOpening, cp.Index, len(cp.Points), want, s.checkpointsPerLeaf())
	}
	if err := verifyPath(c.chaseRoot, ChaseLeafHash(cp.Points), cp.Index, s.ChaseLeaves(), cp.Path); err != nil {
		return ChaseState{}, err
	}
	return cp.Points[slot], nil
}
