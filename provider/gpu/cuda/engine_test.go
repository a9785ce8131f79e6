package cuda

import (
	"context"
	"crypto/sha256"
	"errors"
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
// and compares every digest of every step and every group of the final state. The cases cover one
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
	} {
		testProofOnCUDA(t, p)
	}
}

func testProofOnCUDA(t *testing.T, p proof.Params) {
	testProofOnBackend(t, newBackend(newEmulator(1<<30), Config{MaxTileRows: 16, Reserve: 1 << 20}, zerolog.Nop()), p)
}

func testProofOnBackend(t *testing.T, b *Backend, p proof.Params) {
	ch := challenge(p, "protocol")
	ctx := context.Background()
	sess, cm, err := proof.NewProver(b, 0, zerolog.Nop()).Commit(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	_, cpuCm, err := proof.NewProver(proof.CPU{}, 0, zerolog.Nop()).Commit(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	if cm != cpuCm {
		t.Fatalf("cuda root %x, cpu root %x", cm.Root, cpuCm.Root)
	}
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
