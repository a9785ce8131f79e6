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
	"time"

	"github.com/rs/zerolog"
)

// VerifierConfig is the inspector-side policy.
type VerifierConfig struct {
	// AllowSimulated admits challenges for the SIM class. Set it only when serving a dev chain.
	AllowSimulated bool
	// MaxRTT caps the round-trip time subtracted from the commitment latency. A prover controls how fast
	// it answers pings, so an unbounded RTT would buy it time; a larger measured RTT fails the check
	// (retry from closer, or later). Zero permits no subtraction at all (local checks).
	MaxRTT time.Duration
	// Workers bounds the goroutines used for W·r and the unit checks (0: GOMAXPROCS).
	Workers int
}

// DefaultVerifierConfig is the production policy: real hardware only, at most 500 ms RTT.
func DefaultVerifierConfig() VerifierConfig {
	return VerifierConfig{MaxRTT: 500 * time.Millisecond}
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

// Timing is what the inspector measured around the commitment: when it sent the challenge, when the
// commitment arrived, and the round-trip time to the prover measured just before.
type Timing struct {
	Sent     time.Time
	Received time.Time
	RTT      time.Duration
}

// CheckStats reports what a check measured.
type CheckStats struct {
	Latency    time.Duration // commitment latency minus RTT
	Deadline   time.Duration
	Units      int
	VerifyTime time.Duration // CPU wall time of Verify
}

type checkState int

const (
	stateBegun checkState = iota
	stateCommitted
	stateRequested
	stateDone
)

// Check is one challenge's verification, driven in protocol order: Commit, Request, Verify. A Check is
// used by one goroutine; a failed step ends it (later calls return ErrState).
type Check struct {
	v        *Verifier
	sched    *Schedule
	deadline time.Duration
	state    checkState
	root     Hash
	req      OpeningRequest
	stats    CheckStats
}

// Begin starts checking ch against deadline (the class's deadline for ch.Params).
func (v *Verifier) Begin(ch Challenge, deadline time.Duration) (*Check, error) {
	if ch.Simulated() && !v.cfg.AllowSimulated {
		return nil, fmt.Errorf("%w: class %s", ErrSimulated, ch.Class)
	}
	if deadline <= 0 {
		return nil, fmt.Errorf("%w: deadline %s", ErrInvalidParams, deadline)
	}
	s, err := NewSchedule(ch)
	if err != nil {
		return nil, err
	}
	return &Check{v: v, sched: s, deadline: deadline, stats: CheckStats{Deadline: deadline}}, nil
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
	if tm.RTT < 0 || tm.RTT > c.v.cfg.MaxRTT || tm.Received.Before(tm.Sent) {
		return fmt.Errorf("%w: rtt %s (max %s), sent %s, received %s", ErrRTT, tm.RTT, c.v.cfg.MaxRTT,
			tm.Sent.Format(time.RFC3339Nano), tm.Received.Format(time.RFC3339Nano))
	}
	latency := max(0, tm.Received.Sub(tm.Sent)-tm.RTT)
	c.stats.Latency = latency
	if latency > c.deadline {
		return fmt.Errorf("%w: %s after subtracting rtt %s, deadline %s", ErrLate, latency, tm.RTT, c.deadline)
	}
	c.root = cm.Root
	c.state = stateCommitted
	return nil
}

// Request draws the units to open: Openings independent uniform draws over all Steps × Rows/Group
// units (deduplicated), so a commitment with a fraction f of wrong units escapes with probability
// exactly (1-f)^Openings.
func (c *Check) Request() (OpeningRequest, error) {
	if c.state != stateCommitted {
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
	c.req = OpeningRequest{Challenge: c.sched.ID, Root: c.root, Units: units}
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

// Verify checks the opening: every unit's Merkle paths against the accepted root, the revealed input
// groups against their committed digests, and the committed digest of the step's output against its
// recomputation: for the chain, every product row with a Freivalds check modulo P under a vector r the
// prover never sees, then Nonlinear(product); for the sweep, the step function directly. Any failure
// rejects the whole challenge.
func (c *Check) Verify(ctx context.Context, op Opening) error {
	if c.state != stateRequested {
		return fmt.Errorf("%w: verify in state %d", ErrState, c.state)
	}
	c.state = stateDone
	start := time.Now()
	defer func() { c.stats.VerifyTime = time.Since(start) }()
	s := c.sched
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
	var r, wr []uint64
	if !s.Sweep {
		rng, err := c.v.newRNG()
		if err != nil {
			return err
		}
		r = make([]uint64, s.Width)
		for j := range r {
			r[j] = rng.Uint64N(P)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		wr = weightsTimes(s, r, c.v.cfg.Workers)
	}
	errs := make([]error, len(op.Units))
	parallelRange(len(op.Units), c.v.cfg.Workers, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if ctx.Err() != nil {
				errs[i] = ctx.Err()
				return
			}
			if err := c.checkUnit(&op.Units[i], r, wr); err != nil {
				errs[i] = fmt.Errorf("unit (step %d, group %d): %w", op.Units[i].Step, op.Units[i].Group, err)
			}
		}
	})
	c.stats.Units = len(op.Units)
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
			if GroupDigest(in.rows, s.DigestWeights()) != in.leaf.Digests[slot] {
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
	if GroupDigest(out, s.DigestWeights()) != u.Leaf.Digests[slot] {
		return fmt.Errorf("%w: output group %d at step %d", ErrDigest, u.Group, u.Step)
	}
	return nil
}

func (c *Check) checkLeaf(l *LeafProof, t, g int) error {
	s := c.sched
	want, _ := s.leafOf(t, g)
	if l.Index != want || len(l.Digests) != s.LeafGroups {
		return fmt.Errorf("%w: leaf %d with %d digests, want leaf %d with %d", ErrBadOpening, l.Index, len(l.Digests), want, s.LeafGroups)
	}
	for _, d := range l.Digests {
		if d >= P {
			return fmt.Errorf("%w: digest %d not reduced mod P", ErrBadOpening, d)
		}
	}
	return verifyPath(c.root, LeafHash(l.Digests), l.Index, s.Leaves(), l.Path)
}

// weightsTimes computes W·r mod P, generating W row by row from the seed (never held whole). r_j is
// split as hi·2^31 + lo so that each row's two sums of int8 × 31-bit terms fit int64 unreduced.
func weightsTimes(s *Schedule, r []uint64, workers int) []uint64 {
	n := s.Width
	lo, hi := make([]int64, n), make([]int64, n)
	for j, v := range r {
		lo[j], hi[j] = int64(v&(1<<31-1)), int64(v>>31)
	}
	out := make([]uint64, n)
	parallelRange(n, workers, func(k0, k1 int) {
		w := make([]int8, n)
		for k := k0; k < k1; k++ {
			s.WeightRows(w, k)
			var a, b int64
			for j, x := range w {
				a += int64(x) * lo[j]
				b += int64(x) * hi[j]
			}
			out[k] = addModP(mulModP(modP(b), 1<<31), modP(a))
		}
	})
	return out
}
