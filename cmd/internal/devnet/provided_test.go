package devnet_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/cmd/internal/devnet"
	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/inspector/node"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/devchain/devchaintest"
	"github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/provider/job"
	"github.com/idlegrid/idlegrid/provider/runtime/dockertest"
)

func TestMain(m *testing.M) { os.Exit(dockertest.Main(m)) }

// providedDevnet is a devnet running its provider node (account 1, two simulated GPUs) on the test's Docker
// daemon.
type providedDevnet struct {
	n        *devnet.Node
	info     devnet.Info
	client   *ethclient.Client
	conn     *protocol.Conn
	machine  common.Hash
	key      *keys.Signer
	listen   string
	renter   devnet.Account
	gateways *gateway.Client
}

// startProvided starts a devnet with its provider node; adjust sets the rest (inspector nodes, the indexer).
func startProvided(t *testing.T, adjust func(*devnet.Config)) *providedDevnet {
	t.Helper()
	host := dockertest.Host(t) // skips (fails with IDLEGRID_REQUIRE_DOCKER=1) without a daemon
	cfg := testConfig(t)
	cfg.Chain.Accounts = 6 // 0 deploys, 1 provides, 2 rents, 3-5 inspect
	cfg.Provider.Enabled, cfg.Provider.Docker, cfg.Provider.GPUs = true, host, 2
	cfg.Provider.Listen = fmt.Sprintf("127.0.0.1:%d", devchaintest.Ports(t, 1)[0])
	adjust(&cfg)
	n, err := devnet.New(cfg, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	info := n.Info()
	if info.Provider.Image != devnet.DevImage {
		t.Fatalf("the devnet imported no %s into %s (a static busybox is needed): %+v", devnet.DevImage, host, info.Provider)
	}
	machine, key, ok := n.ProviderMachine()
	if !ok {
		t.Fatalf("no provider node runs (docker %q)", info.Docker)
	}
	client, err := ethclient.DialContext(ctx, info.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	x := &providedDevnet{n: n, info: info, client: client, conn: protocol.NewConn(client, info.Deployment, nil), machine: machine,
		key: key, listen: cfg.Provider.Listen, renter: info.Accounts[2]}
	tokens, err := gateway.NewSignerTokens(keys.NewSigner(x.renter.Key), oracle.GatewayDomain(new(big.Int).SetUint64(info.ChainID), info.Deployment.Contracts.LeaseEscrow),
		key.Address(), 5*time.Minute, nil)
	if err != nil {
		t.Fatal(err)
	}
	if x.gateways, err = gateway.NewClient(gateway.ClientConfig{Endpoint: x.listen, Provider: key.Address(), Tokens: tokens}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(x.gateways.Close)
	return x
}

// openJobLease hands the provider node a job (a shell printing a greeting, then the date every second) and
// opens a one-hour lease of one GPU naming it, for the renter in USD; it returns once the node runs the job.
func (x *providedDevnet) openJobLease(t *testing.T, greeting string) protocol.OpenedLease {
	t.Helper()
	return x.openSpecLease(t, greeterSpec(greeting), gateway.StateRunning)
}

// greeterSpec is a job that prints greeting, then the date every second until stopped.
func greeterSpec(greeting string) job.Spec {
	return job.Spec{Version: 1, Image: job.Image{Ref: devnet.DevImage},
		Command:   []string{"sh", "-c", "trap 'exit 0' TERM; echo " + greeting + "; while true; do date; sleep 1 & wait $!; done"},
		Resources: job.Resources{GPUs: 1, Memory: 256 << 20, MilliCPUs: 500, Pids: 64, Disk: 256 << 20}}
}

// openSpecLease pushes spec to the provider node, opens a one-hour lease of one GPU naming it, and returns once
// the node reports the job in state (running, or exited for a job that ends by itself).
func (x *providedDevnet) openSpecLease(t *testing.T, spec job.Spec, state gateway.WorkloadState) protocol.OpenedLease {
	t.Helper()
	ctx := context.Background()
	held, err := x.gateways.PushJob(ctx, spec.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if held != spec.CID().String() {
		t.Fatalf("the node holds the spec as %s, not %s", held, spec.CID())
	}
	opened := x.openBoundLease(t, spec)
	var st gateway.Status
	waitFor(t, 90*time.Second, "the provider node's job of the lease is "+string(state), func() bool {
		st, err = x.gateways.Status(ctx, opened.ID.Uint64())
		// An exited job's output is collected after the container stops: wait for its CID too.
		return err == nil && st.State == state && (state != gateway.StateExited || st.Output != "")
	})
	return opened
}

// openBoundLease opens the renter's lease of an hour on the node's machine binding spec's CID (the spec itself
// is the renter's to hand over).
func (x *providedDevnet) openBoundLease(t *testing.T, spec job.Spec) protocol.OpenedLease {
	t.Helper()
	ctx := context.Background()
	digest, err := protocol.JobDigest(spec.CID().String())
	if err != nil {
		t.Fatal(err)
	}
	q, err := protocol.NewQuotes(x.conn).Sign(ctx, x.key, protocol.QuoteTerms{MachineID: x.machine, GPUs: 1,
		USDPerSecondWad: big.NewInt(1e15), MaxDuration: 2 * time.Hour, ValidFor: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	leases := protocol.NewLeases(x.conn.As(newSubmitter(t, x.client, x.renter)))
	opened, err := leases.Open(ctx, protocol.OpenRequest{Quote: q, Duration: time.Hour, Pay: oracle.PayUSD, Job: digest})
	if err != nil {
		t.Fatal(err)
	}
	return opened
}

// TestInspectorsCheckTheProviderNode: the devnet's three inspector nodes (k = 2) check its real provider node's
// machine: the spec from the node's content gateway, liveness and the challenge session at the listed endpoint
// over TLS bound to the provider's key. They pass it (emulated GPUs: the CPU prover), attest its hardware
// verification, and attest the completion of a lease whose job wrote its output (the CID the node signed, the
// content fetched and re-hashed by each); they never breach it while it answers; once the node stops while a
// lease's job runs, the breach lands on chain and refunds the renter from the stop.
func TestInspectorsCheckTheProviderNode(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet with a provider node on Docker and three inspector nodes for about a minute")
	}
	x := startProvided(t, func(c *devnet.Config) {
		c.InspectorNodes = 3
		c.Challenges = smallSimChallenges
		c.InspectorConfig = func(_ int, c *node.Config) { c.MinDowntime = time.Hour } // this test is about the breach
	})
	ctx := context.Background()
	nodes := x.n.Inspectors()
	if len(nodes) != 3 {
		t.Fatalf("%d inspector nodes", len(nodes))
	}
	waitFor(t, 120*time.Second, "every inspector passes the provider node's liveness and compute checks", func() bool {
		for _, nd := range nodes {
			l, ok := latest(t, nd, x.machine, observe.Liveness)
			c, okc := latest(t, nd, x.machine, observe.Compute)
			if !ok || !l.OK || !okc || !c.OK {
				return false
			}
		}
		return true
	})
	for _, nd := range nodes {
		c, _ := latest(t, nd, x.machine, observe.Compute)
		facts, err := observe.ParseComputeFacts(c.Detail)
		if err != nil || facts.Class != "SIM" || facts.GPUs != 2 {
			t.Fatalf("inspector %s compute facts %+v (%v)", nd.Address(), facts, err)
		}
	}
	var m protocol.Machine
	waitFor(t, 60*time.Second, "the provider node's machine's hardware verification lands", func() bool {
		var err error
		m, err = protocol.NewMachines(x.conn).Get(ctx, x.machine)
		return err == nil && m.VerifiedAt > 0
	})
	if m.VerifiedUntil <= m.VerifiedAt {
		t.Fatalf("verified %d until %d", m.VerifiedAt, m.VerifiedUntil)
	}

	x.completionAttested(t)

	opened := x.openJobLease(t, "hello-inspectors")
	before, err := renterUSD(ctx, x.conn, x.renter.Address)
	if err != nil {
		t.Fatal(err)
	}
	// A node that answers, its job running, is not breached: the nodes see the lease and check it (receipts
	// of the leased GPU) a few times.
	time.Sleep(8 * time.Second)
	if l, err := protocol.NewLeases(x.conn).Get(ctx, opened.ID); err != nil || l.Status != oracle.LeaseOpen {
		t.Fatalf("lease %s on an answering node: %+v, %v", opened.ID, l, err)
	}
	for _, nd := range nodes {
		if l, ok := latest(t, nd, x.machine, observe.Liveness); !ok || !l.OK {
			t.Fatalf("inspector %s: liveness %+v with the job running", nd.Address(), l)
		}
	}

	stopped := time.Now()
	if err := x.n.StopProvider(); err != nil {
		t.Fatal(err)
	}
	var closed protocol.Lease
	waitFor(t, 60*time.Second, "the breach lands on chain", func() bool {
		l, err := protocol.NewLeases(x.conn).Get(ctx, opened.ID)
		closed = l
		return err == nil && l.Status == oracle.LeaseClosed
	})
	landed := time.Now()
	t.Logf("breach landed %s after the stop; lease closed at %d", landed.Sub(stopped).Round(100*time.Millisecond), closed.EndsAt)
	if closed.EndsAt < uint64(stopped.Unix()) || closed.EndsAt > uint64(landed.Unix())+1 {
		t.Fatalf("closed at %d: want within [%d, %d]", closed.EndsAt, stopped.Unix(), landed.Unix())
	}
	after, err := renterUSD(ctx, x.conn, x.renter.Address)
	if err != nil {
		t.Fatal(err)
	}
	refund := new(big.Int).Sub(after, before)
	if used := closed.EndsAt - closed.StartedAt; refund.Cmp(big.NewInt(int64(3600-used-5)*1000)) < 0 {
		t.Fatalf("renter got %s back after the breach (lease used %d s): not refunded from downSince", refund, used)
	}
	posted := 0.0
	for _, nd := range nodes {
		posted += counter(t, nd, "idlegrid_inspector_attestations_posted_total", "breach")
	}
	if posted > 1 {
		t.Fatalf("%v breach posts, want 1", posted)
	}
}

// TestConsoleProxyReachesTheProviderNode: the devnet's indexer proxies a browser's gateway requests to its
// provider node (Config.GatewayEndpoints gets the node's gateway): the console's path of a lease opened binding
// a job whose spec the node does not have, an access signed by the renter's wallet, a token, the spec handed to
// the node through the proxy (POST …/job), then the job's status and logs.
func TestConsoleProxyReachesTheProviderNode(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet with a provider node on Docker")
	}
	x := startProvided(t, func(c *devnet.Config) { c.Indexer, c.IndexerListen = true, "127.0.0.1:0" })
	spec := greeterSpec("hello-console")
	opened := x.openBoundLease(t, spec)
	id := opened.ID.Uint64()
	base := fmt.Sprintf("%s/v1/gateway/leases/%d", x.info.IndexerAPI, id)

	// The browser's path: the access to sign (once the indexer has the lease), the wallet's signature, the token.
	var acc api.GatewayAccess
	waitFor(t, 30*time.Second, "the indexer offers the lease's access", func() bool {
		code, body := httpDo(t, "GET", base+"/access", "", nil)
		return code == 200 && json.Unmarshal(body, &acc) == nil
	})
	if acc.Access.Renter != x.renter.Address || acc.Access.Provider != x.key.Address() {
		t.Fatalf("access %+v", acc.Access)
	}
	var td apitypes.TypedData
	if err := json.Unmarshal(acc.TypedData, &td); err != nil {
		t.Fatal(err)
	}
	hash, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := crypto.Sign(hash, x.renter.Key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	code, body := httpDo(t, "POST", base+"/token", "", map[string]any{"access": acc.Access, "signature": "0x" + common.Bytes2Hex(sig)})
	var tok api.GatewayToken
	if code != 200 || json.Unmarshal(body, &tok) != nil || tok.Token == "" {
		t.Fatalf("token: %d %s", code, body)
	}

	// The spec through the proxy, as the console sends it (its canonical JSON), until the node follows the lease.
	var pushed api.GatewayJob
	waitFor(t, 30*time.Second, "the node takes the job spec through the proxy", func() bool {
		code, body = httpDoRaw(t, "POST", base+"/job", tok.Token, spec.Encode())
		if code != http.StatusCreated && !bytes.Contains(body, []byte("gateway_lease_not_found")) {
			t.Fatalf("job push through the proxy: %d %s", code, body)
		}
		return code == http.StatusCreated && json.Unmarshal(body, &pushed) == nil
	})
	if pushed.CID != spec.CID().String() {
		t.Fatalf("the node holds the spec as %s, not %s", pushed.CID, spec.CID())
	}
	var st gateway.Status
	waitFor(t, 90*time.Second, "the provider node runs the job handed through the proxy", func() bool {
		code, body = httpDo(t, "GET", base+"/status", tok.Token, nil)
		return code == 200 && json.Unmarshal(body, &st) == nil && st.State == gateway.StateRunning
	})
	if st.Lease != id || len(st.GPUs) != 1 {
		t.Fatalf("status through the proxy: %+v", st)
	}
	waitFor(t, 20*time.Second, "the job's greeting in its logs through the proxy", func() bool {
		code, body = httpDo(t, "GET", base+"/logs", tok.Token, nil)
		return code == 200 && bytes.Contains(body, []byte("hello-console"))
	})
	// Without the token the proxy passes the provider's refusal on.
	if code, body := httpDo(t, "GET", base+"/status", "", nil); code == 200 {
		t.Fatalf("status without a token: %d %s", code, body)
	}
}

func httpDo(t *testing.T, method, url, token string, body any) (int, []byte) {
	t.Helper()
	var raw []byte
	if body != nil {
		var err error
		if raw, err = json.Marshal(body); err != nil {
			t.Fatal(err)
		}
	}
	return httpDoRaw(t, method, url, token, raw)
}

// httpDoRaw sends body (JSON, nil for none) as it is.
func httpDoRaw(t *testing.T, method, url, token string, body []byte) (int, []byte) {
	t.Helper()
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, url, rd)
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, []byte(err.Error())
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	return resp.StatusCode, out
}

// renterUSD is what the renter holds in USD: its balance and what the escrow credits it.
func renterUSD(ctx context.Context, conn *protocol.Conn, renter common.Address) (*big.Int, error) {
	bal, err := protocol.NewTokens(conn).Balance(ctx, oracle.PayUSD, renter)
	if err != nil {
		return nil, err
	}
	w, err := protocol.NewLeases(conn).Withdrawable(ctx, renter, oracle.PayUSD)
	if err != nil {
		return nil, err
	}
	return bal.Add(bal, w), nil
}

// completionAttested runs a lease whose job writes an output folder and exits; the renter closes it, and the
// inspectors attest its completion with the CID of the output the node collected (LeaseJournal, attested).
func (x *providedDevnet) completionAttested(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	opened := x.openSpecLease(t, job.Spec{Version: 1, Image: job.Image{Ref: devnet.DevImage},
		Command:   []string{"sh", "-c", "mkdir -p /output && echo 42 > /output/answer.txt && date > /output/at.txt"},
		Output:    "/output",
		Resources: job.Resources{GPUs: 1, Memory: 256 << 20, MilliCPUs: 500, Pids: 64, Disk: 256 << 20}}, gateway.StateExited)
	st, err := x.gateways.Status(ctx, opened.ID.Uint64())
	if err != nil || st.Output == "" {
		t.Fatalf("the exited job's output: %+v %v", st, err)
	}
	if _, err := protocol.NewLeases(x.conn.As(newSubmitter(t, x.client, x.renter))).Close(ctx, opened.ID); err != nil {
		t.Fatal(err)
	}
	closed := time.Now()
	var rec protocol.JournalRecord
	waitFor(t, 60*time.Second, "the inspectors' completion of the lease lands", func() bool {
		rec, err = protocol.NewJournal(x.conn).Record(ctx, opened.ID)
		return err == nil && rec.Attested
	})
	t.Logf("completion of lease %s attested %s after the close: %s", opened.ID, time.Since(closed).Round(100*time.Millisecond), rec.ResultCID)
	if rec.ResultCID != st.Output {
		t.Fatalf("attested result %s, the node collected %s", rec.ResultCID, st.Output)
	}
	// The poster counts its post once the transaction is confirmed, a moment after the record is visible.
	posted := func() float64 {
		sum := 0.0
		for _, nd := range x.n.Inspectors() {
			sum += counter(t, nd, "idlegrid_inspector_attestations_posted_total", "completion")
		}
		return sum
	}
	waitFor(t, 30*time.Second, "the poster counts its completion", func() bool { return posted() >= 1 })
	if p := posted(); p != 1 {
		t.Fatalf("%v completion posts, want 1", p)
	}
}
