package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/devchain/devchaintest"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/rewardtree"
)

// anvilKeys are the well-known, public keys of anvil's default accounts 0-5.
var anvilKeys = []string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
	"47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
	"8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
}

// findAnvil is the npm-installed anvil (scripts/test installs it) or one on PATH.
func findAnvil(t *testing.T) string {
	t.Helper()
	if p, err := filepath.Abs(filepath.Join("..", "..", "node_modules", ".bin", "anvil")); err == nil {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("anvil"); err == nil {
		return p
	}
	t.Skip("anvil is not installed: run scripts/test (it installs the pinned Foundry from npm) to run the end-to-end test")
	return ""
}

// e2e is the built idlegrid binary pointed at an anvil node.
type e2e struct {
	t      *testing.T
	bin    string
	global []string
	env    []string
}

// run executes the binary with --json and the node's flags and decodes stdout into v; it fails the test on
// an error exit.
func (e *e2e) run(v any, args ...string) {
	e.t.Helper()
	out, err := e.exec(args...)
	if err != nil {
		e.t.Fatalf("idlegrid %s: %v", strings.Join(args, " "), err)
	}
	if v != nil {
		if err := json.Unmarshal(out, v); err != nil {
			e.t.Fatalf("idlegrid %s: not JSON (%v):\n%s", strings.Join(args, " "), err, out)
		}
	}
}

// fail executes a command that must fail and returns its stderr.
func (e *e2e) fail(args ...string) string {
	e.t.Helper()
	_, err := e.exec(args...)
	if err == nil {
		e.t.Fatalf("idlegrid %s: succeeded, want a failure", strings.Join(args, " "))
	}
	msg := err.Error()
	if strings.Contains(msg, "goroutine ") || strings.Contains(msg, "panic:") {
		e.t.Fatalf("idlegrid %s printed a stack trace:\n%s", strings.Join(args, " "), msg)
	}
	return msg
}

func (e *e2e) exec(args ...string) ([]byte, error) {
	cmd := exec.Command(e.bin, append(append(append([]string{}, e.global...), "--json"), args...)...)
	cmd.Env = e.env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		// With --json an error is an object on stdout (code, message, the decoded revert, the raw error).
		return stdout.Bytes(), fmt.Errorf("%v: %s %s", err, strings.TrimSpace(stderr.String()), strings.TrimSpace(stdout.String()))
	}
	return stdout.Bytes(), nil
}

// TestEndToEndWithAnvil builds the idlegrid binary, starts anvil, deploys the suite with `idlegrid deploy`
// and rents a GPU through the CLI with --json: stake, list, quote, lease in USD and in GRID, time passes,
// settle, extend, close with a refund from a keystore account, expiry, withdrawals, rewards, unbonding. The
// test itself plays governance (the signer set) and the inspectors (the GRID price and a rewards root): those
// are the inspector nodes' job, not the CLI's.
func TestEndToEndWithAnvil(t *testing.T) {
	anvilBin := findAnvil(t)
	began := time.Now()
	dir := t.TempDir()
	bin := filepath.Join(dir, "idlegrid")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	built := time.Since(began)

	port := devchaintest.Ports(t, 1)[0]
	url := "http://127.0.0.1:" + strconv.Itoa(port)
	anvil := exec.Command(anvilBin, "--host", "127.0.0.1", "--port", strconv.Itoa(port), "--chain-id", "31337")
	anvil.Stdout, anvil.Stderr = nil, nil
	if err := anvil.Start(); err != nil {
		t.Fatalf("start anvil: %v", err)
	}
	t.Cleanup(func() {
		anvil.Process.Kill()
		anvil.Wait()
	})
	ctx, cancel := context.WithTimeout(context.Background(), 150*time.Second)
	defer cancel()
	raw := waitForNode(t, ctx, url)
	client := ethclient.NewClient(raw)

	home := filepath.Join(dir, "home")
	os.MkdirAll(home, 0o755)
	e := &e2e{t: t, bin: bin, env: []string{"HOME=" + home, "PATH=" + os.Getenv("PATH")}}
	depFile := filepath.Join(dir, "deployments", "anvil.json")
	addr := func(i int) common.Address { return crypto.PubkeyToAddress(anvilKey(t, i).PublicKey) }
	key := func(i int) []string { return []string{"--dev-key", anvilKeys[i]} }
	const deployer, provider, renter = 0, 1, 2
	inspectors := []int{3, 4, 5}

	// Deploy with the deployer's key; signer sets apply at once (dev defaults).
	var deployed struct {
		File       string                `json:"file"`
		Deployment deployment.Deployment `json:"deployment"`
	}
	e.global = []string{"--rpc", url}
	e.run(&deployed, append([]string{"deploy", "--chain", "anvil", "--out", depFile}, key(deployer)...)...)
	if deployed.File != depFile || deployed.Deployment.ChainID != 31337 || deployed.Deployment.Chain != "anvil" {
		t.Fatalf("deploy output %+v", deployed)
	}
	e.global = []string{"--rpc", url, "--deployment", depFile}
	d := deployed.Deployment

	// The deployer (treasury) funds everyone through the faucet: it pays from the --dev-key account on anvil.
	e.run(nil, append([]string{"token", "faucet", "--to", addr(provider).Hex(), "--usd", "0", "--grid", "1000", "--eth", "0"}, key(deployer)...)...)
	e.run(nil, append([]string{"token", "faucet", "--to", addr(renter).Hex(), "--usd", "1000", "--grid", "500", "--eth", "0"}, key(deployer)...)...)
	for _, i := range inspectors {
		e.run(nil, append([]string{"token", "faucet", "--to", addr(i).Hex(), "--usd", "0", "--grid", "10000", "--eth", "0"}, key(deployer)...)...)
		var st struct {
			ActiveInspector *bool `json:"activeInspector"`
		}
		e.run(&st, append([]string{"stake", "add", "10000", "--role", "inspector"}, key(i)...)...)
		if st.ActiveInspector == nil || !*st.ActiveInspector {
			t.Fatalf("inspector %d not active after staking", i)
		}
	}
	// Governance (the deployer) makes them the signer set, 2 of 3.
	gov := protocol.NewConn(client, d, submitter(t, client, anvilKey(t, deployer)))
	var signers []common.Address
	var inspectorSigners []oracle.DigestSigner
	for _, i := range inspectors {
		signers = append(signers, addr(i))
		inspectorSigners = append(inspectorSigners, keys.NewSigner(anvilKey(t, i)))
	}
	slices.SortFunc(signers, func(a, b common.Address) int { return a.Cmp(b) })
	if _, err := protocol.NewQuorum(gov).Propose(ctx, signers, 2); err != nil {
		t.Fatal(err)
	}
	increaseTime(t, raw, 2*time.Second) // the signer-set delay (nonzero, the dev minimum)
	if _, err := protocol.NewQuorum(gov).Apply(ctx); err != nil {
		t.Fatal(err)
	}

	// Provider: stake, list a machine, sign a reusable quote.
	e.run(nil, append([]string{"stake", "add", "1000"}, key(provider)...)...)
	var machines struct {
		Machines []struct {
			ID common.Hash `json:"id"`
		} `json:"machines"`
	}
	e.run(&machines, append([]string{"machine", "list", "--name", "rig-1", "--class", "SIM", "--gpus", "4", "--metadata", "e2e rig", "--endpoint", "rig-1.e2e:8443"}, key(provider)...)...)
	if len(machines.Machines) != 1 || machines.Machines[0].ID != protocol.MachineID(addr(provider), "rig-1") {
		t.Fatalf("listed %+v", machines)
	}
	q1 := filepath.Join(dir, "q1.json")
	e.run(nil, append([]string{"quote", "sign", "--machine", "rig-1", "--gpus", "2", "--price", "1.8 USD/h", "--min-hours", "0.5", "--max-duration", "10h", "--valid-for", "1h", "--out", q1}, key(provider)...)...)
	q2 := q1 // the quote opens leases until it expires or is cancelled

	// Renter: a USD lease for two hours (7.2 USD + 5% fee), paid by permit, naming its job.
	var l1 leasesOut
	const jobCID = "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"
	e.run(&l1, append([]string{"lease", "open", "--quote", q1, "--hours", "2", "--pay", "usd", "--job", jobCID}, key(renter)...)...)
	if l1.Leases[0].ID != "1" || l1.Leases[0].Held.Text != "7.56 USD" || len(l1.Txs) != 1 || l1.Leases[0].Job != jobCID {
		t.Fatalf("USD lease %+v", l1)
	}
	// A GRID lease needs the inspectors' price: without one the CLI says so; with 0.5 USD/GRID it opens.
	if msg := e.fail(append([]string{"lease", "open", "--quote", q2, "--hours", "1", "--pay", "grid"}, key(renter)...)...); !strings.Contains(msg, "NoPrice()") {
		t.Fatalf("GRID lease without a price: %s", msg)
	}
	postPrice(t, ctx, client, gov, inspectorSigners, big.NewInt(5e17))
	var l2 leasesOut
	e.run(&l2, append([]string{"lease", "open", "--quote", q2, "--hours", "1", "--pay", "grid"}, key(renter)...)...)
	if l2.Leases[0].ID != "2" || l2.Leases[0].Pay != "GRID" || l2.Leases[0].RatePerHour.Text != "7.2 GRID" || l2.Leases[0].Job != "" {
		t.Fatalf("GRID lease %+v", l2)
	}
	// Its job is named later, once.
	var named leasesOut
	e.run(&named, append([]string{"lease", "set-job", "2", "--job", jobCID}, key(renter)...)...)
	if named.Leases[0].Job != jobCID {
		t.Fatalf("set-job %+v", named)
	}
	if msg := e.fail(append([]string{"lease", "set-job", "2", "--job", jobCID}, key(renter)...)...); !strings.Contains(msg, "named already") {
		t.Fatalf("naming a job twice: %s", msg)
	}

	// Half an hour passes; a settle of a running lease is refused with when it will do something.
	increaseTime(t, raw, 30*time.Minute)
	if msg := e.fail(append([]string{"lease", "settle", "1"}, key(deployer)...)...); !strings.Contains(msg, "runs until") {
		t.Fatalf("settle of a running lease: %s", msg)
	}
	var extended leasesOut
	e.run(&extended, append([]string{"lease", "extend", "1", "--hours", "1"}, key(renter)...)...)
	if extended.Leases[0].EndsAt != l1.Leases[0].EndsAt+3600 {
		t.Fatalf("extended to %d, want %d", extended.Leases[0].EndsAt, l1.Leases[0].EndsAt+3600)
	}

	// The renter closes from a keystore account: import its key, then sign with --keystore/--password-file.
	ks, pw, keyFile := filepath.Join(dir, "keystore"), filepath.Join(dir, "pw"), filepath.Join(dir, "renter.key")
	os.WriteFile(pw, []byte("e2e password\n"), 0o600)
	os.WriteFile(keyFile, []byte(anvilKeys[renter]+"\n"), 0o600)
	var imported accountOutput
	e.run(&imported, "account", "import", keyFile, "--keystore", ks, "--password-file", pw, "--lightkdf")
	if imported.Address != addr(renter) {
		t.Fatalf("imported %s", imported.Address)
	}
	var before, after struct {
		USD struct {
			Wallet jsonAmount `json:"wallet"`
		} `json:"usd"`
	}
	e.run(&before, "token", "balance", "--address", addr(renter).Hex())
	if msg := e.fail("lease", "close", "1", "--keystore", ks); !strings.Contains(msg, "--password-file") {
		t.Fatalf("locked keystore: %s", msg)
	}
	var closed leasesOut
	e.run(&closed, "lease", "close", "1", "--keystore", ks, "--password-file", pw)
	if closed.Leases[0].Status != "closed" || closed.Result == nil || closed.Result.Refund == nil || closed.Result.Closed != "renter_closed" {
		t.Fatalf("close %+v", closed)
	}
	e.run(&after, "token", "balance", "--keystore", ks)
	refund, _ := new(big.Int).SetString(closed.Result.Refund.Value, 10)
	b0, _ := new(big.Int).SetString(before.USD.Wallet.Value, 10)
	if got, _ := new(big.Int).SetString(after.USD.Wallet.Value, 10); new(big.Int).Sub(got, b0).Cmp(refund) != 0 || refund.Sign() <= 0 {
		t.Fatalf("renter wallet %s -> %s, refund %s", b0, got, refund)
	}
	if msg := e.fail(append([]string{"lease", "settle", "1"}, key(deployer)...)...); !strings.Contains(msg, "dispute window until") {
		t.Fatalf("settle a closed lease inside its dispute window: %s", msg)
	}

	// The GRID lease runs out; a settle closes it. Its pay is held too; withdrawing now finds nothing.
	increaseTime(t, raw, time.Hour)
	var expired leasesOut
	e.run(&expired, append([]string{"lease", "settle", "2"}, key(renter)...)...)
	if expired.Result == nil || expired.Result.Closed != "expired" || expired.Result.Held == nil || expired.Result.Held.Value == "0" {
		t.Fatalf("settle after the end %+v", expired)
	}
	if msg := e.fail(append([]string{"lease", "withdraw", "--pay", "grid"}, key(provider)...)...); !strings.Contains(msg, "held in leases' dispute windows") {
		t.Fatalf("withdraw inside the dispute window: %s", msg)
	}
	var earned struct {
		Held      jsonAmount `json:"held"`
		HeldUntil uint64     `json:"heldUntil"`
	}
	e.run(&earned, append([]string{"lease", "earnings", "--pay", "grid"}, key(provider)...)...)
	if earned.Held.Value != expired.Result.Held.Value || earned.HeldUntil != expired.Leases[0].DisputeEndsAt {
		t.Fatalf("GRID earnings %+v, lease %+v", earned, expired.Leases[0])
	}
	// Past the dispute window (two days by default), withdrawing settles the due leases first.
	increaseTime(t, raw, 49*time.Hour)
	for _, pay := range []string{"usd", "grid"} {
		var w struct {
			Amount  jsonAmount `json:"amount"`
			Settled []string   `json:"settledFirst"`
		}
		e.run(&w, append([]string{"lease", "withdraw", "--pay", pay}, key(provider)...)...)
		if w.Amount.Value == "0" || len(w.Settled) != 1 {
			t.Fatalf("provider withdrew %+v in %s", w, pay)
		}
	}
	var ls leasesOut
	e.run(&ls, "lease", "ls", "--provider", addr(provider).Hex())
	if len(ls.Leases) != 2 || ls.Leases[0].Status != "settled" || ls.Leases[1].Status != "settled" {
		t.Fatalf("provider's leases %+v", ls)
	}

	// Rewards: the inspectors attest epoch 0's root (an hour has passed); the provider claims with the CLI.
	tree, err := rewardtree.New([]rewardtree.Entry{{Account: addr(provider), Cumulative: big.NewInt(7e18)}, {Account: addr(renter), Cumulative: big.NewInt(1e18)}})
	if err != nil {
		t.Fatal(err)
	}
	post := protocol.RootPost{Epoch: 0, Root: tree.Root(), CumulativeTotal: tree.Total(), AttestationID: tree.Root()}
	if _, post.Signatures, err = protocol.NewQuorum(gov).Attest(ctx, d.Contracts.Rewards, post.AttestationID, post.Payload(), inspectorSigners); err != nil {
		t.Fatal(err)
	}
	if _, _, err := protocol.NewRewards(gov).PostRoot(ctx, post); err != nil {
		t.Fatal(err)
	}
	claim, _ := tree.Claim(addr(provider))
	claimFile := filepath.Join(dir, "claim.json")
	data, _ := json.Marshal(claim)
	os.WriteFile(claimFile, data, 0o644)
	var claimed struct {
		Paid jsonAmount `json:"paid"`
	}
	e.run(&claimed, append([]string{"rewards", "claim", "--proof", claimFile}, key(renter)...)...)
	if claimed.Paid.Text != "7 GRID" {
		t.Fatalf("claimed %+v", claimed)
	}
	var rs struct {
		Claimed *jsonAmount `json:"claimed"`
	}
	e.run(&rs, "rewards", "show", "--address", addr(provider).Hex())
	if rs.Claimed == nil || rs.Claimed.Text != "7 GRID" {
		t.Fatalf("rewards show %+v", rs)
	}

	// Delist, unbond, and withdraw once the unbonding period has passed.
	e.run(nil, append([]string{"machine", "delist", "rig-1"}, key(provider)...)...)
	e.run(nil, append([]string{"stake", "unbond", "1000"}, key(provider)...)...)
	if msg := e.fail(append([]string{"stake", "withdraw"}, key(provider)...)...); !strings.Contains(msg, "NothingToWithdraw(") || !strings.Contains(msg, "matures at") {
		t.Fatalf("early withdraw: %s", msg)
	}
	increaseTime(t, raw, 8*24*time.Hour)
	var wd struct {
		Amount jsonAmount `json:"amount"`
	}
	e.run(&wd, append([]string{"stake", "withdraw"}, key(provider)...)...)
	if wd.Amount.Text != "1000 GRID" {
		t.Fatalf("stake withdrawn %+v", wd)
	}
	if msg := e.fail("--deployment", filepath.Join(dir, "missing.json"), "lease", "ls"); !strings.Contains(msg, "no deployment file") {
		t.Fatalf("missing deployment: %s", msg)
	}
	t.Logf("end-to-end: %s in all (binary built in %s)", time.Since(began).Round(time.Millisecond), built.Round(time.Millisecond))
}

func anvilKey(t *testing.T, i int) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.HexToECDSA(anvilKeys[i])
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func waitForNode(t *testing.T, ctx context.Context, url string) *rpc.Client {
	t.Helper()
	for {
		c, err := rpc.DialContext(ctx, url)
		if err == nil {
			var id string
			if err = c.CallContext(ctx, &id, "eth_chainId"); err == nil {
				return c
			}
			c.Close()
		}
		select {
		case <-ctx.Done():
			t.Fatalf("anvil did not come up at %s: %v", url, err)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// increaseTime moves anvil's clock and mines a block there.
func increaseTime(t *testing.T, c *rpc.Client, d time.Duration) {
	t.Helper()
	if err := c.Call(nil, "evm_increaseTime", int64(d/time.Second)); err != nil {
		t.Fatal(err)
	}
	if err := c.Call(nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
}

func submitter(t *testing.T, client *ethclient.Client, key *ecdsa.PrivateKey) *chain.Submitter {
	t.Helper()
	cfg := chain.DefaultConfig()
	cfg.PollInterval = 50 * time.Millisecond
	sub, err := chain.NewSubmitter(cfg, client, keys.NewSigner(key), big.NewInt(31337), protocol.Errors(), zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	return sub
}

// postPrice has the inspectors attest a GRID/USD price observed at the chain's current time, and posts it.
func postPrice(t *testing.T, ctx context.Context, client *ethclient.Client, conn *protocol.Conn, inspectors []oracle.DigestSigner, price *big.Int) {
	t.Helper()
	now, err := conn.Now(ctx)
	if err != nil {
		t.Fatal(err)
	}
	po := protocol.NewPriceOracle(conn)
	payload := oracle.GridPrice{Price: price, ObservedAt: now}
	id := common.BigToHash(new(big.Int).SetUint64(now))
	_, sigs, err := protocol.NewQuorum(conn).Attest(ctx, po.Address(), id, payload, inspectors)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := po.Post(ctx, payload, id, sigs); err != nil {
		t.Fatal(err)
	}
}
