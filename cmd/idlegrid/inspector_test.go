package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/idlegrid/idlegrid/cmd/internal/inspectord"
)

// TestInspectorInitAndRunRefusals: init makes a key and a commented config file once and refuses to overwrite
// it (the key stays the only one); the file loads back as written; run's mistakes are one line naming the
// flag or the file's key, before any network.
func TestInspectorInitAndRunRefusals(t *testing.T) {
	dir := t.TempDir()
	pw := filepath.Join(dir, "pw")
	if err := os.WriteFile(pw, []byte("secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfgPath, ks := filepath.Join(dir, "inspector.toml"), filepath.Join(dir, "keystore")
	out, _, err := run(t, "inspector", "init", "--config", cfgPath, "--keystore", ks, "--password-file", pw, "--lightkdf", "--dev", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Config, Address string
		KeyCreated      bool
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || !got.KeyCreated || got.Config != cfgPath {
		t.Fatalf("init output %q (%v)", out, err)
	}
	raw, err := os.ReadFile(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(raw), "# observers of each machine") || !strings.Contains(string(raw), "fixed_usd = '0.5'") {
		t.Fatalf("the file is not the commented dev config:\n%s", raw)
	}
	cfg, err := inspectord.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.EqualFold(cfg.Account.Address, got.Address) || cfg.Account.PasswordFile != pw || cfg.Checks.K != 2 || !cfg.Node.AllowSimulated {
		t.Fatalf("loaded config %+v does not match what init wrote", cfg)
	}

	// A second init refuses and makes no second key.
	if _, _, err := run(t, "inspector", "init", "--config", cfgPath, "--keystore", ks, "--password-file", pw, "--lightkdf"); err == nil ||
		!strings.Contains(err.Error(), "exists") {
		t.Fatalf("second init: %v, want a refusal", err)
	}
	if entries, _ := os.ReadDir(ks); len(entries) != 1 {
		t.Fatalf("keystore holds %d files after the refused init, want 1", len(entries))
	}
	after, _ := os.ReadFile(cfgPath)
	if !bytes.Equal(raw, after) {
		t.Fatal("the refused init changed the file")
	}

	bad := filepath.Join(dir, "bad.toml")
	if err := os.WriteFile(bad, append(raw, []byte("\n[checks2]\nk = 1\n")...), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name  string
		args  []string
		want  string
		usage bool
	}{
		{"bad peer", []string{"inspector", "run", "--config", cfgPath, "--peer", "0x12=ftp://x"}, "--peer \"0x12=ftp://x\"", true},
		{"bad account", []string{"inspector", "run", "--config", cfgPath, "--account", "bob"}, "--account \"bob\"", true},
		{"bad listen", []string{"inspector", "run", "--config", cfgPath, "--listen", "nowhere"}, "node.listen \"nowhere\"", false},
		{"unknown key", []string{"inspector", "run", "--config", bad}, "checks2", false},
		{"no file", []string{"inspector", "run", "--config", filepath.Join(dir, "none.toml")}, "idlegrid inspector init --config", false},
		{"no deployment", []string{"inspector", "run", "--config", cfgPath, "--deployment", filepath.Join(dir, "none.json")}, "(chain.deployment)", false},
		{"unknown flag", []string{"inspector", "run", "--config", cfgPath, "--peers", "x"}, "-peers", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := run(t, tt.args...)
			var msg bytes.Buffer
			code := reportError(io.Discard, &msg, err, tt.args)
			if err == nil || !strings.Contains(msg.String(), tt.want) || strings.Count(msg.String(), "\n") != 1 {
				t.Fatalf("error %q, want one line containing %q", msg.String(), tt.want)
			}
			if tt.usage != (code == exitUsage) {
				t.Fatalf("exit %d for %q (usage error: %t)", code, msg.String(), tt.usage)
			}
		})
	}
}
