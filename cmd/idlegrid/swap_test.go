package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/rpc"

	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/oracle/solgateway"
)

// TestSwapOnDevnet runs `idlegrid devnet --solana` and swaps GRID both ways with the CLI, as a person would:
// to Solana from dev account 1, back to Arbitrum signed by a Solana keypair file, following each with `swap
// status` (the indexer's API) until the inspectors' bridge, run inside the devnet's three inspector nodes, has
// served it. Usage errors name the flag.
func TestSwapOnDevnet(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil && os.Getenv("IDLEGRID_REQUIRE_SVM") != "1" {
		t.Skipf("no Node.js for the local Solana node: %v", err)
	}
	g, _ := startDevnetWithAPI(t, "--solana")
	solDep := filepath.Join(filepath.Dir(g[3]), "devnet-solana.json")
	f, err := solgateway.LoadDeploymentFile(solDep)
	if err != nil {
		t.Fatal(err)
	}
	// The Solana flags belong to the swap commands that read Solana (not global): given after them.
	withSol := func(args ...string) []string {
		if args[1] == "to-solana" || args[1] == "status" {
			return args
		}
		return append(args, "--solana-deployment", solDep)
	}

	wallet, err := solana.NewRandomPrivateKey()
	if err != nil {
		t.Fatal(err)
	}
	runJSON(t, g, nil, withSol("swap", "faucet", "--to", wallet.PublicKey().String(), "--sol", "2", "--usdc", "100")...)
	keyFile := filepath.Join(t.TempDir(), "wallet.json")
	ints := make([]int, len(wallet))
	for i, b := range wallet {
		ints[i] = int(b)
	}
	raw, _ := json.Marshal(ints)
	if err := os.WriteFile(keyFile, raw, 0o600); err != nil {
		t.Fatal(err)
	}

	t.Run("usage errors name the flag", func(t *testing.T) {
		for _, tt := range []struct {
			args []string
			want string
		}{
			{[]string{"swap", "to-solana", "--amount", "5", "--dev-account", "1"}, "--to"},
			{[]string{"swap", "to-solana", "--amount", "5", "--to", "0xnotsolana", "--dev-account", "1"}, "--to"},
			{[]string{"swap", "to-solana", "--to", wallet.PublicKey().String(), "--dev-account", "1"}, "--amount"},
			{[]string{"swap", "to-solana", "--amount", "1.0000000001", "--to", wallet.PublicKey().String(), "--dev-account", "1"}, "--amount"},
			{[]string{"swap", "to-solana", "--amount", "5", "--mint", "DOGE", "--to", wallet.PublicKey().String(), "--dev-account", "1"}, "--mint"},
			{[]string{"swap", "to-arbitrum", "--amount", "5", "--keypair", keyFile}, "--mint"},
			{[]string{"swap", "to-arbitrum", "--amount", "5", "--mint", "GRID"}, "--keypair"},
			{[]string{"swap", "to-arbitrum", "--amount", "lots", "--mint", "GRID", "--keypair", keyFile}, "--amount"},
			{[]string{"swap", "to-arbitrum", "--amount", "5", "--mint", "GRID", "--keypair", keyFile, "--to", "0x0000000000000000000000000000000000000000"}, "--to"},
			{[]string{"swap", "status"}, "give one ID"},
		} {
			_, _, err := run(t, append(append([]string{}, g...), withSol(tt.args...)...)...)
			var errOut bytes.Buffer
			if code := reportError(io.Discard, &errOut, err, nil); code != exitUsage || !strings.Contains(errOut.String(), tt.want) {
				t.Errorf("%s: exit %d, %q lacks %q", strings.Join(tt.args, " "), code, errOut.String(), tt.want)
			}
		}
	})

	status := func(id, want string) {
		t.Helper()
		deadline := time.Now().Add(90 * time.Second)
		var v api.Swap
		var last string
		for time.Now().Before(deadline) {
			// A deposit just finalized may not be in the indexer's mirror yet: that is an error until it is.
			out, errOut, err := run(t, append(append(append([]string{}, g...), "--json"), withSol("swap", "status", id)...)...)
			last = errOut
			if err == nil && json.Unmarshal([]byte(out), &v) == nil && v.State == want {
				t.Logf("swap %s: %s; solana %+v", id, v.State, v.Solana)
				return
			}
			time.Sleep(200 * time.Millisecond)
		}
		t.Fatalf("swap %s: state %q, want %q (%+v; last error %s)", id, v.State, want, v, last)
	}

	// To Solana: 50 GRID from dev account 1 to the wallet.
	var out struct {
		ID           uint64     `json:"id"`
		SolanaAmount jsonAmount `json:"solanaAmount"`
	}
	runJSON(t, g, &out, "swap", "to-solana", "--amount", "50", "--to", wallet.PublicKey().String(), "--dev-account", "1")
	if out.ID == 0 || out.SolanaAmount.Value != "50000000000" {
		t.Fatalf("to-solana: %+v", out)
	}
	status("1", "paid on Solana")

	// Back to Arbitrum: 20 GRID signed by the keypair file, to dev account 1.
	var dep struct {
		Signature string `json:"signature"`
		ID        string `json:"depositId"`
	}
	runJSON(t, g, &dep, withSol("swap", "to-arbitrum", "--amount", "20", "--mint", "GRID", "--keypair", keyFile, "--dev-account", "1")...)
	status(dep.Signature, "released on Arbitrum")
	status(dep.ID, "released on Arbitrum")
	ata, _, _ := solana.FindAssociatedTokenAddress(wallet.PublicKey(), f.GRID.Mint)
	bal, err := solgateway.TokenBalance(t.Context(), rpc.New(f.RPC), ata, rpc.CommitmentFinalized)
	if err != nil || bal != 30e9 {
		t.Fatalf("wallet GRID on Solana %d (%v), want 30e9", bal, err)
	}

	// USDC from the faucet to Arbitrum: 10 USDC at $0.50, less 0.5%, is 19.9 GRID.
	runJSON(t, g, &dep, withSol("swap", "to-arbitrum", "--amount", "10", "--mint", "USDC", "--keypair", keyFile, "--dev-account", "1")...)
	status(dep.Signature, "released on Arbitrum")
	var v api.Swap
	runJSON(t, g, &v, withSol("swap", "status", dep.Signature)...)
	if len(v.Arbitrum) != 1 || v.Arbitrum[0].GridWei != "19900000000000000000" {
		t.Fatalf("USDC release: %+v", v.Arbitrum)
	}

	// A standalone indexer that follows the Solana side itself (`indexer run --solana-deployment`) serves the
	// same swaps from its own watcher's mirror.
	ctx, cancel := context.WithCancel(context.Background())
	stderr := &syncBuffer{}
	done := make(chan error, 1)
	dir := t.TempDir()
	go func() {
		done <- newApp(&syncBuffer{}, stderr).RunContext(ctx, append([]string{"idlegrid", "--log-level", "error", "indexer", "run"},
			append(append([]string{}, g...), "--db", filepath.Join(dir, "index.db"), "--listen", "127.0.0.1:0",
				"--solana-deployment", solDep, "--solana-mirror", filepath.Join(dir, "mirror.db"))...))
	}()
	t.Cleanup(func() {
		cancel()
		<-done
	})
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
	deadline := time.Now().Add(90 * time.Second)
	for {
		var w api.Swap
		out, _, err := run(t, append(append([]string{}, g...), "--json", "swap", "status", "1", "--api", base)...)
		if err == nil && json.Unmarshal([]byte(out), &w) == nil && w.State == "paid on Solana" && len(w.Solana) == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("standalone indexer: swap 1 %+v (%v)\n%s", w, err, stderr)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
