package cuda

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/proof"
)

func TestEmulatorPhilox(t *testing.T) {
	if got := philox([2]uint32{0xa4093822, 0x299f31d0}, [4]uint32{0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344}); got != [4]uint32{0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1} {
		t.Fatalf("philox known answer: %x", got)
	}
}

func challenge(p proof.Params, label string) proof.Challenge {
	return proof.Challenge{Class: "H100", Subject: "GPU-emulated", Expiry: 4102444800, Seed: sha256.Sum256([]byte(label)), Nonce: 3, Params: p}
}

// TestEngineMatchesCPU runs the CUDA engine on the emulator and the CPU reference engine side by side
// and compares every hash of every step and every group of the final state. The cases cover one
// tile holding the whole state, tiles whose partners stay inside (μ < tile) and tiles processed in
// pairs (μ ≥ tile), and multi-row groups.
func TestEngineMatchesCPU(t *testing.T) {
	tests := []struct {
		name    string
		p       proof.Params
		maxTile int
	}{
		{"single tile", proof.Params{Width: 32, Rows: 16, Steps: 4, Group: 1, LeafGroups: 4, Openings: 4}, 0},
		{"tile pairs and self tiles", proof.Params{Width: 16, Rows: 64, Steps: 8, Group: 2, LeafGroups: 4, Openings: 4}, 8},
		{"group-sized tiles", proof.Params{Width: 48, Rows: 32, Steps: 5, Group: 4, LeafGroups: 2, Openings: 4}, 4},
		{"sweep", proof.Params{Sweep: true, Width: 32, Rows: 128, Steps: 8, Group: 4, LeafGroups: 4, Openings: 4}, 0},
		{"sweep, single-row groups", proof.Params{Sweep: true, Width: 16, Rows: 64, Steps: 6, Group: 1, LeafGroups: 8, Openings: 4}, 0},
		{"sweep and chase over a window", proof.Params{Sweep: true, Width: 1040, Rows: 64, Steps: 4, Group: 2, LeafGroups: 4, Openings: 4,
			Chains: 3, Hops: 1 << 17, SegmentHops: 8, ChaseRows: 40, ChaseOpenings: 4}, 0},
	}
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := proof.NewSchedule(challenge(tt.p, tt.name))
			if err != nil {
				t.Fatal(err)
			}
			emu := newEmulator(1 << 30)
			b := newBackend(emu, Config{MaxTileRows: tt.maxTile, Reserve: 1 << 20}, zerolog.Nop())
			ge, err := b.NewEngine(ctx, s)
			if err != nil {
				t.Fatal(err)
			}
			ce, err := proof.CPU{}.NewEngine(ctx, s)
			if err != nil {
				t.Fatal(err)
			}
			pairs, selfs := 0, 0
			gd, cd := make([]proof.Hash, tt.p.GroupsPerStep()), make([]proof.Hash, tt.p.GroupsPerStep())
			for step := 1; step <= tt.p.Steps; step++ {
				before := len(emu.gemms)
				if err := ge.Step(ctx, step, gd); err != nil {
					t.Fatal(err)
				}
				if err := ce.Step(ctx, step, cd); err != nil {
					t.Fatal(err)
				}
				for _, rows := range emu.gemms[before:] {
					if rows == 2*ge.(*engine).tile {
						pairs++
					} else {
						selfs++
					}
				}
				for g := range gd {
					if gd[g] != cd[g] {
						t.Fatalf("step %d group %d: cuda hash %x, cpu %x", step, g, gd[g], cd[g])
					}
				}
			}
			if tt.p.Chains > 0 {
				starts := s.ChaseStarts(proof.Hash{9})
				gc, cc := make([]proof.ChaseState, tt.p.Chains*tt.p.SegmentsPerChain()), make([]proof.ChaseState, tt.p.Chains*tt.p.SegmentsPerChain())
				if err := ge.Chase(ctx, starts, gc); err != nil {
					t.Fatal(err)
				}
				if err := ce.Chase(ctx, starts, cc); err != nil {
					t.Fatal(err)
				}
				for i := range gc {
					if gc[i] != cc[i] {
						t.Fatalf("checkpoint %d: cuda %x, cpu %x", i, gc[i], cc[i])
					}
				}
				if want := tt.p.Hops / chaseBatch; emu.launches[kernelChase] != want {
					t.Fatalf("%d chase launches, want %d batches", emu.launches[kernelChase], want)
				}
			}
			gs := tt.p.Group * tt.p.Width
			for g := 0; g < tt.p.GroupsPerStep(); g++ {
				a, c := make([]int8, gs), make([]int8, gs)
				if err := ge.ReadGroup(ctx, g, a); err != nil {
					t.Fatal(err)
				}
				if err := ce.ReadGroup(ctx, g, c); err != nil {
					t.Fatal(err)
				}
				if string(int8Bytes(a)) != string(int8Bytes(c)) {
					t.Fatalf("final state group %d differs", g)
				}
			}
			t.Logf("tile %d rows: %d paired GEMMs, %d single-tile GEMMs, launches %v", ge.(*engine).tile, pairs, selfs, emu.launches)
			if tt.p.Sweep && emu.launches[kernelSweep] != tt.p.Steps || emu.launches[kernelMix] != 0 && tt.p.Sweep {
				t.Fatalf("sweep launches %v", emu.launches)
			}
			if tt.maxTile > 0 && pairs == 0 {
				t.Fatal("no step exercised tile pairs")
			}
			if err := ge.Close(); err != nil {
				t.Fatal(err)
			}
			if len(emu.mem) != 0 {
				t.Fatalf("%d device allocations leaked", len(emu.mem))
			}
			if err := ge.Step(ctx, 1, gd); !errors.Is(err, proof.ErrState) {
				t.Fatalf("step after close: %v", err)
			}
		})
	}
}

// TestProofOnCUDABackendVerifies is the whole protocol with the CUDA backend as prover: the CPU
// verifier must accept its commitment bit for bit.
func TestProofOnCUDABackendVerifies(t *testing.T) {
	for _, p := range []proof.Params{
		{Width: 32, Rows: 64, Steps: 6, Group: 1, LeafGroups: 8, Openings: 16},
		{Sweep: true, Width: 64, Rows: 256, Steps: 10, Group: 4, LeafGroups: 8, Openings: 16},
		{Sweep: true, Width: 1024, Rows: 64, Steps: 4, Group: 2, LeafGroups: 4, Openings: 8,
			Chains: 2, Hops: 1 << 12, SegmentHops: 4, ChaseRows: 64, ChaseOpenings: 16},
	} {
		testProofOnCUDA(t, p)
	}
}

func testProofOnCUDA(t *testing.T, p proof.Params) {
	testProofOnBackend(t, newBackend(newEmulator(1<<30), Config{MaxTileRows: 16, Reserve: 1 << 20}, zerolog.Nop()), p)
}

func testProofOnBackend(t *testing.T, b *Backend, p proof.Params) {
	t.Helper()
	ch := challenge(p, "protocol")
	ctx := context.Background()
	sess, cm, err := proof.NewProver(b, 0, zerolog.Nop()).Commit(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	cpuSess, cpuCm, err := proof.NewProver(proof.CPU{}, 0, zerolog.Nop()).Commit(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	defer cpuSess.Close()
	if cm != cpuCm {
		t.Fatalf("cuda root %x, cpu root %x", cm.Root, cpuCm.Root)
	}
	verifyOn(t, sess, ch, cm, cpuSess)
}

// verifyOn runs the verifier's side against a committed session; with cpu set, the chase commitment
// must also equal the CPU prover's.
func verifyOn(t *testing.T, sess *proof.ProverSession, ch proof.Challenge, cm proof.Commitment, cpu *proof.ProverSession) {
	t.Helper()
	ctx := context.Background()
	v, err := proof.NewVerifier(proof.DefaultVerifierConfig(), nil, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	chk, err := v.Begin(ch, proof.DeadlinesFor(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	if err := chk.Commit(cm, proof.Timing{Sent: now, Received: now}); err != nil {
		t.Fatal(err)
	}
	if ch.Params.Chains > 0 {
		creq, err := chk.Chase()
		if err != nil {
			t.Fatal(err)
		}
		ccm, err := sess.Chase(ctx, creq)
		if err != nil {
			t.Fatal(err)
		}
		if cpu != nil {
			cpuCcm, err := cpu.Chase(ctx, creq)
			if err != nil {
				t.Fatal(err)
			}
			if ccm != cpuCcm {
				t.Fatalf("cuda chase root %x, cpu %x", ccm.Root, cpuCcm.Root)
			}
		}
		if err := chk.CommitChase(ccm, proof.Timing{Sent: now, Received: now}); err != nil {
			t.Fatal(err)
		}
	}
	req, err := chk.Request()
	if err != nil {
		t.Fatal(err)
	}
	op, err := sess.Open(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if err := chk.Verify(ctx, op, proof.Timing{Sent: now, Received: now}); err != nil {
		t.Fatalf("verifier rejected the cuda backend's proof: %v", err)
	}
}

func TestEngineRefusesWhatDoesNotFit(t *testing.T) {
	p := proof.Params{Width: 64, Rows: 1024, Steps: 1, Group: 1, LeafGroups: 8, Openings: 4}
	s, err := proof.NewSchedule(challenge(p, "oom"))
	if err != nil {
		t.Fatal(err)
	}
	// 64 KiB of state plus W and buffers, on a device with 32 KiB free: the state cannot be held, which
	// is exactly how a smaller card fails a capacity challenge.
	emu := newEmulator(32 << 10)
	b := newBackend(emu, Config{Reserve: 1}, zerolog.Nop())
	if _, err := b.NewEngine(context.Background(), s); !errors.Is(err, ErrOutOfMemory) {
		t.Fatalf("got %v, want ErrOutOfMemory", err)
	}
	// The backend is free again for the next engine.
	emu.freeMem = 1 << 30
	e, err := b.NewEngine(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	e.Close()
}

func TestLaunchArgumentsChecked(t *testing.T) {
	if err := checkArgs(kernelFinish, []arg{a64(1), a64(2), a64(3), a32(4), a32(5)}); err == nil {
		t.Fatal("missing argument accepted")
	}
	if err := checkArgs(kernelFinish, []arg{a64(1), a64(2), a64(3), a64(4), a32(5), a32(6)}); err == nil {
		t.Fatal("wrong width accepted")
	}
	if err := checkArgs("idg_nope", nil); err == nil {
		t.Fatal("unknown kernel accepted")
	}
}

func int8Bytes(v []int8) []byte {
	b := make([]byte, len(v))
	for i, x := range v {
		b[i] = byte(x)
	}
	return b
}

// TestEmulatorBlake3 checks the kernels' chunk-and-merge BLAKE3 (as the emulator runs it) against
// proof.GroupHash at every chunk count a group can have, including partial last blocks and chunks.
func TestEmulatorBlake3(t *testing.T) {
	for _, n := range []int{16, 48, 64, 1008, 1024, 1040, 2048, 3072, 4096, 5120, 8192, 17408, 31744, 32768} {
		msg := make([]int8, n)
		for i := range msg {
			msg[i] = int8(i*7 + n)
		}
		if got, want := blake3Chunked(int8Bytes(msg)), proof.GroupHash(msg); got != want {
			t.Errorf("%d bytes: kernels' BLAKE3 %x, proof.GroupHash %x", n, got, want)
		}
	}
}

// forgetfulDriver is the emulator with one ordering step dropped: copies no longer wait for the
// compute stream's event. It shows the emulator holds the engine to its events: without them a copy
// reads memory the kernels have not written.
type forgetfulDriver struct{ *emulator }

func (f forgetfulDriver) wait(stream, event) error { return nil }

// TestCopiesAreOrderedWithEvents checks the engine's copies against the emulator's stream model: every
// copy goes through pinned memory and waits for the compute stream's event, so the hashes are the
// step's; with the waits dropped the same engine reads stale hashes. Pageable memory is refused.
func TestCopiesAreOrderedWithEvents(t *testing.T) {
	p := proof.Params{Sweep: true, Width: 64, Rows: 64, Steps: 3, Group: 4, LeafGroups: 4, Openings: 4}
	s, err := proof.NewSchedule(challenge(p, "ordering"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	ce, err := proof.CPU{}.NewEngine(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	want := make([]proof.Hash, p.GroupsPerStep())
	if err := ce.Step(ctx, 1, want); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name  string
		drv   driver
		equal bool
	}{{"with events", newEmulator(1 << 30), true}, {"waits dropped", forgetfulDriver{newEmulator(1 << 30)}, false}} {
		b := newBackend(tt.drv, Config{Reserve: 1 << 20}, zerolog.Nop())
		e, err := b.NewEngine(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		got := make([]proof.Hash, p.GroupsPerStep())
		if err := e.Step(ctx, 1, got); err != nil {
			t.Fatal(err)
		}
		if same := fmt.Sprint(got) == fmt.Sprint(want); same != tt.equal {
			t.Fatalf("%s: step hashes equal to the CPU's: %t, want %t", tt.name, same, tt.equal)
		}
		e.Close()
	}
	emu := newEmulator(1 << 20)
	if err := emu.copyDtoH(copyStream, make([]byte, 16), 0); err == nil {
		t.Fatal("an async copy into pageable memory was accepted")
	}
}

// TestGemmPlansCached checks that the cuBLASLt plans (descriptor, layouts, algorithm) are built once
// per shape and reused by every step and every later engine, and rebuilt after a context reset.
func TestGemmPlansCached(t *testing.T) {
	p := proof.Params{Width: 16, Rows: 64, Steps: 5, Group: 2, LeafGroups: 4, Openings: 4}
	emu := newEmulator(1 << 30)
	b := newBackend(emu, Config{MaxTileRows: 16, Reserve: 1 << 20}, zerolog.Nop())
	for i := 0; i < 3; i++ {
		ch := challenge(p, fmt.Sprint("plans-", i))
		sess, _, err := proof.NewProver(b, 0, zerolog.Nop()).Commit(context.Background(), ch)
		if err != nil {
			t.Fatal(err)
		}
		sess.Close()
	}
	if len(emu.gemms) < 3*p.Steps || len(emu.plans) != 2 {
		t.Fatalf("%d GEMMs ran on %d plans %v; want one plan per shape (a tile and a tile pair)", len(emu.gemms), len(emu.plans), emu.plans)
	}
	emu.injectFault(kernelFinish, 1)
	if _, _, err := proof.NewProver(b, 0, zerolog.Nop()).Commit(context.Background(), challenge(p, "plans-fault")); !errors.Is(err, ErrDeviceFault) {
		t.Fatalf("got %v, want a device fault", err)
	}
	sess, _, err := proof.NewProver(b, 0, zerolog.Nop()).Commit(context.Background(), challenge(p, "plans-after"))
	if err != nil {
		t.Fatal(err)
	}
	sess.Close()
	if len(emu.plans) != 2 || emu.resets != 1 {
		t.Fatalf("after the reset: %d plans (want the 2 rebuilt), %d resets", len(emu.plans), emu.resets)
	}
}

// TestStickyFaultMidChallenge injects a device fault into one kernel run in the middle of a
// challenge: the engine reports it from the step (or chase batch) that raised it, as ErrDeviceFault;
// the backend reopens the context; the next challenge on the same backend commits the CPU's root and
// verifies.
func TestStickyFaultMidChallenge(t *testing.T) {
	chain := proof.Params{Width: 32, Rows: 64, Steps: 6, Group: 1, LeafGroups: 8, Openings: 8}
	sweep := proof.Params{Sweep: true, Width: 1024, Rows: 64, Steps: 5, Group: 2, LeafGroups: 4, Openings: 4,
		Chains: 2, Hops: 2 * chaseBatch, SegmentHops: 4, ChaseRows: 64, ChaseOpenings: 4}
	for _, tt := range []struct {
		name   string
		p      proof.Params
		kernel string
		nth    int
		want   string
	}{
		{"finish kernel, step 3", chain, kernelFinish, 3, "step 3"}, // one tile a step: the 3rd finish is step 3's
		{"gemm input, step 5", chain, kernelMix, 5, "step 5"},
		{"sweep kernel, step 4", sweep, kernelSweep, 4, "step 4"},
		{"chase, second batch", sweep, kernelChase, 2, "chase: hops 65536..131071"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			emu := newEmulator(1 << 30)
			b := newBackend(emu, Config{Reserve: 1 << 20}, zerolog.Nop())
			ctx := context.Background()
			emu.injectFault(tt.kernel, tt.nth)
			ch := challenge(tt.p, "fault-"+tt.name)
			sess, cm, err := proof.NewProver(b, 0, zerolog.Nop()).Commit(ctx, ch)
			if err == nil && tt.p.Chains > 0 {
				_, err = sess.Chase(ctx, proof.ChaseRequest{Challenge: cm.Challenge, Root: cm.Root})
			}
			if !errors.Is(err, ErrDeviceFault) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want a device fault reported at %q", err, tt.want)
			}
			if emu.resets != 1 || emu.fault != nil {
				t.Fatalf("the context was not reopened: %d resets, fault %v", emu.resets, emu.fault)
			}
			if len(emu.mem) != 0 {
				t.Fatalf("%d allocations survived the reset", len(emu.mem))
			}
			// The same backend proves the next challenge correctly.
			testProofOnBackend(t, b, tt.p)
			t.Logf("%s: %v; then %d kernel runs on the reopened context", tt.name, err, emu.launches[tt.kernel])
		})
	}
}
