package cuda

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/proof"
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
		{proof.Params{Sweep: true, Width: 272, Rows: 1 << 14, Steps: 4, Group: 64, LeafGroups: 16, Openings: 8}, 0},
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
		ge.Close()
		ce.Close()
	}
	b.cfg.MaxTileRows = 0
}

// TestGPUFullProtocol commits on the GPU and verifies on the CPU, over the wire encodings.
func TestGPUFullProtocol(t *testing.T) {
	b := openGPU(t)
	for _, p := range []proof.Params{
		{Width: 16384, Rows: 1 << 13, Steps: 8, Group: 1, LeafGroups: 64, Openings: 64},
		{Sweep: true, Width: 272, Rows: 1 << 22, Steps: 4, Group: 64, LeafGroups: 64, Openings: 32},
	} {
		start := time.Now()
		testProofOnBackend(t, b, p)
		t.Logf("%s: committed, opened and verified in %s", p, time.Since(start))
	}
}
