package proof

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

// cheatBackend is a prover that skips a fixed set of units: their rows hold garbage instead of the
// product, and it commits to what it holds (so later steps are consistent with its commitment, the
// cheapest way to cheat). It wraps the CPU engine and overwrites the skipped groups after each step.
type cheatBackend struct{ fake map[Unit]bool }

func (b cheatBackend) Name() string { return "cheat" }

func (b cheatBackend) NewEngine(ctx context.Context, s *Schedule) (Engine, error) {
	e, err := CPU{}.NewEngine(ctx, s)
	if err != nil {
		return nil, err
	}
	return &cheatEngine{cpuEngine: e.(*cpuEngine), fake: b.fake}, nil
}

type cheatEngine struct {
	*cpuEngine
	fake map[Unit]bool
}

func (e *cheatEngine) Step(ctx context.Context, t int, hashes []Hash) error {
	if err := e.cpuEngine.Step(ctx, t, hashes); err != nil {
		return err
	}
	gs := e.s.Group * e.s.Width
	for g := range hashes {
		if !e.fake[Unit{t, g}] {
			continue
		}
		rows := e.x[g*gs : (g+1)*gs]
		rng := rand.New(rand.NewPCG(uint64(t), uint64(g)))
		for i := range rows {
			rows[i] = int8(rng.Uint32())
		}
		hashes[g] = GroupHash(rows)
	}
	return nil
}

// fakeUnits picks exactly round(f·units) distinct units.
func fakeUnits(p Params, f float64, seed uint64) map[Unit]bool {
	total := int(p.Units())
	perm := rand.New(rand.NewPCG(seed, 1)).Perm(total)
	fake := map[Unit]bool{}
	for _, u := range perm[:int(math.Round(f*float64(total)))] {
		fake[Unit{Step: u/p.GroupsPerStep() + 1, Group: u % p.GroupsPerStep()}] = true
	}
	return fake
}

func TestEscapeProbability(t *testing.T) {
	if got := EscapeProbability(0.05, 64); math.Abs(got-0.0375) > 0.0005 {
		t.Fatalf("escape(5%%, 64) = %.4f, want 0.0375", got)
	}
	if got := OpeningsFor(0.05, 0.01); got != 90 {
		t.Fatalf("openings for 5%% at 1%% = %d, want 90", got)
	}
	if EscapeProbability(0, 64) != 1 || EscapeProbability(1, 1) != 0 {
		t.Fatal("escape probability bounds wrong")
	}
}

// TestFakedFractionCaughtAtStatedRate commits once with a fraction f of all units faked, then runs many
// independent verifications (each with fresh verifier randomness) and compares the share that escaped
// with (1-f)^s, within four standard deviations of the binomial count.
func TestFakedFractionCaughtAtStatedRate(t *testing.T) {
	tests := []struct {
		name     string
		sweep    bool
		f        float64
		openings int
		trials   int
	}{
		{"quarter faked, 8 openings", false, 0.25, 8, 1000},
		{"5% faked, 64 openings", false, 0.05, 64, 1000},
		{"sweep, quarter faked, 8 openings", true, 0.25, 8, 1000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Params{Sweep: tt.sweep, Width: 16, Rows: 64, Steps: 8, Group: 1, LeafGroups: 8, Openings: tt.openings}
			ch := testChallenge(t, p, "faked-fraction")
			fake := fakeUnits(p, tt.f, 42)
			f := float64(len(fake)) / float64(p.Units())
			ctx := context.Background()
			sess, cm, err := NewProver(cheatBackend{fake: fake}, 0, zerolog.Nop()).Commit(ctx, ch)
			if err != nil {
				t.Fatal(err)
			}
			v := newTestVerifier(t, tt.name, DefaultVerifierConfig())
			escaped := 0
			for i := 0; i < tt.trials; i++ {
				chk := committedCheck(t, v, ch, cm)
				op, err := sess.Open(ctx, chk.req)
				if err != nil {
					t.Fatal(err)
				}
				switch err := chk.Verify(ctx, op, onTime()); {
				case err == nil:
					escaped++
				case !errors.Is(err, ErrDigest):
					t.Fatalf("trial %d: faked units should fail the digest check, got %v", i, err)
				}
			}
			want := EscapeProbability(f, p.Openings)
			n := float64(tt.trials)
			mean, sd := want*n, math.Sqrt(n*want*(1-want))
			t.Logf("faked %d of %d units (f = %.4f), %d openings: %d of %d escaped (%.4f); (1-f)^s = %.4f",
				len(fake), p.Units(), f, p.Openings, escaped, tt.trials, float64(escaped)/n, want)
			if math.Abs(float64(escaped)-mean) > 4*sd {
				t.Fatalf("escape count %d outside %.1f ± 4σ (σ = %.1f)", escaped, mean, sd)
			}
		})
	}
}

// TestEveryFakedUnitIsCaughtWhenOpened opens each faked unit of a cheating commitment directly: not one
// may pass.
func TestEveryFakedUnitIsCaughtWhenOpened(t *testing.T) {
	p := smallParams()
	fake := fakeUnits(p, 0.1, 7)
	ch := testChallenge(t, p, "each-fake")
	ctx := context.Background()
	sess, cm, err := NewProver(cheatBackend{fake: fake}, 0, zerolog.Nop()).Commit(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	v := newTestVerifier(t, "each-fake", DefaultVerifierConfig())
	for u := range fake {
		chk := committedCheck(t, v, ch, cm)
		chk.req = OpeningRequest{Challenge: cm.Challenge, Root: cm.Root, Units: []Unit{u}}
		op, err := sess.Open(ctx, chk.req)
		if err != nil {
			t.Fatal(err)
		}
		if err := chk.Verify(ctx, op, onTime()); !errors.Is(err, ErrDigest) {
			t.Fatalf("faked unit %+v: got %v, want ErrDigest", u, err)
		}
	}
}

// committedCheck is a check that accepted cm and is ready for an opening; tests set its request.
func committedCheck(t *testing.T, v *Verifier, ch Challenge, cm Commitment) *Check {
	t.Helper()
	chk, err := v.Begin(ch, DeadlinesFor(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if err := chk.Commit(cm, onTime()); err != nil {
		t.Fatal(err)
	}
	if _, err := chk.Request(); err != nil {
		t.Fatal(err)
	}
	return chk
}

func TestWrongSeedRejected(t *testing.T) {
	for _, sweep := range []bool{false, true} {
		p := smallParams()
		p.Sweep = sweep
		testWrongSeed(t, p)
	}
}

func testWrongSeed(t *testing.T, p Params) {
	real := testChallenge(t, p, "real-seed")
	wrong := real
	wrong.Seed[0] ^= 1
	ctx := context.Background()
	// The prover computes with the wrong seed but claims the real challenge.
	sess, cm, err := NewProver(CPU{}, 0, zerolog.Nop()).Commit(ctx, wrong)
	if err != nil {
		t.Fatal(err)
	}
	cm.Challenge = real.ID()
	v := newTestVerifier(t, "wrong-seed", DefaultVerifierConfig())
	for _, step := range []int{1, 2, p.Steps} {
		chk := committedCheck(t, v, real, cm)
		chk.req.Units = []Unit{{Step: step, Group: 3}}
		op, err := sess.Open(ctx, OpeningRequest{Challenge: wrong.ID(), Root: cm.Root, Units: chk.req.Units})
		if err != nil {
			t.Fatal(err)
		}
		op.Challenge = real.ID()
		err = chk.Verify(ctx, op, onTime())
		// The wrong seed changes the partner offsets too, so the opening may not even name the right leaves.
		if !errors.Is(err, ErrProduct) && !errors.Is(err, ErrDigest) && !errors.Is(err, ErrBadOpening) {
			t.Fatalf("sweep=%t step %d: wrong-seed work accepted or wrongly classified: %v", p.Sweep, step, err)
		}
	}
}

func TestTamperedOpeningRejected(t *testing.T) {
	p := smallParams()
	ch := testChallenge(t, p, "tamper")
	ctx := context.Background()
	sess, cm, err := NewProver(CPU{}, 0, zerolog.Nop()).Commit(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	v := newTestVerifier(t, "tamper", DefaultVerifierConfig())
	unit := Unit{Step: 3, Group: 5}
	tests := []struct {
		name   string
		tamper func(*UnitOpening)
		want   error
	}{
		{"product entry", func(u *UnitOpening) { u.Product[7]++ }, ErrProduct},
		{"product entry by a multiple of P", func(u *UnitOpening) { u.Product[0] -= 1 << 30 }, ErrProduct},
		{"input row", func(u *UnitOpening) { u.Prev[3] ^= 0x10 }, ErrDigest},
		{"partner row", func(u *UnitOpening) { u.Partner[p.Width+1]-- }, ErrDigest},
		{"output hash", func(u *UnitOpening) { u.Leaf.Groups[1][0]++ }, ErrMerkle},
		{"input hash", func(u *UnitOpening) { u.PrevLeaf.Groups[0][31] ^= 1 }, ErrMerkle},
		{"path", func(u *UnitOpening) { u.Leaf.Path[0][0] ^= 1 }, ErrMerkle},
		{"short path", func(u *UnitOpening) { u.Leaf.Path = u.Leaf.Path[1:] }, ErrMerkle},
		{"leaf index", func(u *UnitOpening) { u.Leaf.Index++ }, ErrBadOpening},
		{"short leaf", func(u *UnitOpening) { u.Leaf.Groups = u.Leaf.Groups[1:] }, ErrBadOpening},
		{"short product", func(u *UnitOpening) { u.Product = u.Product[1:] }, ErrBadOpening},
		{"missing partner", func(u *UnitOpening) { u.Partner = nil }, ErrBadOpening},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chk := committedCheck(t, v, ch, cm)
			chk.req.Units = []Unit{unit}
			op, err := sess.Open(ctx, chk.req)
			if err != nil {
				t.Fatal(err)
			}
			tt.tamper(&op.Units[0])
			if err := chk.Verify(ctx, op, onTime()); !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
	t.Run("untampered control", func(t *testing.T) {
		chk := committedCheck(t, v, ch, cm)
		chk.req.Units = []Unit{unit}
		op, err := sess.Open(ctx, chk.req)
		if err != nil {
			t.Fatal(err)
		}
		if err := chk.Verify(ctx, op, onTime()); err != nil {
			t.Fatalf("control rejected: %v", err)
		}
	})
}

func TestLateCommitmentRejected(t *testing.T) {
	p := smallParams()
	ch := testChallenge(t, p, "late")
	v := newTestVerifier(t, "late", DefaultVerifierConfig())
	now := time.Now()
	cm := Commitment{Challenge: ch.ID()}
	tests := []struct {
		name     string
		deadline time.Duration
		tm       Timing
		want     error
	}{
		{"on time", time.Second, Timing{now, now.Add(900 * time.Millisecond), 0}, nil},
		{"rtt subtracted", time.Second, Timing{now, now.Add(1040 * time.Millisecond), 40 * time.Millisecond}, nil},
		{"late", time.Second, Timing{now, now.Add(1001 * time.Millisecond), 0}, ErrLate},
		{"late despite rtt", time.Second, Timing{now, now.Add(1400 * time.Millisecond), 300 * time.Millisecond}, ErrLate},
		{"rtt forgiven only up to the cap", time.Second, Timing{now, now.Add(1051 * time.Millisecond), 600 * time.Millisecond}, ErrLate},
		{"rtt at the cap", time.Second, Timing{now, now.Add(1050 * time.Millisecond), 600 * time.Millisecond}, nil},
		{"negative rtt", time.Second, Timing{now, now.Add(time.Millisecond), -time.Millisecond}, ErrRTT},
		{"received before sent", time.Second, Timing{now, now.Add(-time.Millisecond), 0}, ErrRTT},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chk, err := v.Begin(ch, DeadlinesFor(tt.deadline))
			if err != nil {
				t.Fatal(err)
			}
			if err := chk.Commit(cm, tt.tm); !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
	// End to end with the wall clock: a device that needs longer than the deadline is rejected even when
	// its work is correct.
	t.Run("slow device", func(t *testing.T) {
		chk, err := v.Begin(ch, DeadlinesFor(time.Microsecond))
		if err != nil {
			t.Fatal(err)
		}
		sent := time.Now()
		_, cm, err := NewProver(CPU{}, 0, zerolog.Nop()).Commit(context.Background(), ch)
		if err != nil {
			t.Fatal(err)
		}
		if err := chk.Commit(cm, Timing{Sent: sent, Received: time.Now()}); !errors.Is(err, ErrLate) {
			t.Fatalf("got %v, want ErrLate", err)
		}
		if _, err := chk.Request(); !errors.Is(err, ErrState) {
			t.Fatalf("request after a failed commit: got %v, want ErrState", err)
		}
	})
}

func TestReplayedAnswersRejected(t *testing.T) {
	p := smallParams()
	ctx := context.Background()
	prover := NewProver(CPU{}, 0, zerolog.Nop())
	v := newTestVerifier(t, "replay", DefaultVerifierConfig())
	old := testChallenge(t, p, "yesterday")
	oldSess, oldCm, err := prover.Commit(ctx, old)
	if err != nil {
		t.Fatal(err)
	}
	oldChk := committedCheck(t, v, old, oldCm)
	oldOp, err := oldSess.Open(ctx, oldChk.req)
	if err != nil {
		t.Fatal(err)
	}
	if err := oldChk.Verify(ctx, oldOp, onTime()); err != nil {
		t.Fatalf("original answer rejected: %v", err)
	}

	fresh := old
	fresh.Seed[31] ^= 0x80 // the next challenge to the same device: a new seed
	t.Run("old commitment for a new challenge", func(t *testing.T) {
		chk, err := v.Begin(fresh, DeadlinesFor(time.Minute))
		if err != nil {
			t.Fatal(err)
		}
		if err := chk.Commit(oldCm, onTime()); !errors.Is(err, ErrChallengeMismatch) {
			t.Fatalf("got %v, want ErrChallengeMismatch", err)
		}
	})
	t.Run("old commitment relabelled", func(t *testing.T) {
		relabelled := Commitment{Challenge: fresh.ID(), Root: oldCm.Root}
		chk := committedCheck(t, v, fresh, relabelled)
		op, err := oldSess.Open(ctx, OpeningRequest{Challenge: old.ID(), Root: oldCm.Root, Units: chk.req.Units})
		if err != nil {
			t.Fatal(err)
		}
		op.Challenge = fresh.ID()
		err = chk.Verify(ctx, op, onTime())
		if !errors.Is(err, ErrDigest) && !errors.Is(err, ErrProduct) {
			t.Fatalf("relabelled old work: got %v, want a digest or product failure", err)
		}
	})
	t.Run("old opening for a new request", func(t *testing.T) {
		chk := committedCheck(t, v, old, oldCm)
		chk.req.Units = []Unit{{Step: 1, Group: 0}, {Step: p.Steps, Group: p.GroupsPerStep() - 1}}
		if err := chk.Verify(ctx, oldOp, onTime()); !errors.Is(err, ErrBadOpening) {
			t.Fatalf("got %v, want ErrBadOpening", err)
		}
	})
	t.Run("opening for another root", func(t *testing.T) {
		chk := committedCheck(t, v, old, oldCm)
		op, err := oldSess.Open(ctx, chk.req)
		if err != nil {
			t.Fatal(err)
		}
		op.Root[0] ^= 1
		if err := chk.Verify(ctx, op, onTime()); !errors.Is(err, ErrRootMismatch) {
			t.Fatalf("got %v, want ErrRootMismatch", err)
		}
	})
	t.Run("opening verified twice", func(t *testing.T) {
		if err := oldChk.Verify(ctx, oldOp, onTime()); !errors.Is(err, ErrState) {
			t.Fatalf("got %v, want ErrState", err)
		}
	})
}

func TestSimulatedClassNeedsDevChain(t *testing.T) {
	p := smallParams()
	ch := testChallenge(t, p, "sim")
	ch.Class = SimClass
	if _, err := newTestVerifier(t, "sim", DefaultVerifierConfig()).Begin(ch, DeadlinesFor(time.Minute)); !errors.Is(err, ErrSimulated) {
		t.Fatalf("production verifier: got %v, want ErrSimulated", err)
	}
	dev := DefaultVerifierConfig()
	dev.AllowSimulated = true
	if err := runProtocol(t, NewProver(CPU{}, 0, zerolog.Nop()), newTestVerifier(t, "sim", dev), ch); err != nil {
		t.Fatalf("dev-chain verifier rejected an honest simulated device: %v", err)
	}
}

func TestProverRejectsBadRequests(t *testing.T) {
	p := smallParams()
	ch := testChallenge(t, p, "bad-request")
	ctx := context.Background()
	sess, cm, err := NewProver(CPU{}, 0, zerolog.Nop()).Commit(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		req  OpeningRequest
		want error
	}{
		{"other challenge", OpeningRequest{Challenge: Hash{1}, Root: cm.Root, Units: []Unit{{1, 0}}}, ErrChallengeMismatch},
		{"other root", OpeningRequest{Challenge: cm.Challenge, Root: Hash{1}, Units: []Unit{{1, 0}}}, ErrRootMismatch},
		{"empty", OpeningRequest{Challenge: cm.Challenge, Root: cm.Root}, ErrBadOpening},
		{"step 0", OpeningRequest{Challenge: cm.Challenge, Root: cm.Root, Units: []Unit{{0, 0}}}, ErrBadOpening},
		{"step past end", OpeningRequest{Challenge: cm.Challenge, Root: cm.Root, Units: []Unit{{p.Steps + 1, 0}}}, ErrBadOpening},
		{"group past end", OpeningRequest{Challenge: cm.Challenge, Root: cm.Root, Units: []Unit{{1, p.GroupsPerStep()}}}, ErrBadOpening},
		{"unsorted", OpeningRequest{Challenge: cm.Challenge, Root: cm.Root, Units: []Unit{{2, 0}, {1, 0}}}, ErrBadOpening},
		{"duplicate", OpeningRequest{Challenge: cm.Challenge, Root: cm.Root, Units: []Unit{{2, 0}, {2, 0}}}, ErrBadOpening},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := sess.Open(ctx, tt.req); !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
}

// chosenInputsBackend is the forger protocol v1 let through: for the faked units it commits the hash of
// the output it would get from convenient inputs (an all-zero product input, so the output is the
// constant Nonlinear(0, k_t)), never computing from the committed state. Its engine holds the real
// state elsewhere, so at opening it reveals the committed (real) inputs; the opened output then fails.
func TestChosenInputsCaught(t *testing.T) {
	p := Params{Width: 16, Rows: 64, Steps: 8, Group: 1, LeafGroups: 8, Openings: 8}
	ch := testChallenge(t, p, "chosen-inputs")
	fake := fakeUnits(p, 0.25, 9)
	ctx := context.Background()
	sess, cm, err := NewProver(constantBackend{fake: fake}, 0, zerolog.Nop()).Commit(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	v := newTestVerifier(t, "chosen-inputs", DefaultVerifierConfig())
	for u := range fake {
		chk := committedCheck(t, v, ch, cm)
		chk.req = OpeningRequest{Challenge: cm.Challenge, Root: cm.Root, Units: []Unit{u}}
		op, err := sess.Open(ctx, chk.req)
		if err != nil {
			t.Fatal(err)
		}
		// The forger's best move at opening: reveal inputs that make the step's output its constant.
		if u.Step > 1 {
			noise := make([]int8, p.Width)
			s, _ := NewSchedule(ch)
			s.NoiseRows(noise, u.Step, u.Group)
			for j := range op.Units[0].Prev {
				op.Units[0].Prev[j] = op.Units[0].Partner[j] ^ noise[j]
			}
			for j := range op.Units[0].Product {
				op.Units[0].Product[j] = 0
			}
		}
		err = chk.Verify(ctx, op, onTime())
		if err == nil {
			t.Fatalf("unit %+v with chosen inputs accepted", u)
		}
		if !errors.Is(err, ErrDigest) && !errors.Is(err, ErrProduct) {
			t.Fatalf("unit %+v: %v", u, err)
		}
	}
}

type constantBackend struct{ fake map[Unit]bool }

func (b constantBackend) Name() string { return "chosen-inputs" }

func (b constantBackend) NewEngine(ctx context.Context, s *Schedule) (Engine, error) {
	e, err := CPU{}.NewEngine(ctx, s)
	if err != nil {
		return nil, err
	}
	return &constantEngine{cpuEngine: e.(*cpuEngine), fake: b.fake}, nil
}

type constantEngine struct {
	*cpuEngine
	fake map[Unit]bool
}

func (e *constantEngine) Step(ctx context.Context, t int, hashes []Hash) error {
	if err := e.cpuEngine.Step(ctx, t, hashes); err != nil {
		return err
	}
	k, _ := e.s.StepConstants(t)
	row := make([]int8, e.s.Group*e.s.Width)
	for i := range row {
		row[i] = Nonlinear(0, k)
	}
	for g := range hashes {
		if e.fake[Unit{t, g}] {
			hashes[g] = GroupHash(row) // committed without computing; the real state is kept
		}
	}
	return nil
}

// memorylessBackend is the capacity sweep's recompute-on-demand prover: it keeps no state at all and
// computes every row of every step it must hash from X_0, row by row, through the sweep's dependency
// tree (row i of step t needs rows i and i⊕μ_t of step t−1). Its answers are right; its cost is not.
type memorylessBackend struct{ rows *int }

func (b memorylessBackend) Name() string { return "memoryless" }

func (b memorylessBackend) NewEngine(ctx context.Context, s *Schedule) (Engine, error) {
	return &memorylessEngine{s: s, evals: b.rows}, nil
}

type memorylessEngine struct {
	s     *Schedule
	t     int
	evals *int // SweepRow evaluations, the work counted
}

// row computes row i of X_t with no memory but the schedule.
func (e *memorylessEngine) row(t, i int) []int8 {
	n := e.s.Width
	out := make([]int8, n)
	if t == 0 {
		e.s.InitialRows(out, i)
		return out
	}
	k, mu := e.s.StepConstants(t)
	SweepRow(out, e.row(t-1, i), e.row(t-1, i^mu), k, uint64(i))
	*e.evals++
	return out
}

func (e *memorylessEngine) Step(ctx context.Context, t int, hashes []Hash) error {
	s := e.s
	gs := s.Group * s.Width
	for g := range hashes {
		buf := make([]int8, 0, gs)
		for r := 0; r < s.Group; r++ {
			buf = append(buf, e.row(t, g*s.Group+r)...)
		}
		hashes[g] = GroupHash(buf)
	}
	e.t = t
	return nil
}

func (e *memorylessEngine) ReadGroup(ctx context.Context, g int, dst []int8) error {
	for r := 0; r < e.s.Group; r++ {
		copy(dst[r*e.s.Width:], e.row(e.t, g*e.s.Group+r))
	}
	return nil
}

func (e *memorylessEngine) Chase(ctx context.Context, starts, checkpoints []ChaseState) error {
	return fmt.Errorf("%w: the memoryless prover has no state to chase", ErrState)
}

func (e *memorylessEngine) Close() error { return nil }

// TestMemorylessSweepCostsExponentially runs the sweep's recompute-on-demand prover through the real
// protocol: the verifier accepts its answers (they are the right bytes), and it pays exactly the
// predicted price for holding nothing: Rows·(2^(S+1) − 2 − S) row evaluations against the honest
// prover's Rows·S, 2^(S+1)/S-fold at large S (8,190x for the capacity challenge's 16 steps).
func TestMemorylessSweepCostsExponentially(t *testing.T) {
	p := Params{Sweep: true, Width: 32, Rows: 64, Steps: 7, Group: 4, LeafGroups: 4, Openings: 8}
	ch := testChallenge(t, p, "memoryless")
	ctx := context.Background()
	evals := 0
	sess, cm, err := NewProver(memorylessBackend{rows: &evals}, 1, zerolog.Nop()).Commit(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	S, m := p.Steps, p.Rows
	predicted, honest := m*(1<<(S+1)-2-S), m*S
	if evals != predicted {
		t.Fatalf("the memoryless commitment took %d row evaluations, predicted %d", evals, predicted)
	}
	// Its commitment is the honest one, bit for bit, and its opening verifies.
	_, honestCm, err := NewProver(CPU{}, 1, zerolog.Nop()).Commit(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	if cm != honestCm {
		t.Fatal("the memoryless prover committed something else than the honest prover")
	}
	chk := committedCheck(t, newTestVerifier(t, "memoryless", DefaultVerifierConfig()), ch, cm)
	op, err := sess.Open(ctx, chk.req)
	if err != nil {
		t.Fatal(err)
	}
	if err := chk.Verify(ctx, op, onTime()); err != nil {
		t.Fatalf("the memoryless prover's answers are correct and must verify: %v", err)
	}
	t.Logf("memoryless sweep, S = %d: %d row evaluations against %d honest (%.1fx); at the capacity challenge's S = 16: %.0fx",
		S, evals, honest, float64(evals)/float64(honest), float64(1<<17-2-16)/16)
}
