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

// TestProviderRunPrecedence: `provider run` takes a setting from the file, then the environment over the file,
// then the flag over both (issue 11, item 1: "flags and environment override the file"). Each layer is shown by
// the value that wins: a bad one is refused naming machine.endpoint, a good one gets past that check to the
// missing deployment file.
func TestProviderRunPrecedence(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "provider.toml")
	if _, _, err := run(t, "provider", "init", "--config", path); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const good = "endpoint = '127.0.0.1:8549'"
	if !strings.Contains(string(b), good) {
		t.Fatalf("the written file has no %q:\n%s", good, b)
	}
	badFile := filepath.Join(dir, "bad-endpoint.toml")
	if err := os.WriteFile(badFile, []byte(strings.Replace(string(b), good, "endpoint = 'no-port-in-file'", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	noDeployment := []string{"--deployment", filepath.Join(dir, "none.json")}
	for _, tc := range []struct {
		name, file, env, want string
		flags                 []string
	}{
		{"the file alone", badFile, "", "no-port-in-file", nil},
		{"the environment over the file", badFile, "127.0.0.1:9", "no deployment file", nil},
		{"a bad environment over a good file", path, "no-port-in-env", "no-port-in-env", nil},
		{"the flag over the environment", path, "no-port-in-env", "no deployment file", []string{"--endpoint", "127.0.0.1:9"}},
		{"a bad flag over a good environment", path, "127.0.0.1:9", "no-port-in-flag", []string{"--endpoint", "no-port-in-flag"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.env != "" {
				t.Setenv("IDLEGRID_ENDPOINT", tc.env)
			}
			args := append([]string{"provider", "run", "--config", tc.file}, noDeployment...)
			_, _, err := run(t, append(args, tc.flags...)...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error naming %q", err, tc.want)
			}
			if tc.want != "no deployment file" && !strings.Contains(err.Error(), "machine.endpoint") {
				t.Fatalf("%v does not name machine.endpoint", err)
			}
		})
	}
}
