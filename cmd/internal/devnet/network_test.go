package devnet_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/bindings"
	"github.com/idlegrid/idlegrid/cmd/internal/devnet"
	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/assign"
	"github.com/idlegrid/idlegrid/inspector/node"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/inspector/rules"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

// The network: five inspectors in the signer set at k = 3.
const (
	networkInspectors = 5
	networkK          = 3
)

// startNetwork starts a devnet whose signer set is five inspectors at k = 3, running inspector nodes for the
// first nodes of them (the others' keys are the test's), every node observing every machine, and the sim
// provider's machine behind network (nil: a clean network).
func startNetwork(t *testing.T, nodes int, network func(http.Handler) http.Handler) *inspectedDevnet {
	t.Helper()
	return startNetworkWith(t, networkConfig(t, nodes, network, nil))
}

// networkConfig is startNetwork's devnet configuration; extraPeers are inspectors run outside the devnet (their
// agreement endpoints).
func networkConfig(t *testing.T, nodes int, network func(http.Handler) http.Handler, extraPeers map[common.Address]string) devnet.Config {
	t.Helper()
	cfg := testConfig(t)
	cfg.Chain.Accounts = 3 + networkInspectors // deployer, sim provider, renter, the inspectors
	cfg.Inspectors = networkInspectors
	cfg.InspectorNodes = nodes
	cfg.SimProvider.Enabled = true
	cfg.SimProvider.Network = network
	cfg.Challenges = smallSimChallenges
	cfg.InspectorConfig = func(_ int, c *node.Config) {
		c.Policy = assign.Policy{K: networkK, Spare: networkInspectors - networkK}
		c.MinDowntime = 8 * time.Second
		for a, url := range extraPeers {
			c.Peers[a] = url
		}
	}
	return cfg
}

func startNetworkWith(t *testing.T, cfg devnet.Config) *inspectedDevnet {
	t.Helper()
	nodes := cfg.InspectorNodes
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
	x := &inspectedDevnet{n: n, info: info, client: client, d: info.Deployment, conn: protocol.NewConn(client, info.Deployment, nil)}
	set, err := protocol.NewQuorum(x.conn).SignerSet(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Signers) != networkInspectors || set.Threshold != networkK {
		t.Fatalf("signer set %d of %d, want %d of %d", set.Threshold, len(set.Signers), networkK, networkInspectors)
	}
	if got := len(n.Inspectors()); got != nodes {
		t.Fatalf("%d inspector nodes, want %d", got, nodes)
	}
	return x
}

// waitAllLive waits until every node has passed the sim machine's liveness.
func (x *inspectedDevnet) waitAllLive(t *testing.T, within time.Duration) {
	t.Helper()
	sim := x.n.SimProvider()
	waitFor(t, within, "every inspector passes the machine's liveness", func() bool {
		for _, nd := range x.n.Inspectors() {
			if l, ok := latest(t, nd, sim.Machine(), observe.Liveness); !ok || !l.OK {
				return false
			}
		}
		return true
	})
}

func (x *inspectedDevnet) lease(t *testing.T, id *big.Int) protocol.Lease {
	t.Helper()
	l, err := protocol.NewLeases(x.conn).Get(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func (x *inspectedDevnet) providerStake(t *testing.T) *big.Int {
	t.Helper()
	st, err := protocol.NewStaking(x.conn).Info(context.Background(), x.n.SimProvider().Provider(), oracle.RoleProvider)
	if err != nil {
		t.Fatal(err)
	}
	return st.Active
}

// jitter is a faulty network in front of an honest node: it drops a share of the requests (the connection or
// stream is cut before any answer) and delays another share by 300 ms.
type jitter struct {
	drop, spike      float64
	dropped, spiked  atomic.Int64
	served, requests atomic.Int64
}

func (j *jitter) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		j.requests.Add(1)
		x := rand.Float64()
		switch {
		case x < j.drop:
			j.dropped.Add(1)
			panic(http.ErrAbortHandler) // net/http cuts the connection (HTTP/1) or resets the stream (HTTP/2)
		case x < j.drop+j.spike:
			j.spiked.Add(1)
			time.Sleep(300 * time.Millisecond)
		}
		j.served.Add(1)
		h.ServeHTTP(w, r)
	})
}

// TestFiveInspectorsHonestProviderUnderJitter: five inspector nodes at k = 3 check an honest sim provider
// whose network drops 20% of requests and delays 30% by 300 ms. It is still verified (every GPU proved through
// the faults), and over a rented minute no node holds a negative observation, no breach and no slash is
// posted, the lease stays open and the provider's stake is whole.
func TestFiveInspectorsHonestProviderUnderJitter(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet with five inspector nodes for about two minutes")
	}
	j := &jitter{drop: 0.2, spike: 0.3}
	x := startNetwork(t, networkInspectors, j.wrap)
	ctx := context.Background()
	sim := x.n.SimProvider()
	x.waitAllLive(t, 180*time.Second) // 20% of echoes dropped: all five latest checks good at once takes a while under load
	waitFor(t, 120*time.Second, "the machine's hardware verification lands through the faults", func() bool {
		m, err := protocol.NewMachines(x.conn).Get(ctx, sim.Machine())
		return err == nil && m.VerifiedAt > 0
	})
	staked := x.providerStake(t)
	opened := x.openLease(t)
	// Each node's own negative observation, as its agreement rules read it.
	dc := node.DevConfig()
	var logs []*observe.Log
	for _, nd := range x.n.Inspectors() {
		l, err := observe.NewLog(observe.Config{FailuresNeeded: dc.FailuresNeeded, Fresh: dc.Fresh}, nd.DB())
		if err != nil {
			t.Fatal(err)
		}
		logs = append(logs, l)
	}
	end := time.Now().Add(60 * time.Second)
	for time.Now().Before(end) {
		for i, nd := range x.n.Inspectors() {
			if _, down, err := logs[i].Down(ctx, sim.Machine(), time.Now()); err != nil {
				t.Fatal(err)
			} else if down {
				t.Fatalf("inspector %s holds a negative observation of an honest provider", nd.Address())
			}
		}
		time.Sleep(500 * time.Millisecond)
	}
	if l := x.lease(t, opened.ID); l.Status != oracle.LeaseOpen {
		t.Fatalf("the honest provider's lease is %v", l.Status)
	}
	if got := x.providerStake(t); got.Cmp(staked) != 0 {
		t.Fatalf("provider stake %s, was %s", got, staked)
	}
	var checks int
	for _, nd := range x.n.Inspectors() {
		if b := counter(t, nd, "idlegrid_inspector_attestations_posted_total", "breach"); b != 0 {
			t.Fatalf("%s posted %v breaches", nd.Address(), b)
		}
		if s := slashes(t, []*node.Node{nd}); s != 0 {
			t.Fatalf("%s posted %v slashes", nd.Address(), s)
		}
		checks += sim.EchoesAnswered(nd.Address())
	}
	t.Logf("%d requests: %d dropped, %d delayed 300 ms; %d liveness echoes answered", j.requests.Load(), j.dropped.Load(), j.spiked.Load(), checks)
	if j.dropped.Load() == 0 || j.spiked.Load() == 0 || checks < 5*networkInspectors {
		t.Fatalf("the run did not exercise the faults: %d drops, %d spikes, %d echoes", j.dropped.Load(), j.spiked.Load(), checks)
	}
}

// TestTwoColludersCannotBreach: two inspectors of the five (k = 3) collude against an honest provider: they
// sign a breach of its running lease, which the escrow refuses with their two signatures alone
// (NotEnoughSignatures), and they ask the three honest nodes, over the agreement protocol at the endpoints
// those registered, to sign it for 10 s; every answer is a refusal, never a signature. The lease stays open.
func TestTwoColludersCannotBreach(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet with three inspector nodes for about a minute")
	}
	x := startNetwork(t, networkInspectors-2, nil) // the other two inspectors' keys are the colluders'
	ctx := context.Background()
	x.waitAllLive(t, 90*time.Second)
	running := map[common.Address]bool{}
	for _, nd := range x.n.Inspectors() {
		running[nd.Address()] = true
	}
	var colluders []*keys.Signer
	for _, a := range x.info.Accounts {
		if a.Role == devnet.RoleInspector && !running[a.Address] {
			colluders = append(colluders, keys.NewSigner(a.Key))
		}
	}
	if len(colluders) != 2 {
		t.Fatalf("%d colluders", len(colluders))
	}
	slices.SortFunc(colluders, func(a, b *keys.Signer) int { return bytes.Compare(a.Address().Bytes(), b.Address().Bytes()) })
	opened := x.openLease(t)
	time.Sleep(3 * time.Second)

	// On chain: the colluders' own attestation, with both their signatures, is refused.
	q := protocol.NewQuorum(x.conn)
	set, err := q.SignerSet(ctx)
	if err != nil {
		t.Fatal(err)
	}
	now, err := x.conn.Now(ctx)
	if err != nil {
		t.Fatal(err)
	}
	claim := oracle.Breach{LeaseID: opened.ID, DownSince: now - 1}
	d := rules.BreachDecision(opened.ID)
	att, err := oracle.NewAttestation(x.d.Contracts.LeaseEscrow, d.Key(), set.Version, claim)
	if err != nil {
		t.Fatal(err)
	}
	var packed []byte
	for _, c := range colluders {
		sig, err := oracle.SignAttestation(ctx, c, q.Domain(), att)
		if err != nil {
			t.Fatal(err)
		}
		packed = append(packed, sig...)
	}
	leases := protocol.NewLeases(x.conn.As(newSubmitter(t, x.client, x.info.Accounts[0])))
	_, err = leases.Breach(ctx, claim, d.Key(), packed)
	if !chain.IsRevert(err, "NotEnoughSignatures") {
		t.Fatalf("the colluders' breach with two signatures: %v, want NotEnoughSignatures", err)
	}
	t.Logf("on chain: %v", err)

	// Off chain: the honest nodes never sign it.
	sep, err := q.Domain().Separator()
	if err != nil {
		t.Fatal(err)
	}
	machines := protocol.NewMachines(x.conn)
	refusals, asked := 0, 0
	end := time.Now().Add(10 * time.Second)
	for time.Now().Before(end) {
		for _, honest := range x.n.Inspectors() {
			url, err := machines.InspectorEndpoint(ctx, honest.Address())
			if err != nil || url == "" {
				t.Fatalf("endpoint of %s: %q %v", honest.Address(), url, err)
			}
			// Moments inside the lease by the chain's clock (the wall clock may lag a busy dev chain's).
			chainNow, err := x.conn.Now(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range colluders {
				for _, ago := range []uint64{1, 2} {
					v := new(big.Int).SetUint64(chainNow - ago).FillBytes(make([]byte, 8))
					typ, body := askSign(t, url, sep, c, honest.Address(), agree.SignMsg{Decision: d, Value: v})
					asked++
					switch typ {
					case agree.TypeRefusal:
						var r agree.RefusalMsg
						if err := json.Unmarshal([]byte(body), &r); err != nil || r.Reason != agree.ReasonNotObserved {
							t.Fatalf("refusal by %s: %s", honest.Address(), body)
						}
						refusals++
					case agree.TypeSignature:
						t.Fatalf("honest %s signed the colluders' breach: %s", honest.Address(), body)
					}
				}
			}
		}
		time.Sleep(time.Second)
	}
	if refusals == 0 {
		t.Fatalf("no refusal in %d requests: the colluders were never heard", asked)
	}
	t.Logf("%d requests to sign by the colluders, %d refused as not observed (the rest rejected before an answer)", asked, refusals)
	if l := x.lease(t, opened.ID); l.Status != oracle.LeaseOpen {
		t.Fatalf("the honest provider's lease is %v", l.Status)
	}
}

// askSign sends one agreement-protocol sign request from signer to peer at url, as a leader would, and returns
// the answer's type ("" for an HTTP refusal of the request itself) and body.
func askSign(t *testing.T, url string, sep common.Hash, signer *keys.Signer, peer common.Address, msg agree.SignMsg) (string, string) {
	t.Helper()
	body, err := json.Marshal(msg)
	if err != nil {
		t.Fatal(err)
	}
	env := agree.Envelope{Type: agree.TypeSign, From: signer.Address(), To: peer, SentAtMs: time.Now().UnixMilli(), Body: body}
	if env.Signature, err = signer.SignDigest(context.Background(), env.Digest(sep)); err != nil {
		t.Fatal(err)
	}
	raw, _ := json.Marshal(env)
	resp, err := http.Post(strings.TrimRight(url, "/")+agree.Path+agree.TypeSign, "application/json", bytes.NewReader(raw))
	if err != nil {
		return "", err.Error()
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
	if resp.StatusCode != http.StatusOK {
		return "", string(out)
	}
	var answer agree.Envelope
	if err := json.Unmarshal(out, &answer); err != nil {
		t.Fatalf("answer of %s: %v: %s", peer, err, out)
	}
	if got, err := oracle.RecoverSigner(answer.Digest(sep), answer.Signature); err != nil || got != peer {
		t.Fatalf("answer not signed by %s", peer)
	}
	return answer.Type, string(answer.Body)
}

// TestInspectorKilledMidRoundOthersPost: five nodes at k = 3; the provider stops and the node that leads the
// breach decision first goes down at its first failed check of the machine, the round under way at the
// others. The remaining four still post the breach, once, with downSince from the first failed
// check, and the renter is refunded from then.
func TestInspectorKilledMidRoundOthersPost(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet with five inspector nodes for about a minute")
	}
	x := startNetwork(t, networkInspectors, nil)
	ctx := context.Background()
	sim := x.n.SimProvider()
	x.waitAllLive(t, 90*time.Second)
	opened := x.openLease(t)
	time.Sleep(5 * time.Second) // every node sees the lease
	set, err := protocol.NewQuorum(x.conn).SignerSet(ctx)
	if err != nil {
		t.Fatal(err)
	}
	first := agree.Leaders(rules.BreachDecision(opened.ID), set.Signers)[0]
	var leader *node.Node
	for _, nd := range x.n.Inspectors() {
		if nd.Address() == first {
			leader = nd
		}
	}
	if leader == nil {
		t.Fatalf("the first leader %s runs no node", first)
	}
	stopped := time.Now()
	sim.Stop()
	// The leader's first failed check: one more and it holds the negative observation its round starts from.
	// It goes down now, before it can sign or lead, so the breach is the others' work.
	waitFor(t, 30*time.Second, "the first leader's own checks see the machine fail", func() bool {
		l, ok := latest(t, leader, sim.Machine(), observe.Liveness)
		return ok && !l.OK
	})
	if err := leader.Close(); err != nil {
		t.Logf("closing the leader: %v", err)
	}
	killed := time.Now()
	var closed protocol.Lease
	waitFor(t, 90*time.Second, "the breach lands without the first leader", func() bool {
		closed = x.lease(t, opened.ID)
		return closed.Status == oracle.LeaseClosed
	})
	t.Logf("breach landed %s after the first leader went down (provider stopped %s before that)",
		time.Since(killed).Round(100*time.Millisecond), killed.Sub(stopped).Round(100*time.Millisecond))
	if closed.EndsAt < uint64(stopped.Unix()) || closed.EndsAt > uint64(time.Now().Unix())+1 {
		t.Fatalf("billed until %d: not from the first failed check after the stop at %d", closed.EndsAt, stopped.Unix())
	}
	// The breach on chain was sent by one of the others.
	from := breachSender(t, x, opened.ID)
	if from == leader.Address() || !slices.Contains(set.Signers, from) {
		t.Fatalf("the breach was sent by %s; the downed leader is %s", from, leader.Address())
	}
	t.Logf("posted by %s", from)
	posted := 0.0
	for _, nd := range x.n.Inspectors() {
		if nd != leader {
			posted += counter(t, nd, "idlegrid_inspector_attestations_posted_total", "breach")
		}
	}
	if posted > 1 {
		t.Fatalf("%v breach posts, want 1", posted)
	}
}

// TestInspectorKill9MidRoundOthersPost: five inspectors at k = 3, one of them a separate process (an inspector
// node as `idlegrid inspector run` builds it) chosen to be the breach decision's first leader. The provider
// stops; the moment the first of the other nodes records a failed check — the decision's rounds starting, and
// no node yet able to sign (each needs two failures of its own) — the process is killed with SIGKILL. The four
// others post the breach, once, billed from the first failed check; the transaction is not the killed node's.
func TestInspectorKill9MidRoundOthersPost(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns an inspector process and runs a devnet with four more inspector nodes")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	childListen := l.Addr().String()
	l.Close()
	probe := networkConfig(t, networkInspectors-1, nil, nil)
	pre, err := devnet.New(probe, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	var child devnet.Account
	for _, a := range pre.Accounts() {
		if a.Role == devnet.RoleInspector {
			child = a // the last inspector: the devnet runs nodes for the first four
		}
	}
	cfg := networkConfig(t, networkInspectors-1, nil, map[common.Address]string{child.Address: "http://" + childListen})
	x := startNetworkWith(t, cfg)
	ctx := context.Background()
	sim := x.n.SimProvider()
	x.waitAllLive(t, 90*time.Second)
	peers := map[common.Address]string{}
	for _, nd := range x.n.Inspectors() {
		if nd.Address() == child.Address {
			t.Fatalf("the devnet runs a node for %s", child.Address)
		}
		peers[nd.Address()] = nd.PeerURL()
	}
	job := inspectorJob{RPC: x.info.WS, DeploymentFile: x.info.DeploymentFile, DataDir: filepath.Join(t.TempDir(), "child"), Listen: childListen,
		Gateway: sim.URL(), Key: fmt.Sprintf("%x", crypto.FromECDSA(child.Key)), Peers: peers, Price: cfg.GridPrice.String(),
		K: networkK, Spare: networkInspectors - networkK}
	raw, _ := json.Marshal(job)
	cmd := exec.Command(os.Args[0], "-test.run=^TestInspectorChild$", "-test.v")
	cmd.Env = append(os.Environ(), inspectorChildEnv+"="+string(raw))
	stdout, _ := cmd.StdoutPipe()
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	killed := false
	t.Cleanup(func() {
		if !killed {
			cmd.Process.Signal(syscall.SIGKILL)
			cmd.Wait()
		}
	})
	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if line := sc.Text(); strings.HasPrefix(line, "READY") || strings.HasPrefix(line, "FAILED") {
				ready <- line
			}
		}
		close(ready)
	}()
	select {
	case line, ok := <-ready:
		if !ok || !strings.HasPrefix(line, "READY") {
			t.Fatalf("inspector process: %s\n%s", line, stderr.String())
		}
	case <-time.After(60 * time.Second):
		t.Fatalf("inspector process not ready in 60 s\n%s", stderr.String())
	}
	waitFor(t, 60*time.Second, "the inspector process checks the machine", func() bool { return sim.EchoesAnswered(child.Address) >= 2 })

	// A lease whose breach decision the process leads first: leases are opened (and closed at once) until
	// the ranking puts it first.
	set, err := protocol.NewQuorum(x.conn).SignerSet(ctx)
	if err != nil {
		t.Fatal(err)
	}
	renter := protocol.NewLeases(x.conn.As(newSubmitter(t, x.client, x.info.Accounts[2])))
	var opened protocol.OpenedLease
	for try := 0; ; try++ {
		opened = x.openLease(t)
		if agree.Leaders(rules.BreachDecision(opened.ID), set.Signers)[0] == child.Address {
			break
		}
		if try == 30 {
			t.Fatalf("no lease of 30 ranks %s first", child.Address)
		}
		if _, err := renter.Close(ctx, opened.ID); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(5 * time.Second) // every node sees the lease
	stopped := time.Now()
	sim.Stop()
	waitFor(t, 30*time.Second, "another node records a failed check", func() bool {
		for _, nd := range x.n.Inspectors() {
			if l, ok := latest(t, nd, sim.Machine(), observe.Liveness); ok && !l.OK {
				return true
			}
		}
		return false
	})
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	killed = true
	killedAt := time.Now()
	var closed protocol.Lease
	waitFor(t, 90*time.Second, "the breach lands without the killed first leader", func() bool {
		closed = x.lease(t, opened.ID)
		return closed.Status == oracle.LeaseClosed
	})
	t.Logf("breach of lease %s landed %s after the SIGKILL (provider stopped %s before it)", opened.ID,
		time.Since(killedAt).Round(100*time.Millisecond), killedAt.Sub(stopped).Round(100*time.Millisecond))
	if closed.EndsAt < uint64(stopped.Unix()) || closed.EndsAt > uint64(time.Now().Unix())+1 {
		t.Fatalf("billed until %d: not from the first failed check after the stop at %d", closed.EndsAt, stopped.Unix())
	}
	from := breachSender(t, x, opened.ID)
	if from == child.Address || !slices.Contains(set.Signers, from) {
		t.Fatalf("the breach was sent by %s; the killed leader is %s", from, child.Address)
	}
	posted := 0.0
	for _, nd := range x.n.Inspectors() {
		posted += counter(t, nd, "idlegrid_inspector_attestations_posted_total", "breach")
	}
	if posted > 1 {
		t.Fatalf("%v breach posts, want 1", posted)
	}
}

// breachSender is who sent the one LeaseBreached transaction of lease id.
func breachSender(t *testing.T, x *inspectedDevnet, id *big.Int) common.Address {
	t.Helper()
	ctx := context.Background()
	esc, err := bindings.ABI(deployment.LeaseEscrow)
	if err != nil {
		t.Fatal(err)
	}
	logs, err := x.client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{x.d.Contracts.LeaseEscrow},
		Topics: [][]common.Hash{{esc.Events["LeaseBreached"].ID}, {common.BigToHash(id)}}})
	if err != nil || len(logs) != 1 {
		t.Fatalf("LeaseBreached logs of lease %s: %d, %v", id, len(logs), err)
	}
	tx, _, err := x.client.TransactionByHash(ctx, logs[0].TxHash)
	if err != nil {
		t.Fatal(err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		t.Fatal(err)
	}
	return from
}
