package proof

import (
	"context"
	"syscall"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

// Benchmarks report their own units: MAC/s for the prover (multiply-accumulates of the chain), the
// verifier's time and its ratio to the prover's time for the same challenge, and Merkle cost per leaf.
// Run: go test -run '^$' -bench . -benchtime=1x ./oracle/proof

// BenchmarkCPUProver measures the CPU backend's commit throughput at a few shapes.
func BenchmarkCPUProver(b *testing.B) {
	for _, bc := range []struct {
		name string
		p    Params
	}{
		{"n256", Params{Width: 256, Rows: 1024, Steps: 4, Group: 1, LeafGroups: 64, Openings: 32}},
		{"n1024", Params{Width: 1024, Rows: 256, Steps: 2, Group: 1, LeafGroups: 64, Openings: 32}},
		{"n8192", Params{Width: 8192, Rows: 16, Steps: 1, Group: 1, LeafGroups: 16, Openings: 16}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			prover := NewProver(CPU{}, 0, zerolog.Nop())
			ch := testChallenge(b, bc.p, "bench")
			var total time.Duration
			for i := 0; i < b.N; i++ {
				start := time.Now()
				if _, _, err := prover.Commit(context.Background(), ch); err != nil {
					b.Fatal(err)
				}
				total += time.Since(start)
			}
			b.ReportMetric(bc.p.MACs()*float64(b.N)/total.Seconds()/1e9, "GMAC/s")
		})
	}
}

// BenchmarkProveVerify commits and verifies the same challenges in one run and reports the verifier's
// wall time as a fraction of the prover's (both on this CPU).
func BenchmarkProveVerify(b *testing.B) {
	for _, bc := range []struct {
		name string
		p    Params
	}{
		{"n256", Params{Width: 256, Rows: 1024, Steps: 8, Group: 1, LeafGroups: 64, Openings: 32}},
		{"n1024", Params{Width: 1024, Rows: 256, Steps: 4, Group: 1, LeafGroups: 64, Openings: 64}},
		{"sweep-n448", Params{Sweep: true, Width: 448, Rows: 1 << 14, Steps: 16, Group: 16, LeafGroups: 16, Openings: 16}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			ctx := context.Background()
			prover := NewProver(CPU{}, 0, zerolog.Nop())
			v := newTestVerifier(b, "bench", DefaultVerifierConfig())
			var prove, verify, proveCPU, verifyCPU time.Duration
			for i := 0; i < b.N; i++ {
				ch := testChallenge(b, bc.p, "bench")
				ch.Nonce = uint64(i)
				start, c0 := time.Now(), cpuTime()
				sess, cm, err := prover.Commit(ctx, ch)
				if err != nil {
					b.Fatal(err)
				}
				prove, proveCPU = prove+time.Since(start), proveCPU+cpuTime()-c0
				chk, err := v.Begin(ch, DeadlinesFor(time.Hour))
				if err != nil {
					b.Fatal(err)
				}
				if err := chk.Commit(cm, onTime()); err != nil {
					b.Fatal(err)
				}
				req, err := chk.Request()
				if err != nil {
					b.Fatal(err)
				}
				op, err := sess.Open(ctx, req)
				if err != nil {
					b.Fatal(err)
				}
				start, c0 = time.Now(), cpuTime()
				if err := chk.Verify(ctx, op, onTime()); err != nil {
					b.Fatal(err)
				}
				verify, verifyCPU = verify+time.Since(start), verifyCPU+cpuTime()-c0
			}
			b.ReportMetric(prove.Seconds()/float64(b.N), "prove-s")
			b.ReportMetric(verify.Seconds()/float64(b.N), "verify-s")
			b.ReportMetric(verify.Seconds()/prove.Seconds(), "verify/prove")
			b.ReportMetric(verifyCPU.Seconds()/proveCPU.Seconds(), "verifyCPU/proveCPU")
			b.ReportMetric(bc.p.VerifierOps()/bc.p.ProverOps(), "verifyOps/proveOps")
			if bc.p.Sweep {
				b.ReportMetric(bc.p.SweptBytes()/1e9/(prove.Seconds()/float64(b.N)), "GB/s")
			} else {
				b.ReportMetric(bc.p.MACs()/1e9/(prove.Seconds()/float64(b.N)), "GMAC/s")
			}
		})
	}
}

// BenchmarkVerifyComputeShape verifies an opening at the width and opening count of the real classes'
// compute challenge (n = 8192, s = 64 single-row units): the verifier's cost depends on n, s and the
// Merkle depth only, not on how many steps or rows the prover ran. The opening is built directly (the
// products of all step-1 groups, committed under one leaf), which is the expensive setup; only Verify
// is timed. The real H100 tree is 19 levels deep instead of 0, about 3.6k more SHA-256 calls (~2 ms).
func BenchmarkVerifyComputeShape(b *testing.B) {
	p := Params{Width: 8192, Rows: 64, Steps: 1, Group: 1, LeafGroups: 64, Openings: 64}
	ch := testChallenge(b, p, "compute-shape")
	s, err := NewSchedule(ch)
	if err != nil {
		b.Fatal(err)
	}
	n := p.Width
	wt := s.WeightsT(0)
	k, mu := s.StepConstants(1)
	hashes := make([]Hash, p.Rows)
	products := make([][]int32, p.Rows)
	parallelRange(p.Rows, 0, func(lo, hi int) {
		prev, partner, out := make([]int8, n), make([]int8, n), make([]int8, n)
		for g := lo; g < hi; g++ {
			s.InitialRows(prev, g)
			s.InitialRows(partner, g^mu)
			products[g] = groupProduct(s, Unit{1, g}, mu, prev, partner, wt)
			for j, c := range products[g] {
				out[j] = Nonlinear(c, k)
			}
			hashes[g] = GroupHash(out)
		}
	})
	tree := buildTree([]Hash{LeafHash(hashes)}, 1)
	cm := Commitment{Challenge: s.ID, Root: tree.root()}
	v := newTestVerifier(b, "compute-shape", DefaultVerifierConfig())
	ctx := context.Background()
	var cpu time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		chk, err := v.Begin(ch, DeadlinesFor(time.Hour))
		if err != nil {
			b.Fatal(err)
		}
		if err := chk.Commit(cm, onTime()); err != nil {
			b.Fatal(err)
		}
		req, err := chk.Request()
		if err != nil {
			b.Fatal(err)
		}
		op := Opening{Challenge: s.ID, Root: cm.Root}
		for _, u := range req.Units {
			op.Units = append(op.Units, UnitOpening{Unit: u, Product: products[u.Group],
				Leaf: LeafProof{Index: 0, Groups: hashes, Path: tree.path(0)}})
		}
		b.StartTimer()
		c0 := cpuTime()
		if err := chk.Verify(ctx, op, onTime()); err != nil {
			b.Fatal(err)
		}
		cpu += cpuTime() - c0
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/verify")
}

// cpuTime is the process's user+system CPU time: on a shared machine it measures the work done,
// where wall time also measures the neighbours.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkMerkleCommit measures the prover's host-side hashing: leaves of 64 group hashes (2 KiB)
// plus the tree above them.
func BenchmarkMerkleCommit(b *testing.B) {
	const leaves, perLeaf = 4096, 64
	digests := make([]Hash, leaves*perLeaf)
	for i := range digests {
		digests[i] = Hash{byte(i), byte(i >> 8), byte(i >> 16)}
	}
	b.SetBytes(int64(32 * len(digests)))
	for i := 0; i < b.N; i++ {
		hashes := make([]Hash, leaves)
		parallelRange(leaves, 0, func(lo, hi int) {
			for l := lo; l < hi; l++ {
				hashes[l] = LeafHash(digests[l*perLeaf : (l+1)*perLeaf])
			}
		})
		buildTree(hashes, 0)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*leaves), "ns/leaf")
}
