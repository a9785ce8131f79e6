package main

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"testing"
)

// TestUsageErrorsAreOneLine: a mistake in what was typed is one line naming the full command and what to do,
// never the help page, and exits 2; a failure exits 1 (issue 13, item 7).
func TestUsageErrorsAreOneLine(t *testing.T) {
	g := startDevnet(t)
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"lease show without an ID", append(g, "lease", "show"), []string{"give the lease ID: idlegrid lease show ID"}},
		{"bad trailing flag", append(g, "stake", "add", "5", "--bogus", "--dev-account", "1"), []string{"-bogus", "see `idlegrid stake add --help`"}},
		{"bad leading flag", append(g, "stake", "add", "--bogus", "5"), []string{"idlegrid stake add: flag provided but not defined: -bogus", "see `idlegrid stake add --help`"}},
		{"negative amount", append(g, "stake", "add", "-5", "--dev-account", "1"), []string{"idlegrid stake add: -5: negative numbers are not accepted"}},
		{"unknown subcommand", append(g, "lease", "frobnicate"), []string{"idlegrid lease: unknown command \"frobnicate\"", "idlegrid lease --help"}},
		{"unknown command", []string{"frobnicate"}, []string{"idlegrid: unknown command \"frobnicate\""}},
		{"market search without a class", []string{"market", "search", "--hours", "1"}, []string{"--class"}},
		// A flag's value that does not parse is a usage error too, naming the flag (it exited 1 before).
		{"negative hours", append(g, "lease", "open", "--quote", g[3], "--hours", "-2", "--dev-account", "2"), []string{"--hours", "negative"}},
		{"unknown pay token", append(g, "lease", "open", "--quote", g[3], "--hours", "2", "--pay", "btc", "--dev-account", "2"), []string{"--pay", "use usd or grid"}},
		{"bad dev key", append(g, "lease", "ls", "--dev-key", "zz"), []string{"--dev-key", "64 hex digits"}},
		{"amount that is not a number", append(g, "stake", "add", "1e3", "--dev-account", "1"), []string{"AMOUNT", "1e3"}},
		// The zero address is not "no --to": the faucet funded the caller instead of saying so.
		{"faucet to the zero address", append(g, "token", "faucet", "--to", "0x0000000000000000000000000000000000000000"), []string{"--to", "zero address"}},
		{"devnet port out of range", []string{"devnet", "--http.port", "70000", "--docker", "none"}, []string{"--http.port 70000", "1 to 65535"}},
		{"devnet with too few accounts", []string{"devnet", "--accounts", "2", "--docker", "none", "--indexer=false"}, []string{"2 dev accounts", "idlegrid devnet --help"}},
		{"devnet listen address without a port", []string{"devnet", "--indexer.listen", "bad", "--docker", "none"}, []string{"--indexer.listen \"bad\"", "HOST:PORT"}},
		{"indexer listen port out of range", []string{"indexer", "run", "--listen", "127.0.0.1:99999"}, []string{"--listen", "HOST:PORT"}},
		{"negative log tail", append(g, "lease", "logs", "1", "--tail", "-1", "--dev-account", "2"), []string{"--tail -1", "0 or more"}},
		{"market search for NaN hours", []string{"market", "search", "--class", "SIM", "--hours", "NaN"}, []string{"--hours"}},
		{"negative indexer rate limit", []string{"indexer", "run", "--rate-limit", "-5"}, []string{"--rate-limit -5"}},
		{"bad log level", append(g, "--log-level", "loud", "lease", "ls", "--dev-account", "1"), []string{"--log-level \"loud\"", "warn"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := run(t, tt.args...)
			var errOut bytes.Buffer
			code := reportError(io.Discard, &errOut, err, tt.args)
			msg := errOut.String()
			if code != exitUsage {
				t.Errorf("exit %d, want %d (%v)", code, exitUsage, err)
			}
			if strings.Count(msg, "\n") != 1 || out != "" {
				t.Errorf("not one line (stdout %q):\n%s", out, msg)
			}
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("%q lacks %q", msg, w)
				}
			}
		})
	}
	// A failure (a lease that does not exist) exits 1, and --json reports it as an object with the revert.
	_, _, err := run(t, append(g, "--json", "lease", "show", "99")...)
	var out bytes.Buffer
	if code := reportError(&out, io.Discard, err, nil); code != exitFailure {
		t.Fatalf("exit %d, want %d", code, exitFailure)
	}
	var j errorJSON
	if json.Unmarshal(out.Bytes(), &j) != nil || j.Error.Code != "reverted" || j.Error.Revert == nil || j.Error.Revert.Name != "LeaseNotFound" ||
		j.Error.Revert.Args["leaseId"] != "99" || !strings.Contains(j.Error.Message, "there is no lease 99") {
		t.Fatalf("--json error:\n%s", out.String())
	}
}
