package node_test

import (
	"math/big"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/provider/node"
)

// BenchmarkLeaseStart measures, for leases opened one after another on the dev chain (blocks every 100 ms)
// with the image present, the time from the LeaseOpened transaction being mined to the node reporting the
// job's container running. Run with -benchtime=1x: each run opens 20 leases and reports p50 and p90.
//
//	go test ./provider/node -run '^$' -bench BenchmarkLeaseStart -benchtime=1x
func BenchmarkLeaseStart(b *testing.B) {
	w := newWorld(b)
	pn := w.startNode(nodeOpts{gpus: 8, quiet: true})
	var took []time.Duration
	for i := 0; i < 20; i++ {
		spec := w.workloadSpec(1, "print", "up", "sleep", "600")
		spec.Env = map[string]string{"RUN": strconv.Itoa(i)}
		lease := pn.open(renterAcct, 1, time.Hour, spec)
		mined := time.Now()
		pn.waitPhase(lease, node.PhaseRunning, time.Minute)
		took = append(took, time.Since(mined))
		if _, err := protocol.NewLeases(w.conn(renterAcct)).Close(w.ctx, new(big.Int).SetUint64(lease)); err != nil {
			b.Fatal(err)
		}
		pn.waitPhase(lease, node.PhaseDone, time.Minute)
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Milliseconds()), "p50-ms")
	b.ReportMetric(float64(took[len(took)*9/10].Milliseconds()), "p90-ms")
	b.Logf("LeaseOpened mined → container running, 20 leases: p50 %s, p90 %s, min %s, max %s", took[len(took)/2], took[len(took)*9/10], took[0], took[len(took)-1])
}

// BenchmarkConcurrentLeases opens 100 one-GPU leases on one node (a machine of 100 simulated GPUs), waits for
// all 100 containers to run, and reports the ramp time and this process's CPU and memory (the node, the dev
// chain and the test together) while the 100 run for 10 s.
//
//	go test ./provider/node -run '^$' -bench BenchmarkConcurrentLeases -benchtime=1x
func BenchmarkConcurrentLeases(b *testing.B) {
	const leases = 100
	w := newWorld(b)
	// 100 GPUs lock 10,000 GRID of stake at devnet's 100 per GPU.
	if _, err := protocol.NewStaking(w.conn(providerAcct)).Stake(w.ctx, oracle.RoleProvider, gridWei(10_000)); err != nil {
		b.Fatal(err)
	}
	pn := w.startNode(nodeOpts{gpus: leases, quiet: true, edit: func(c *node.DaemonConfig) {
		c.Gateway.JobsPerSecond, c.Gateway.JobBurst = 1000, 1000 // one client pushes all 100 specs
		c.Node.Resync = node.DefaultConfig().Resync              // the production pace of looking at running jobs
	}})
	// Baseline of the same run: the dev chain sealing every 100 ms, the follower and the idle node, for 10 s.
	rb := rusage()
	time.Sleep(10 * time.Second)
	idle := (cpuSeconds(rusage()) - cpuSeconds(rb)) / 10
	rssIdle := rssBytes()
	ru0 := rusage()
	began := time.Now()
	// One renter opens them all (its nonces serialise the opens); the node starts them as they come.
	var ids []uint64
	for i := 0; i < leases; i++ {
		spec := w.workloadSpec(1, "sleep", "600")
		spec.Resources.Memory, spec.Resources.MilliCPUs = 64<<20, 100
		spec.Env = map[string]string{"N": strconv.Itoa(i)}
		ids = append(ids, pn.open(renterAcct, 1, time.Hour, spec))
	}
	opened := time.Since(began)
	var wg sync.WaitGroup
	for _, id := range ids {
		wg.Add(1)
		go func() { defer wg.Done(); pn.waitPhase(id, node.PhaseRunning, 5*time.Minute) }()
	}
	wg.Wait()
	ramp := time.Since(began)
	ru1 := rusage()
	time.Sleep(10 * time.Second)
	ru2 := rusage()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	rss := rssBytes()
	cpuRamp := cpuSeconds(ru1) - cpuSeconds(ru0)
	cpuSteady := (cpuSeconds(ru2) - cpuSeconds(ru1)) / 10
	b.ReportMetric(ramp.Seconds(), "ramp-s")
	b.ReportMetric(cpuSteady*100, "steady-cpu-%")
	b.ReportMetric(float64(rss)/(1<<20), "rss-MiB")
	b.ReportMetric(idle*100, "idle-cpu-%")
	b.Logf("%d leases: opened on chain in %s, all %d containers running after %s; CPU during the ramp %.1f s; steady state with %d running: %.1f%% of a core (baseline with none: %.1f%%), RSS %d MiB (baseline %d MiB), Go heap %d MiB",
		leases, opened.Round(time.Millisecond), leases, ramp.Round(time.Millisecond), cpuRamp, leases, cpuSteady*100, idle*100, rss>>20, rssIdle>>20, ms.HeapInuse>>20)
}

func rusage() syscall.Rusage {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru
}

func cpuSeconds(ru syscall.Rusage) float64 {
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

func rssBytes() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}
