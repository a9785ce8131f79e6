package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/moby/moby/client"

	"github.com/idlegrid/idlegrid/oracle/devchain/devchaintest"
	"github.com/idlegrid/idlegrid/provider/runtime"
	"github.com/idlegrid/idlegrid/provider/runtime/dockertest"
)

func TestMain(m *testing.M) { os.Exit(dockertest.Main(m)) }

// TestReadmeWalkthroughVerbatim runs the README's walk-through as a new user would: `idlegrid devnet` from the
// set-up in a first terminal (its provider node on the test's Docker daemon, found through DOCKER_HOST as the
// devnet's "auto" finds the host's), then every block of the walk-through, as written, in a second one. Only
// the ports change, and only when another process holds the README's; the last line's DIGEST is the one the
// search before it prints. The renter gets a shell and the logs of its job's container, the close refunds it,
// and the node removes the container.
func TestReadmeWalkthroughVerbatim(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs the devnet with a provider node on Docker")
	}
	host := dockertest.Host(t) // skips (fails with IDLEGRID_REQUIRE_DOCKER=1) without a daemon
	setup, walk := readmeSection(t, "## Set-up"), readmeSection(t, "## Walk-through")
	if len(walk) < 5 || !strings.Contains(setup[0].code, "\nidlegrid devnet\n") {
		t.Fatalf("set-up %q, walk-through of %d blocks", setup[0].code, len(walk))
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	if out, err := exec.Command("go", "build", "-o", filepath.Join(bin, "idlegrid"), ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	home := filepath.Join(dir, "home")
	os.MkdirAll(home, 0o755)
	env := append(os.Environ(), "HOME="+home, "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "DOCKER_HOST="+host)

	// The README's ports, or free ones where another process holds them: flags for the devnet, the
	// environment for the second terminal's commands.
	devnet := "idlegrid devnet --block-period 250ms"
	readme := map[string]string{"http.port": "8545", "ws.port": "8546", "indexer.listen": "8547", "provider.listen": "8549"}
	port := map[string]string{}
	for flag, p := range readme {
		port[flag] = p
		if l, err := net.Listen("tcp", "127.0.0.1:"+p); err == nil {
			l.Close()
			continue
		}
		port[flag] = strconv.Itoa(devchaintest.Ports(t, 1)[0])
		t.Logf("port %s is taken on this machine: using %s", p, port[flag])
		if strings.HasSuffix(flag, ".port") {
			devnet += fmt.Sprintf(" --%s %s", flag, port[flag])
		} else {
			devnet += fmt.Sprintf(" --%s 127.0.0.1:%s", flag, port[flag])
		}
	}
	// No gateway address: the CLI reaches each node at the endpoint its machine is listed with (protocol v2).
	env = append(env, "IDLEGRID_RPC=http://127.0.0.1:"+port["http.port"])

	first := exec.Command("bash", "-c", devnet)
	first.Dir, first.Env = dir, env
	first.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var devnetOut syncBuffer
	first.Stdout, first.Stderr = &devnetOut, &devnetOut
	if err := first.Start(); err != nil {
		t.Fatal(err)
	}
	stopped := make(chan error, 1)
	go func() { stopped <- first.Wait() }()
	t.Cleanup(func() {
		syscall.Kill(-first.Process.Pid, syscall.SIGINT) // Ctrl-C: the devnet stops its node
		select {
		case <-stopped:
		case <-time.After(30 * time.Second):
			syscall.Kill(-first.Process.Pid, syscall.SIGKILL)
			<-stopped
		}
		if t.Failed() {
			t.Logf("devnet:\n%s", devnetOut.String())
		}
	})
	deadline := time.Now().Add(2 * time.Minute)
	for !strings.Contains(devnetOut.String(), "Ctrl-C stops the devnet") {
		if time.Now().After(deadline) {
			t.Fatalf("devnet not ready:\n%s", devnetOut.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !strings.Contains(devnetOut.String(), "Provider node: dev account 1") {
		t.Fatalf("the devnet runs no provider node:\n%s", devnetOut.String())
	}

	// The second terminal: every block as written, in one shell; the last line opens the quote the search found.
	var script strings.Builder
	script.WriteString("set -euo pipefail\n")
	for i, b := range walk {
		code := b.code
		if i == len(walk)-1 {
			lines := strings.Split(strings.TrimRight(code, "\n"), "\n")
			last := lines[len(lines)-1]
			if !strings.Contains(last, "DIGEST") {
				t.Fatalf("the walk-through's last line names no DIGEST: %q", last)
			}
			code = strings.Join(lines[:len(lines)-1], "\n") + " | tee search.txt\n" +
				strings.Replace(strings.SplitN(last, "#", 2)[0], "DIGEST", "$(grep -oE '0x[0-9a-f]{64}' search.txt | head -1)", 1) + "\n"
		}
		script.WriteString(code)
	}
	second := exec.Command("bash", "-c", script.String())
	second.Dir, second.Env = dir, env
	var out bytes.Buffer
	second.Stdout, second.Stderr = &out, &out
	if err := second.Run(); err != nil {
		t.Fatalf("the README's walk-through failed: %v\n%s", err, out.String())
	}
	text := out.String()
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`a valid job spec, CID bafkrei`),
		regexp.MustCompile(`lease 1's job bafkrei\w+ is running`),
		regexp.MustCompile(`state +running`),
		regexp.MustCompile(`gpu 1 +idlegrid simulated GPU SIM-`),
		regexp.MustCompile(`hello from lease 1`),
		regexp.MustCompile(`SIM-\w+,SIM-\w+\n`), // the shell sees the two leased GPUs
		regexp.MustCompile(`closed \(the renter closed it\).*: [0-9.]+ USD returned to the renter; [0-9.]+ USD held for the provider`),
		regexp.MustCompile(`lease +2 \(open\)`),
		regexp.MustCompile(`hardware +verified `), // the inspector nodes' verification, within the minute waited
	} {
		if !want.MatchString(text) {
			t.Errorf("output lacks %s", want)
		}
	}
	t.Logf("the README's walk-through, run as written:\n%s", text)

	// Within a block or two of the close the node has removed lease 1's container; lease 2 has none (no job).
	waitNoContainers(t, host, "devnet")

	// "A breach on the devnet": the provider node stopped, lease 2 breached and refunded within the minute the
	// README's flag allows (the command exits 1 past it).
	insp := readmeSection(t, "## A breach on the devnet")
	if len(insp) != 1 {
		t.Fatalf("A breach on the devnet: %d blocks, want 1", len(insp))
	}
	began := time.Now()
	inspOut, err := shell(dir, env, "set -euo pipefail\n"+insp[0].code)
	if err != nil {
		t.Fatalf("the README's breach section failed: %v\n%s", err, inspOut)
	}
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`the devnet's provider node stopped`),
		regexp.MustCompile(`lease +2 \(closed\)`),
		regexp.MustCompile(`closed \(the inspectors attested a breach\), billed until .*: [0-9.]+ GRID credited to the renter's escrow balance`),
	} {
		if !want.MatchString(inspOut) {
			t.Errorf("the breach section's output lacks %s", want)
		}
	}
	t.Logf("A breach on the devnet, run as written in %s:\n%s", time.Since(began).Round(100*time.Millisecond), inspOut)

	// "Run a provider", tried on the devnet first: a second provider's node in a third terminal (the password
	// typed is the file's), then the renter rents from it in the second one.
	prov := readmeSection(t, "## Run a provider")
	if len(prov) != 2 {
		t.Fatalf("Run a provider: %d blocks, want the provider's and the renter's", len(prov))
	}
	pw := filepath.Join(dir, "password")
	os.WriteFile(pw, []byte("a new provider\n"), 0o600)
	env = append(env, "IDLEGRID_PASSWORD_FILE="+pw)
	docker := regexp.MustCompile(`containers on (unix://\S+?)[,.]?\s`).FindStringSubmatch(devnetOut.String())
	if docker == nil {
		t.Fatalf("the devnet's banner names no Docker socket:\n%s", devnetOut.String())
	}
	// The README's ports for the second node, or free ones where another process holds them.
	nodePorts := strings.NewReplacer()
	var pairs []string
	for _, p := range []string{"8649", "9649"} {
		if l, err := net.Listen("tcp", "127.0.0.1:"+p); err == nil {
			l.Close()
			continue
		}
		free := strconv.Itoa(devchaintest.Ports(t, 1)[0])
		t.Logf("port %s is taken on this machine: using %s", p, free)
		pairs = append(pairs, "127.0.0.1:"+p, "127.0.0.1:"+free)
	}
	if len(pairs) > 0 {
		nodePorts = strings.NewReplacer(pairs...)
	}
	prov[0].code, prov[1].code = nodePorts.Replace(prov[0].code), nodePorts.Replace(prov[1].code)
	lines := strings.Split(strings.TrimSpace(prov[0].code), "\n")
	run := strings.ReplaceAll(lines[len(lines)-1], "DOCKER", docker[1])
	if !strings.HasPrefix(run, "idlegrid provider run") {
		t.Fatalf("the provider block ends with %q, not the node", run)
	}
	setupOut, err := shell(dir, env, "set -euo pipefail\n"+strings.Join(lines[:len(lines)-1], "\n"))
	if err != nil {
		t.Fatalf("the provider's set-up failed: %v\n%s", err, setupOut)
	}
	addr := regexp.MustCompile(`new account +(0x[0-9a-fA-F]{40})`).FindStringSubmatch(setupOut)
	if addr == nil {
		t.Fatalf("no new account in:\n%s", setupOut)
	}
	third := exec.Command("bash", "-c", run)
	third.Dir, third.Env = dir, env
	third.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var nodeOut syncBuffer
	third.Stdout, third.Stderr = &nodeOut, &nodeOut
	if err := third.Start(); err != nil {
		t.Fatal(err)
	}
	nodeDone := make(chan error, 1)
	go func() { nodeDone <- third.Wait() }()
	defer func() {
		syscall.Kill(-third.Process.Pid, syscall.SIGINT)
		select {
		case <-nodeDone:
		case <-time.After(30 * time.Second):
			syscall.Kill(-third.Process.Pid, syscall.SIGKILL)
			<-nodeDone
		}
		if t.Failed() {
			t.Logf("the new provider's node:\n%s", nodeOut.String())
		}
	}()
	deadline = time.Now().Add(time.Minute)
	for !strings.Contains(nodeOut.String(), "quote posted") {
		select {
		case err := <-nodeDone:
			nodeDone <- err
			t.Fatalf("the node stopped: %v\n%s", err, nodeOut.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("the node posted no quote:\n%s", nodeOut.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	// The renter's block: the DIGEST is the new machine's quote in the search, ID the lease it opens (3).
	a := addr[1]
	short := a[:8] + "…" + a[len(a)-4:]
	renter := strings.Split(strings.TrimSpace(prov[1].code), "\n")
	search, err := shell(dir, env, renter[0])
	if err != nil {
		t.Fatalf("%s: %v\n%s", renter[0], err, search)
	}
	var digest string
	for _, row := range strings.Split(search, "\n") {
		if strings.Contains(row, short) {
			digest = regexp.MustCompile(`0x[0-9a-f]{64}`).FindString(row)
		}
	}
	if digest == "" {
		t.Fatalf("no quote of %s in the search:\n%s", short, search)
	}
	rest := strings.ReplaceAll(strings.Join(renter[1:], "\n"), "DIGEST", digest)
	rest = strings.ReplaceAll(rest, " ID ", " 3 ")
	rentOut, err := shell(dir, env, "set -euo pipefail\n"+rest)
	if err != nil {
		t.Fatalf("renting from the new provider failed: %v\n%s", err, rentOut)
	}
	for _, want := range []*regexp.Regexp{regexp.MustCompile(`lease +3 \(open\)`), regexp.MustCompile(`lease 3's job bafkrei\w+ is running`),
		regexp.MustCompile(`SIM-\w+,SIM-\w+\n`)} {
		if !want.MatchString(rentOut) {
			t.Errorf("renting from the new provider: output lacks %q:\n%s", want, rentOut)
		}
	}
	t.Logf("Run a provider, tried on the devnet as written:\n%s%s\n%s", setupOut, search, rentOut)
	// "`curl http://127.0.0.1:9649/healthz` reports the node's parts and its chain follower; `/metrics` has its
	// Prometheus metrics": the binary's --ops serves both (lease 3 running).
	ops := nodePorts.Replace("http://127.0.0.1:9649")
	for path, wants := range map[string][]string{
		"/healthz": {`"status":"ok"`, `"provider/follower":"ok"`, `"provider/leases":"ok"`},
		"/metrics": {"idlegrid_provider_containers ", "idlegrid_provider_start_latency_seconds_count", "idlegrid_provider_follower_head_block"},
	} {
		resp, err := http.Get(ops + path)
		if err != nil {
			t.Fatalf("the README's %s%s: %v", ops, path, err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		for _, want := range wants {
			if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), want) {
				t.Errorf("%s%s: %d, lacks %s:\n%s", ops, path, resp.StatusCode, want, body)
			}
		}
	}
	// The renter closes; the new node removes the container.
	if out, err := shell(dir, env, "idlegrid lease close 3 --dev-account 3"); err != nil {
		t.Fatalf("close lease 3: %v\n%s", err, out)
	}
	waitNoContainers(t, host, "node")
}

// shell runs code with bash in dir and returns its output.
func shell(dir string, env []string, code string) (string, error) {
	cmd := exec.Command("bash", "-c", code)
	cmd.Dir, cmd.Env = dir, env
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// waitNoContainers waits until the Docker daemon at host holds no container of owner.
func waitNoContainers(t *testing.T, host, owner string) {
	t.Helper()
	c, err := client.New(client.WithHost(host))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for {
		res, err := c.ContainerList(ctx, client.ContainerListOptions{All: true, Filters: make(client.Filters).Add("label", runtime.LabelOwner+"="+owner)})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Items) == 0 {
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("%d containers of %s left", len(res.Items), owner)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
