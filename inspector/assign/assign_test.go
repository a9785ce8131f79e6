package assign_test

import (
	"fmt"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/inspector/assign"
)

func addrs(n int) []common.Address {
	out := make([]common.Address, n)
	for i := range out {
		out[i] = common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprintf("inspector %d", i))))
	}
	return out
}

func machines(n int) []common.Hash {
	out := make([]common.Hash, n)
	for i := range out {
		out[i] = crypto.Keccak256Hash([]byte(fmt.Sprintf("machine %d", i)))
	}
	return out
}

func TestRankIsDeterministicAndOrderFree(t *testing.T) {
	ins := addrs(7)
	m := machines(1)[0]
	r := assign.Rank(m, 3, ins)
	rev := slices.Clone(ins)
	slices.Reverse(rev)
	if !slices.Equal(r, assign.Rank(m, 3, rev)) {
		t.Fatal("ranking depends on input order")
	}
	if !slices.Equal(r, assign.Rank(m, 3, append(slices.Clone(ins), ins[0], ins[3]))) {
		t.Fatal("duplicates change the ranking")
	}
	if len(r) != 7 {
		t.Fatalf("ranking has %d inspectors", len(r))
	}
	if slices.Equal(r, assign.Rank(m, 4, ins)) && slices.Equal(r, assign.Rank(m, 5, ins)) {
		t.Fatal("the ranking never changes with the epoch")
	}
}

// TestAnyDownKeepsK: with n inspectors and any `spare` of them down (every such set), every machine still has
// ≥ k live observers, for n from k + spare up to the quorum's maximum of 32.
func TestAnyDownKeepsK(t *testing.T) {
	ms := machines(500)
	for _, p := range []assign.Policy{{K: 3, Spare: 1}, {K: 2, Spare: 1}, {K: 5, Spare: 2}} {
		for _, n := range []int{p.K + p.Spare, p.K + p.Spare + 1, p.K + p.Spare + 2, 10, 13, 16, 21, 32} {
			ins := addrs(n)
			// every set of `spare` inspectors down (pairs for spare 2)
			var downs [][]common.Address
			for i := range ins {
				if p.Spare == 1 {
					downs = append(downs, []common.Address{ins[i]})
				}
				for j := i + 1; p.Spare == 2 && j < n; j++ {
					downs = append(downs, []common.Address{ins[i], ins[j]})
				}
			}
			obs := make([][]common.Address, len(ms))
			for i, m := range ms {
				obs[i] = p.Observers(m, 7, ins)
			}
			for _, down := range downs {
				for i, m := range ms {
					live := 0
					for _, o := range obs[i] {
						if !slices.Contains(down, o) {
							live++
						}
					}
					if live < p.K {
						t.Fatalf("k=%d spare=%d n=%d: machine %s has %d live observers with %v down", p.K, p.Spare, n, m, live, down)
					}
				}
			}
		}
	}
}

// TestLoadSpread reports the load figure for 1,000 and 10,000 machines and bounds the imbalance.
func TestLoadSpread(t *testing.T) {
	p := assign.DefaultPolicy()
	for _, nm := range []int{1000, 10000} {
		ms := machines(nm)
		for _, n := range []int{5, 10, 32} {
			l := p.Spread(ms, 11, addrs(n))
			total := 0
			for _, c := range l.PerInspector {
				total += c
			}
			if total != nm*(p.K+p.Spare) {
				t.Fatalf("%d machines, %d inspectors: %d assignments, want %d", nm, n, total, nm*(p.K+p.Spare))
			}
			// Each inspector observes each machine with probability (k+spare)/n: allow five standard deviations.
			q := float64(p.K+p.Spare) / float64(n)
			sd := math.Sqrt(float64(nm) * q * (1 - q))
			if float64(l.Max) > l.Mean+5*sd || float64(l.Min) < l.Mean-5*sd {
				t.Fatalf("%d machines, %d inspectors: load %d..%d around %.0f (sd %.1f)", nm, n, l.Min, l.Max, l.Mean, sd)
			}
			t.Logf("%5d machines, %2d inspectors, k=%d+%d: per inspector min %d, mean %.0f, max %d (max/mean %.3f); liveness checks %.0f/min at the busiest",
				nm, n, p.K, p.Spare, l.Min, l.Mean, l.Max, float64(l.Max)/l.Mean, float64(l.Max))
		}
	}
}

func TestObserversRotate(t *testing.T) {
	p := assign.DefaultPolicy()
	ins := addrs(10)
	changed := 0
	for _, m := range machines(500) {
		a, b := p.Observers(m, 1, ins), p.Observers(m, 2, ins)
		slices.SortFunc(a, func(x, y common.Address) int { return x.Cmp(y) })
		slices.SortFunc(b, func(x, y common.Address) int { return x.Cmp(y) })
		if !slices.Equal(a, b) {
			changed++
		}
	}
	if changed < 400 {
		t.Fatalf("only %d of 500 machines changed observers between epochs", changed)
	}
}

func TestMineAndEpoch(t *testing.T) {
	p := assign.DefaultPolicy()
	ins := addrs(6)
	ms := machines(300)
	seen := map[common.Hash]int{}
	for _, me := range ins {
		for _, m := range p.Mine(me, 9, ins, ms) {
			seen[m]++
		}
	}
	for _, m := range ms {
		if seen[m] != p.K+p.Spare {
			t.Fatalf("machine %s is observed by %d inspectors", m, seen[m])
		}
	}
	if e := assign.Epoch(time.Unix(7200, 0), time.Hour); e != 2 {
		t.Fatalf("epoch %d", e)
	}
	if err := (assign.Policy{K: 0}).Validate(); err == nil {
		t.Fatal("k = 0 accepted")
	}
	few := addrs(2)
	if got := p.Observers(ms[0], 1, few); len(got) != 2 {
		t.Fatalf("with fewer inspectors than k+spare every one observes: %d", len(got))
	}
}

func BenchmarkMine10kMachines(b *testing.B) {
	p := assign.DefaultPolicy()
	ins := addrs(32)
	ms := machines(10000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = p.Mine(ins[0], uint64(i), ins, ms)
	}
}
