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

// ProverSession is a committed challenge, kept until its opening is answered. A challenge with a
// chase keeps its engine (and so the device memory holding the sweep's last state) from Commit until
// Chase; Close releases it if the chase never comes.
type ProverSession struct {
	p        *Prover
	sched    *Schedule
	tree     *merkleTree
	root     Hash
	Elapsed  time.Duration // time from start to commitment, as the prover measured it
	weightsT []int8        // Wᵀ, generated on the first opening

	eng         Engine // held between Commit and Chase
	chaseSeed   Hash
	starts      []ChaseState
	checkpoints []ChaseState
	chaseTree   *merkleTree
	chaseRoot   Hash
	chased      bool
	// ChaseElapsed is the chase's duration as the prover measured it.
	ChaseElapsed time.Duration
}

// Commit runs the whole chain (or sweep) and returns the commitment. This is the timed part: the
// inspector's clock runs from sending the challenge to receiving the commitment. With a chase the
// engine stays open for ProverSession.Chase; the caller must then call Chase or Close.
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
	keep := false
	defer func() {
		if !keep {
			eng.Close()
		}
	}()

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
	if s.Chains > 0 {
		sess.eng, keep = eng, true
	}
	p.log.Info().Str("challenge", s.IDHex()).Str("params", s.Params.String()).
		Dur("elapsed", sess.Elapsed).Msg("committed")
	return sess, Commitment{Challenge: s.ID, Root: sess.root}, nil
}

// Chase runs the chase the verifier asked for over the state the sweep left on the device, releases
// the engine and returns the chase commitment. It is timed like Commit: from the request's sending to
// the commitment's arrival.
func (ps *ProverSession) Chase(ctx context.Context, req ChaseRequest) (ChaseCommitment, error) {
	s := ps.sched
	switch {
	case req.Challenge != s.ID:
		return ChaseCommitment{}, ErrChallengeMismatch
	case req.Root != ps.root:
		return ChaseCommitment{}, ErrRootMismatch
	case s.Chains == 0 || ps.eng == nil:
		return ChaseCommitment{}, fmt.Errorf("%w: no chase pending for %s", ErrState, s.IDHex())
	}
	start := time.Now()
	eng := ps.eng
	ps.eng = nil
	defer eng.Close()
	starts := s.ChaseStarts(req.Seed)
	points := make([]ChaseState, s.Chains*s.SegmentsPerChain())
	if err := eng.Chase(ctx, starts, points); err != nil {
		return ChaseCommitment{}, fmt.Errorf("chase %s: %w", s.IDHex(), err)
	}
	per := s.checkpointsPerLeaf()
	leaves := make([]Hash, s.ChaseLeaves())
	parallelRange(len(leaves), ps.p.workers, func(lo, hi int) {
		for l := lo; l < hi; l++ {
			leaves[l] = ChaseLeafHash(points[l*per : (l+1)*per])
		}
	})
	ps.chaseTree = buildTree(leaves, ps.p.workers)
	ps.chaseSeed, ps.starts, ps.checkpoints, ps.chaseRoot, ps.chased = req.Seed, starts, points, ps.chaseTree.root(), true
	ps.ChaseElapsed = time.Since(start)
	ps.p.log.Info().Str("challenge", s.IDHex()).Uint64("hops", s.ChaseHops()).Dur("elapsed", ps.ChaseElapsed).Msg("chase committed")
	return ChaseCommitment{Challenge: s.ID, Root: ps.chaseRoot}, nil
}

// Close releases the engine a chase challenge holds between Commit and Chase (nothing otherwise).
func (ps *ProverSession) Close() error {
	if ps.eng == nil {
		return nil
	}
	eng := ps.eng
	ps.eng = nil
	return eng.Close()
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
	if !s.checkUnits(req.Units) || !s.checkSegments(req.Segments) {
		return Opening{}, fmt.Errorf("%w: request units or segments invalid for %s", ErrBadOpening, s.Params)
	}
	if len(req.Segments) > 0 && !ps.chased {
		return Opening{}, fmt.Errorf("%w: chase segments requested before the chase", ErrState)
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
	if len(req.Segments) > 0 {
		maxT = s.Steps // the chase read the last state
	}
	if ps.eng != nil { // a chase challenge opened without its chase: the held engine is spent
		ps.Close()
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
	if len(req.Segments) > 0 {
		// The engine holds X_S and hashes holds its group hashes: replay each segment's hops from its
		// committed start, proving every block read.
		if out.Segments, err = ps.openSegments(ctx, eng, hashes, req.Segments); err != nil {
			return Opening{}, fmt.Errorf("open %s: %w", s.IDHex(), err)
		}
	}
	ps.p.log.Info().Str("challenge", s.IDHex()).Int("units", len(out.Units)).Int("segments", len(out.Segments)).
		Int("replayed_steps", maxT).Msg("opened")
	return out, nil
}

// openSegments answers chase segments from an engine holding the sweep's last state (hashes are that
// state's group hashes).
func (ps *ProverSession) openSegments(ctx context.Context, eng Engine, hashes []Hash, segs []Segment) ([]SegmentOpening, error) {
	s := ps.sched
	gs := s.Group * s.Width
	groups := map[int][]byte{}
	group := func(g int) ([]byte, error) {
		if b, ok := groups[g]; ok {
			return b, nil
		}
		buf := make([]int8, gs)
		if err := eng.ReadGroup(ctx, g, buf); err != nil {
			return nil, fmt.Errorf("read group %d: %w", g, err)
		}
		groups[g] = int8sAsBytes(buf)
		return groups[g], nil
	}
	leaf := func(g int) LeafProof {
		li, _ := s.leafOf(s.Steps, g)
		off := int(li-uint64(s.Steps-1)*uint64(s.LeavesPerStep())) * s.LeafGroups
		return LeafProof{Index: li, Groups: append([]Hash(nil), hashes[off:off+s.LeafGroups]...), Path: ps.tree.path(li)}
	}
	point := func(c, j int) CheckpointProof {
		li, _ := s.checkpointLeaf(c, j)
		per := s.checkpointsPerLeaf()
		return CheckpointProof{Index: li, Points: append([]ChaseState(nil), ps.checkpoints[int(li)*per:int(li+1)*per]...), Path: ps.chaseTree.path(li)}
	}
	spc := s.SegmentsPerChain()
	blocks := s.chaseBlocks()
	out := make([]SegmentOpening, len(segs))
	for i, sg := range segs {
		so := SegmentOpening{Segment: sg, End: point(sg.Chain, sg.Index+1)}
		acc := ps.starts[sg.Chain]
		if sg.Index > 0 {
			st := point(sg.Chain, sg.Index)
			so.Start = &st
			acc = ps.checkpoints[sg.Chain*spc+sg.Index-1]
		}
		var pos [ChaseReads]uint64
		var vals [ChaseReads][4]uint32
		for h := sg.Index * s.SegmentHops; h < (sg.Index+1)*s.SegmentHops; h++ {
			ChasePositions(acc, blocks, &pos)
			for j, b := range pos {
				g, og := s.blockInGroup(b)
				gb, err := group(g)
				if err != nil {
					return nil, err
				}
				vals[j] = blockWords(gb[og:])
				chunk, sibs := ChunkProof(gb, og/1024)
				so.Reads = append(so.Reads, ChaseRead{Chunk: append([]byte(nil), chunk...), Siblings: sibs, Leaf: leaf(g)})
			}
			acc = ChaseFold(acc, uint32(h), &vals)
		}
		if acc != ps.checkpoints[sg.Chain*spc+sg.Index] {
			// The replay disagrees with what the chase committed: the device computed something else
			// (a fault, or a backend that differs from the protocol). The verifier will reject it; say
			// so here, where the cause can still be looked at.
			ps.p.log.Error().Str("challenge", s.IDHex()).Int("chain", sg.Chain).Int("segment", sg.Index).
				Msg("replayed chase segment does not reach its committed checkpoint")
		}
		out[i] = so
	}
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
