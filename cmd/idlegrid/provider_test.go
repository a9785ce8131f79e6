package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestProviderInitAndRunRefusals: init writes the commented file once (again only with --force); run refuses a
// missing file, a typo'd key and a bad value with one line naming it, before touching a chain or Docker.
func TestProviderInitAndRunRefusals(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "provider.toml")
	if _, _, err := run(t, "provider", "init", "--config", path); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(b), "[machine]") || !strings.Contains(string(b), "# host:port renters and inspectors reach") {
		t.Fatalf("config file %q: %v", b, err)
	}
	if _, _, err := run(t, "provider", "init", "--config", path); err == nil || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("second init: %v", err)
	}
	if _, _, err := run(t, "provider", "init", "--config", path, "--force"); err != nil {
		t.Fatalf("init --force: %v", err)
	}
	for _, tc := range []struct {
		name, edit, want string
		args             []string
	}{
		{"missing file", "", "idlegrid provider init", []string{"--config", filepath.Join(dir, "none.toml")}},
		{"typo", strings.Replace(string(b), "finality_depth", "finality_dept", 1), "finality_dept", nil},
		{"bad GPUs", strings.Replace(string(b), "gpus = 'nvml'", "gpus = 'fast'", 1), "machine.gpus", nil},
		{"bad endpoint flag", string(b), "machine.endpoint", []string{"--endpoint", "no-port"}},
		{"no deployment", string(b), "no deployment file", []string{"--deployment", filepath.Join(dir, "nodeploy.json")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := []string{"provider", "run", "--config", path}
			if tc.edit != "" {
				if err := os.WriteFile(path, []byte(tc.edit), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			_, _, err := run(t, append(args, tc.args...)...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error naming %q", err, tc.want)
			}
		})
	}
}
