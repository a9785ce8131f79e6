package proof

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"time"

	"github.com/rs/zerolog"
)

// Prover answers challenges with a Backend. It is safe for sequential use; run one challenge per device
// at a time (challenging a busy GPU measures the other job, not the GPU).
type Prover struct {
	backend Backend
	log     zerolog.Logger
	workers int
}

// NewProver returns a prover that computes on backend. workers bounds the CPU goroutines used for
// hashing and opening (0: GOMAXPROCS).
func NewProver(backend Backend, workers int, log zerolog.Logger) *Prover {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	return &Prover{backend: backend, workers: workers, log: log.With().Str("component", "prover").Str("backend", backend.Name()).Logger()}
}

// ProverSession is a committed challenge, kept until its opening is answered.
type ProverSession struct {
	p        *Prover
	sched    *Schedule
	tree     *merkleTree
	root     Hash
	Elapsed  time.Duration // time from start to commitment, as the prover measured it
	weightsT []int8        // Wᵀ, generated on the first opening
}

// Commit runs the whole chain and returns the commitment. This is the timed part: the inspector's clock
// runs from sending the challenge to receiving the commitment.
func (p *Prover) Commit(ctx context.Context, ch Challenge) (*ProverSession, Commitment, error) {
	start := time.Now()
	s, err := NewSchedule(ch)
	if err != nil {
		return nil, Commitment{}, err
	}
	eng, err := p.backend.NewEngine(ctx, s)
	if err != nil {
		return nil, Commitment{}, fmt.Errorf("commit %s: %w", s.IDHex(), err)
	}
	defer eng.Close()

	leaves := make([]Hash, s.Leaves())
	lps, B := s.LeavesPerStep(), s.LeafGroups
	// Hash step t's leaves while the engine computes step t+1: two group-hash buffers alternate.
	bufs := make(chan []Hash, 2)
	bufs <- make([]Hash, s.GroupsPerStep())
	bufs <- make([]Hash, s.GroupsPerStep())
	type hashJob struct {
		t int
		d []Hash
	}
	jobs := make(chan hashJob, 1)
	hashed := make(chan struct{})
	go func() {
		defer close(hashed)
		for j := range jobs {
			base := (j.t - 1) * lps
			parallelRange(lps, p.workers, func(lo, hi int) {
				for l := lo; l < hi; l++ {
					leaves[base+l] = LeafHash(j.d[l*B : (l+1)*B])
				}
			})
			bufs <- j.d
		}
	}()
	var stepErr error
	for t := 1; t <= s.Steps; t++ {
		d := <-bufs
		if stepErr = eng.Step(ctx, t, d); stepErr != nil {
			break
		}
		jobs <- hashJob{t, d}
	}
	close(jobs)
	<-hashed
	if stepErr != nil {
		return nil, Commitment{}, fmt.Errorf("commit %s: %w", s.IDHex(), stepErr)
	}
	tree := buildTree(leaves, p.workers)
	sess := &ProverSession{p: p, sched: s, tree: tree, root: tree.root(), Elapsed: time.Since(start)}
	p.log.Info().Str("challenge", s.IDHex()).Str("params", s.Params.String()).
		Dur("elapsed", sess.Elapsed).Msg("committed")
	return sess, Commitment{Challenge: s.ID, Root: sess.root}, nil
}

// Schedule returns the session's expanded challenge.
func (ps *ProverSession) Schedule() *Schedule { return ps.sched }

// Open answers an opening request by replaying the chain up to the last requested step (the prover
// keeps only the Merkle tree, not the states) and reading the groups each unit needs.
func (ps *ProverSession) Open(ctx context.Context, req OpeningRequest) (Opening, error) {
	s := ps.sched
	if req.Challenge != s.ID {
		return Opening{}, ErrChallengeMismatch
	}
	if req.Root != ps.root {
		return Opening{}, ErrRootMismatch
	}
	if !s.checkUnits(req.Units) {
		return Opening{}, fmt.Errorf("%w: request units invalid for %s", ErrBadOpening, s.Params)
	}
	gs := s.Group * s.Width

	// What to capture after each step τ: state groups (for units at τ+1) and leaf digest lists.
	type capture struct {
		groups map[int][]int8
		leaves map[uint64][]Hash
	}
	caps := map[int]*capture{}
	need := func(tau int) *capture {
		c := caps[tau]
		if c == nil {
			c = &capture{groups: map[int][]int8{}, leaves: map[uint64][]Hash{}}
			caps[tau] = c
		}
		return c
	}
	maxT := 0
	for _, u := range req.Units {
		_, mu := s.StepConstants(u.Step)
		maxT = max(maxT, u.Step)
		li, _ := s.leafOf(u.Step, u.Group)
		need(u.Step).leaves[li] = nil
		if u.Step > 1 {
			c := need(u.Step - 1)
			for _, g := range []int{u.Group, s.PartnerGroup(u.Group, mu)} {
				c.groups[g] = nil
				pl, _ := s.leafOf(u.Step-1, g)
				c.leaves[pl] = nil
			}
		}
	}
	eng, err := ps.p.backend.NewEngine(ctx, s)
	if err != nil {
		return Opening{}, fmt.Errorf("open %s: %w", s.IDHex(), err)
	}
	defer eng.Close()
	hashes := make([]Hash, s.GroupsPerStep())
	for tau := 1; tau <= maxT; tau++ {
		if err := eng.Step(ctx, tau, hashes); err != nil {
			return Opening{}, fmt.Errorf("open %s: replay step %d: %w", s.IDHex(), tau, err)
		}
		c := caps[tau]
		if c == nil {
			continue
		}
		for g := range c.groups {
			buf := make([]int8, gs)
			if err := eng.ReadGroup(ctx, g, buf); err != nil {
				return Opening{}, fmt.Errorf("open %s: read group %d at step %d: %w", s.IDHex(), g, tau, err)
			}
			c.groups[g] = buf
		}
		for li := range c.leaves {
			off := int(li-uint64(tau-1)*uint64(s.LeavesPerStep())) * s.LeafGroups
			c.leaves[li] = append([]Hash(nil), hashes[off:off+s.LeafGroups]...)
		}
	}
	if ps.weightsT == nil && !s.Sweep {
		ps.weightsT = s.WeightsT(ps.p.workers)
	}
	leaf := func(tau, g int) LeafProof {
		li, _ := s.leafOf(tau, g)
		return LeafProof{Index: li, Groups: caps[tau].leaves[li], Path: ps.tree.path(li)}
	}
	out := Opening{Challenge: s.ID, Root: ps.root, Units: make([]UnitOpening, len(req.Units))}
	parallelRange(len(req.Units), ps.p.workers, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			u := req.Units[i]
			_, mu := s.StepConstants(u.Step)
			pg := s.PartnerGroup(u.Group, mu)
			uo := UnitOpening{Unit: u, Leaf: leaf(u.Step, u.Group)}
			var prev, partner []int8
			if u.Step == 1 {
				prev, partner = make([]int8, gs), make([]int8, gs)
				s.InitialRows(prev, u.Group*s.Group)
				s.InitialRows(partner, pg*s.Group)
			} else {
				prev, partner = caps[u.Step-1].groups[u.Group], caps[u.Step-1].groups[pg]
				pl, ql := leaf(u.Step-1, u.Group), leaf(u.Step-1, pg)
				uo.Prev, uo.Partner, uo.PrevLeaf, uo.PartnerLeaf = prev, partner, &pl, &ql
			}
			if !s.Sweep {
				uo.Product = groupProduct(s, u, mu, prev, partner, ps.weightsT)
			}
			out.Units[i] = uo
		}
	})
	sort.Slice(out.Units, func(i, j int) bool { return unitLess(out.Units[i].Unit, out.Units[j].Unit) })
	ps.p.log.Info().Str("challenge", s.IDHex()).Int("units", len(out.Units)).Int("replayed_steps", maxT).Msg("opened")
	return out, nil
}

// groupProduct recomputes C_t's rows of group u.Group from the revealed previous groups.
func groupProduct(s *Schedule, u Unit, mu int, prev, partner, wt []int8) []int32 {
	n, G := s.Width, s.Group
	y := make([]int8, n)
	prod := make([]int32, G*n)
	for r := 0; r < G; r++ {
		pr := r ^ (mu & (G - 1))
		s.NoiseRows(y, u.Step, u.Group*G+r)
		MixRow(y, prev[r*n:r*n+n], partner[pr*n:pr*n+n], y)
		rowTimesW(prod[r*n:r*n+n], y, wt)
	}
	return prod
}
