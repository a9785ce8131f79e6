package proof

import (
	"testing"

	"github.com/rs/zerolog"
)

func TestHonestProverPasses(t *testing.T) {
	tests := []struct {
		name string
		p    Params
	}{
		{"small", smallParams()},
		{"single-row groups", Params{Width: 48, Rows: 32, Steps: 5, Group: 1, LeafGroups: 8, Openings: 16}},
		{"one leaf per step", Params{Width: 16, Rows: 16, Steps: 3, Group: 4, LeafGroups: 4, Openings: 6}},
		{"odd leaf count", Params{Width: 32, Rows: 32, Steps: 3, Group: 1, LeafGroups: 16, Openings: 9}},
		{"sweep", Params{Sweep: true, Width: 64, Rows: 256, Steps: 8, Group: 4, LeafGroups: 8, Openings: 16}},
		{"sweep, single-row groups", Params{Sweep: true, Width: 16, Rows: 64, Steps: 5, Group: 1, LeafGroups: 4, Openings: 12}},
		{"sweep with chase", chaseParams()},
		{"chase, one checkpoint leaf, whole state, odd groups", Params{Sweep: true, Width: 1040, Rows: 32, Steps: 3, Group: 1, LeafGroups: 4, Openings: 4,
			Chains: 2, Hops: 64, SegmentHops: 2, ChaseRows: 32, ChaseOpenings: 8}},
		{"chase, single-chunk groups", Params{Sweep: true, Width: 64, Rows: 256, Steps: 4, Group: 4, LeafGroups: 8, Openings: 4,
			Chains: 1, Hops: 8192, SegmentHops: 64, ChaseRows: 256, ChaseOpenings: 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prover := NewProver(CPU{}, 0, zerolog.Nop())
			v := newTestVerifier(t, tt.name, DefaultVerifierConfig())
			if err := runProtocol(t, prover, v, testChallenge(t, tt.p, tt.name)); err != nil {
				t.Fatalf("honest prover rejected: %v", err)
			}
		})
	}
}
