package cuda

import (
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/proof"
	"github.com/idlegrid/idlegrid/provider/gpu"
)

// The GPU tier: these run only with IDLEGRID_GPU=1 on a machine with an NVIDIA GPU, its driver and
// cuBLASLt (IDLEGRID_GPU=1 go test ./provider/... ./oracle/proof/...). CI has no GPU and skips them,
// saying so.
func openGPU(t *testing.T) *Backend {
	t.Helper()
	if os.Getenv("IDLEGRID_GPU") != "1" {
		t.Skip("GPU tier: set IDLEGRID_GPU=1 on a machine with an NVIDIA GPU (CI has none)")
	}
	b, err := Open(Config{}, zerolog.Nop())
	if err != nil {
		t.Fatalf("IDLEGRID_GPU=1 but no usable GPU: %v", err)
	}
	t.Cleanup(func() { b.Close() })
	t.Logf("device: %+v", b.Device())
	return b
}

// TestGPUMatchesCPU runs the real kernels and cuBLASLt against the CPU engine, step by step, for both
// kinds and for tile shapes that exercise self tiles and tile pairs.
func TestGPUMatchesCPU(t *testing.T) {
	b := openGPU(t)
	ctx := context.Background()
	for _, tt := range []struct {
		p       proof.Params
		maxTile int
	}{
		{proof.Params{Width: 256, Rows: 1024, Steps: 4, Group: 1, LeafGroups: 64, Openings: 8}, 0},
		{proof.Params{Width: 1024, Rows: 512, Steps: 3, Group: 2, LeafGroups: 16, Openings: 8}, 64},
		{proof.Params{Width: 16384, Rows: 64, Steps: 2, Group: 1, LeafGroups: 16, Openings: 8}, 0},
		{proof.Params{Sweep: true, Width: 272, Rows: 1 << 14, Steps: 4, Group: 64, LeafGroups: 16, Openings: 8,
			Chains: 4, Hops: 1 << 17, SegmentHops: 4, ChaseRows: 1 << 13, ChaseOpenings: 8}, 0},
	} {
		s, err := proof.NewSchedule(challenge(tt.p, "gpu-equivalence"))
		if err != nil {
			t.Fatal(err)
		}
		b.cfg.MaxTileRows = tt.maxTile
		ge, err := b.NewEngine(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		ce, err := proof.CPU{}.NewEngine(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		gd, cd := make([]proof.Hash, tt.p.GroupsPerStep()), make([]proof.Hash, tt.p.GroupsPerStep())
		for step := 1; step <= tt.p.Steps; step++ {
			if err := ge.Step(ctx, step, gd); err != nil {
				t.Fatal(err)
			}
			if err := ce.Step(ctx, step, cd); err != nil {
				t.Fatal(err)
			}
			for g := range gd {
				if gd[g] != cd[g] {
					t.Fatalf("%s step %d group %d: gpu %x, cpu %x", tt.p, step, g, gd[g], cd[g])
				}
			}
		}
		if tt.p.Chains > 0 {
			starts := s.ChaseStarts(proof.Hash{3})
			gc, cc := make([]proof.ChaseState, tt.p.Chains*tt.p.SegmentsPerChain()), make([]proof.ChaseState, tt.p.Chains*tt.p.SegmentsPerChain())
			start := time.Now()
			if err := ge.Chase(ctx, starts, gc); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: chase %s, %.0f ns a hop", tt.p, time.Since(start), float64(time.Since(start).Nanoseconds())/float64(tt.p.Hops))
			if err := ce.Chase(ctx, starts, cc); err != nil {
				t.Fatal(err)
			}
			for i := range gc {
				if gc[i] != cc[i] {
					t.Fatalf("%s checkpoint %d: gpu %x, cpu %x", tt.p, i, gc[i], cc[i])
				}
			}
		}
		ge.Close()
		ce.Close()
	}
	b.cfg.MaxTileRows = 0
}

// TestGPUFullChallengePerDevice runs every challenge of its class (compute, capacity with its chase,
// cache where the class has one) at full size on every GPU of the machine, one device after the other,
// timed as an inspector times them (no round trip here) and verified on the CPU over the real
// deadlines. An honest card must pass all of them.
func TestGPUFullChallengePerDevice(t *testing.T) {
	first := openGPU(t)
	backends := []*Backend{first}
	for ordinal := 1; ; ordinal++ {
		b, err := Open(Config{Ordinal: ordinal}, zerolog.Nop())
		if err != nil {
			break
		}
		t.Cleanup(func() { b.Close() })
		backends = append(backends, b)
	}
	for _, b := range backends {
		class, err := classOf(b.Device())
		if err != nil {
			t.Fatalf("device %d: %v", b.Device().Ordinal, err)
		}
		for _, chl := range class.Challenges() {
			t.Run(fmt.Sprintf("device %d %s %s", b.Device().Ordinal, class.Name, chl.Kind), func(t *testing.T) {
				runTimedChallenge(t, b, class, chl)
			})
		}
	}
}

// classOf finds the class whose NVML names include the device's name.
func classOf(d DeviceInfo) (gpu.Class, error) {
	for _, c := range gpu.Classes() {
		for _, n := range c.NVMLNames {
			if n == d.Name {
				return c, nil
			}
		}
	}
	return gpu.Class{}, fmt.Errorf("%q is in no class", d.Name)
}

func runTimedChallenge(t *testing.T, b *Backend, class gpu.Class, chl gpu.Challenge) {
	ctx := context.Background()
	ch := proof.Challenge{Class: class.Name, Subject: fmt.Sprintf("GPU-tier-%d", b.Device().Ordinal), Expiry: time.Now().Add(time.Hour).Unix(),
		Seed: sha256.Sum256([]byte(time.Now().String())), Nonce: 1, Params: chl.Params}
	v, err := proof.NewVerifier(proof.DefaultVerifierConfig(), nil, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	chk, err := v.Begin(ch, chl.Deadlines)
	if err != nil {
		t.Fatal(err)
	}
	sent := time.Now()
	sess, cm, err := proof.NewProver(b, 0, zerolog.Nop()).Commit(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	if err := chk.Commit(cm, proof.Timing{Sent: sent, Received: time.Now()}); err != nil {
		t.Fatalf("%s: %v (reference %s)", chl.Kind, err, chl.Reference)
	}
	if chl.Params.Chains > 0 {
		creq, err := chk.Chase()
		if err != nil {
			t.Fatal(err)
		}
		sent := time.Now()
		ccm, err := sess.Chase(ctx, creq)
		if err != nil {
			t.Fatal(err)
		}
		if err := chk.CommitChase(ccm, proof.Timing{Sent: sent, Received: time.Now()}); err != nil {
			t.Fatalf("%s chase: %v (reference %s)", chl.Kind, err, chl.ChaseReference)
		}
	}
	req, err := chk.Request()
	if err != nil {
		t.Fatal(err)
	}
	sent = time.Now()
	op, err := sess.Open(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if err := chk.Verify(ctx, op, proof.Timing{Sent: sent, Received: time.Now()}); err != nil {
		t.Fatalf("%s: the verifier rejected the GPU's proof: %v", chl.Kind, err)
	}
	st := chk.Stats()
	t.Logf("%s %s: commit %s (reference %s, deadline %s), chase %s (reference %s, deadline %s), opening %s, verify %s, %d units, %d segments",
		class.Name, chl.Kind, st.Latency, chl.Reference, chl.Deadlines.Commit, st.ChaseLatency, chl.ChaseReference, chl.Deadlines.Chase,
		st.OpenLatency, st.VerifyTime, st.Units, st.Segments)
}
