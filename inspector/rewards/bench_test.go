package rewards_test

import (
	"testing"

	"github.com/idlegrid/idlegrid/inspector/rewards"
	"github.com/idlegrid/idlegrid/oracle/rewardtree"
)

// The target: the reward tree of 100k providers in ≤ 5 s on 2 cores (run with -cpu 2). The baseline of
// the same run is building the Merkle tree alone from the result's leaves, the part no computation can avoid.

const benchProviders = 100_000

// BenchmarkCompute100kProvidersCanonicalBytes is BenchmarkTree100kProviders (rewards_test.go) plus the canonical
// bytes the node uploads.
func BenchmarkCompute100kProvidersCanonicalBytes(b *testing.B) {
	in := randomInputs(7, benchProviders, 20)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		res, err := rewards.Compute(params, in)
		if err != nil {
			b.Fatal(err)
		}
		if len(res.MarshalCanonical()) == 0 {
			b.Fatal("no bytes")
		}
	}
}

// BenchmarkTreeOnlyBaseline builds the Merkle tree of the same leaves Compute produces, nothing else.
func BenchmarkTreeOnlyBaseline(b *testing.B) {
	res, err := rewards.Compute(params, randomInputs(7, benchProviders, 20))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := rewardtree.New(res.Entries); err != nil {
			b.Fatal(err)
		}
	}
}
