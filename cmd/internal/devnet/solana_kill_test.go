package devnet_test

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/cmd/internal/devnet"
	"github.com/idlegrid/idlegrid/indexer/solwatch/solstore"
	"github.com/idlegrid/idlegrid/inspector/bridge"
	"github.com/idlegrid/idlegrid/inspector/bridge/bridgestore"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/solgateway"
)

// bridgeChildEnv carries the job of the bridge process TestSolanaBridgeSurvivesKill9 starts and kills.
const bridgeChildEnv = "IDLEGRID_BRIDGE_CHILD"

type bridgeJob struct {
	HTTP, DeploymentFile, SolanaFile, DB string
	ChainID, StartBlock                  uint64
	Accounts                             int
}

type lockedBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestSolanaBridgeChild is the bridge process of TestSolanaBridgeSurvivesKill9 (it does nothing in a normal
// run): the dev inspectors' bridge over the devnet's endpoint and files, polling as fast as it can, until killed.
func TestSolanaBridgeChild(t *testing.T) {
	raw := os.Getenv(bridgeChildEnv)
	if raw == "" {
		t.Skip("only runs as TestSolanaBridgeSurvivesKill9's child")
	}
	var job bridgeJob
	if err := json.Unmarshal([]byte(raw), &job); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	evm, err := ethclient.Dial(job.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	d, err := deployment.Load(job.DeploymentFile)
	if err != nil {
		t.Fatal(err)
	}
	sf, err := solgateway.LoadDeploymentFile(job.SolanaFile)
	if err != nil {
		t.Fatal(err)
	}
	store, err := bridgestore.Open(ctx, job.DB)
	if err != nil {
		t.Fatal(err)
	}
	mirror, err := solstore.Open(ctx, sf.Mirror)
	if err != nil {
		t.Fatal(err)
	}
	cfg := devnet.DefaultConfig()
	cfg.Chain.Accounts = job.Accounts
	n, err := devnet.New(cfg, zerolog.Nop()) // only for the dev accounts and their roles: nothing is started
	if err != nil {
		t.Fatal(err)
	}
	var insp []devnet.Account
	for _, a := range n.Accounts() {
		if a.Role == devnet.RoleInspector {
			insp = append(insp, a)
		}
	}
	b, err := devnet.NewBridge(devnet.BridgeSetup{EVM: evm, Deployment: d, ChainID: job.ChainID, PollInterval: 20 * time.Millisecond,
		Solana: sf.Deployment, SolanaRPC: sf.RPC, Inspectors: insp, FinalityDepth: 1, Poll: 20 * time.Millisecond,
		StartBlock: job.StartBlock, Store: store, Mirror: mirror, Log: zerolog.New(os.Stderr).Level(zerolog.InfoLevel)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Start(ctx); err != nil {
		t.Fatal(err)
	}
	select {} // until killed
}

// TestSolanaBridgeSurvivesKill9 runs the bridge as a separate process and kills it (SIGKILL) at random moments
// while it serves three transfers to Solana, three USDC deposits and a malformed deposit (attest, send, record,
// wait, co-sign, submit on either chain), restarting it on the same database each time. Every amount must
// arrive exactly once: the wallet's Solana GRID, its USDC (the refund once), the Arbitrum GRID, one Solana
// outflow per transfer and per refund, and the conservation invariant.
func TestSolanaBridgeSurvivesKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	w := startSolWorld(t)
	d := w.info.Deployment
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := json.Marshal(bridgeJob{HTTP: w.n.Info().HTTP, DeploymentFile: w.n.Info().DeploymentFile, SolanaFile: w.info.DeploymentFile,
		DB: filepath.Join(w.dir, "killed.db"), ChainID: w.n.Info().ChainID, StartBlock: w.n.SolanaStartBlock(), Accounts: len(w.n.Accounts())})

	w.mintUSDC(100e6)
	beforeArb, beforeUSDC := w.gridBalance(), w.solBalance(d.USDC.Mint)
	for _, g := range []int64{30, 20, 10} {
		w.toSolana(oracle.SolanaMintGRID, gridWei(g))
	}
	for range 3 {
		w.deposit(d.USDC, 5e6, nil) // 10 GRID less 0.5% each
	}
	memo := "not an address"
	w.deposit(d.USDC, 2e6, &memo)
	wantArb := new(big.Int).Sub(beforeArb, gridWei(60))
	wantArb.Add(wantArb, new(big.Int).Mul(big.NewInt(3), new(big.Int).Sub(gridWei(10), new(big.Int).Div(gridWei(5), big.NewInt(100)))))
	wantUSDC := beforeUSDC - 15e6
	done := func() bool {
		return w.solBalance(d.GRID.Mint) == 60e9 && w.solBalance(d.USDC.Mint) == wantUSDC && w.gridBalance().Cmp(wantArb) == 0
	}

	var logs lockedBuf
	runChild := func(kill time.Duration) {
		cmd := exec.Command(exe, "-test.run=^TestSolanaBridgeChild$")
		cmd.Env = append(os.Environ(), bridgeChildEnv+"="+string(raw))
		cmd.Stdout, cmd.Stderr = &logs, &logs
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(kill)
		cmd.Process.Kill() // SIGKILL
		cmd.Wait()
	}
	kills := 0
	for !done() {
		if kills >= 40 {
			t.Fatalf("not served after %d kills; bridge logs:\n%s", kills, logs.String())
		}
		runChild(time.Duration(300+rand.IntN(1500)) * time.Millisecond)
		kills++
	}
	t.Logf("served across %d kills", kills)
	// Let a last process run on the caught-up store: it must find nothing to do.
	runChild(3 * time.Second)
	if !done() {
		t.Fatalf("balances moved after the work was done: Solana GRID %d, USDC %d, Arbitrum GRID %s", w.solBalance(d.GRID.Mint), w.solBalance(d.USDC.Mint), w.gridBalance())
	}
	outflows, err := w.n.SolanaMirror().Outflows(w.ctx)
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, o := range outflows {
		count[string(o.Kind)+" "+o.Reference]++
	}
	for ref, n := range count {
		if n != 1 {
			t.Errorf("%s: %d outflows", ref, n)
		}
	}
	if len(count) != 4 {
		t.Errorf("%d distinct outflows, want 3 releases and 1 refund: %v", len(count), count)
	}
	for id := uint64(1); id <= 3; id++ {
		if count["release "+bridge.OutboundReference(w.n.Info().ChainID, w.gw.Address(), id)] != 1 {
			t.Errorf("outbound %d: not released exactly once", id)
		}
	}
	w.conserved("after the kills")
}
