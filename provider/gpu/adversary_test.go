package gpu

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"testing"
	"time"
	"unsafe"

	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/proof"
)

// Adversarial provers against the class model: each one computes the right answers (the verifier
// accepts them) but in a way the model says is too slow, and the test measures the quantity the
// model's verdict rests on from the prover's real work at a small scale.

func adversaryChallenge(p proof.Params, label string) proof.Challenge {
	return proof.Challenge{Class: A100_80, Subject: "GPU-adversary", Expiry: 4102444800, Nonce: 1,
		Seed: sha256.Sum256([]byte(label)), Params: p}
}

// sweepState is a sweep state in host memory, computed row by row from the schedule (the reference
// the adversaries below are held to).
func sweepState(t *testing.T, s *proof.Schedule) []byte {
	t.Helper()
	eng, err := proof.CPU{}.NewEngine(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	hashes := make([]proof.Hash, s.GroupsPerStep())
	for step := 1; step <= s.Steps; step++ {
		if err := eng.Step(context.Background(), step, hashes); err != nil {
			t.Fatal(err)
		}
	}
	gs := s.Group * s.Width
	state := make([]byte, s.Rows*s.Width)
	buf := make([]int8, gs)
	for g := 0; g < s.GroupsPerStep(); g++ {
		if err := eng.ReadGroup(context.Background(), g, buf); err != nil {
			t.Fatal(err)
		}
		for i, v := range buf {
			state[g*gs+i] = byte(v)
		}
	}
	return state
}

func block(state []byte, b uint64) [4]uint32 {
	x := state[16*b:]
	return [4]uint32{binary.LittleEndian.Uint32(x), binary.LittleEndian.Uint32(x[4:]), binary.LittleEndian.Uint32(x[8:]), binary.LittleEndian.Uint32(x[12:])}
}

// TestPooledChaseTimingModel is the pooled-devices prover as a timing model, on real hops. Two cards
// hold the chase window between them, card A its first fraction a, card B its last fraction a (the
// overlap on both), as the pair's memories allow; the pool replays every chain of a real chase
// (computing exactly the honest checkpoints) and pays the link on each hop whose reads fall on both
// cards. For every pool of the class table the measured share of such hops must match
// proof.ChaseSplitProbability within four standard deviations, and the pool's time with the measured
// share must give the model's verdict (and its margin within 0.02).
func TestPooledChaseTimingModel(t *testing.T) {
	p := proof.Params{Sweep: true, Width: 256, Rows: 1 << 12, Steps: 6, Group: 16, LeafGroups: 16, Openings: 4,
		Chains: 4, Hops: 1 << 13, SegmentHops: 4, ChaseRows: 1 << 12, ChaseOpenings: 8}
	s, err := proof.NewSchedule(adversaryChallenge(p, "pool"))
	if err != nil {
		t.Fatal(err)
	}
	state := sweepState(t, s)
	eng, err := proof.CPU{}.NewEngine(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	hashes := make([]proof.Hash, s.GroupsPerStep())
	for step := 1; step <= s.Steps; step++ {
		if err := eng.Step(context.Background(), step, hashes); err != nil {
			t.Fatal(err)
		}
	}
	seed := proof.Hash{1}
	starts := s.ChaseStarts(seed)
	honest := make([]proof.ChaseState, p.Chains*p.SegmentsPerChain())
	if err := eng.Chase(context.Background(), starts, honest); err != nil {
		t.Fatal(err)
	}
	blocks := uint64(p.ChaseRows) * uint64(p.Width) / 16

	tested := 0
	for _, pool := range Pools() {
		if pool.Kind != "capacity" || pool.Whole {
			continue
		}
		c, _ := ClassByName(pool.Class)
		card, _ := ClassByName(pool.Card)
		kp := c.CapacityParams()
		a := (float64(card.MemoryBytes()) - pagingReserve) / (float64(kp.ChaseRows) * float64(kp.Width))
		aEnd, bStart := uint64(a*float64(blocks)), blocks-uint64(a*float64(blocks))
		split, hops := 0, 0
		var pos [proof.ChaseReads]uint64
		var vals [proof.ChaseReads][4]uint32
		for ch := 0; ch < p.Chains; ch++ {
			acc := starts[ch]
			for h := 0; h < p.Hops; h++ {
				proof.ChasePositions(acc, blocks, &pos)
				onA, onB := true, true
				for j, b := range pos {
					onA = onA && b < aEnd
					onB = onB && b >= bStart
					vals[j] = block(state, b)
				}
				if !onA && !onB {
					split++
				}
				hops++
				acc = proof.ChaseFold(acc, uint32(h), &vals)
				if (h+1)%p.SegmentHops == 0 && acc != honest[ch*p.SegmentsPerChain()+(h+1)/p.SegmentHops-1] {
					t.Fatalf("the pool's chain %d left the honest chain at hop %d", ch, h)
				}
			}
		}
		want := proof.ChaseSplitProbability(a, a)
		got := float64(split) / float64(hops)
		if sd := math.Sqrt(want * (1 - want) / float64(hops)); math.Abs(got-want) > 4*sd {
			t.Errorf("%s as %s: %.4f of hops split, predicted %.4f (σ %.4f)", pool.Card, pool.Class, got, want, sd)
		}
		// The pool's chase time with the measured share, over the class's chase deadline.
		hop := latencyCheatFactor*card.MemLatencyNS + chaseHopComputeNS + got*pool.Link.LatencyNS
		margin := (ChaseSetupAllowance.Seconds() + float64(kp.Hops)*hop*1e-9) / c.ChaseDeadline().Seconds()
		if math.Abs(margin-pool.Chase) > 0.02 || (margin > 1) != (pool.Chase > 1) {
			t.Errorf("%s as %s over %s: measured margin %.3f, model %.3f", pool.Card, pool.Class, pool.Link.Name, margin, pool.Chase)
		}
		t.Logf("2x %-9s as %-9s over %-13s holding %.2f of the window each: %.4f of %d hops split (predicted %.4f): chase at %.2fx its deadline",
			pool.Card, pool.Class, pool.Link.Name, a, got, hops, want, margin)
		tested++
	}
	if tested < 5 {
		t.Fatalf("only %d capacity pools tested", tested)
	}
}

// pagingBackend is the paging prover: a card that holds only resident bytes of the sweep state and
// keeps the rest in host memory, moving each non-resident row across PCIe to update it and back
// every step, and reading non-resident blocks across PCIe during the chase. It counts that traffic.
type pagingBackend struct {
	resident float64 // fraction of the state (and of the chase window) on the card
	traffic  *pagingTraffic
}

type pagingTraffic struct {
	in, out  uint64 // bytes over the link, host to card and back, during the sweep
	hostHops uint64 // chase hops with at least one read from host memory
	hops     uint64
	engines  int // engines made: only the first (the commitment's) counts, not the opening's replay
}

func (b pagingBackend) Name() string { return "paging" }

func (b pagingBackend) NewEngine(ctx context.Context, s *proof.Schedule) (proof.Engine, error) {
	b.traffic.engines++
	e := &pagingEngine{s: s, b: b, x: make([]byte, s.Rows*s.Width), count: b.traffic.engines == 1}
	for i := 0; i < s.Rows; i++ {
		row := make([]int8, s.Width)
		s.InitialRows(row, i)
		for j, v := range row {
			e.x[i*s.Width+j] = byte(v)
		}
	}
	return e, nil
}

type pagingEngine struct {
	s     *proof.Schedule
	b     pagingBackend
	x     []byte
	count bool
}

func (e *pagingEngine) resident(row int) bool {
	return float64(row) < e.b.resident*float64(e.s.Rows)
}

func (e *pagingEngine) Step(ctx context.Context, t int, hashes []proof.Hash) error {
	s := e.s
	n := s.Width
	k, mu := s.StepConstants(t)
	a, b := make([]int8, n), make([]int8, n)
	for i := 0; i < s.Rows; i++ {
		j := i ^ mu
		if j < i {
			continue
		}
		xi, xj := asInt8(e.x[i*n:(i+1)*n]), asInt8(e.x[j*n:(j+1)*n])
		proof.SweepRow(a, xi, xj, k, uint64(i))
		proof.SweepRow(b, xj, xi, k, uint64(j))
		copy(xi, a)
		copy(xj, b)
		for _, r := range []int{i, j} {
			if !e.resident(r) && e.count {
				e.b.traffic.in += uint64(n)
				e.b.traffic.out += uint64(n)
			}
		}
	}
	gs := s.Group * n
	for g := range hashes {
		hashes[g] = proof.GroupHash(asInt8(e.x[g*gs : (g+1)*gs]))
	}
	return nil
}

func (e *pagingEngine) ReadGroup(ctx context.Context, g int, dst []int8) error {
	gs := e.s.Group * e.s.Width
	copy(dst, asInt8(e.x[g*gs:(g+1)*gs]))
	return nil
}

func (e *pagingEngine) Chase(ctx context.Context, starts, checkpoints []proof.ChaseState) error {
	p := e.s.Params
	blocks := uint64(p.ChaseRows) * uint64(p.Width) / 16
	residentBlocks := uint64(e.b.resident * float64(blocks))
	var pos [proof.ChaseReads]uint64
	var vals [proof.ChaseReads][4]uint32
	for c := 0; c < p.Chains; c++ {
		acc := starts[c]
		for h := 0; h < p.Hops; h++ {
			proof.ChasePositions(acc, blocks, &pos)
			host := false
			for j, b := range pos {
				host = host || b >= residentBlocks
				vals[j] = block(e.x, b)
			}
			if e.count {
				if host {
					e.b.traffic.hostHops++
				}
				e.b.traffic.hops++
			}
			acc = proof.ChaseFold(acc, uint32(h), &vals)
			if (h+1)%p.SegmentHops == 0 {
				checkpoints[c*p.SegmentsPerChain()+(h+1)/p.SegmentHops-1] = acc
			}
		}
	}
	return nil
}

func (e *pagingEngine) Close() error { return nil }

// asInt8 views b as int8s (the proof package's element type), without copying.
func asInt8(b []byte) []int8 {
	return unsafe.Slice((*int8)(unsafe.Pointer(unsafe.SliceData(b))), len(b))
}

// TestPagingProverCaught runs the capacity challenge's paging prover through the real protocol for
// each class told apart by capacity, at the next class down's resident fraction: its answers verify,
// its sweep moves exactly the non-resident share of the state across PCIe each step in each direction
// (what PagingTime charges) and the share of its chase hops that wait on host memory matches 1 − h^8;
// the model's verdict from those quantities is caught, on both phases.
func TestPagingProverCaught(t *testing.T) {
	p := proof.Params{Sweep: true, Width: 256, Rows: 1 << 11, Steps: 5, Group: 16, LeafGroups: 16, Openings: 8,
		Chains: 2, Hops: 1 << 13, SegmentHops: 4, ChaseRows: 1 << 11, ChaseOpenings: 16}
	for _, c := range Classes() {
		if c.SeparatedBy != ByCapacity {
			continue
		}
		down, _ := ClassByName(c.NextDown)
		kp := c.CapacityParams()
		held := float64(down.MemoryBytes()) - pagingReserve
		hSweep := held / float64(kp.StateBytes())
		hChase := min(1, held/(float64(kp.ChaseRows)*float64(kp.Width)))
		t.Run(fmt.Sprintf("%s on a %s", c.Name, down.Name), func(t *testing.T) {
			// The sweep at the sweep's resident share.
			var sw pagingTraffic
			ch := adversaryChallenge(p, "paging-"+c.Name)
			ch.Params.Chains, ch.Params.Hops, ch.Params.SegmentHops, ch.Params.ChaseRows, ch.Params.ChaseOpenings = 0, 0, 0, 0, 0
			if err := runAdversary(t, pagingBackend{resident: hSweep, traffic: &sw}, ch); err != nil {
				t.Fatalf("the paging prover's sweep is correct and must verify: %v", err)
			}
			state := float64(p.StateBytes())
			perStep := float64(sw.in) / float64(p.Steps)
			if want := (1 - hSweep) * state; math.Abs(perStep-want) > float64(2*p.Width) || sw.in != sw.out {
				t.Fatalf("paged %.0f bytes a step in, %d out in all; the model charges %.0f each way", perStep, sw.out, want)
			}
			// The chase at the window's resident share (the prover keeps the window resident first).
			var cs pagingTraffic
			if err := runAdversary(t, pagingBackend{resident: hChase, traffic: &cs}, adversaryChallenge(p, "paging-chase-"+c.Name)); err != nil {
				t.Fatalf("the paging prover's chase is correct and must verify: %v", err)
			}
			got, want := float64(cs.hostHops)/float64(cs.hops), 1-math.Pow(hChase, proof.ChaseReads)
			if sd := math.Sqrt(want * (1 - want) / float64(cs.hops)); math.Abs(got-want) > 4*sd+1e-9 {
				t.Fatalf("%.4f of chase hops waited on host memory, predicted %.4f", got, want)
			}
			sweepMargin := c.PagingTime(down).Seconds() / c.CapacityDeadline().Seconds()
			chaseMargin := c.PagingChaseMargin(down)
			t.Logf("%s paging as %s: %.0f%% of the state resident, %.0f%% of the window; sweep %.2fx its deadline, %.3f of chase hops on host (predicted %.3f): chase %.2fx its deadline",
				down.Name, c.Name, 100*hSweep, 100*hChase, sweepMargin, got, want, chaseMargin)
			if sweepMargin < 1.2 || chaseMargin < 1.2 {
				t.Fatalf("the paging prover is not caught with margin: sweep %.2f, chase %.2f", sweepMargin, chaseMargin)
			}
		})
	}
}

// runAdversary drives one challenge through commit, chase, request, open and verify.
func runAdversary(t *testing.T, b proof.Backend, ch proof.Challenge) error {
	t.Helper()
	ctx := context.Background()
	sess, cm, err := proof.NewProver(b, 1, zerolog.Nop()).Commit(ctx, ch)
	if err != nil {
		return err
	}
	defer sess.Close()
	v, err := proof.NewVerifier(proof.DefaultVerifierConfig(), nil, zerolog.Nop())
	if err != nil {
		return err
	}
	chk, err := v.Begin(ch, proof.DeadlinesFor(time.Minute))
	if err != nil {
		return err
	}
	now := time.Now()
	if err := chk.Commit(cm, proof.Timing{Sent: now, Received: now}); err != nil {
		return err
	}
	if ch.Params.Chains > 0 {
		creq, err := chk.Chase()
		if err != nil {
			return err
		}
		ccm, err := sess.Chase(ctx, creq)
		if err != nil {
			return err
		}
		if err := chk.CommitChase(ccm, proof.Timing{Sent: now, Received: now}); err != nil {
			return err
		}
	}
	req, err := chk.Request()
	if err != nil {
		return err
	}
	op, err := sess.Open(ctx, req)
	if err != nil {
		return err
	}
	return chk.Verify(ctx, op, proof.Timing{Sent: now, Received: now})
}

// TestCPUEmulationCaught is the CPU emulating a GPU at a small size: it measures this machine's CPU
// prover on a small GEMM chain (its MAC rate barely depends on the shape) and extrapolates to the
// cheapest class's whole compute challenge. The CPU needs orders of magnitude longer than the
// deadline; the number of such machines a farm would need is reported (they would also have to
// exchange the whole state every step).
func TestCPUEmulationCaught(t *testing.T) {
	c, _ := ClassByName(RTX3090)
	full := c.ComputeParams()
	p := proof.Params{Width: 2048, Rows: 128, Steps: 2, Group: 1, LeafGroups: 16, Openings: 4}
	ch := adversaryChallenge(p, "cpu-emulation")
	start := time.Now()
	sess, _, err := proof.NewProver(proof.CPU{}, 0, zerolog.Nop()).Commit(context.Background(), ch)
	if err != nil {
		t.Fatal(err)
	}
	sess.Close()
	rate := p.MACs() / time.Since(start).Seconds()
	need := time.Duration(full.MACs() / rate * float64(time.Second))
	ratio := need.Seconds() / c.ComputeDeadline().Seconds()
	t.Logf("CPU prover: %.3g MAC/s on this machine; the %s compute challenge (%.3g MACs) would take %s, %.0fx its %s deadline; meeting it takes about %.0f such machines",
		rate, c.Name, full.MACs(), need.Round(time.Second), ratio, c.ComputeDeadline().Round(time.Millisecond), math.Ceil(ratio))
	if ratio < 100 {
		t.Fatalf("CPU emulation only %.1fx the deadline", ratio)
	}
}
