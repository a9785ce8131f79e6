package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/idlegrid/idlegrid/oracle/devchain/devchaintest"
)

// readmeBlock is a fenced shell block of the README: background blocks run in another terminal.
type readmeBlock struct {
	code       string
	background bool
}

// readmeSection returns the shell blocks of the README section whose heading starts with heading.
func readmeSection(t *testing.T, heading string) []readmeBlock {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	i := strings.Index(text, "\n"+heading)
	if i < 0 {
		t.Fatalf("README has no section %q", heading)
	}
	text = text[i+1:]
	if j := strings.Index(text[len(heading):], "\n## "); j >= 0 {
		text = text[:len(heading)+j]
	}
	var blocks []readmeBlock
	for {
		start := strings.Index(text, "```sh")
		if start < 0 {
			return blocks
		}
		info, rest, _ := strings.Cut(text[start+3:], "\n")
		code, after, ok := strings.Cut(rest, "```")
		if !ok {
			t.Fatal("unterminated code block in the README")
		}
		blocks = append(blocks, readmeBlock{code: code, background: strings.Contains(info, "background")})
		text = after
	}
}

// TestReadmeBuildsOnce: the set-up builds the CLI once and both terminals use that binary (issue 13, item 11:
// `go run` compiled it, silently, and the walk-through then compiled it again).
func TestReadmeBuildsOnce(t *testing.T) {
	setup := readmeSection(t, "## Set-up")
	tests := false
	for _, b := range setup {
		tests = tests || strings.TrimSpace(b.code) == "scripts/test"
	}
	if len(setup) < 2 || !strings.Contains(setup[0].code, "go build -o bin/idlegrid ./cmd/idlegrid") ||
		!strings.Contains(setup[0].code, "idlegrid devnet") || !tests {
		t.Fatalf("set-up blocks %+v: want the build and the devnet, and scripts/test", setup)
	}
	raw, _ := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if strings.Contains(string(raw), "go run ./cmd/idlegrid") {
		t.Error("the README still runs the CLI with go run")
	}
	walk := readmeSection(t, "## Walk-through")
	if len(walk) == 0 || strings.Contains(walk[0].code, "go build") {
		t.Errorf("the walk-through builds the CLI again: %q", walk[0].code)
	}
}

// TestReadmeAnvilSectionVerbatim runs the README's anvil section as written: anvil and the indexer in the
// background (the "other terminals"), the other blocks in one shell, with the built binary and the npm-installed
// anvil on the path. Only the ports change, and only when another process holds the README's (issue 13,
// item 10).
func TestReadmeAnvilSectionVerbatim(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs anvil")
	}
	findAnvil(t) // skips, with the reason, where anvil is not installed
	blocks := readmeSection(t, "## Another chain: anvil")
	if len(blocks) != 4 || !blocks[0].background || blocks[1].background || !blocks[2].background || blocks[3].background {
		t.Fatalf("want anvil (background), set-up, indexer (background), rent: got %d blocks", len(blocks))
	}
	repo, _ := filepath.Abs(filepath.Join("..", ".."))
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	if out, err := exec.Command("go", "build", "-o", filepath.Join(bin, "idlegrid"), ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	// npx finds anvil in node_modules above the working directory, without the network.
	if err := os.Symlink(filepath.Join(repo, "node_modules"), filepath.Join(dir, "node_modules")); err != nil {
		t.Fatal(err)
	}
	sub := map[string]string{}
	for _, port := range []string{"8555", "8557"} {
		if l, err := net.Listen("tcp", "127.0.0.1:"+port); err == nil {
			l.Close()
		} else {
			sub[port] = strconv.Itoa(devchaintest.Ports(t, 1)[0])
			t.Logf("port %s is taken on this machine: using %s", port, sub[port])
		}
	}
	rewrite := func(code string) string {
		for from, to := range sub {
			code = strings.ReplaceAll(code, from, to)
		}
		return code
	}
	home := filepath.Join(dir, "home")
	os.MkdirAll(home, 0o755)
	env := append(os.Environ(), "HOME="+home, "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "npm_config_offline=true")
	background := func(name, code string) *bytes.Buffer {
		cmd := exec.Command("bash", "-c", code)
		cmd.Dir, cmd.Env = dir, env
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			cmd.Wait()
			if t.Failed() {
				t.Logf("%s:\n%s", name, out.String())
			}
		})
		return &out
	}
	waitPort := func(port string) {
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		defer cancel()
		for {
			if c, err := net.Dial("tcp", "127.0.0.1:"+port); err == nil {
				c.Close()
				return
			}
			if ctx.Err() != nil {
				t.Fatalf("nothing listens on %s", port)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	port := func(p string) string {
		if to, ok := sub[p]; ok {
			return to
		}
		return p
	}

	background("anvil", rewrite(blocks[0].code))
	waitPort(port("8555"))
	// The two foreground blocks run in one shell (their variables carry over), with the indexer started from
	// its block in between, as a person would in the fourth terminal.
	script := fmt.Sprintf("set -euo pipefail\n%s\n(%s) > indexer.log 2>&1 &\nuntil (exec 3<>/dev/tcp/127.0.0.1/%s) 2>/dev/null; do sleep 0.1; done\n%s\n",
		rewrite(blocks[1].code), rewrite(blocks[2].code), port("8557"), rewrite(blocks[3].code))
	cmd := exec.Command("bash", "-c", script)
	cmd.Dir, cmd.Env = dir, env
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) // the indexer the script started
	if err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "indexer.log"))
		t.Fatalf("the README's anvil section failed: %v\n%s\nindexer:\n%s", err, out.String(), log)
	}
	text := out.String()
	for _, want := range []string{"0.5 USD per GRID", "attested by the dev inspector", "posted to the quote book", "3.6 USD/h",
		"lease       1 (open)", "paid in GRID"} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	t.Logf("the README's anvil section, run as written:\n%s", text)
}
