package proof

import (
	"context"
	"math/rand/v2"
	"runtime"
	"sort"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

// The H100 class's challenges, as provider/gpu's class table has them (its TestH100ShapesAsBenchmarked
// pins the same values): the compute chain and the capacity sweep with its chase.
var (
	h100Compute  = Params{Width: 16384, Rows: 1 << 13, Steps: 1413, Group: 1, LeafGroups: 64, Openings: 64}
	h100Capacity = Params{Sweep: true, Width: 272, Rows: 1 << 28, Steps: 16, Group: 64, LeafGroups: 64, Openings: 32,
		Chains: 4, Hops: 1 << 20, SegmentHops: 4, ChaseRows: 221064493, ChaseOpenings: 64}
)

// shapeOpening is a verifiable opening at a shape far too large to prove on a CPU: the verifier's
// randomness is seeded, so the units and segments it will ask for are known in advance, and only
// those groups are made (random previous states, their true successors), committed in a tree of the
// real size whose other leaves are filler. The verifier cannot tell: it checks exactly what it checks
// on a real opening, with the real Merkle depth.
type shapeOpening struct {
	ch              Challenge
	label           string
	root, chaseRoot Hash
	op              Opening
}

// requestFor runs a seeded verifier up to the opening request and returns it with the chase seed.
func requestFor(tb testing.TB, ch Challenge, label string) (OpeningRequest, Hash) {
	v := newTestVerifier(tb, label, DefaultVerifierConfig())
	chk, err := v.Begin(ch, DeadlinesFor(time.Hour))
	if err != nil {
		tb.Fatal(err)
	}
	if err := chk.Commit(Commitment{Challenge: ch.ID()}, onTime()); err != nil {
		tb.Fatal(err)
	}
	var seed Hash
	if ch.Params.Chains > 0 {
		creq, err := chk.Chase()
		if err != nil {
			tb.Fatal(err)
		}
		seed = creq.Seed
		if err := chk.CommitChase(ChaseCommitment{Challenge: ch.ID()}, onTime()); err != nil {
			tb.Fatal(err)
		}
	}
	req, err := chk.Request()
	if err != nil {
		tb.Fatal(err)
	}
	return req, seed
}

func buildShapeOpening(tb testing.TB, p Params, label string) *shapeOpening {
	ch := testChallenge(tb, p, label)
	s, err := NewSchedule(ch)
	if err != nil {
		tb.Fatal(err)
	}
	req, seed := requestFor(tb, ch, label)
	n, G, gs := s.Width, s.Group, s.Group*s.Width
	rng := rand.New(rand.NewPCG(7, 11))
	// groups[(t, g)]: the rows the opening reveals or reads.
	type key struct{ t, g int }
	groups := map[key][]int8{}
	group := func(t, g int) []int8 {
		if b, ok := groups[key{t, g}]; ok {
			return b
		}
		b := make([]int8, gs)
		if t == 0 {
			s.InitialRows(b, g*G)
		} else {
			for i := range b {
				b[i] = int8(rng.Uint32())
			}
		}
		groups[key{t, g}] = b
		return b
	}
	var wt []int8
	if !s.Sweep {
		wt = s.WeightsT(0)
	}
	op := Opening{Challenge: s.ID, Units: make([]UnitOpening, len(req.Units))}
	units := append([]Unit(nil), req.Units...)
	sort.Slice(units, func(i, j int) bool { return units[i].Step < units[j].Step })
	products := map[Unit][]int32{}
	for _, u := range units {
		k, mu := s.StepConstants(u.Step)
		pg := s.PartnerGroup(u.Group, mu)
		prev, partner := group(u.Step-1, u.Group), group(u.Step-1, pg)
		out := make([]int8, gs)
		if s.Sweep {
			for row := 0; row < G; row++ {
				pr := row ^ (mu & (G - 1))
				SweepRow(out[row*n:row*n+n], prev[row*n:row*n+n], partner[pr*n:pr*n+n], k, uint64(u.Group*G+row))
			}
		} else {
			prod := groupProduct(s, u, mu, prev, partner, wt)
			for j, c := range prod {
				out[j] = Nonlinear(c, k)
			}
			products[u] = prod
		}
		if _, ok := groups[key{u.Step, u.Group}]; ok {
			tb.Fatalf("unit %+v's output was already made up as an input", u)
		}
		groups[key{u.Step, u.Group}] = out
	}
	// The chase: follow each requested segment over made-up groups of the last state.
	type pointKey struct{ c, j int }
	points := map[pointKey]ChaseState{}
	var segReads [][]ChaseRead
	var segGroups [][]int
	blocks := s.chaseBlocks()
	for _, sg := range req.Segments {
		acc := s.ChaseStart(seed, sg.Chain)
		if sg.Index > 0 {
			if st, ok := points[pointKey{sg.Chain, sg.Index}]; ok {
				acc = st
			} else {
				acc = ChaseState{rng.Uint32(), rng.Uint32(), rng.Uint32(), rng.Uint32()}
				points[pointKey{sg.Chain, sg.Index}] = acc
			}
		}
		var reads []ChaseRead
		var gids []int
		var pos [ChaseReads]uint64
		var vals [ChaseReads][4]uint32
		for h := sg.Index * s.SegmentHops; h < (sg.Index+1)*s.SegmentHops; h++ {
			ChasePositions(acc, blocks, &pos)
			for j, b := range pos {
				g, og := s.blockInGroup(b)
				gb := int8sAsBytes(group(s.Steps, g))
				vals[j] = blockWords(gb[og:])
				chunk, sibs := ChunkProof(gb, og/1024)
				reads = append(reads, ChaseRead{Chunk: append([]byte(nil), chunk...), Siblings: sibs})
				gids = append(gids, g)
			}
			acc = ChaseFold(acc, uint32(h), &vals)
		}
		points[pointKey{sg.Chain, sg.Index + 1}] = acc
		segReads, segGroups = append(segReads, reads), append(segGroups, gids)
	}
	// The sweep (or chain) tree: the real leaf count, filler where nothing is opened.
	leafGroups := map[uint64][]Hash{}
	for k, b := range groups {
		if k.t == 0 {
			continue
		}
		li, slot := s.leafOf(k.t, k.g)
		if leafGroups[li] == nil {
			leafGroups[li] = make([]Hash, s.LeafGroups)
			for i := range leafGroups[li] {
				leafGroups[li][i] = Hash{byte(li), byte(li >> 8), byte(li >> 16), byte(i), 0xF1}
			}
		}
		leafGroups[li][slot] = GroupHash(b)
	}
	leaves := make([]Hash, s.Leaves())
	for i := range leaves {
		if g, ok := leafGroups[uint64(i)]; ok {
			leaves[i] = LeafHash(g)
		} else {
			leaves[i] = Hash{byte(i), byte(i >> 8), byte(i >> 16), byte(i >> 24), 0xF0}
		}
	}
	tree := buildTree(leaves, 0)
	leafProof := func(t, g int) LeafProof {
		li, _ := s.leafOf(t, g)
		return LeafProof{Index: li, Groups: leafGroups[li], Path: tree.path(li)}
	}
	for i, u := range req.Units {
		_, mu := s.StepConstants(u.Step)
		pg := s.PartnerGroup(u.Group, mu)
		uo := UnitOpening{Unit: u, Leaf: leafProof(u.Step, u.Group), Product: products[u]}
		if u.Step > 1 {
			pl, ql := leafProof(u.Step-1, u.Group), leafProof(u.Step-1, pg)
			uo.Prev, uo.Partner, uo.PrevLeaf, uo.PartnerLeaf = groups[key{u.Step - 1, u.Group}], groups[key{u.Step - 1, pg}], &pl, &ql
		}
		op.Units[i] = uo
	}
	so := &shapeOpening{ch: ch, label: label, root: tree.root()}
	op.Root = so.root
	if s.Chains > 0 {
		per := s.checkpointsPerLeaf()
		cleaves := map[uint64][]ChaseState{}
		for pk, st := range points {
			if pk.j == 0 {
				continue
			}
			li, slot := s.checkpointLeaf(pk.c, pk.j)
			if cleaves[li] == nil {
				cleaves[li] = make([]ChaseState, per)
			}
			cleaves[li][slot] = st
		}
		chaseLeaves := make([]Hash, s.ChaseLeaves())
		for i := range chaseLeaves {
			if pts, ok := cleaves[uint64(i)]; ok {
				chaseLeaves[i] = ChaseLeafHash(pts)
			} else {
				chaseLeaves[i] = Hash{byte(i), byte(i >> 8), byte(i >> 16), 0xF2}
			}
		}
		ctree := buildTree(chaseLeaves, 0)
		so.chaseRoot = ctree.root()
		point := func(c, j int) CheckpointProof {
			li, _ := s.checkpointLeaf(c, j)
			return CheckpointProof{Index: li, Points: cleaves[li], Path: ctree.path(li)}
		}
		for i, sg := range req.Segments {
			out := SegmentOpening{Segment: sg, End: point(sg.Chain, sg.Index+1), Reads: segReads[i]}
			if sg.Index > 0 {
				st := point(sg.Chain, sg.Index)
				out.Start = &st
			}
			for k := range out.Reads {
				out.Reads[k].Leaf = leafProof(s.Steps, segGroups[i][k])
			}
			op.Segments = append(op.Segments, out)
		}
	}
	so.op = op
	return so
}

// verify runs a fresh seeded verifier (the same requests as the one the opening was built for) with
// workers goroutines over the opening and returns its wall and CPU time.
func (so *shapeOpening) verify(tb testing.TB, workers int) (wall, cpu time.Duration) {
	cfg := DefaultVerifierConfig()
	cfg.Workers = workers
	v, err := NewVerifier(cfg, newSeededRand(so.label), zerolog.Nop())
	if err != nil {
		tb.Fatal(err)
	}
	chk, err := v.Begin(so.ch, DeadlinesFor(time.Hour))
	if err != nil {
		tb.Fatal(err)
	}
	if err := chk.Commit(Commitment{Challenge: so.ch.ID(), Root: so.root}, onTime()); err != nil {
		tb.Fatal(err)
	}
	if so.ch.Params.Chains > 0 {
		if _, err := chk.Chase(); err != nil {
			tb.Fatal(err)
		}
		if err := chk.CommitChase(ChaseCommitment{Challenge: so.ch.ID(), Root: so.chaseRoot}, onTime()); err != nil {
			tb.Fatal(err)
		}
	}
	if _, err := chk.Request(); err != nil {
		tb.Fatal(err)
	}
	start, c0 := time.Now(), cpuTime()
	if err := chk.Verify(context.Background(), so.op, onTime()); err != nil {
		tb.Fatalf("the verifier rejected the made-up opening: %v", err)
	}
	return time.Since(start), cpuTime() - c0
}

// TestShapeOpeningVerifies keeps the benchmark honest: a made-up opening at a small shape verifies,
// and one altered byte fails it.
func TestShapeOpeningVerifies(t *testing.T) {
	for _, p := range []Params{
		{Width: 256, Rows: 256, Steps: 9, Group: 1, LeafGroups: 16, Openings: 24},
		{Sweep: true, Width: 272, Rows: 1 << 12, Steps: 5, Group: 16, LeafGroups: 16, Openings: 16,
			Chains: 3, Hops: 1 << 10, SegmentHops: 4, ChaseRows: 3000, ChaseOpenings: 24},
	} {
		so := buildShapeOpening(t, p, "shape-"+p.String())
		so.verify(t, 0)
		bad := *so
		bad.op.Units = append([]UnitOpening(nil), so.op.Units...)
		last := &bad.op.Units[len(bad.op.Units)-1]
		last.Leaf.Groups = append([]Hash(nil), last.Leaf.Groups...)
		last.Leaf.Groups[0][0] ^= 1
		v, _ := NewVerifier(DefaultVerifierConfig(), newSeededRand(so.label), zerolog.Nop())
		chk, _ := v.Begin(so.ch, DeadlinesFor(time.Hour))
		chk.Commit(Commitment{Challenge: so.ch.ID(), Root: so.root}, onTime())
		if p.Chains > 0 {
			chk.Chase()
			chk.CommitChase(ChaseCommitment{Challenge: so.ch.ID(), Root: so.chaseRoot}, onTime())
		}
		chk.Request()
		if err := chk.Verify(context.Background(), bad.op, onTime()); err == nil {
			t.Fatalf("%s: an altered made-up opening verified", p)
		}
	}
}

// BenchmarkVerifyH100 verifies a full H100 challenge, all of its verification work: the compute
// chain's opening (W·r over the 16384 × 16384 weights, 64 product rows, the real Merkle depth) and
// the capacity challenge's (32 sweep units and 64 chase segments of 4 hops × 8 reads, each read a
// BLAKE3 chunk proof into the 73 GB state's commitment), on 2 workers (the inspector's 2 cores).
//
// Baselines measured in the same run: the CPU prover's MAC rate on one step of the compute shape (16
// rows) and its sweep rate, extrapolated to the whole challenge (what the verifier's share is of);
// the GPU reference times are provider/gpu's (10.24 s compute, 3.66 s sweep and 0.83 s chase).
// Run: go test -run '^$' -bench VerifyH100 -benchtime 3x ./oracle/proof
func BenchmarkVerifyH100(b *testing.B) {
	compute := buildShapeOpening(b, h100Compute, "h100-compute")
	capacity := buildShapeOpening(b, h100Capacity, "h100-capacity")

	// Baseline: the CPU prover on a slice of each shape, in this run.
	slice := h100Compute
	slice.Rows, slice.Steps, slice.LeafGroups, slice.Openings = 16, 1, 16, 4
	start := time.Now()
	if _, _, err := NewProver(CPU{}, 0, zerolog.Nop()).Commit(context.Background(), testChallenge(b, slice, "slice")); err != nil {
		b.Fatal(err)
	}
	macRate := slice.MACs() / time.Since(start).Seconds()
	sweepSlice := Params{Sweep: true, Width: 272, Rows: 1 << 16, Steps: 4, Group: 64, LeafGroups: 64, Openings: 4}
	start = time.Now()
	if _, _, err := NewProver(CPU{}, 0, zerolog.Nop()).Commit(context.Background(), testChallenge(b, sweepSlice, "sweep-slice")); err != nil {
		b.Fatal(err)
	}
	sweepRate := sweepSlice.SweptBytes() / time.Since(start).Seconds()
	cpuProve := h100Compute.MACs()/macRate + h100Capacity.SweptBytes()/sweepRate
	const gpuReference = 10.24 + 3.66 + 0.83

	workers := min(2, runtime.GOMAXPROCS(0))
	b.ResetTimer()
	var wall, cpu, cwall, kwall time.Duration
	for i := 0; i < b.N; i++ {
		w1, c1 := compute.verify(b, workers)
		w2, c2 := capacity.verify(b, workers)
		wall, cpu, cwall, kwall = wall+w1+w2, cpu+c1+c2, cwall+w1, kwall+w2
	}
	n := float64(b.N)
	b.ReportMetric(wall.Seconds()/n, "verify-s")
	b.ReportMetric(cpu.Seconds()/n, "verify-cpu-s")
	b.ReportMetric(cwall.Seconds()/n, "compute-verify-s")
	b.ReportMetric(kwall.Seconds()/n, "capacity-verify-s")
	b.ReportMetric(macRate, "cpu-prover-MAC/s")
	b.ReportMetric(wall.Seconds()/n/cpuProve, "verify/cpu-prove")
	b.ReportMetric(wall.Seconds()/n/gpuReference, "verify/gpu-reference")
	b.ReportMetric(float64(workers), "workers")
}
