package devnet_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/cmd/internal/devnet"
	"github.com/idlegrid/idlegrid/inspector"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/devchain/devchaintest"
	"github.com/idlegrid/idlegrid/oracle/gpuclass"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

func testConfig(t *testing.T) devnet.Config {
	cfg := devnet.DefaultConfig()
	cfg.Chain.HTTPPort, cfg.Chain.WSPort = devchaintest.HTTPAndWS(t)
	cfg.Chain.Accounts = 5
	cfg.DeploymentFile = filepath.Join(t.TempDir(), "deployments", "devnet.json")
	return cfg
}

// component records its lifecycle calls.
type component struct {
	name  string
	calls *[]string
}

func (c component) Start(context.Context) error {
	*c.calls = append(*c.calls, "start "+c.name)
	return nil
}
func (c component) Close() error   { *c.calls = append(*c.calls, "close "+c.name); return nil }
func (c component) Healthy() error { return nil }
func (c component) Name() string   { return c.name }

func TestDevnetStartsReadyToRent(t *testing.T) {
	cfg := testConfig(t)
	n, err := devnet.New(cfg, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	var calls []string
	n.Add(component{"indexer", &calls})
	n.Add(component{"provider", &calls})
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	info := n.Info()
	t.Logf("devnet ready in %s", info.Ready)
	if info.Reused || info.ChainID != 31337 || !strings.HasPrefix(info.HTTP, "http://127.0.0.1:") || len(info.Accounts) != 5 {
		t.Fatalf("info %+v", info)
	}
	if err := n.Healthy(); err != nil {
		t.Fatal(err)
	}

	// Over its HTTP endpoint, as the CLI sees it: the deployment file is right, the accounts are funded and the
	// signer set is the last three accounts, 2 of 3.
	client, err := ethclient.DialContext(ctx, info.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	// Each set-up block takes a second of chain time. Independent set-up transactions are sent at once so they
	// can share blocks (15 blocks unloaded, against 34 one per transaction), but how many share one depends on
	// the machine's load: logged, not asserted.
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("set up in %d blocks, the chain's clock %s ahead of the wall clock", head.Number, time.Until(time.Unix(int64(head.Time), 0)).Round(time.Second))
	d, err := deployment.Load(cfg.DeploymentFile)
	if err != nil {
		t.Fatal(err)
	}
	if err := deployment.Verify(ctx, client, d); err != nil {
		t.Fatal(err)
	}
	conn := protocol.NewConn(client, d, nil)
	set, err := protocol.NewQuorum(conn).SignerSet(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if set.Threshold != 2 || len(set.Signers) != 3 {
		t.Fatalf("signer set %+v", set)
	}
	for _, a := range info.Accounts {
		if (a.Role == devnet.RoleInspector) != set.Contains(a.Address) {
			t.Fatalf("account %d (%s) in signer set: %v", a.Index, a.Role, set.Contains(a.Address))
		}
		if a.Role == devnet.RoleInspector {
			st, err := protocol.NewStaking(conn).Info(ctx, a.Address, oracle.RoleInspector)
			if err != nil || !st.ActiveInspector {
				t.Fatalf("inspector %d stake %+v, %v", a.Index, st, err)
			}
		}
		if a.Index == 0 {
			continue
		}
		usd, err := protocol.NewTokens(conn).Balance(ctx, oracle.PayUSD, a.Address)
		if err != nil || usd.Cmp(cfg.FundUSD) != 0 {
			t.Fatalf("account %d holds %v USD units, %v", a.Index, usd, err)
		}
	}
	// The inspectors attested and posted the configured dev GRID/USD rate.
	price, observedAt, err := protocol.NewPriceOracle(conn).Price(ctx)
	if err != nil || price.Cmp(cfg.GridPrice) != 0 || observedAt == 0 {
		t.Fatalf("GRID price %v at %d, %v; want %v", price, observedAt, err, cfg.GridPrice)
	}
	// v2 on a dev chain: SIM machines rent without a hardware verification, every real class needs one.
	for class, required := range map[string]bool{gpuclass.SIM: false, gpuclass.H100: true, gpuclass.RTX4090: true} {
		policy, err := protocol.NewMachines(conn).Policy(ctx, class)
		if err != nil || policy.Required != required {
			t.Fatalf("%s verification policy %+v, %v; want required %v", class, policy, err, required)
		}
	}
	checkPriceSteps(t, ctx, n, client, d)
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	if strings.Join(calls, ",") != "start indexer,start provider,close provider,close indexer" {
		t.Fatalf("component lifecycle %v", calls)
	}
	if err := n.Healthy(); err == nil {
		t.Fatal("closed devnet reports healthy")
	}
}

// With a data directory, a restarted devnet keeps its chain and reuses the deployment instead of redeploying.
func TestDevnetReusesPersistentDeployment(t *testing.T) {
	cfg := testConfig(t)
	cfg.Chain.DataDir = t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()

	first, err := devnet.New(cfg, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := first.Start(ctx); err != nil {
		t.Fatal(err)
	}
	d1 := first.Info().Deployment
	// Leave a trace: account 1 moves some USD to account 2.
	client, _ := first.Chain().Client()
	acc := first.Info().Accounts
	sub := newSubmitter(t, client, acc[1])
	if _, err := protocol.NewTokens(protocol.NewConn(client, d1, sub)).Transfer(ctx, oracle.PayUSD, acc[2].Address, big.NewInt(123)); err != nil {
		t.Fatal(err)
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}

	second, err := devnet.New(cfg, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := second.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	info := second.Info()
	t.Logf("restarted devnet ready in %s", info.Ready)
	if !info.Reused || info.Deployment != d1 {
		t.Fatalf("restart: reused=%v deployment %+v, want %+v", info.Reused, info.Deployment, d1)
	}
	client, _ = second.Chain().Client()
	bal, err := protocol.NewTokens(protocol.NewConn(client, info.Deployment, nil)).Balance(ctx, oracle.PayUSD, acc[2].Address)
	if err != nil || bal.Cmp(new(big.Int).Add(cfg.FundUSD, big.NewInt(123))) != 0 {
		t.Fatalf("account 2 after restart: %v, %v", bal, err)
	}
}

// TestDevnetRedeploysWhenItsChainLostTheDeployment: a data directory whose deployment file names contracts its
// chain does not have (the chain was replaced, or lost the blocks behind the file) is not reused: the devnet
// warns, deploys a fresh suite, and the file names the new one.
func TestDevnetRedeploysWhenItsChainLostTheDeployment(t *testing.T) {
	cfg := testConfig(t)
	cfg.Chain.DataDir = t.TempDir()
	stale := deployment.Deployment{Format: deployment.Format, Chain: "devnet", ChainID: cfg.Chain.ChainID, Block: 1,
		Contracts: deployment.Contracts{
			GridToken:         common.HexToAddress("0x1000000000000000000000000000000000000001"),
			MockUSD:           common.HexToAddress("0x1000000000000000000000000000000000000002"),
			Staking:           common.HexToAddress("0x1000000000000000000000000000000000000003"),
			AttestationQuorum: common.HexToAddress("0x1000000000000000000000000000000000000004"),
			LeaseEscrow:       common.HexToAddress("0x1000000000000000000000000000000000000005"),
			GridPriceOracle:   common.HexToAddress("0x1000000000000000000000000000000000000006"),
			Rewards:           common.HexToAddress("0x1000000000000000000000000000000000000007"),
			NodeRegistry:      common.HexToAddress("0x1000000000000000000000000000000000000008"),
			LeaseJournal:      common.HexToAddress("0x1000000000000000000000000000000000000009"),
			SolanaGateway:     common.HexToAddress("0x100000000000000000000000000000000000000a"),
		}}
	kept := filepath.Join(cfg.Chain.DataDir, "idlegrid-deployment.json") // where the devnet keeps its copy
	if err := deployment.Save(kept, stale); err != nil {
		t.Fatal(err)
	}
	var logs lockedBuf
	n, err := devnet.New(cfg, zerolog.New(&logs))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	info := n.Info()
	if info.Reused || info.Deployment.Contracts == stale.Contracts {
		t.Fatalf("reused=%v with deployment %+v: the stale file was taken", info.Reused, info.Deployment.Contracts)
	}
	client, err := ethclient.DialContext(ctx, info.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	if err := deployment.Verify(ctx, client, info.Deployment); err != nil {
		t.Fatalf("the new deployment: %v", err)
	}
	if d, err := deployment.Load(kept); err != nil || d.Contracts != info.Deployment.Contracts {
		t.Fatalf("the data directory's file after the redeploy: %+v, %v; want the new deployment", d.Contracts, err)
	}
	// It said so, at warn level, with the reason.
	var warned bool
	for _, line := range strings.Split(logs.String(), "\n") {
		var e struct{ Level, Message, Error string }
		if json.Unmarshal([]byte(line), &e) == nil && e.Level == "warn" &&
			strings.Contains(e.Message, "the data directory's deployment is not on its chain") && strings.Contains(e.Message, "deploying again") {
			if e.Error == "" {
				t.Fatalf("the warning gives no reason: %s", line)
			}
			warned = true
		}
	}
	if !warned {
		t.Fatalf("no warning that the deployment is deployed again; the log:\n%s", logs.String())
	}
}

// failing is a component whose start fails, or cancels the devnet's start context.
type failing struct {
	component
	cancel context.CancelFunc
}

func (f failing) Start(ctx context.Context) error {
	f.component.Start(ctx)
	if f.cancel != nil {
		f.cancel()
		return nil
	}
	return errors.New("provider: no GPUs")
}

// TestDevnetUnwindsOnFailedStart: a start that fails part-way, or whose context ends part-way, closes what it
// started in reverse order, the chain included (its ports are free again: nothing leaks).
func TestDevnetUnwindsOnFailedStart(t *testing.T) {
	for _, tc := range []struct {
		name   string
		cancel bool
		want   string
	}{
		// A part that failed to start has nothing to close; those before it close in reverse.
		{"a component fails", false, "start indexer,start provider,close indexer"},
		{"interrupted (Ctrl-C) during start", true, "start indexer,start provider,close provider,close indexer"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testConfig(t)
			cfg.GridPrice = nil
			n, err := devnet.New(cfg, zerolog.Nop())
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			var calls []string
			f := failing{component: component{"provider", &calls}}
			if tc.cancel {
				f.cancel = cancel
			}
			n.Add(component{"indexer", &calls})
			n.Add(f)
			n.Add(component{"inspector", &calls})
			if err := n.Start(ctx); err == nil {
				n.Close()
				t.Fatal("start succeeded")
			}
			if got := strings.Join(calls, ","); got != tc.want {
				t.Fatalf("component lifecycle %v", got)
			}
			for _, port := range []int{cfg.Chain.HTTPPort, cfg.Chain.WSPort} {
				l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", itoa(port)))
				if err != nil {
					t.Fatalf("port %d still held after a failed start: %v", port, err)
				}
				l.Close()
			}
			if err := n.Healthy(); err == nil {
				t.Fatal("a devnet that failed to start reports healthy")
			}
		})
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*devnet.Config)
		want   string
	}{
		{"public chain id", func(c *devnet.Config) { c.Chain.ChainID = 42161 }, "dev chain id"},
		{"too many inspectors", func(c *devnet.Config) { c.Inspectors = c.Chain.Accounts }, "inspectors need more"},
		{"no inspectors", func(c *devnet.Config) { c.Inspectors = 0 }, "inspectors 0"},
		{"negative funding", func(c *devnet.Config) { c.FundUSD = big.NewInt(-1) }, "funding"},
		{"funding above supply", func(c *devnet.Config) { c.FundGRID = new(big.Int).Set(c.Params.GridSupply) }, "exceeds the supply"},
		{"bad port", func(c *devnet.Config) { c.Chain.HTTPPort = 0 }, "http port"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := devnet.DefaultConfig()
			tt.mutate(&cfg)
			if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Validate() = %v, want %q", err, tt.want)
			}
		})
	}
	if err := devnet.DefaultConfig().Validate(); err != nil {
		t.Fatal(err)
	}
	// A taken port is an error from Start, not a crash.
	cfg := testConfig(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	cfg.Chain.HTTPPort = l.Addr().(*net.TCPAddr).Port
	n, _ := devnet.New(cfg, zerolog.Nop())
	if err := n.Start(context.Background()); err == nil || !strings.Contains(err.Error(), "not free") {
		t.Fatalf("start on a taken port: %v", err)
	}
	if errors.Is(n.Healthy(), nil) {
		t.Fatal("failed devnet reports healthy")
	}
}

// checkPriceSteps: the inspectors' feed observing a rate far from the posted one (4×) moves the price toward it
// by what the oracle's speed limit allows (v1 posted the rate itself, which v2's oracle refuses with
// PriceMoveTooFast), and reaches it over later posts.
func checkPriceSteps(t *testing.T, ctx context.Context, n *devnet.Node, client *ethclient.Client, d deployment.Deployment) {
	t.Helper()
	var signers []oracle.DigestSigner
	for _, a := range n.Accounts() {
		if a.Role == devnet.RoleInspector {
			signers = append(signers, keys.NewSigner(a.Key))
		}
	}
	cfg := chain.DefaultConfig()
	cfg.PollInterval = 20 * time.Millisecond
	sub, err := chain.NewSubmitter(cfg, client, signers[0].(*keys.Signer), new(big.Int).SetUint64(d.ChainID), protocol.Errors(), zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	conn := protocol.NewConn(client, d, sub)
	po := protocol.NewPriceOracle(conn)
	old, _, err := po.Price(ctx)
	if err != nil {
		t.Fatal(err)
	}
	target := new(big.Int).Mul(old, big.NewInt(4))
	feed, err := inspector.NewPriceFeed(inspector.PriceFeedConfig{Every: time.Hour}, inspector.FixedPrice{Rate: target}, conn, signers, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	// An hour on the chain's clock allows 10% (the dev suite's 1,000 bps per hour).
	if err := n.Chain().AdjustTime(time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := feed.Post(ctx); err != nil {
		t.Fatalf("a post toward 4x the price: %v", err)
	}
	stepped, _, err := po.Price(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tenPercent := new(big.Int).Div(new(big.Int).Mul(old, big.NewInt(11)), big.NewInt(10))
	if stepped.Cmp(tenPercent) < 0 || stepped.Cmp(target) >= 0 {
		t.Fatalf("price %s after an hour toward %s from %s: want at least +10%% and short of the target", stepped, target, old)
	}
	// Thirty hours later the allowance (10% of the stored price per hour: 3x it) covers the rest (< 2.64x).
	if err := n.Chain().AdjustTime(30 * time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := feed.Post(ctx); err != nil {
		t.Fatal(err)
	}
	if reached, _, err := po.Price(ctx); err != nil || reached.Cmp(target) != 0 {
		t.Fatalf("price %v (%v) after 31 hours, want the target %s", reached, err, target)
	}
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }
