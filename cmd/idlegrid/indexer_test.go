package main

import (
	"context"
	"encoding/json"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/testchain"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/deployment"

	"github.com/ethereum/go-ethereum/common"
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
