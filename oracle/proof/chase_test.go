package proof

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

// TestChunkProofsRecomputeTheGroupHash checks the BLAKE3 chunk proofs against the library's hash for
// every chunk of groups of every shape a challenge can have (one partial chunk, exact chunks, a
// partial last chunk, 17 and 32 chunks), and that any change to the chunk or a sibling breaks them.
func TestChunkProofsRecomputeTheGroupHash(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, size := range []int{16, 1008, 1024, 1040, 2048, 3072, 5120, 17408, 31744, 32768} {
		group := make([]byte, size)
		for i := range group {
			group[i] = byte(rng.Uint32())
		}
		want := GroupHash(bytesAsInt8s(group))
		for ci := 0; ci < chunkCount(size); ci++ {
			chunk, sibs := ChunkProof(group, ci)
			got, ok := groupHashFromChunk(chunk, ci, size, sibs)
			if !ok || got != want {
				t.Fatalf("size %d chunk %d: recomputed %x (ok %t), want %x", size, ci, got, ok, want)
			}
			bad := append([]byte(nil), chunk...)
			bad[rng.IntN(len(bad))] ^= 1
			if got, ok := groupHashFromChunk(bad, ci, size, sibs); ok && got == want {
				t.Fatalf("size %d chunk %d: altered chunk still hashes to the group", size, ci)
			}
			if len(sibs) > 0 {
				badSibs := append([]Hash(nil), sibs...)
				badSibs[rng.IntN(len(badSibs))][3] ^= 0x40
				if got, ok := groupHashFromChunk(chunk, ci, size, badSibs); ok && got == want {
					t.Fatalf("size %d chunk %d: altered sibling still hashes to the group", size, ci)
				}
				if _, ok := groupHashFromChunk(chunk, ci, size, sibs[1:]); ok {
					t.Fatalf("size %d chunk %d: a short path was accepted", size, ci)
				}
			}
			if _, ok := groupHashFromChunk(chunk, ci+1, size, sibs); ok && ci+1 < chunkCount(size) && len(chunk) == 1024 {
				if got, _ := groupHashFromChunk(chunk, ci+1, size, sibs); got == want {
					t.Fatalf("size %d: chunk %d passes as chunk %d", size, ci, ci+1)
				}
			}
		}
	}
}

// TestChaseMatchesPositionsAndFold pins the chase's arithmetic with known answers (computed by an
// independent Python transcription of the definitions) and checks that a hop's positions cover the
// window uniformly (so a pool's split sees the predicted share of reads).
func TestChaseMatchesPositionsAndFold(t *testing.T) {
	var pos [ChaseReads]uint64
	ChasePositions(ChaseState{1, 2, 3, 4}, 1<<33, &pos)
	want := [ChaseReads]uint64{0x6dbd6a07, 0x13347ed49, 0x10ab2f18a, 0x14e22c721, 0x2170086e, 0x84c577b1, 0x1d928ba06, 0x18d38e170}
	if pos != want {
		t.Fatalf("positions %#x, want %#x", pos, want)
	}
	vals := [ChaseReads][4]uint32{{1}, {0, 2}, {0, 0, 3}, {0, 0, 0, 4}, {5}, {6}, {7}, {8}}
	if got := ChaseFold(ChaseState{1, 2, 3, 4}, 7, &vals); got != (ChaseState{0x179acf42, 0x9ba641e5, 0x2e8a28e4, 0xb7f412a3}) {
		t.Fatalf("fold %#x", got)
	}
	const blocks, buckets, hops = 1000, 10, 20000
	var count [buckets]int
	acc := ChaseState{9, 8, 7, 6}
	for h := 0; h < hops; h++ {
		ChasePositions(acc, blocks, &pos)
		for _, p := range pos {
			if p >= blocks {
				t.Fatalf("position %d outside %d blocks", p, blocks)
			}
			count[p*buckets/blocks]++
		}
		acc = ChaseFold(acc, uint32(h), &vals)
	}
	n := float64(hops * ChaseReads)
	for b, c := range count {
		if math.Abs(float64(c)-n/buckets) > 4*math.Sqrt(n/buckets) {
			t.Fatalf("bucket %d holds %d of %.0f reads", b, c, n)
		}
	}
}

// TestChaseOrderAndDeadline checks the chase phase's place in the protocol: no request before the
// chase commitment, the chase's own deadline, no chase for challenges without one, and a chase
// commitment for another challenge refused.
func TestChaseOrderAndDeadline(t *testing.T) {
	p := chaseParams()
	ch := testChallenge(t, p, "chase-order")
	ctx := context.Background()
	v := newTestVerifier(t, "chase-order", DefaultVerifierConfig())
	sess, cm, err := NewProver(CPU{}, 0, zerolog.Nop()).Commit(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	chk, err := v.Begin(ch, Deadlines{Commit: time.Minute, Chase: time.Second, Open: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	if err := chk.Commit(cm, onTime()); err != nil {
		t.Fatal(err)
	}
	if _, err := chk.Request(); !errors.Is(err, ErrState) {
		t.Fatalf("request before the chase: %v", err)
	}
	creq, err := chk.Chase()
	if err != nil {
		t.Fatal(err)
	}
	ccm, err := sess.Chase(ctx, creq)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sess.Chase(ctx, creq); !errors.Is(err, ErrState) {
		t.Fatalf("second chase: %v", err)
	}
	now := time.Now()
	if err := chk.CommitChase(ccm, Timing{Sent: now, Received: now.Add(1100 * time.Millisecond), RTT: time.Millisecond}); !errors.Is(err, ErrLate) {
		t.Fatalf("late chase commitment: %v", err)
	}
	if _, err := chk.Request(); !errors.Is(err, ErrState) {
		t.Fatalf("request after a late chase: %v", err)
	}

	other := testChallenge(t, smallParams(), "no-chase")
	chk2, err := v.Begin(other, DeadlinesFor(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if err := chk2.Commit(Commitment{Challenge: other.ID()}, onTime()); err != nil {
		t.Fatal(err)
	}
	if _, err := chk2.Chase(); !errors.Is(err, ErrState) {
		t.Fatalf("chase for a challenge without one: %v", err)
	}

	sess3, cm3, err := NewProver(CPU{}, 0, zerolog.Nop()).Commit(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	defer sess3.Close()
	chk3 := newCheck(t, v, ch, cm3)
	creq3, err := chk3.Chase()
	if err != nil {
		t.Fatal(err)
	}
	ccm3, err := sess3.Chase(ctx, creq3)
	if err != nil {
		t.Fatal(err)
	}
	ccm3.Challenge[0] ^= 1
	if err := chk3.CommitChase(ccm3, onTime()); !errors.Is(err, ErrChallengeMismatch) {
		t.Fatalf("chase commitment for another challenge: %v", err)
	}
}

// newCheck is a check that accepted cm (and nothing more).
func newCheck(t *testing.T, v *Verifier, ch Challenge, cm Commitment) *Check {
	t.Helper()
	chk, err := v.Begin(ch, DeadlinesFor(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if err := chk.Commit(cm, onTime()); err != nil {
		t.Fatal(err)
	}
	return chk
}

// chasedCheck runs a chase challenge up to the opening request and returns the prover's session and
// the check holding the request.
func chasedCheck(t *testing.T, prover *Prover, v *Verifier, ch Challenge) (*ProverSession, *Check) {
	t.Helper()
	ctx := context.Background()
	sess, cm, err := prover.Commit(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	chk := newCheck(t, v, ch, cm)
	if err := chaseOnTime(t, sess, chk); err != nil {
		t.Fatalf("chase commitment rejected: %v", err)
	}
	if _, err := chk.Request(); err != nil {
		t.Fatal(err)
	}
	return sess, chk
}

func TestTamperedChaseRejected(t *testing.T) {
	p := chaseParams()
	ch := testChallenge(t, p, "chase-tamper")
	ctx := context.Background()
	v := newTestVerifier(t, "chase-tamper", DefaultVerifierConfig())
	prover := NewProver(CPU{}, 0, zerolog.Nop())
	tests := []struct {
		name   string
		tamper func(*SegmentOpening)
		want   error
	}{
		{"block value", func(s *SegmentOpening) { s.Reads[5].Chunk[3] ^= 1 }, ErrDigest},
		{"chunk sibling", func(s *SegmentOpening) { s.Reads[2].Siblings[0][0] ^= 1 }, ErrDigest},
		{"read leaf", func(s *SegmentOpening) { s.Reads[0].Leaf.Groups[0][0] ^= 1 }, ErrMerkle},
		{"read leaf path", func(s *SegmentOpening) { s.Reads[9].Leaf.Path[0][0] ^= 1 }, ErrMerkle},
		{"short chunk", func(s *SegmentOpening) { s.Reads[1].Chunk = s.Reads[1].Chunk[:512] }, ErrBadOpening},
		{"missing read", func(s *SegmentOpening) { s.Reads = s.Reads[1:] }, ErrBadOpening},
		{"end checkpoint", func(s *SegmentOpening) { s.End.Points[0][0] ^= 1 }, ErrMerkle},
		{"end checkpoint path", func(s *SegmentOpening) { s.End.Path[0][1] ^= 1 }, ErrMerkle},
		{"end leaf index", func(s *SegmentOpening) { s.End.Index++ }, ErrBadOpening},
		{"start dropped", func(s *SegmentOpening) { s.Start = nil }, ErrBadOpening},
		{"start checkpoint", func(s *SegmentOpening) { s.Start.Points[1][2] ^= 4 }, ErrMerkle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sess, chk := chasedCheck(t, prover, v, ch)
			// Open a segment in the middle of a chain: it has a start checkpoint.
			chk.req.Segments = []Segment{{Chain: 1, Index: 77}}
			op, err := sess.Open(ctx, chk.req)
			if err != nil {
				t.Fatal(err)
			}
			tt.tamper(&op.Segments[0])
			if err := chk.Verify(ctx, op, onTime()); !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
	t.Run("untampered control", func(t *testing.T) {
		sess, chk := chasedCheck(t, prover, v, ch)
		chk.req.Segments = []Segment{{Chain: 0, Index: 0}, {Chain: 1, Index: 77}, {Chain: 2, Index: 255}}
		op, err := sess.Open(ctx, chk.req)
		if err != nil {
			t.Fatal(err)
		}
		if err := chk.Verify(ctx, op, onTime()); err != nil {
			t.Fatalf("control rejected: %v", err)
		}
	})
	t.Run("another seed's chase", func(t *testing.T) {
		sess, chk := chasedCheck(t, prover, v, ch)
		chk.chase.Seed[0] ^= 1 // the verifier's view: the prover chased from another seed
		chk.req.Segments = []Segment{{Chain: 2, Index: 0}}
		op, err := sess.Open(ctx, chk.req)
		if err != nil {
			t.Fatal(err)
		}
		// Other seeds give other positions: the reads name the wrong leaves, or the wrong blocks.
		if err := chk.Verify(ctx, op, onTime()); !errors.Is(err, ErrDigest) && !errors.Is(err, ErrMerkle) && !errors.Is(err, ErrBadOpening) {
			t.Fatalf("chase from another seed: got %v", err)
		}
	})
}

// fakeChaseBackend is a prover that skips a fixed set of chase segments: for them it reads nothing
// and makes the end checkpoint up, then continues honestly from it (the cheapest way to save hops).
type fakeChaseBackend struct{ fake map[Segment]bool }

func (b fakeChaseBackend) Name() string { return "fake-chase" }

func (b fakeChaseBackend) NewEngine(ctx context.Context, s *Schedule) (Engine, error) {
	e, err := CPU{}.NewEngine(ctx, s)
	if err != nil {
		return nil, err
	}
	return &fakeChaseEngine{cpuEngine: e.(*cpuEngine), fake: b.fake}, nil
}

type fakeChaseEngine struct {
	*cpuEngine
	fake map[Segment]bool
}

func (e *fakeChaseEngine) Chase(ctx context.Context, starts, checkpoints []ChaseState) error {
	p := e.s.Params
	spc := p.SegmentsPerChain()
	x := int8sAsBytes(e.x)
	var pos [ChaseReads]uint64
	var vals [ChaseReads][4]uint32
	for c := 0; c < p.Chains; c++ {
		acc := starts[c]
		for i := 0; i < spc; i++ {
			if e.fake[Segment{c, i}] {
				acc = ChaseState{fmix32(acc[0] + 1), acc[1], acc[2], acc[3]}
			} else {
				for h := i * p.SegmentHops; h < (i+1)*p.SegmentHops; h++ {
					ChasePositions(acc, p.chaseBlocks(), &pos)
					for j, b := range pos {
						vals[j] = blockWords(x[chaseBlock*b:])
					}
					acc = ChaseFold(acc, uint32(h), &vals)
				}
			}
			checkpoints[c*spc+i] = acc
		}
	}
	return nil
}

// TestFakedSegmentsCaughtAtStatedRate fakes a fraction f of the chase's segments (the saving a pool
// needs to get under the chase deadline) and measures, over 1,000 verifications each with fresh
// verifier randomness, that the share escaping matches (1 − f)^ChaseOpenings within four standard
// deviations; opened directly, every faked segment fails.
func TestFakedSegmentsCaughtAtStatedRate(t *testing.T) {
	p := Params{Sweep: true, Width: 64, Rows: 64, Steps: 3, Group: 2, LeafGroups: 4, Openings: 2,
		Chains: 2, Hops: 256, SegmentHops: 4, ChaseRows: 64, ChaseOpenings: 8}
	ch := testChallenge(t, p, "faked-segments")
	total := p.Chains * p.SegmentsPerChain()
	fake := map[Segment]bool{}
	for _, k := range rand.New(rand.NewPCG(5, 6)).Perm(total)[:total/4] {
		fake[Segment{k / p.SegmentsPerChain(), k % p.SegmentsPerChain()}] = true
	}
	f := float64(len(fake)) / float64(total)
	prover := NewProver(fakeChaseBackend{fake: fake}, 1, zerolog.Nop())
	v := newTestVerifier(t, "faked-segments", DefaultVerifierConfig())
	ctx := context.Background()
	const trials = 1000
	escaped := 0
	for i := 0; i < trials; i++ {
		sess, chk := chasedCheck(t, prover, v, ch)
		op, err := sess.Open(ctx, chk.req)
		if err != nil {
			t.Fatal(err)
		}
		switch err := chk.Verify(ctx, op, onTime()); {
		case err == nil:
			escaped++
		case !errors.Is(err, ErrDigest):
			t.Fatalf("trial %d: a faked segment should fail its end checkpoint, got %v", i, err)
		}
	}
	want := EscapeProbability(f, p.ChaseOpenings)
	mean, sd := want*trials, math.Sqrt(trials*want*(1-want))
	t.Logf("faked %d of %d segments (f = %.3f), %d openings: %d of %d escaped (%.4f); (1-f)^s = %.4f",
		len(fake), total, f, p.ChaseOpenings, escaped, trials, float64(escaped)/trials, want)
	if math.Abs(float64(escaped)-mean) > 4*sd {
		t.Fatalf("escape count %d outside %.1f ± 4σ (σ = %.1f)", escaped, mean, sd)
	}
	for sg := range fake {
		sess, chk := chasedCheck(t, prover, v, ch)
		chk.req.Segments = []Segment{sg}
		op, err := sess.Open(ctx, chk.req)
		if err != nil {
			t.Fatal(err)
		}
		if err := chk.Verify(ctx, op, onTime()); !errors.Is(err, ErrDigest) {
			t.Fatalf("faked segment %+v: got %v, want ErrDigest", sg, err)
		}
	}
}
