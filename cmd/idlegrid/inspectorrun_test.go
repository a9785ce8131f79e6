package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestInspectorRunFromTheCLI: `idlegrid inspector init` and `idlegrid inspector run` bring a new inspector up on
// a devnet as a person would (issue 12, item 1): a keystore key from init, funded by the faucet, staked as an
// inspector, put in the signer set by governance, then the node runs with the file, its chain settings given as
// flags. It serves /healthz, healthy (a key outside the set is reported there as not in the signer set), and
// /metrics with its series, and Ctrl-C stops it without an error.
func TestInspectorRunFromTheCLI(t *testing.T) {
	g, _, _ := startDevnetBanner(t)
	dir := t.TempDir()
	pw, cfgPath, ks := filepath.Join(dir, "pw"), filepath.Join(dir, "inspector.toml"), filepath.Join(dir, "keystore")
	if err := os.WriteFile(pw, []byte("inspector secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var initOut struct{ Address string }
	runJSON(t, nil, &initOut, "inspector", "init", "--config", cfgPath, "--keystore", ks, "--password-file", pw, "--lightkdf", "--dev")
	as := []string{"--keystore", ks, "--password-file", pw, "--account", initOut.Address}
	runJSON(t, g, nil, "token", "faucet", "--to", initOut.Address, "--grid", "20000", "--usd", "0")
	var st struct {
		ActiveInspector *bool  `json:"activeInspector"`
		Why             string `json:"why"`
	}
	runJSON(t, g, &st, append([]string{"stake", "add", "10000", "--role", "inspector"}, as...)...)
	if st.ActiveInspector == nil || !*st.ActiveInspector {
		t.Fatalf("staked at the minimum, the key is not an active inspector: %+v", st)
	}
	// Governance adds it to the signer set (4 signers, k = 3); anyone applies (the devnet's delay is short).
	var set govSignersOut
	runJSON(t, g, &set, "gov", "signers", "show")
	propose := []string{"gov", "signers", "propose", "--threshold", "3", initOut.Address}
	for _, a := range set.Active.Signers {
		propose = append(propose, a.Hex())
	}
	runJSON(t, g, nil, append(propose, "--dev-account", "0")...)
	runJSON(t, g, nil, "gov", "signers", "apply", "--dev-account", "1")

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errOut syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- newApp(&out, &errOut).RunContext(ctx, append([]string{"idlegrid", "inspector", "run", "--config", cfgPath,
			"--listen", "127.0.0.1:0", "--ops", "127.0.0.1:0", "--data-dir", filepath.Join(dir, "data")}, g...))
	}()
	started := regexp.MustCompile(`inspector (0x[0-9a-fA-F]{40}) on .*/healthz and /metrics on (http://\S+)`)
	var m []string
	begun := time.Now()
	deadline := begun.Add(2 * time.Minute) // generous: a loaded CI machine under -race
	for m = started.FindStringSubmatch(errOut.String()); m == nil; m = started.FindStringSubmatch(errOut.String()) {
		select {
		case err := <-done:
			t.Fatalf("inspector run stopped: %v\n%s%s", err, out.String(), errOut.String())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("inspector run did not start:\n%s%s", out.String(), errOut.String())
		}
	}
	t.Logf("inspector run started in %s", time.Since(begun).Round(time.Millisecond))
	if !strings.EqualFold(m[1], initOut.Address) {
		t.Fatalf("the node runs as %s, init made %s", m[1], initOut.Address)
	}
	get := func(path string) (int, string) {
		resp, err := http.Get(m[2] + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	for {
		code, body := get("/healthz")
		var h struct {
			OK    bool              `json:"ok"`
			Parts map[string]string `json:"parts"`
		}
		if code == http.StatusOK && json.Unmarshal([]byte(body), &h) == nil && h.OK && len(h.Parts) > 0 {
			t.Logf("healthy %s after the command started", time.Since(begun).Round(time.Millisecond))
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/healthz never healthy: %d %s", code, body)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if code, body := get("/metrics"); code != http.StatusOK || !strings.Contains(body, "idlegrid_inspector_observed_machines") {
		t.Fatalf("/metrics: %d, lacks idlegrid_inspector_observed_machines:\n%s", code, body)
	}
	cancel()
	stopped := time.Now()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("inspector run after Ctrl-C: %v\n%s", err, errOut.String())
		}
		t.Logf("stopped %s after Ctrl-C", time.Since(stopped).Round(time.Millisecond))
	case <-time.After(20 * time.Second):
		t.Fatal("inspector run did not stop on Ctrl-C")
	}
}
