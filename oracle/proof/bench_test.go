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

// BenchmarkVerifyComputeShape verifies an opening of the H100 class's compute challenge at its real
// shape (n = 16384, m = 8192, 1413 steps, 64 single-row units, the real Merkle depth; see
// buildShapeOpening), on 2 workers, and reports the verifier's CPU and wall time against the CPU
// prover's time for the same challenge, extrapolated from its MAC rate measured in the same run, and
// against the GPU's 10.24 s reference.
// Run: go test -run '^$' -bench VerifyComputeShape -benchtime 3x ./oracle/proof
func BenchmarkVerifyComputeShape(b *testing.B) {
	so := buildShapeOpening(b, h100Compute, "compute-shape")
	slice := h100Compute
	slice.Rows, slice.Steps, slice.LeafGroups, slice.Openings = 16, 1, 16, 4
	start := time.Now()
	if _, _, err := NewProver(CPU{}, 0, zerolog.Nop()).Commit(context.Background(), testChallenge(b, slice, "slice")); err != nil {
		b.Fatal(err)
	}
	macRate := slice.MACs() / time.Since(start).Seconds()
	b.ResetTimer()
	var wall, cpu time.Duration
	for i := 0; i < b.N; i++ {
		w, c := so.verify(b, 2)
		wall, cpu = wall+w, cpu+c
	}
	n := float64(b.N)
	b.ReportMetric(cpu.Seconds()/n, "cpu-s/verify")
	b.ReportMetric(wall.Seconds()/n, "wall-s/verify")
	b.ReportMetric(macRate, "cpu-prover-MAC/s")
	b.ReportMetric(cpu.Seconds()/n/(h100Compute.MACs()/macRate), "verify/cpu-prove")
	b.ReportMetric(wall.Seconds()/n/10.24, "verify/gpu-reference")
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
