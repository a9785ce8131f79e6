package node_test

import (
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/follow"
	gw "github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/provider/node"
)

// TestLimitsHoldThroughALease: a job that allocates past its memory limit is killed by the kernel (the node
// and the renter's status say so), and a job burning four CPUs under a half-CPU quota is throttled.
func TestLimitsHoldThroughALease(t *testing.T) {
	w := newWorld(t)
	pn := w.startNode(nodeOpts{})
	oom := w.workloadSpec(1, "print", "allocating", "alloc", "512", "print", "survived")
	oom.Resources.Memory = 64 << 20
	lease := pn.open(renterAcct, 1, time.Hour, oom)
	wl := pn.waitPhase(lease, node.PhaseExited, time.Minute)
	if !strings.Contains(wl.Reason, "out of memory") {
		t.Fatalf("OOM job: %+v", wl)
	}
	st, err := pn.renterClient(renterAcct).Status(w.ctx, lease)
	if err != nil || st.State != gw.StateFailed || !strings.Contains(st.Error, "out of memory") {
		t.Fatalf("status of the OOM job %+v: %v", st, err)
	}

	burn := w.workloadSpec(1, "burn", "4", "3", "sleep", "600")
	burn.Resources.MilliCPUs = 500
	lease = pn.open(renterAcct, 1, time.Hour, burn)
	pn.waitPhase(lease, node.PhaseRunning, time.Minute)
	time.Sleep(3500 * time.Millisecond)
	rs, err := pn.rt.Status(w.ctx, pn.daemon.Node.Key(lease), true)
	if err != nil {
		t.Fatal(err)
	}
	u := rs.Usage
	// 4 busy goroutines for 3 s would use 12 CPU-seconds unthrottled; half a CPU allows about 1.5.
	// On a loaded machine the job may not even get its half CPU: unthrottled is then no sign of a missing quota,
	// but having used most of the quota unthrottled is.
	if u == nil || u.CPUTime > 2500*time.Millisecond || u.ThrottledPeriods == 0 && u.CPUTime >= 1200*time.Millisecond {
		t.Fatalf("CPU quota did not hold: %+v", u)
	}
	t.Logf("burning 4 CPUs under a 0.5 CPU quota for 3 s used %s of CPU, throttled in %d periods", u.CPUTime, u.ThrottledPeriods)
}

// TestLeaseEndsAndIsSettled: a lease runs out of prepaid time; the container stops at the first block past
// its end (its job dies of the SIGTERM), and the node's settle policy closes it on chain with settleMany (its GPUs free again); its withdraw
// policy pays the earnings out of the escrow once the dispute window is over (settling the lease first), never
// inside it. /healthz and /metrics say so (leases, settle gas, containers).
func TestLeaseEndsAndIsSettled(t *testing.T) {
	w := newWorld(t)
	pn := w.startNode(nodeOpts{edit: func(c *node.DaemonConfig) {
		c.Node.Settle.Every = 500 * time.Millisecond
		c.Node.Withdraw = node.WithdrawPolicy{Every: 500 * time.Millisecond, MinUSD: 0.001}
	}})
	usd := func() *big.Int {
		b, err := protocol.NewTokens(w.conn(deployerAcct)).Balance(w.ctx, oracle.PayUSD, w.provider())
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	wallet := usd()
	// The dev chain's clock moves a second a block at most, and no faster than the wall clock.
	// The job leaves SIGTERM at its default action (as sh or python do): the init in front of it passes the
	// lease end's SIGTERM on, and it dies of it (143) rather than of the SIGKILL at the grace's end (137).
	lease := pn.open(renterAcct, 1, 10*time.Second, w.workloadSpec(1, "print", "short", "defaultterm", "sleep", "600"))
	pn.waitPhase(lease, node.PhaseRunning, time.Minute)
	done := pn.waitPhase(lease, node.PhaseDone, time.Minute)
	if !strings.Contains(done.Reason, "prepaid time ended") || done.ExitCode == nil || *done.ExitCode != 128+15 {
		t.Fatalf("workload %+v: want ended by its prepaid time, exited of SIGTERM (143)", done)
	}
	waitFor(t, time.Minute, func() bool {
		l, err := protocol.NewLeases(w.conn(deployerAcct)).Get(w.ctx, new(big.Int).SetUint64(lease))
		txs, jerr := pn.store.Txs(w.ctx, "settle", time.Time{}) // journaled once its receipt is in
		return err == nil && l.Status == oracle.LeaseClosed && jerr == nil && len(txs) > 0
	}, "the node's settleMany closing the ended lease")
	txs, err := pn.store.Txs(w.ctx, "settle", time.Time{})
	if err != nil || len(txs) == 0 || txs[0].Leases[0] != lease {
		t.Fatalf("settle journal %+v: %v", txs, err)
	}
	// Protocol v2 holds the pay through the dispute window after the close: nothing to withdraw before it ends.
	time.Sleep(2 * time.Second) // a few withdraw rounds
	if txs, err := pn.store.Txs(w.ctx, "withdraw", time.Time{}); err != nil || len(txs) != 0 {
		t.Fatalf("withdrew %+v inside the dispute window: %v", txs, err)
	}
	waitFor(t, 30*time.Second, func() bool { return w.chain.AdjustTime(time.Hour+time.Minute) == nil }, "the chain's clock past the dispute window")
	waitFor(t, time.Minute, func() bool {
		txs, err := pn.store.Txs(w.ctx, "withdraw", time.Time{})
		return err == nil && len(txs) > 0
	}, "the node's withdraw policy (its due lease settled first)")
	left, err := protocol.NewLeases(w.conn(deployerAcct)).Withdrawable(w.ctx, w.provider(), oracle.PayUSD)
	if err != nil || left.Sign() != 0 {
		t.Fatalf("left in the escrow after the withdrawal: %v %v", left, err)
	}
	if got := usd(); got.Cmp(wallet) <= 0 {
		t.Fatalf("provider's USD %s, %s before: the earnings were not paid out", got, wallet)
	}

	// Operations: the health report names every part; the metrics count the settle's gas and no container.
	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + pn.daemon.OpsAddr() + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	code, health := get("/healthz")
	for _, want := range []string{`"status":"ok"`, `"provider/leases":"ok"`, `"provider/follower":"ok"`, `"provider/gateway":"ok"`, `"chain":`} {
		if code != http.StatusOK || !strings.Contains(health, want) {
			t.Fatalf("/healthz %d lacks %s: %s", code, want, health)
		}
	}
	_, metrics := get("/metrics")
	for _, want := range []string{"idlegrid_provider_settle_gas_used_count 1", "idlegrid_provider_containers 0",
		"idlegrid_provider_start_latency_seconds_count 1", "idlegrid_provider_follower_head_block"} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}

// TestReorgRemovesLease: a reorg that takes the LeaseOpened away (the follower rolls back to before it and the
// new branch has no such lease) stops and removes the workload; the lease is never started again.
func TestReorgRemovesLease(t *testing.T) {
	w := newWorld(t)
	pn := w.startNode(nodeOpts{})
	lease := pn.open(renterAcct, 1, time.Hour, w.workloadSpec(1, "print", "x", "sleep", "600"))
	pn.waitPhase(lease, node.PhaseRunning, time.Minute)
	l, err := pn.store.Lease(w.ctx, lease)
	if err != nil {
		t.Fatal(err)
	}
	// Stop the follower, then hand the node's store the batch a reorg past the LeaseOpened block produces.
	if err := pn.daemon.Follower.Close(); err != nil {
		t.Fatal(err)
	}
	st, _, err := pn.store.State(w.ctx)
	if err != nil {
		t.Fatal(err)
	}
	ancestor := l.OpenedBlock - 1
	fork := follow.BlockRef{Number: ancestor + 1, Hash: common.HexToHash("0xf0"), ParentHash: common.HexToHash("0xa0"), Time: l.OpenedAt}
	if err := pn.daemon.Node.FollowStore().Apply(w.ctx, &follow.Batch{Rollback: true, Ancestor: ancestor, Blocks: []follow.BlockRef{fork},
		Next: ancestor + 2, LastHash: fork.Hash, Final: min(st.Final, ancestor), Head: st.Head, HotFrom: ancestor + 1}); err != nil {
		t.Fatal(err)
	}
	done := pn.waitPhase(lease, node.PhaseDone, 30*time.Second)
	if !strings.Contains(done.Reason, "reorg") {
		t.Fatalf("workload %+v", done)
	}
	if _, err := pn.store.Lease(w.ctx, lease); err == nil {
		t.Fatal("the lease survived the rollback")
	}
}
