package devnet_test

import (
	"bufio"
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
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/cmd/internal/devnet"
	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/assign"
	"github.com/idlegrid/idlegrid/inspector/node"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/inspector/price"
	"github.com/idlegrid/idlegrid/inspector/rules"
	"github.com/idlegrid/idlegrid/inspector/sqlstore"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

const inspectorChildEnv = "IDLEGRID_INSPECTOR_CHILD"

// priceBucket is the price decisions' window in the kill test: short, so that the killed node signs answers.
const priceBucket = 10 * time.Second

type inspectorJob struct {
	RPC, DeploymentFile, DataDir, Listen, Gateway string
	Key                                           string
	Peers                                         map[common.Address]string
	Price                                         string
	// K and Spare, if K is set, are the node's assignment policy (default: node.DevConfig's).
	K, Spare int
}

// TestInspectorChild is the inspector node process of TestKillInspectorAndRestart (it does nothing in a normal
// run): an inspector node on a data directory against the devnet of the parent, printing READY and its ops
// address once started, running until killed.
func TestInspectorChild(t *testing.T) {
	raw := os.Getenv(inspectorChildEnv)
	if raw == "" {
		t.Skip("only runs as TestKillInspectorAndRestart's child")
	}
	var job inspectorJob
	if err := json.Unmarshal([]byte(raw), &job); err != nil {
		t.Fatal(err)
	}
	d, err := deployment.Load(job.DeploymentFile)
	if err != nil {
		t.Fatal(err)
	}
	client, err := ethclient.Dial(job.RPC)
	if err != nil {
		t.Fatal(err)
	}
	k, err := crypto.HexToECDSA(job.Key)
	if err != nil {
		t.Fatal(err)
	}
	signer := keys.NewSigner(k)
	ccfg := chain.DefaultConfig()
	ccfg.PollInterval = 20 * time.Millisecond
	sub, err := chain.NewSubmitter(ccfg, client, signer, big.NewInt(int64(d.ChainID)), protocol.Errors(), zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	cfg := node.DevConfig()
	cfg.DataDir, cfg.Listen, cfg.Ops, cfg.Peers, cfg.ContentGateways = job.DataDir, job.Listen, "127.0.0.1:0", job.Peers, []string{job.Gateway}
	cfg.PriceBucket = priceBucket
	if job.K > 0 {
		cfg.Policy = assign.Policy{K: job.K, Spare: job.Spare}
	}
	rate, _ := new(big.Int).SetString(job.Price, 10)
	n, err := node.New(cfg, node.Deps{Chain: client, Deployment: d, Signer: signer, Sender: sub, Price: price.Fixed{Rate: rate},
		Challenges: smallSimChallenges, Log: zerolog.New(os.Stderr).Level(zerolog.WarnLevel)})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err != nil {
		fmt.Printf("FAILED %v\n", err)
		t.Fatal(err)
	}
	fmt.Printf("READY %s\n", n.OpsAddr())
	select {} // until killed
}

// snapshot is what a killed inspector's files hold: its liveness runs of the machine and its signed price
// answers.
type snapshot struct {
	runs   []observe.Run
	signed map[uint64]agree.Record
}

func (s snapshot) checks() int {
	n := 0
	for _, r := range s.runs {
		n += r.Checks
	}
	return n
}

func readSnapshot(t *testing.T, path string, m common.Hash, windows []uint64) snapshot {
	t.Helper()
	ctx := context.Background()
	if _, err := os.Stat(path); err != nil {
		return snapshot{signed: map[uint64]agree.Record{}}
	}
	db, err := sqlstore.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	runs, err := db.Runs(ctx, m, observe.Liveness, time.Time{}, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	s := snapshot{runs: runs, signed: map[uint64]agree.Record{}}
	for _, w := range windows {
		r, ok, err := db.Signed(ctx, agree.Decision{Kind: oracle.KindGridPrice, Subject: rules.PriceSubject, Window: w})
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			s.signed[w] = r
		}
	}
	return s
}

// TestKillInspectorAndRestart kills one of the three inspector nodes with SIGKILL at random moments (during its
// start and while it checks and signs), 10 times, restarting it on the same data directory each time, while the
// other two run on. Nothing is lost or doubled: every liveness check it recorded stays recorded and unchanged
// (runs only grow), it never records more checks than the machine answered echoes to it and loses at most the
// one in flight per kill, every price answer it signed stays the one answer for its decision, and after the last
// restart its follower, checks and /healthz are back.
func TestKillInspectorAndRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes and runs a devnet with inspector nodes")
	}
	ports := func() string {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		return l.Addr().String()
	}
	childListen := ports()
	cfg := testConfig(t)
	cfg.InspectorNodes = 2
	cfg.SimProvider.Enabled = true
	cfg.Challenges = smallSimChallenges
	accts, _ := devnet.New(cfg, zerolog.Nop())
	childAcct := accts.Accounts()[len(accts.Accounts())-1] // the third inspector: no in-process node uses it
	cfg.InspectorConfig = func(_ int, c *node.Config) {
		c.Peers[childAcct.Address] = "http://" + childListen
		c.PriceBucket = priceBucket
	}
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
	info, sim := n.Info(), n.SimProvider()
	peers := map[common.Address]string{}
	for _, nd := range n.Inspectors() {
		peers[nd.Address()] = nd.PeerURL()
	}
	// The dev chain's clock runs ahead after the set-up's burst of blocks and waits for the wall clock: the
	// listing is final (2 blocks) once the other nodes check the machine.
	waitFor(t, 60*time.Second, "the in-process inspectors check the machine", func() bool {
		for _, nd := range n.Inspectors() {
			if r, ok := latest(t, nd, sim.Machine(), observe.Liveness); !ok || !r.OK {
				return false
			}
		}
		return true
	})
	dir := t.TempDir()
	job := inspectorJob{RPC: info.WS, DeploymentFile: info.DeploymentFile, DataDir: filepath.Join(dir, "child"), Listen: childListen,
		Gateway: sim.URL(), Key: fmt.Sprintf("%x", crypto.FromECDSA(childAcct.Key)), Peers: peers, Price: cfg.GridPrice.String()}
	raw, _ := json.Marshal(job)
	dbPath := filepath.Join(job.DataDir, "inspector.db")
	bucket := uint64(priceBucket / time.Second)
	firstWindow := uint64(time.Now().Unix()) / bucket

	start := func() (*exec.Cmd, <-chan string, *strings.Builder) {
		cmd := exec.Command(os.Args[0], "-test.run=^TestInspectorChild$", "-test.v")
		cmd.Env = append(os.Environ(), inspectorChildEnv+"="+string(raw))
		stdout, _ := cmd.StdoutPipe()
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
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
		return cmd, ready, &stderr
	}
	windows := func() []uint64 {
		var ws []uint64
		for w := firstWindow; w <= uint64(time.Now().Unix())/bucket+1; w++ {
			ws = append(ws, w)
		}
		return ws
	}
	rng := rand.New(rand.NewPCG(7, 11))
	var prev snapshot
	prev.signed = map[uint64]agree.Record{}
	kills := 0
	compare := func(run int, cur snapshot) {
		t.Helper()
		if len(cur.runs) < len(prev.runs) {
			t.Fatalf("kill %d: %d runs recorded, %d before: runs lost", run, len(cur.runs), len(prev.runs))
		}
		for i, r := range prev.runs {
			c := cur.runs[i]
			last := i == len(prev.runs)-1
			if c.OK != r.OK || !c.First.Equal(r.First) || (!last && (c.Checks != r.Checks || !c.Last.Equal(r.Last))) || c.Checks < r.Checks {
				t.Fatalf("kill %d: run %d was %+v, now %+v", run, i, r, c)
			}
		}
		for w, r := range prev.signed {
			c, ok := cur.signed[w]
			if !ok || string(c.Value) != string(r.Value) || string(c.Signature) != string(r.Signature) {
				t.Fatalf("kill %d: the answer signed for price window %d changed: %x/%x, now %x/%x (present %t)", run, w, r.Value, r.Signature, c.Value, c.Signature, ok)
			}
		}
		prev = cur
	}
	for run := 0; run < 10; run++ {
		cmd, ready, stderr := start()
		if run%3 == 1 {
			// Killed while it starts (opening its files, catching up with the chain).
			time.Sleep(time.Duration(50+rng.IntN(700)) * time.Millisecond)
		} else {
			select {
			case line, ok := <-ready:
				if !ok || strings.HasPrefix(line, "FAILED") {
					t.Fatalf("run %d: %s\n%s", run, line, stderr.String())
				}
			case <-time.After(60 * time.Second):
				t.Fatalf("run %d: not ready in 60 s\n%s", run, stderr.String())
			}
			time.Sleep(time.Duration(1000+rng.IntN(5000)) * time.Millisecond)
		}
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		kills++
		compare(run, readSnapshot(t, dbPath, sim.Machine(), windows()))
	}

	// The last restart: healthy again, checking again, its follower caught up.
	cmd, ready, stderr := start()
	line := <-ready
	if !strings.HasPrefix(line, "READY") {
		t.Fatalf("final run: %s\n%s", line, stderr.String())
	}
	ops := strings.TrimSpace(strings.TrimPrefix(line, "READY"))
	waitFor(t, 30*time.Second, "the restarted node reports healthy", func() bool {
		resp, err := http.Get("http://" + ops + "/healthz")
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		var h node.Health
		return resp.StatusCode == http.StatusOK && json.NewDecoder(resp.Body).Decode(&h) == nil && h.OK && h.Observing == 1
	})
	before := sim.EchoesAnswered(childAcct.Address)
	waitFor(t, 30*time.Second, "the restarted node checks again", func() bool { return sim.EchoesAnswered(childAcct.Address) >= before+2 })
	// Its /metrics serves the series in Prometheus text: checks by kind and result, the time a check
	// took, and what it observes (issue 12, item 7).
	resp, err := http.Get("http://" + ops + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /metrics: %d %v", resp.StatusCode, err)
	}
	for _, want := range []string{`idlegrid_inspector_checks_total{kind="liveness",result="ok"}`, "idlegrid_inspector_check_seconds_bucket{kind=",
		"idlegrid_inspector_observed_machines 1"} {
		if !strings.Contains(string(metrics), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	kills++
	final := readSnapshot(t, dbPath, sim.Machine(), windows())
	compare(10, final)
	answered, recorded := sim.EchoesAnswered(childAcct.Address), final.checks()
	t.Logf("%d kills: %d liveness checks recorded in %d runs, %d echoes answered to the node; %d price answers signed",
		kills, recorded, len(final.runs), answered, len(final.signed))
	if len(final.signed) == 0 {
		t.Fatal("the node signed no price answer: the sign-once property was not exercised")
	}
	// The inspectors' price posts landed (k = 2 of 3, each node with its own key).
	client, err := ethclient.Dial(info.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	rate, at, err := protocol.NewPriceOracle(protocol.NewConn(client, info.Deployment, nil)).Price(context.Background())
	if err != nil || rate.Cmp(cfg.GridPrice) != 0 || at%bucket != 0 || at < firstWindow*bucket {
		t.Fatalf("GRID price %v observed at %d (%v): want the inspectors' post of a bucket start", rate, at, err)
	}
	if recorded > answered {
		t.Fatalf("%d checks recorded but only %d echoes answered: checks were doubled", recorded, answered)
	}
	if recorded < answered-kills-3 {
		t.Fatalf("%d checks recorded of %d echoes answered over %d kills: more lost than the one in flight per kill", recorded, answered, kills)
	}
}
