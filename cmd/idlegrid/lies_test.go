package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/idlegrid/idlegrid/cmd/internal/devnet"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/devchain"
)

// TestSmallLiesAreTold: the messages issue 13 (item 9) found misleading now say what happened.
func TestSmallLiesAreTold(t *testing.T) {
	g := startDevnet(t)
	dir := t.TempDir()
	fails := func(t *testing.T, want string, args ...string) {
		t.Helper()
		_, _, err := run(t, append(append([]string{}, g...), args...)...)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Fatalf("idlegrid %s: %v, want an error saying %q", strings.Join(args, " "), err, want)
		}
	}
	runJSON(t, g, nil, "stake", "add", "300", "--dev-account", "1")
	runJSON(t, g, nil, "machine", "list", "--name", "rig", "--class", "SIM", "--gpus", "2", "--dev-account", "1")
	quote := filepath.Join(dir, "q.json")
	runJSON(t, g, nil, "quote", "sign", "--machine", "rig", "--price", "2 USD/h", "--dev-account", "1", "--out", quote)
	raw, _ := os.ReadFile(quote)

	t.Run("missing password file", func(t *testing.T) {
		ks, pw := filepath.Join(dir, "ks"), filepath.Join(dir, "pw")
		os.WriteFile(pw, []byte("pw\n"), 0o600)
		runJSON(t, nil, nil, "account", "new", "--keystore", ks, "--password-file", pw, "--lightkdf")
		fails(t, "--password-file "+filepath.Join(dir, "nope"), "stake", "add", "1", "--keystore", ks, "--password-file", filepath.Join(dir, "nope"))
	})
	t.Run("tampered quote", func(t *testing.T) {
		var sq oracle.SignedQuote
		json.Unmarshal(raw, &sq)
		sq.Quote.GPUCount = 1 // cheaper per GPU than signed
		tampered := filepath.Join(dir, "tampered.json")
		b, _ := json.Marshal(sq)
		os.WriteFile(tampered, b, 0o600)
		fails(t, "modified after signing", "lease", "open", "--quote", tampered, "--hours", "1", "--dev-account", "2")
	})
	t.Run("quote sign --gpus 0", func(t *testing.T) {
		fails(t, "--gpus 0: quote at least 1 GPU", "quote", "sign", "--machine", "rig", "--gpus", "0", "--price", "1 USD/h", "--dev-account", "1")
	})
	t.Run("trailing data", func(t *testing.T) {
		trailing := filepath.Join(dir, "trailing.json")
		os.WriteFile(trailing, append(append([]byte{}, raw...), []byte(`{"quote":{}}`)...), 0o600)
		fails(t, "has data after the signed quote", "lease", "open", "--quote", trailing, "--hours", "1", "--dev-account", "2")
	})
	t.Run("inspector below the minimum", func(t *testing.T) {
		var st struct {
			ActiveInspector *bool  `json:"activeInspector"`
			Why             string `json:"why"`
		}
		runJSON(t, g, &st, "stake", "add", "10", "--role", "inspector", "--dev-account", "3")
		if st.ActiveInspector == nil || *st.ActiveInspector || !strings.Contains(st.Why, "an inspector needs at least") || !strings.Contains(st.Why, "--role inspector") {
			t.Fatalf("stake %+v", st)
		}
	})
	t.Run("token in the amount", func(t *testing.T) {
		var sent struct {
			Amount jsonAmount `json:"amount"`
		}
		to := devchain.DevAccounts(6)[5].Address
		runJSON(t, g, &sent, "token", "transfer", "5 USD", "--to", to.Hex(), "--dev-account", "3")
		if sent.Amount.Text != "5 USD" {
			t.Fatalf("sent %+v", sent)
		}
	})
	t.Run("dev account the devnet did not fund", func(t *testing.T) {
		fails(t, "--dev-account 50: that account holds no ETH", "stake", "add", "1", "--dev-account", "50")
	})
	t.Run("extension longer than the quote allows", func(t *testing.T) {
		short := filepath.Join(dir, "short.json")
		runJSON(t, g, nil, "machine", "list", "--name", "rig-2", "--class", "SIM", "--gpus", "1", "--dev-account", "1")
		runJSON(t, g, nil, "quote", "sign", "--machine", "rig-2", "--gpus", "1", "--price", "1 USD/h", "--max-duration", "2h", "--dev-account", "1", "--out", short)
		var opened leasesOut
		runJSON(t, g, &opened, "lease", "open", "--quote", short, "--hours", "1", "--dev-account", "2")
		// The raw revert read InvalidDuration(duration=7200, maxDuration=3600): now it says it in hours.
		fails(t, "cannot be extended by 2h: the longest allowed extension is 1h", "lease", "extend", opened.Leases[0].ID, "--hours", "2", "--dev-account", "2")
	})
	t.Run("price post where inspectors run", func(t *testing.T) {
		// The devnet's inspectors post the rate: governance may not stand in for them.
		fails(t, "form the signer set", "price", "post", "0.6", "--dev-account", "0")
		var shown struct {
			USDPerGRID jsonAmount `json:"usdPerGrid"`
		}
		runJSON(t, g, &shown, "price", "show")
		if shown.USDPerGRID.Text != "0.5 USD" {
			t.Fatalf("price %+v", shown)
		}
	})
	t.Run("quote for more GPUs than the machine has", func(t *testing.T) {
		// The machine is relisted with one GPU: the two-GPU quote can never open, whatever one waits for.
		runJSON(t, g, nil, "machine", "delist", "rig", "--dev-account", "1")
		runJSON(t, g, nil, "machine", "list", "--name", "rig", "--class", "SIM", "--gpus", "1", "--dev-account", "1")
		fails(t, "the quote is for 2 GPUs but machine", "lease", "open", "--quote", quote, "--hours", "1", "--dev-account", "2")
	})
}

// TestDevnetBannerQuotesTheReadmePrice: the quote the devnet's banner suggests is the README's, priced per
// GPU-hour. It said "3.6 USD/h" for two GPUs, which --price reads per GPU: twice the README's lease.
func TestDevnetBannerQuotesTheReadmePrice(t *testing.T) {
	var banner strings.Builder
	if err := printDevnet(&banner, devnet.Info{}, devnet.Config{}); err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var suggested string
	for _, line := range strings.Split(banner.String(), "\n") {
		if strings.Contains(line, "idlegrid quote sign") {
			suggested = strings.TrimSpace(line)
		}
	}
	if suggested == "" {
		t.Fatalf("the banner suggests no quote:\n%s", banner.String())
	}
	if !strings.Contains(string(readme), "\n"+suggested+"\n") {
		t.Errorf("the banner suggests %q, which is not the README's walk-through line", suggested)
	}
}
