package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/devchain"
	"github.com/idlegrid/idlegrid/oracle/devchain/devchaintest"
	"github.com/idlegrid/idlegrid/oracle/keys"
)

// syncBuffer is written by the devnet command's goroutine and read by the test.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startDevnet runs `idlegrid devnet` in process, as a person would in a first terminal, and returns the
// global flags that point other commands at it. The devnet is stopped (as by Ctrl-C) when the test ends.
func startDevnet(t *testing.T) []string {
	t.Helper()
	g, _ := startDevnetWithAPI(t)
	return g
}

// startDevnetWithAPI is startDevnet, also returning the URL of the devnet's indexer API.
func startDevnetWithAPI(t *testing.T, extra ...string) ([]string, string) {
	t.Helper()
	g, api, _ := startDevnetBanner(t, extra...)
	return g, api
}

// startDevnetBanner is startDevnetWithAPI, also returning what the devnet printed until it was ready.
func startDevnetBanner(t *testing.T, extra ...string) ([]string, string, string) {
	t.Helper()
	dir := t.TempDir()
	dep := filepath.Join(dir, "deployments", "devnet.json")
	ports := devchaintest.Ports(t, 3)
	httpPort, wsPort, apiPort := ports[0], ports[1], ports[2]
	ctx, cancel := context.WithCancel(context.Background())
	var out, errOut syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- newApp(&out, &errOut).RunContext(ctx, append([]string{"idlegrid", "devnet",
			"--http.port", strconv.Itoa(httpPort), "--ws.port", strconv.Itoa(wsPort),
			"--block-period", "100ms", "--deployment", dep, "--indexer.listen", "127.0.0.1:" + strconv.Itoa(apiPort),
			"--provider=false"}, extra...)) // these tests list machines by hand; provider/node tests the node
	}()
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(out.String(), "Ctrl-C stops the devnet") {
		select {
		case err := <-done:
			cancel()
			t.Fatalf("devnet exited: %v\n%s\n%s", err, out.String(), errOut.String())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("devnet not ready:\n%s\n%s", out.String(), errOut.String())
		}
	}
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("devnet shut down with %v", err)
		}
		if !strings.Contains(errOut.String(), "devnet stopped") {
			t.Errorf("devnet did not report a clean stop:\n%s", errOut.String())
		}
	})
	banner := out.String()
	for _, want := range []string{"idlegrid devnet ready in", "THESE PRIVATE KEYS ARE PUBLIC", "LeaseEscrow", "inspector (staked, in the signer set)"} {
		if !strings.Contains(banner, want) {
			t.Fatalf("devnet banner lacks %q:\n%s", want, banner)
		}
	}
	// The banner names the web console, which the devnet's indexer serves without Node.
	console := "http://127.0.0.1:" + strconv.Itoa(apiPort) + "/console/"
	if !strings.Contains(banner, "Web console "+console) {
		t.Fatalf("devnet banner lacks the console's URL %s:\n%s", console, banner)
	}
	if resp, err := http.Get(console); err != nil || resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("GET %s: %v %v", console, err, resp)
	} else {
		resp.Body.Close()
	}
	t.Logf("%s", strings.SplitN(banner, "\n", 2)[0])
	return []string{"--rpc", "http://127.0.0.1:" + strconv.Itoa(httpPort), "--deployment", dep}, "http://127.0.0.1:" + strconv.Itoa(apiPort), banner
}

// runJSON runs a command with the devnet's global flags and --json, and decodes its output into v (if not nil).
func runJSON(t *testing.T, global []string, v any, args ...string) {
	t.Helper()
	out, errOut, err := run(t, append(append(append([]string{}, global...), "--json"), args...)...)
	if err != nil {
		t.Fatalf("idlegrid %s: %v\n%s", strings.Join(args, " "), err, errOut)
	}
	if v != nil {
		if err := json.Unmarshal([]byte(out), v); err != nil {
			t.Fatalf("idlegrid %s: not JSON (%v):\n%s", strings.Join(args, " "), err, out)
		}
	}
}

type leasesOut struct {
	Leases []struct {
		ID            string     `json:"id"`
		Status        string     `json:"status"`
		Pay           string     `json:"pay"`
		RatePerHour   jsonAmount `json:"ratePerHour"`
		Held          jsonAmount `json:"held"`
		Payout        jsonAmount `json:"payout"`
		Refundable    jsonAmount `json:"refundable"`
		StartedAt     uint64     `json:"startedAt"`
		EndsAt        uint64     `json:"endsAt"`
		ClosedAt      uint64     `json:"closedAt"`
		DisputeEndsAt uint64     `json:"disputeEndsAt"`
		Job           string     `json:"job"`
	} `json:"leases"`
	Result *struct {
		Paid   *jsonAmount `json:"paidToProvider"`
		Closed string      `json:"closed"`
		Refund *jsonAmount `json:"refund"`
		Held   *jsonAmount `json:"heldForProvider"`
		Fee    *jsonAmount `json:"fee"`
		Permit bool        `json:"paidByPermit"`
	} `json:"result"`
	Txs []struct {
		Label string `json:"label"`
	} `json:"txs"`
}

// TestWalkThroughOnDevnet is the README's walk-through, command for command, against `idlegrid devnet`.
func TestWalkThroughOnDevnet(t *testing.T) {
	g, apiURL := startDevnetWithAPI(t)
	dir := t.TempDir()
	quote := filepath.Join(dir, "quote.json")

	var stake struct {
		Active jsonAmount `json:"active"`
		Free   jsonAmount `json:"free"`
	}
	runJSON(t, g, &stake, "stake", "add", "500", "--dev-account", "1")
	if stake.Active.Text != "500 GRID" {
		t.Fatalf("stake %+v", stake)
	}
	var machines struct {
		Machines []struct {
			ID     common.Hash `json:"id"`
			GPUs   uint32      `json:"gpus"`
			Locked jsonAmount  `json:"lockedStake"`
		} `json:"machines"`
	}
	runJSON(t, g, &machines, "machine", "list", "--name", "rig-1", "--class", "SIM", "--gpus", "4", "--dev-account", "1")
	if len(machines.Machines) != 1 || machines.Machines[0].Locked.Text != "400 GRID" {
		t.Fatalf("machines %+v", machines)
	}
	runJSON(t, g, nil, "quote", "sign", "--machine", "rig-1", "--gpus", "2", "--price", "1.8 USD/h", "--dev-account", "1", "--out", quote)

	var opened leasesOut
	runJSON(t, g, &opened, "lease", "open", "--quote", quote, "--hours", "2", "--pay", "usd", "--dev-account", "2")
	if len(opened.Leases) != 1 || opened.Leases[0].ID != "1" || opened.Leases[0].Held.Text != "7.56 USD" || opened.Leases[0].RatePerHour.Text != "3.6 USD" {
		t.Fatalf("opened %+v", opened)
	}
	// Paid by permit: one transaction, and the escrow may pull nothing more of the renter's.
	if opened.Result == nil || !opened.Result.Permit || len(opened.Txs) != 1 {
		t.Fatalf("lease open paid %+v with %d transactions, want a permit and openLease alone", opened.Result, len(opened.Txs))
	}
	var allowed struct {
		Allowances []struct {
			Token  string     `json:"token"`
			Amount jsonAmount `json:"amount"`
		} `json:"allowances"`
	}
	runJSON(t, g, &allowed, "token", "allowance", "--spender", "escrow", "--dev-account", "2")
	for _, a := range allowed.Allowances {
		if a.Amount.Value != "0" {
			t.Fatalf("an allowance stands after a permit-paid open: %+v", allowed)
		}
	}
	time.Sleep(1100 * time.Millisecond) // a second of GPU time
	var shown leasesOut
	runJSON(t, g, &shown, "lease", "show", "1")
	var closed leasesOut
	runJSON(t, g, &closed, "lease", "close", "1", "--dev-account", "2")
	if closed.Leases[0].Status != "closed" || closed.Result == nil || closed.Result.Closed != "renter_closed" || closed.Result.Refund == nil ||
		closed.Result.Held == nil || closed.Result.Held.Value == "0" {
		t.Fatalf("close %+v", closed)
	}
	var status leasesOut
	runJSON(t, g, &status, "lease", "show", "1")
	if l := status.Leases[0]; l.DisputeEndsAt < l.ClosedAt+3600 || l.Payout.Value != closed.Result.Held.Value {
		t.Fatalf("lease show after the close %+v: want the dispute window's end an hour after %d", l, l.ClosedAt)
	}
	// lease show says how it closed, as the close did (from the LeaseClosed event).
	if r := status.Result; r == nil || r.Closed != "renter_closed" || r.Refund == nil || r.Refund.Value != closed.Result.Refund.Value {
		t.Fatalf("lease show after the close: result %+v, the close said %+v", r, closed.Result)
	}
	// The provider's pay is held until the window ends: earnings say so, a withdrawal says until when.
	var earned struct {
		Withdrawable jsonAmount `json:"withdrawable"`
		Held         jsonAmount `json:"held"`
		HeldUntil    uint64     `json:"heldUntil"`
	}
	runJSON(t, g, &earned, "lease", "earnings", "--pay", "usd", "--dev-account", "1")
	if earned.Held.Value != closed.Result.Held.Value || earned.HeldUntil != status.Leases[0].DisputeEndsAt || earned.Withdrawable.Value != "0" {
		t.Fatalf("earnings %+v, want %s held until %d", earned, closed.Result.Held.Value, status.Leases[0].DisputeEndsAt)
	}
	if _, _, err := run(t, append(g, "lease", "withdraw", "--pay", "usd", "--dev-account", "1")...); err == nil ||
		!strings.Contains(err.Error(), "held in leases' dispute windows, the last until") {
		t.Fatalf("withdraw inside the dispute window: %v", err)
	}
	var bal struct {
		USD struct {
			Wallet jsonAmount `json:"wallet"`
		} `json:"usd"`
	}
	runJSON(t, g, &bal, "token", "balance", "--dev-account", "2")
	refund, _ := new(big.Int).SetString(closed.Result.Refund.Value, 10)
	deposit, _ := new(big.Int).SetString(opened.Leases[0].Held.Value, 10)
	if want := new(big.Int).Add(new(big.Int).Sub(big.NewInt(10_000_000_000), deposit), refund); bal.USD.Wallet.Value != want.String() {
		t.Fatalf("renter holds %+v after the refund of %s, want %s", bal, refund, want)
	}
	var ls leasesOut
	runJSON(t, g, &ls, "lease", "ls", "--dev-account", "2")
	if len(ls.Leases) != 1 || ls.Leases[0].Status != "closed" {
		t.Fatalf("renter's leases %+v", ls)
	}
	// One spelling: the indexer's API names the lease's state and close reason as the CLI's --json does.
	var indexed struct {
		Status      string `json:"status"`
		CloseReason string `json:"closeReason"`
	}
	waitUntil(t, func() bool {
		resp, err := http.Get(apiURL + "/v1/leases/1")
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		return json.NewDecoder(resp.Body).Decode(&indexed) == nil && indexed.Status == "closed"
	})
	if indexed.Status != closed.Leases[0].Status || indexed.CloseReason != closed.Result.Closed {
		t.Fatalf("the API says %+v, the CLI said status %q, reason %q", indexed, closed.Leases[0].Status, closed.Result.Closed)
	}
}

// A keystore account made with `account import` signs through --keystore/--password-file; a locked one
// without a password source is refused with what to do.
func TestKeystoreAccountOnDevnet(t *testing.T) {
	g := startDevnet(t)
	dir := t.TempDir()
	ks, pw, keyFile := filepath.Join(dir, "keystore"), filepath.Join(dir, "pw"), filepath.Join(dir, "key")
	os.WriteFile(pw, []byte("correct horse\n"), 0o600)
	dev := devchain.DevAccounts(4)[3]
	os.WriteFile(keyFile, []byte(common.Bytes2Hex(crypto.FromECDSA(dev.Key))), 0o600)

	var imported accountOutput
	runJSON(t, nil, &imported, "account", "import", keyFile, "--keystore", ks, "--password-file", pw, "--lightkdf")
	if imported.Address != dev.Address {
		t.Fatalf("imported %s, want %s", imported.Address, dev.Address)
	}
	var created accountOutput
	runJSON(t, nil, &created, "account", "new", "--keystore", ks, "--password-file", pw, "--lightkdf")
	var listed struct {
		Accounts []common.Address `json:"accounts"`
	}
	runJSON(t, nil, &listed, "account", "list", "--keystore", ks)
	if len(listed.Accounts) != 2 {
		t.Fatalf("listed %v", listed.Accounts)
	}
	// Round trip: the files decrypt to the same keys.
	signer, err := keys.Open(keys.Config{Keystore: ks, Account: dev.Address.Hex(), PasswordFile: pw}, nil)
	if err != nil || signer.Address() != dev.Address {
		t.Fatalf("open imported key: %v", err)
	}

	// The new account funds itself from the devnet faucet (dev account 0 pays), then the imported account
	// sends it USD, signing from the keystore.
	var funded struct {
		To common.Address `json:"to"`
	}
	runJSON(t, g, &funded, "token", "faucet", "--keystore", ks, "--account", created.Address.Hex(), "--usd", "5", "--grid", "0", "--eth", "1")
	if funded.To != created.Address {
		t.Fatalf("faucet funded %s", funded.To)
	}
	runJSON(t, g, nil, "token", "transfer", "2.5", "--token", "usd", "--to", created.Address.Hex(),
		"--keystore", ks, "--account", dev.Address.Hex(), "--password-file", pw)
	var bal struct {
		USD struct {
			Wallet jsonAmount `json:"wallet"`
		} `json:"usd"`
	}
	runJSON(t, g, &bal, "token", "balance", "--address", created.Address.Hex())
	if bal.USD.Wallet.Text != "7.5 USD" {
		t.Fatalf("new account holds %s", bal.USD.Wallet.Text)
	}

	// Locked: several accounts and none chosen; a chosen one without a password and no terminal.
	_, _, err = run(t, append(g, "token", "transfer", "1", "--token", "usd", "--to", created.Address.Hex(), "--keystore", ks, "--password-file", pw)...)
	if err == nil || !strings.Contains(err.Error(), "--account") {
		t.Fatalf("ambiguous keystore: %v", err)
	}
	_, _, err = run(t, append(g, "token", "transfer", "1", "--token", "usd", "--to", created.Address.Hex(), "--keystore", ks, "--account", dev.Address.Hex())...)
	if err == nil || !strings.Contains(err.Error(), "--password-file") || !errors.Is(err, keys.ErrNoTerminal) {
		t.Fatalf("locked keystore: %v", err)
	}
	wrong := filepath.Join(dir, "wrong")
	os.WriteFile(wrong, []byte("nope\n"), 0o600)
	_, _, err = run(t, append(g, "token", "transfer", "1", "--token", "usd", "--to", created.Address.Hex(), "--keystore", ks, "--account", dev.Address.Hex(), "--password-file", wrong)...)
	if !errors.Is(err, keys.ErrWrongPassword) {
		t.Fatalf("wrong password: %v", err)
	}
}

// Errors name what was wrong and what to do, and reverts read as the contract's error by name.
func TestCLIErrors(t *testing.T) {
	g := startDevnet(t)
	dir := t.TempDir()
	d, err := deployment.Load(g[3])
	if err != nil {
		t.Fatal(err)
	}
	other := d
	other.ChainID = 1
	otherFile := filepath.Join(dir, "other.json")
	if err := deployment.Save(otherFile, other); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"missing deployment", []string{"--deployment", filepath.Join(dir, "none.json"), "lease", "ls", "--dev-account", "1"}, []string{"no deployment file", "idlegrid devnet", "idlegrid deploy"}},
		{"wrong chain", append([]string{"--deployment", otherFile, "--rpc", g[1]}, "lease", "show", "1"), []string{"chain id 1", "chain id 31337", "--rpc and --deployment"}},
		{"node down", []string{"--rpc", "http://127.0.0.1:1", "--deployment", g[3], "lease", "show", "1"}, []string{"cannot reach the node", "idlegrid devnet"}},
		{"no account", append(g, "stake", "add", "5", "--keystore", filepath.Join(dir, "nokeystore")), []string{"needs an account", "idlegrid account new", "--dev-account"}},
		{"bad amount", append(g, "stake", "add", "5 USD", "--dev-account", "1"), []string{"expected GRID, not USD"}},
		{"bad pay token", append(g, "lease", "open", "--quote", otherFile, "--hours", "2", "--pay", "bitcoin", "--dev-account", "2"), []string{"use usd or grid"}},
		{"bad hours", append(g, "lease", "open", "--quote", otherFile, "--hours", "soon", "--dev-account", "2"), []string{"--hours", "2h30m"}},
		{"not a quote", append(g, "lease", "open", "--quote", otherFile, "--hours", "2", "--dev-account", "2"), []string{"is not a signed quote"}},
		// A revert is said in tokens, with the fix; the raw revert stays in the error's detail (--verbose, --json).
		{"unknown lease", append(g, "lease", "show", "99"), []string{"there is no lease 99", "detail: ", "LeaseNotFound(leaseId=99)"}},
		{"not enough stake", append(g, "machine", "list", "--name", "big", "--class", "H100", "--gpus", "8", "--dev-account", "4"), []string{"your provider stake has 0 GRID free, 12000 GRID is needed", "detail: ", "InsufficientFreeStake(account=", "required=12000000000000000000000", "idlegrid stake add 12000 --role provider"}},
		{"unknown class", append(g, "machine", "list", "--name", "x", "--class", "GTX1080", "--gpus", "1", "--dev-account", "4"), []string{"GTX1080", "not listable"}},
		{"withdraw nothing", append(g, "stake", "withdraw", "--dev-account", "4"), []string{"NothingToWithdraw(", "idlegrid stake unbond"}},
		{"stray argument", append(g, "lease", "ls", "extra", "--dev-account", "1"), []string{"unexpected argument \"extra\"", "idlegrid lease ls --help"}},
		{"unknown trailing flag", append(g, "stake", "add", "5", "--dev-acount", "1"), []string{"flag provided but not defined: -dev-acount"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := run(t, tt.args...)
			if err == nil {
				t.Fatal("no error")
			}
			// What the user sees with --verbose: the message, then the raw error when it differs.
			var errOut bytes.Buffer
			reportError(io.Discard, &errOut, err, []string{"--verbose"})
			for _, w := range tt.want {
				if !strings.Contains(errOut.String(), w) {
					t.Errorf("error %q lacks %q", errOut.String(), w)
				}
			}
			if strings.Contains(err.Error(), "goroutine ") || strings.Contains(err.Error(), "panic") {
				t.Errorf("stack trace in %q", err)
			}
		})
	}

	t.Run("grid lease at the devnet price", func(t *testing.T) {
		runJSON(t, g, nil, "stake", "add", "100", "--dev-account", "5")
		runJSON(t, g, nil, "machine", "list", "--name", "rig", "--class", "SIM", "--gpus", "1", "--dev-account", "5")
		q := filepath.Join(dir, "q.json")
		runJSON(t, g, nil, "quote", "sign", "--machine", "rig", "--price", "1 USD/h", "--single-use", "--dev-account", "5", "--out", q)
		// Devnet's inspectors post $0.50/GRID, so a GRID lease opens; once used, a single-use quote is refused.
		runJSON(t, g, nil, "lease", "open", "--quote", q, "--hours", "1", "--pay", "grid", "--dev-account", "2")
		_, _, err := run(t, append(g, "lease", "open", "--quote", q, "--hours", "1", "--pay", "usd", "--dev-account", "2")...)
		if err == nil || !strings.Contains(err.Error(), "single-use") {
			t.Fatalf("reused single-use quote: %v", err)
		}
	})
}

// Raw keys (--dev-key, --dev-account) are refused for a deployment on a chain that is not a local dev chain.
func TestRawKeysOnlyOnDevChains(t *testing.T) {
	for _, tt := range []struct {
		chainID uint64
		args    []string
		ok      bool
	}{
		{31337, []string{"--dev-account", "1"}, true},
		{1337, []string{"--dev-key", common.Bytes2Hex(crypto.FromECDSA(devchain.DevAccounts(1)[0].Key))}, true},
		{42161, []string{"--dev-account", "1"}, false},
		{421614, []string{"--dev-key", "0x01"}, false},
		{31337, []string{"--dev-account", "100"}, false},
	} {
		var got error
		app := newApp(io.Discard, io.Discard)
		app.Commands = []*cli.Command{{Name: "probe", Flags: withChainFlags(), Action: func(c *cli.Context) error {
			_, _, got = keyConfig(c, &deployment.Deployment{Chain: "x", ChainID: tt.chainID})
			return nil
		}}}
		if err := app.Run(append([]string{"idlegrid", "probe"}, tt.args...)); err != nil {
			t.Fatal(err)
		}
		if (got == nil) != tt.ok {
			t.Errorf("chain %d %v: %v", tt.chainID, tt.args, got)
		}
		if got != nil && tt.chainID != 31337 && !strings.Contains(got.Error(), "keystore") {
			t.Errorf("refusal %q does not point at the keystore", got)
		}
	}
}

// The commands the walk-through does not show: machine show/ls, quote cancel, lease end (the provider ends a
// lease; the renter's refund is credited and withdrawn), stake unbond/show, token approve, rewards show.
func TestMoreCommandsOnDevnet(t *testing.T) {
	g := startDevnet(t)
	dir := t.TempDir()
	runJSON(t, g, nil, "stake", "add", "300", "--dev-account", "3")
	runJSON(t, g, nil, "machine", "list", "--name", "box", "--class", "SIM", "--gpus", "2", "--dev-account", "3")
	var shown, owned struct {
		Machines []struct {
			ID       common.Hash    `json:"id"`
			Provider common.Address `json:"provider"`
			Listed   bool           `json:"listed"`
		} `json:"machines"`
	}
	provider := devchain.DevAccounts(4)[3].Address
	runJSON(t, g, &shown, "machine", "show", "box", "--provider", provider.Hex())
	runJSON(t, g, &owned, "machine", "ls", "--dev-account", "3")
	if len(shown.Machines) != 1 || len(owned.Machines) != 1 || shown.Machines[0].ID != owned.Machines[0].ID || !shown.Machines[0].Listed {
		t.Fatalf("machine show %+v, ls %+v", shown, owned)
	}
	// The provider points the machine at a new spec.
	var updated struct {
		Machines []struct {
			Metadata string `json:"metadata"`
			Endpoint string `json:"endpoint"`
		} `json:"machines"`
	}
	runJSON(t, g, &updated, "machine", "update", "box", "--metadata", "ipfs://spec-v2", "--dev-account", "3")
	runJSON(t, g, &shown, "machine", "show", "box", "--provider", provider.Hex())
	if len(updated.Machines) != 1 || updated.Machines[0].Metadata != "ipfs://spec-v2" || !shown.Machines[0].Listed {
		t.Fatalf("machine update %+v", updated)
	}
	// A new endpoint keeps the metadata; a malformed one is refused before anything is sent.
	runJSON(t, g, &updated, "machine", "update", "box", "--endpoint", "https://box.example:8443", "--dev-account", "3")
	if updated.Machines[0].Metadata != "ipfs://spec-v2" || updated.Machines[0].Endpoint != "https://box.example:8443" {
		t.Fatalf("machine update --endpoint %+v", updated)
	}
	if _, _, err := run(t, append(g, "machine", "update", "box", "--endpoint", "no port", "--dev-account", "3")...); exitCode(err) != exitUsage || !strings.Contains(err.Error(), "--endpoint") {
		t.Fatalf("a malformed endpoint: %v", err)
	}
	if _, _, err := run(t, append(g, "machine", "update", "box", "--dev-account", "3")...); err == nil || !strings.Contains(err.Error(), "--metadata") {
		t.Fatalf("update without --metadata: %v", err)
	}

	// A cancelled quote opens nothing.
	cancelled, used := filepath.Join(dir, "cancelled.json"), filepath.Join(dir, "used.json")
	runJSON(t, g, nil, "quote", "sign", "--machine", "box", "--price", "3.6 USD/h", "--dev-account", "3", "--out", cancelled)
	// Only the quote's provider can cancel it: another account is told whose it is, and the quote stays live.
	if _, _, err := run(t, append(g, "quote", "cancel", "--quote", cancelled, "--dev-account", "4")...); err == nil ||
		!strings.Contains(err.Error(), "the quote is provider "+provider.Hex()+"'s") {
		t.Fatalf("cancel by another account: %v", err)
	}
	runJSON(t, g, nil, "quote", "cancel", "--quote", cancelled, "--dev-account", "3")
	if _, _, err := run(t, append(g, "lease", "open", "--quote", cancelled, "--hours", "1", "--dev-account", "4")...); err == nil || !strings.Contains(err.Error(), "cancelled by the provider") {
		t.Fatalf("cancelled quote: %v", err)
	}

	// The provider ends a lease: the renter's unused prepayment is credited, and the renter withdraws it.
	runJSON(t, g, nil, "quote", "sign", "--machine", "box", "--price", "3.6 USD/h", "--dev-account", "3", "--out", used)
	var opened leasesOut
	runJSON(t, g, &opened, "lease", "open", "--quote", used, "--hours", "1", "--dev-account", "4")
	if _, _, err := run(t, append(g, "machine", "delist", "box", "--dev-account", "3")...); err == nil || !strings.Contains(err.Error(), "GpusStillReserved(") ||
		!strings.Contains(err.Error(), "open leases hold its GPUs") {
		t.Fatalf("delist with a lease open: %v", err)
	}
	var ended leasesOut
	runJSON(t, g, &ended, "lease", "end", opened.Leases[0].ID, "--dev-account", "3")
	if ended.Result == nil || ended.Result.Closed != "provider_ended" || ended.Result.Refund == nil {
		t.Fatalf("end %+v", ended)
	}
	var refund struct {
		Amount jsonAmount `json:"amount"`
	}
	runJSON(t, g, &refund, "lease", "withdraw", "--pay", "usd", "--dev-account", "4")
	if refund.Amount.Value != ended.Result.Refund.Value {
		t.Fatalf("renter withdrew %+v, refund was %+v", refund.Amount, ended.Result.Refund)
	}
	runJSON(t, g, nil, "machine", "delist", "box", "--dev-account", "3")

	var st struct {
		Free      jsonAmount `json:"free"`
		Unbonding jsonAmount `json:"unbonding"`
		Unbonds   []struct {
			WithdrawableAt uint64 `json:"withdrawableAt"`
		} `json:"unbonds"`
	}
	runJSON(t, g, nil, "stake", "unbond", "250", "--dev-account", "3")
	runJSON(t, g, &st, "stake", "show", "--dev-account", "3")
	if st.Free.Text != "50 GRID" || st.Unbonding.Text != "250 GRID" || len(st.Unbonds) != 1 {
		t.Fatalf("stake after unbond %+v", st)
	}
	// Changed their mind: the unbond goes back into the active stake.
	if _, _, err := run(t, append(g, "stake", "cancel-unbond", "3", "--dev-account", "3")...); err == nil || !strings.Contains(err.Error(), "1 pending unbond entries") {
		t.Fatalf("cancel a missing unbond: %v", err)
	}
	runJSON(t, g, nil, "stake", "cancel-unbond", "0", "--dev-account", "3")
	st.Unbonds = nil
	runJSON(t, g, &st, "stake", "show", "--dev-account", "3")
	if st.Free.Text != "300 GRID" || st.Unbonding.Text != "0 GRID" || len(st.Unbonds) != 0 {
		t.Fatalf("stake after cancelling the unbond %+v", st)
	}

	var approved struct {
		Spender common.Address `json:"spender"`
		Amount  jsonAmount     `json:"amount"`
	}
	runJSON(t, g, &approved, "token", "approve", "12.5", "--token", "grid", "--spender", "rewards", "--dev-account", "3")
	if approved.Amount.Text != "12.5 GRID" {
		t.Fatalf("approve %+v", approved)
	}
	// The approval stands until revoked: allowance shows it and says how; revoking leaves nothing.
	var allowed struct {
		Allowances []struct {
			Token  string     `json:"token"`
			Amount jsonAmount `json:"amount"`
			Revoke string     `json:"revoke"`
		} `json:"allowances"`
	}
	runJSON(t, g, &allowed, "token", "allowance", "--spender", "rewards", "--dev-account", "3")
	if len(allowed.Allowances) != 2 || allowed.Allowances[1].Amount.Text != "12.5 GRID" || allowed.Allowances[0].Revoke != "" ||
		allowed.Allowances[1].Revoke != "idlegrid token approve 0 --token grid --spender rewards" {
		t.Fatalf("allowance %+v", allowed)
	}
	runJSON(t, g, nil, append(strings.Fields(allowed.Allowances[1].Revoke)[1:], "--dev-account", "3")...)
	allowed.Allowances = nil
	runJSON(t, g, &allowed, "token", "allowance", "--spender", "rewards", "--dev-account", "3")
	if allowed.Allowances[1].Amount.Text != "0 GRID" || allowed.Allowances[1].Revoke != "" {
		t.Fatalf("allowance after revoking %+v", allowed)
	}
	var rw struct {
		CurrentEpoch uint64     `json:"currentEpoch"`
		Emission     jsonAmount `json:"emission"`
		LatestEpoch  *uint64    `json:"latestEpoch"`
	}
	runJSON(t, g, &rw, "rewards", "show", "--dev-account", "3")
	if rw.Emission.Text != "1000000 GRID" || rw.LatestEpoch != nil {
		t.Fatalf("rewards %+v", rw)
	}
}

// TestDevnetWithoutDockerSaysSo: asked for its provider node with no Docker daemon, the devnet says plainly
// that it runs none and that leases still work on chain, and they do: a lease opens and closes with the refund
// (issue 11, "When there is none, the devnet says so plainly and leases still work on chain").
func TestDevnetWithoutDockerSaysSo(t *testing.T) {
	g, _, banner := startDevnetBanner(t, "--provider", "--docker", "none")
	for _, want := range []string{"No Docker daemon: the devnet runs no provider node", "Leases still open, settle and close on chain"} {
		if !strings.Contains(banner, want) {
			t.Fatalf("the banner lacks %q:\n%s", want, banner)
		}
	}
	if strings.Contains(banner, "Provider node: dev account") {
		t.Fatalf("the banner names a provider node it does not run:\n%s", banner)
	}
	quote := filepath.Join(t.TempDir(), "quote.json")
	runJSON(t, g, nil, "stake", "add", "500", "--dev-account", "1")
	runJSON(t, g, nil, "machine", "list", "--name", "rig-1", "--class", "SIM", "--gpus", "4", "--dev-account", "1")
	runJSON(t, g, nil, "quote", "sign", "--machine", "rig-1", "--gpus", "2", "--price", "1.8 USD/h", "--dev-account", "1", "--out", quote)
	var opened, closed leasesOut
	runJSON(t, g, &opened, "lease", "open", "--quote", quote, "--hours", "2", "--pay", "usd", "--dev-account", "2")
	if len(opened.Leases) != 1 || opened.Leases[0].Status != "open" {
		t.Fatalf("opened %+v", opened)
	}
	runJSON(t, g, &closed, "lease", "close", opened.Leases[0].ID, "--dev-account", "2")
	if len(closed.Leases) != 1 || closed.Leases[0].Status == "open" || closed.Result == nil || closed.Result.Refund == nil ||
		closed.Result.Refund.Value == "0" {
		t.Fatalf("closed %+v (result %+v), want the lease closed with a refund", closed, closed.Result)
	}
}
