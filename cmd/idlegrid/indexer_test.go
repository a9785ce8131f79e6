package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/tls"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/indexer/testchain"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/devchain"
	"github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/oracle/keys"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
)

// TestIndexerRunAndMarketSearch runs `idlegrid indexer run` against a chain over JSON-RPC, posts a signed quote
// to its API and searches it with `idlegrid market search`.
func TestIndexerRunAndMarketSearch(t *testing.T) {
	c := testchain.New(t, testchain.Options{HTTP: true})
	c.SetupQuorum([]int{5, 6, 7}, 2)
	c.Stake(1, indexer.RoleProvider, testchain.Ether(2_000))
	c.ListMachine(1, testchain.MachineID(1), "H100", 2)
	c.ListMachine(1, testchain.MachineID(2), "RTX4090", 1)
	c.Mine()
	dep := c.Deployment("devnet")
	dir := t.TempDir()
	depFile := filepath.Join(dir, "devnet.json")
	if err := deployment.Save(depFile, dep); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stderr := &syncBuffer{}
	done := make(chan error, 1)
	go func() {
		app := newApp(&syncBuffer{}, stderr)
		done <- app.RunContext(ctx, []string{"idlegrid", "--log-level", "error", "indexer", "run", "--rpc", c.HTTPEndpoint,
			"--deployment", depFile, "--db", filepath.Join(dir, "index.db"), "--listen", "127.0.0.1:0", "--poll-interval", "50ms"})
	}()
	addrRE := regexp.MustCompile(`API on (http://[0-9.:]+)`)
	var base string
	waitUntil(t, func() bool {
		select {
		case err := <-done:
			t.Fatalf("indexer run exited: %v\n%s", err, stderr)
		default:
		}
		if m := addrRE.FindStringSubmatch(stderr.String()); m != nil {
			base = m[1]
			return true
		}
		return false
	})
	indexed := func() {
		t.Helper()
		head := c.Head().Number.Uint64()
		waitUntil(t, func() bool {
			resp, err := http.Get(base + "/healthz")
			if err != nil {
				return false
			}
			defer resp.Body.Close()
			var h struct {
				Status string         `json:"status"`
				Index  indexer.Status `json:"index"`
			}
			_ = json.NewDecoder(resp.Body).Decode(&h)
			return resp.StatusCode == 200 && h.Index.Next == head+1
		})
	}
	indexed()

	// A provider posts a signed quote for its H100 machine: 2 GPUs at 0.001 USD/s = 3.6 USD/h.
	q := oracle.Quote{Provider: c.Accounts[1].Addr, MachineID: testchain.MachineID(1), GPUCount: 2, USDPerSecondWad: big.NewInt(1e15),
		MaxDuration: 24 * 3600, Expiry: uint64(time.Now().Add(time.Hour).Unix()), Nonce: big.NewInt(42)}
	digest, err := q.Digest(oracle.QuoteDomain(c.ChainID, dep.Contracts.LeaseEscrow))
	if err != nil {
		t.Fatal(err)
	}
	sig, err := oracle.SignDigest(c.Accounts[1].Key, digest)
	if err != nil {
		t.Fatal(err)
	}
	// The provider publishes it with `idlegrid quote post`.
	body, _ := json.Marshal(oracle.SignedQuote{Quote: q, Signature: sig})
	signedFile := filepath.Join(dir, "signed.json")
	if err := os.WriteFile(signedFile, body, 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := run(t, "quote", "post", "--quote", signedFile, "--api", base)
	if err != nil || !strings.Contains(out, digest.Hex()) || !strings.Contains(out, "--from-book "+digest.Hex()) {
		t.Fatalf("quote post: %v\n%s%s", err, out, errOut)
	}
	// A tampered quote is refused by the book, naming what is wrong.
	bad := oracle.SignedQuote{Quote: q, Signature: sig}
	bad.Quote.GPUCount = 1
	badBody, _ := json.Marshal(bad)
	badFile := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(badFile, badBody, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := run(t, "quote", "post", "--quote", badFile, "--api", base); err == nil || !strings.Contains(err.Error(), "HTTP 422") {
		t.Errorf("tampered quote accepted or unclear: %v", err)
	}
	// `lease open --from-book DIGEST` reads it back from the book exactly as signed.
	// (`market quote DIGEST` prints what `lease open --from-book` opens; the client checks the indexer indexes
	// the deployment named by --deployment.)
	raw, _, err := run(t, "market", "quote", digest.Hex(), "--api", base, "--deployment", depFile)
	var fromBook oracle.SignedQuote
	if err == nil {
		err = json.Unmarshal([]byte(raw), &fromBook)
	}
	if err != nil || fromBook.Verify(oracle.QuoteDomain(c.ChainID, dep.Contracts.LeaseEscrow)) != nil || fromBook.Quote.Nonce.Cmp(q.Nonce) != 0 {
		t.Fatalf("quote from the book: %+v, %v", fromBook, err)
	}
	if _, _, err := run(t, "lease", "open", "--from-book", "0x12", "--hours", "1", "--deployment", depFile); err == nil || !strings.Contains(err.Error(), "--from-book") {
		t.Errorf("short digest: %v", err)
	}
	// Another deployment's indexer is refused, naming both (devnet and anvil share chain id 31337).
	other := dep
	other.Contracts.LeaseEscrow = common.HexToAddress("0x00000000000000000000000000000000000000e5")
	otherFile := filepath.Join(dir, "other.json")
	if err := deployment.Save(otherFile, other); err != nil {
		t.Fatal(err)
	}
	if _, _, err := run(t, "market", "quote", digest.Hex(), "--api", base, "--deployment", otherFile); err == nil || !strings.Contains(err.Error(), "indexes another deployment") {
		t.Errorf("the wrong deployment's indexer: %v", err)
	}

	out, errOut, err = run(t, "market", "search", "--api", base, "--class", "H100", "--gpus", "1", "--hours", "2")
	if err != nil {
		t.Fatalf("market search: %v\n%s", err, errOut)
	}
	if !strings.Contains(out, digest.Hex()) || !strings.Contains(out, "3.6") || !strings.Contains(out, "H100") ||
		!strings.Contains(out, "any, reusable") || !strings.Contains(out, "exempt") {
		t.Errorf("market search output lacks the quote:\n%s", out)
	}
	t.Logf("idlegrid market search --class H100 --gpus 1 --hours 2\n%s", out)
	if !strings.Contains(out, "REGION") || !strings.Contains(out, "CPU/RAM") {
		t.Errorf("market search output lacks the spec columns:\n%s", out)
	}
	// The machine's node publishes its spec (served over TLS bound to the provider's key): the indexer fetches it
	// by CID and search shows its region, CPU/RAM and CUDA version.
	specEndpoint, specCID := serveSpec(t, c.Accounts[1].Key, oracle.MachineSpec{Version: oracle.MachineSpecVersion,
		Provider: c.Accounts[1].Addr, Name: "box-1", Class: "H100", GPUs: []oracle.MachineGPU{{UUID: "GPU-1"}, {Index: 1, UUID: "GPU-2"}},
		CPU: oracle.MachineCPU{Model: "AMD EPYC 9454", Cores: 48, Arch: "amd64"}, MemoryBytes: 512 << 30, Driver: "550.54.15",
		CUDA: "12.4", Region: "eu-west", BandwidthMbps: 10_000})
	c.Call(1, indexer.NodeRegistry, c.Registry.PackUpdateMachineMetadata(testchain.MachineID(1), specCID, specEndpoint))
	c.Mine()
	indexed()
	waitUntil(t, func() bool {
		out, _, err = run(t, "market", "search", "--api", base, "--class", "H100", "--gpus", "1", "--hours", "2")
		return err == nil && strings.Contains(out, "eu-west")
	})
	if !strings.Contains(out, "48c/512GiB") || !strings.Contains(out, "12.4") || !strings.Contains(out, digest.Hex()) {
		t.Errorf("market search output lacks the machine's spec:\n%s", out)
	}
	t.Logf("with the machine's spec fetched:\n%s", out)
	// The API's machine row carries it too.
	resp, err := http.Get(base + "/v1/machines/" + testchain.MachineID(1).Hex())
	if err != nil {
		t.Fatal(err)
	}
	var row struct {
		MetadataCID string           `json:"metadataCid"`
		Spec        *api.MachineSpec `json:"spec"`
	}
	err = json.NewDecoder(resp.Body).Decode(&row)
	resp.Body.Close()
	if err != nil || row.MetadataCID != specCID || row.Spec == nil || row.Spec.Region != "eu-west" || row.Spec.CPUCores != 48 ||
		row.Spec.MemoryBytes != 512<<30 || row.Spec.Driver != "550.54.15" || row.Spec.CUDA != "12.4" || row.Spec.BandwidthMbps != 10_000 {
		t.Errorf("API machine row: %+v %+v, %v", row, row.Spec, err)
	}
	// Governance requires hardware verification: the unverified machine is not offered, and search says why.
	c.Call(0, indexer.NodeRegistry, c.Registry.PackSetRequireVerification(true))
	c.Mine()
	indexed()
	out, _, err = run(t, "market", "search", "--api", base, "--class", "H100", "--gpus", "1", "--hours", "2")
	if err != nil || strings.Contains(out, digest.Hex()) || !strings.Contains(out, "hardware verification") {
		t.Errorf("search with verification required: %v\n%s", err, out)
	}
	t.Logf("with verification required:\n%s", out)
	// The inspectors verify it: offered again, verified until the verification's expiry.
	verifiedAt := c.Head().Time
	c.VerifyMachine(2, testchain.MachineID(1), "H100", []string{"GPU-1", "GPU-2"}, verifiedAt, verifiedAt+48*3600)
	c.Mine()
	indexed()
	out, _, err = run(t, "market", "search", "--api", base, "--class", "H100", "--gpus", "1", "--hours", "2")
	until := "until " + time.Unix(int64(verifiedAt+48*3600), 0).UTC().Format("2006-01-02 15:04Z")
	if err != nil || !strings.Contains(out, digest.Hex()) || !strings.Contains(out, until) {
		t.Errorf("search after verification: %v\n%s", err, out)
	}
	t.Logf("after verification:\n%s", out)
	if _, _, err := run(t, "market", "search", "--api", base, "--class", "H100", "--hours", "1", "--renter", "0x12"); err == nil ||
		!strings.Contains(err.Error(), "--renter") {
		t.Errorf("bad --renter: %v", err)
	}
	out, _, err = run(t, "market", "search", "--api", base, "--class", "H100", "--gpus", "4", "--hours", "2")
	if err != nil || !strings.Contains(out, "no H100 machine has 4 GPUs") {
		t.Errorf("no-match search: %v\n%s", err, out)
	}
	t.Logf("idlegrid market search --class H100 --gpus 4 --hours 2\n%s", out)
	out, _, err = run(t, "--json", "market", "search", "--api", base, "--class", "RTX4090", "--hours", "1")
	if err != nil || !strings.Contains(out, `"reason":"not_verified"`) { // RTX4090 is not exempt, its machine unverified
		t.Errorf("JSON search: %v\n%s", err, out)
	}
	// `market quote` prints the quote as `lease open --quote FILE` reads it.
	out, _, err = run(t, "market", "quote", "--api", base, digest.Hex())
	if err != nil {
		t.Fatalf("market quote: %v", err)
	}
	qf := filepath.Join(dir, "quote.json")
	if err := os.WriteFile(qf, []byte(out), 0o600); err != nil {
		t.Fatal(err)
	}
	signed, err := readQuote(qf)
	if err != nil || signed.Verify(oracle.QuoteDomain(c.ChainID, dep.Contracts.LeaseEscrow)) != nil {
		t.Errorf("market quote output is not a quote lease open takes: %v\n%s", err, out)
	}
	if _, _, err := run(t, "market", "search", "--api", base, "--class", "H100", "--hours", "0"); err == nil {
		t.Error("--hours 0 accepted")
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("indexer run on interrupt: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("indexer run did not stop")
	}
}

func TestIndexerRunRejectsWrongChain(t *testing.T) {
	c := testchain.New(t, testchain.Options{HTTP: true})
	dep := c.Deployment("devnet")
	dep.ChainID = 1
	depFile := filepath.Join(t.TempDir(), "x.json")
	if err := deployment.Save(depFile, dep); err != nil {
		t.Fatal(err)
	}
	_, _, err := run(t, "indexer", "run", "--rpc", c.HTTPEndpoint, "--deployment", depFile, "--db", filepath.Join(t.TempDir(), "i.db"), "--listen", "127.0.0.1:0")
	if err == nil || !strings.Contains(err.Error(), "chain id") {
		t.Fatalf("want a chain id mismatch, got %v", err)
	}
}

// serveSpec serves spec's document from a content gateway over TLS with key's node certificate, as a provider
// node's listener does; it returns the endpoint and the spec's CID.
func serveSpec(t *testing.T, key *ecdsa.PrivateKey, spec oracle.MachineSpec) (endpoint, id string) {
	t.Helper()
	ctx := context.Background()
	store := content.NewMemoryStore()
	c, err := store.AddBytes(ctx, spec.Encode())
	if err != nil {
		t.Fatal(err)
	}
	cert, err := gateway.NodeCertificate(ctx, keys.NewSigner(key), time.Now().Add(-time.Hour), time.Now().Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(content.NewGateway(store, content.GatewayConfig{}, zerolog.Nop()))
	srv.TLS = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS13}
	srv.StartTLS()
	t.Cleanup(srv.Close)
	return "https://" + srv.Listener.Addr().String(), c.String()
}

func waitUntil(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("timed out")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestMarketOnDevnet runs the market against `idlegrid devnet`, whose suite oracle/deploy deployed with the dev
// chain's v2 settings (verification required, SIM exempt, a one-hour dispute window, the SolanaGateway): a SIM
// machine is offered as exempt, a lease opened from the book and closed shows the same dispute window end and
// held pay through the indexer's API client as through the CLI.
func TestMarketOnDevnet(t *testing.T) {
	g, apiURL := startDevnetWithAPI(t)
	dir := t.TempDir()
	runJSON(t, g, nil, "stake", "add", "500", "--dev-account", "1")
	var listed struct {
		Machines []struct {
			ID common.Hash `json:"id"`
		} `json:"machines"`
	}
	runJSON(t, g, &listed, "machine", "list", "--name", "rig-1", "--class", "SIM", "--gpus", "4", "--dev-account", "1")
	if len(listed.Machines) != 1 {
		t.Fatalf("listed %+v", listed)
	}
	machine := listed.Machines[0].ID
	quote := filepath.Join(dir, "quote.json")
	runJSON(t, g, nil, "quote", "sign", "--machine", "rig-1", "--gpus", "2", "--price", "1.8 USD/h", "--min-hours", "0.5", "--dev-account", "1", "--out", quote)
	client, err := api.NewClient(apiURL)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	// The indexer must have the listing before the book accepts a quote for it.
	waitUntil(t, func() bool { m, err := client.Machine(ctx, machine); return err == nil && m.Listed })
	out, errOut, err := run(t, "quote", "post", "--quote", quote, "--api", apiURL)
	if err != nil {
		t.Fatalf("quote post: %v\n%s", err, errOut)
	}
	digest := regexp.MustCompile(`0x[0-9a-f]{64}`).FindString(out)

	out, errOut, err = run(t, append(g, "market", "search", "--class", "SIM", "--gpus", "2", "--hours", "1")...)
	if err != nil || !strings.Contains(out, digest) || !strings.Contains(out, "exempt") || !strings.Contains(out, "0.5-") {
		t.Fatalf("market search on the devnet: %v\n%s%s", err, out, errOut)
	}
	t.Logf("idlegrid market search --class SIM --gpus 2 --hours 1\n%s", out)
	m, err := client.Machine(ctx, machine)
	if err != nil || m.Verification != api.VerificationExempt || !m.Rentable || m.FreeGPUs != 4 {
		t.Fatalf("machine through the client: %+v, %v", m, err)
	}

	var opened, closed, status leasesOut
	runJSON(t, g, &opened, "lease", "open", "--from-book", digest, "--hours", "2", "--pay", "usd", "--dev-account", "2")
	if len(opened.Leases) != 1 {
		t.Fatalf("opened %+v", opened)
	}
	runJSON(t, g, &closed, "lease", "close", opened.Leases[0].ID, "--dev-account", "2")
	runJSON(t, g, &status, "lease", "show", opened.Leases[0].ID)
	id, _ := strconv.ParseUint(opened.Leases[0].ID, 10, 64)
	var l *api.Lease
	waitUntil(t, func() bool { l, err = client.Lease(ctx, id); return err == nil && l.Status == "closed" })
	if s := status.Leases[0]; l.DisputeEndsAt != s.DisputeEndsAt || l.ClosedAt != s.ClosedAt || l.Payout.String() != s.Payout.Value ||
		l.CloseReason != closed.Result.Closed || l.GPUCount != 2 {
		t.Fatalf("the API's lease %+v, the CLI's %+v", l, s)
	}
	provider := devchain.DevAccounts(4)[1].Address
	e, err := client.Earnings(ctx, provider)
	if err != nil || e.DisputeWindow != 3600 || len(e.Balances) != 1 || e.Balances[0].Token != "USD" || e.Balances[0].Held.String() != l.Payout.String() ||
		e.Balances[0].Withdrawable.Sign() != 0 {
		t.Fatalf("earnings through the client: %+v, %v", e, err)
	}
	// The deployment's settings are indexed, the gateway's included.
	resp, err := http.Get(apiURL + "/v1/params")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var params struct {
		Items []struct{ Contract, Name, Value string } `json:"items"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&params); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, p := range params.Items {
		got[p.Contract+"."+p.Name] = p.Value
	}
	for k, v := range map[string]string{"NodeRegistry.requireVerification": "true", "NodeRegistry.verificationExempt.SIM": "true",
		"LeaseEscrow.disputeWindow": "3600"} {
		if got[k] != v {
			t.Errorf("param %s = %q, want %q", k, got[k], v)
		}
	}
	if got["SolanaGateway.windowCap"] == "" {
		t.Errorf("the gateway's window cap is not indexed: %v", got)
	}
}
