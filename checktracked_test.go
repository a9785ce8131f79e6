package idlegrid_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckTrackedNamesBuildOutput: scripts/check-tracked, which scripts/test runs first, fails on a tracked
// executable binary or a tracked file over 1 MiB and names each (issue 8, item 2), and passes a tree of sources
// and scripts. It runs the script itself in a scratch git repository.
func TestCheckTrackedNamesBuildOutput(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Fatalf("git is needed to run scripts/check-tracked: %v", err)
	}
	script, err := filepath.Abs("scripts/check-tracked")
	if err != nil {
		t.Fatal(err)
	}
	repo := t.TempDir()
	sh := func(args ...string) {
		t.Helper()
		cmd := exec.Command(args[0], args[1:]...)
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_SYSTEM=/dev/null")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
	}
	write := func(name string, data []byte, mode os.FileMode) {
		t.Helper()
		p := filepath.Join(repo, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, mode); err != nil {
			t.Fatal(err)
		}
	}
	check := func() (string, error) {
		cmd := exec.Command(script)
		cmd.Dir = repo
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		err := cmd.Run()
		return out.String(), err
	}
	sh("git", "init", "-q")
	write("main.go", []byte("package main\n\nfunc main() {}\n"), 0o644)
	write("scripts/build", []byte("#!/bin/sh\necho ok\n"), 0o755)
	write("data/exactly-1MiB.txt", bytes.Repeat([]byte("a"), 1<<20), 0o644)
	sh("git", "add", "-A")
	if out, err := check(); err != nil {
		t.Fatalf("a tree of sources, a script and a 1 MiB text file is refused: %v\n%s", err, out)
	}

	elf := append([]byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, make([]byte, 64)...)
	write("cmd/tool/tool", elf, 0o644)                                       // a compiled binary, even without the x bit
	write("bin/blob", []byte("\x01\x02\x00\x03 not text"), 0o755)            // executable and not text
	write("data/big.json", bytes.Repeat([]byte(" "), 1<<20+1), 0o644)        // one byte over 1 MiB
	write("tools/app.exe", append([]byte("MZ"), make([]byte, 32)...), 0o644) // a PE image
	sh("git", "add", "-A")
	out, err := check()
	if err == nil {
		t.Fatalf("check-tracked passed with a binary and a large file tracked:\n%s", out)
	}
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Fatalf("exit %v, want 1:\n%s", err, out)
	}
	for _, name := range []string{"cmd/tool/tool", "bin/blob", "data/big.json", "tools/app.exe"} {
		if !strings.Contains(out, name) {
			t.Errorf("the failure does not name %s:\n%s", name, out)
		}
	}
	for _, fine := range []string{"main.go", "scripts/build", "exactly-1MiB"} {
		if strings.Contains(out, fine) {
			t.Errorf("the failure names %s, which is allowed:\n%s", fine, out)
		}
	}
}
