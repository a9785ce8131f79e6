package devnet_test

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/cmd/internal/devnet"
	"github.com/idlegrid/idlegrid/inspector/node"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/proof"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

// waitFor polls cond every 100 ms until it holds or within passes.
func waitFor(t *testing.T, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("not within %s: %s", within, what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// latest is node nd's latest run of kind for machine m.
func latest(t *testing.T, nd *node.Node, m common.Hash, kind observe.Kind) (observe.Run, bool) {
	t.Helper()
	r, ok, err := nd.DB().LatestRun(context.Background(), m, kind)
	if err != nil {
		t.Fatal(err)
	}
	return r, ok
}

type inspectedDevnet struct {
	n      *devnet.Node
	info   devnet.Info
	client *ethclient.Client
	d      deployment.Deployment
	conn   *protocol.Conn
}

// startInspected starts a devnet with its three inspector nodes (k = 2 of 3) and the sim provider's machine
// (account 1, two simulated GPUs).
func startInspected(t *testing.T) *inspectedDevnet {
	t.Helper()
	cfg := testConfig(t)
	cfg.InspectorNodes = 3
	cfg.SimProvider.Enabled = true
	cfg.Challenges = smallSimChallenges
	// A machine down 8 s (by two inspectors' own checks) is slashed for downtime: an hour in production.
	// Each serves /healthz and /metrics on a free port (OpsAddr).
	cfg.InspectorConfig = func(_ int, c *node.Config) { c.MinDowntime, c.Ops = 8*time.Second, "127.0.0.1:0" }
	n, err := devnet.New(cfg, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	info := n.Info()
	client, err := ethclient.DialContext(ctx, info.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	return &inspectedDevnet{n: n, info: info, client: client, d: info.Deployment, conn: protocol.NewConn(client, info.Deployment, nil)}
}

// openLease opens a one-hour lease of one GPU of the sim provider's machine for renter account 2, in USD.
func (x *inspectedDevnet) openLease(t *testing.T) protocol.OpenedLease {
	t.Helper()
	ctx := context.Background()
	sim := x.n.SimProvider()
	q, err := protocol.NewQuotes(x.conn).Sign(ctx, sim.Key(), protocol.QuoteTerms{MachineID: sim.Machine(), GPUs: 1,
		USDPerSecondWad: big.NewInt(1e15), MaxDuration: 2 * time.Hour, ValidFor: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	renter := x.info.Accounts[2]
	leases := protocol.NewLeases(x.conn.As(newSubmitter(t, x.client, renter)))
	opened, err := leases.Open(ctx, protocol.OpenRequest{Quote: q, Duration: time.Hour, Pay: oracle.PayUSD})
	if err != nil {
		t.Fatal(err)
	}
	return opened
}

// smallSimChallenges are SIM-class challenges of the size of oracle/proofsession's example: the SIM class's own
// (provider/gpu) take seconds of CPU per GPU, and three inspectors challenging two emulated GPUs at once on this
// machine's two shared cores miss its deadlines. The protocol path is the same.
var smallSimChallenges = node.ChallengeTableFunc(func(class string) ([]node.Challenge, error) {
	if class != proof.SimClass {
		return nil, fmt.Errorf("class %q: not in this test's table", class)
	}
	return []node.Challenge{
		{Kind: "compute", Params: proof.Params{Width: 64, Rows: 64, Steps: 4, Group: 1, LeafGroups: 8, Openings: 16}, Deadlines: proof.DeadlinesFor(30 * time.Second)},
		{Kind: "capacity", Params: proof.Params{Sweep: true, Width: 1024, Rows: 64, Steps: 4, Group: 2, LeafGroups: 4, Openings: 8,
			Chains: 2, Hops: 1 << 12, SegmentHops: 4, ChaseRows: 64, ChaseOpenings: 16}, Deadlines: proof.DeadlinesFor(30 * time.Second)},
	}, nil
})

// TestInspectorsCheckAndBreachAStoppedProvider: three inspector nodes (k = 2) on the devnet find the sim
// provider's machine from its listing (spec by CID, TLS bound to the provider's key), pass its liveness and
// proof-of-compute checks (emulated GPUs: the CPU prover; no GPU here), and never breach it while it answers;
// once its node stops, two failed checks in a row at two inspectors make a breach that lands on chain with
// downSince at or after the stop, closing the lease and refunding the renter.
func TestInspectorsCheckAndBreachAStoppedProvider(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet with three inspector nodes for about a minute")
	}
	x := startInspected(t)
	ctx := context.Background()
	sim := x.n.SimProvider()
	nodes := x.n.Inspectors()
	if len(nodes) != 3 {
		t.Fatalf("%d inspector nodes", len(nodes))
	}
	// Every node observes the machine (k = 2 + 1 spare of 3) and passes it, liveness and compute.
	waitFor(t, 90*time.Second, "every inspector passes the machine's liveness and compute checks", func() bool {
		for _, nd := range nodes {
			l, ok := latest(t, nd, sim.Machine(), observe.Liveness)
			c, okc := latest(t, nd, sim.Machine(), observe.Compute)
			if !ok || !l.OK || !okc || !c.OK {
				return false
			}
		}
		return true
	})
	for _, nd := range nodes {
		c, _ := latest(t, nd, sim.Machine(), observe.Compute)
		facts, err := observe.ParseComputeFacts(c.Detail)
		if err != nil || facts.Class != "SIM" || facts.GPUs != 2 || facts.Identity != node.GPUIdentity(sim.GPUs()) {
			t.Fatalf("inspector %s compute facts %+v (%v)", nd.Address(), facts, err)
		}
	}

	// Protocol v2: the nodes registered their agreement endpoints in the NodeRegistry (peers find each other
	// there), and k of them attested the machine's hardware verification from their passed compute checks: the
	// registry holds the GPUs' ids.
	for _, nd := range nodes {
		e, err := protocol.NewMachines(x.conn).InspectorEndpoint(ctx, nd.Address())
		if err != nil || e != nd.PeerURL() {
			t.Fatalf("inspector %s registered %q (%v), serves %s", nd.Address(), e, err, nd.PeerURL())
		}
	}
	var m protocol.Machine
	waitFor(t, 60*time.Second, "the machine's hardware verification lands", func() bool {
		var err error
		m, err = protocol.NewMachines(x.conn).Get(ctx, sim.Machine())
		return err == nil && m.VerifiedAt > 0
	})
	if m.VerifiedUntil <= m.VerifiedAt || m.VerifiedAt > uint64(time.Now().Unix())+60 {
		t.Fatalf("verified %d until %d", m.VerifiedAt, m.VerifiedUntil)
	}
	// The node that posted it says so on its /metrics, over HTTP as Prometheus scrapes it (issue 12: attestations
	// posted and gas): the post counted and its gas added, at least the 21000 every transaction pays per post. The count
	// comes once the poster saw the receipt, a moment after the verification is visible.
	const postedSeries, gasSeries = `idlegrid_inspector_attestations_posted_total{kind="hardware_verification"}`,
		`idlegrid_inspector_gas_used_total{kind="hardware_verification"}`
	var poster map[string]float64
	waitFor(t, 30*time.Second, "the verification's poster counts it on /metrics", func() bool {
		for _, nd := range nodes {
			if s := scrape(t, nd.OpsAddr()); s[postedSeries] > 0 {
				poster = s
				return true
			}
		}
		return false
	})
	if poster[gasSeries] < 21000*poster[postedSeries] {
		t.Fatalf("the poster's /metrics: %s %v, %s %v; want each post's gas", postedSeries, poster[postedSeries], gasSeries, poster[gasSeries])
	}
	t.Logf("the poster's /metrics: %v verification posted, %v gas", poster[postedSeries], poster[gasSeries])

	renter := x.info.Accounts[2].Address
	opened := x.openLease(t)
	before, err := x.renterUSD(ctx, renter)
	if err != nil {
		t.Fatal(err)
	}
	// An answering machine is not breached: give the nodes time to see the lease and check it a few times.
	time.Sleep(8 * time.Second)
	if l, err := protocol.NewLeases(x.conn).Get(ctx, opened.ID); err != nil || l.Status != oracle.LeaseOpen {
		t.Fatalf("lease %s of an answering machine: %+v, %v", opened.ID, l, err)
	}

	stopped := time.Now()
	sim.Stop()
	var closed protocol.Lease
	waitFor(t, 60*time.Second, "the breach lands on chain", func() bool {
		l, err := protocol.NewLeases(x.conn).Get(ctx, opened.ID)
		closed = l
		return err == nil && l.Status == oracle.LeaseClosed
	})
	landed := time.Now()
	t.Logf("breach landed %s after the stop; lease closed at %d (stop at %.1f)", landed.Sub(stopped).Round(100*time.Millisecond), closed.EndsAt,
		float64(stopped.UnixMilli())/1000)
	// closedAt = max(downSince, start): the first failed check after the last good one, so not before the stop,
	// and before the breach landed.
	if closed.EndsAt < uint64(stopped.Unix()) || closed.EndsAt > uint64(landed.Unix())+1 {
		t.Fatalf("closed at %d: want within [%d, %d]", closed.EndsAt, stopped.Unix(), landed.Unix())
	}
	// The renter is refunded from downSince: the unused prepayment (1e15 USD-wad a second = 1000 units of the
	// 6-decimal stablecoin) comes back, about an hour's worth less the seconds used.
	after, err := x.renterUSD(ctx, renter)
	if err != nil {
		t.Fatal(err)
	}
	refund := new(big.Int).Sub(after, before)
	if used := closed.EndsAt - closed.StartedAt; refund.Cmp(big.NewInt(int64(3600-used-5)*1000)) < 0 {
		t.Fatalf("renter got %s back after the breach (lease used %d s): not refunded from downSince", refund, used)
	}
	// No node posted it twice (the metric counts the posts whose receipt a node saw; one that timed out waiting
	// under load is on chain but not counted).
	posted := 0.0
	for _, nd := range nodes {
		posted += counter(t, nd, "idlegrid_inspector_attestations_posted_total", "breach")
	}
	if posted > 1 {
		t.Fatalf("%v breach posts, want 1", posted)
	}

	// Still down past MinDowntime: k inspectors slash the provider for downtime (Staking caps it at a third of
	// its stake), once.
	stake := func() *big.Int {
		st, err := protocol.NewStaking(x.conn).Info(ctx, sim.Provider(), oracle.RoleProvider)
		if err != nil {
			t.Fatal(err)
		}
		return st.Active
	}
	staked := stake()
	waitFor(t, 60*time.Second, "the downtime slash lands", func() bool {
		return stake().Cmp(staked) < 0 || slashes(t, nodes) > 0
	})
	time.Sleep(3 * time.Second)
	if n := slashes(t, nodes); n > 1 {
		t.Fatalf("%v slashes posted, want 1", n)
	}
	waitFor(t, 30*time.Second, "the slash is on chain", func() bool { return stake().Cmp(staked) < 0 })
	if stake().Cmp(staked) >= 0 {
		t.Fatalf("provider stake %s after the downtime slash, %s before", stake(), staked)
	}
}

// scrape reads the Prometheus text an ops address serves at /metrics: each sample's value by its series as
// written (name{labels}).
func scrape(t *testing.T, ops string) map[string]float64 {
	t.Helper()
	if ops == "" {
		t.Fatal("the inspector node serves no /metrics (no Ops address)")
	}
	resp, err := http.Get("http://" + ops + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET http://%s/metrics: %d, %v", ops, resp.StatusCode, err)
	}
	out := map[string]float64{}
	for _, line := range strings.Split(string(body), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		if i < 0 {
			t.Fatalf("/metrics line %q: no value", line)
		}
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			t.Fatalf("/metrics line %q: %v", line, err)
		}
		out[line[:i]] = v
	}
	return out
}

func slashes(t *testing.T, nodes []*node.Node) float64 {
	n := 0.0
	for _, nd := range nodes {
		n += counter(t, nd, "idlegrid_inspector_attestations_posted_total", "slash")
	}
	return n
}

// renterUSD is what the renter holds in USD: its balance and what the escrow credits it.
func (x *inspectedDevnet) renterUSD(ctx context.Context, renter common.Address) (*big.Int, error) {
	bal, err := protocol.NewTokens(x.conn).Balance(ctx, oracle.PayUSD, renter)
	if err != nil {
		return nil, err
	}
	w, err := protocol.NewLeases(x.conn).Withdrawable(ctx, renter, oracle.PayUSD)
	if err != nil {
		return nil, err
	}
	return bal.Add(bal, w), nil
}

// counter is the value of nd's counter name with label kind.
func counter(t *testing.T, nd *node.Node, name, kind string) float64 {
	t.Helper()
	mfs, err := nd.Metrics().Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "kind" && l.GetValue() == kind {
					return m.GetCounter().GetValue()
				}
			}
		}
	}
	return 0
}
