package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/idlegrid/idlegrid/oracle/devchain/devchaintest"
	"github.com/idlegrid/idlegrid/provider/runtime/dockertest"
)

// TestLeaseForwardThroughTheCLI: `idlegrid lease forward N LOCAL:REMOTE` reaches a TCP port the job publishes
// (issue 11, item 6). On a devnet with its provider node on Docker, the renter runs a job whose spec publishes
// port 8888 (busybox nc echoing what it reads), forwards a local port to it with the command, and a line sent
// to the local port comes back through the node's gateway. Ctrl-C (the context) ends the command without an
// error; a malformed LOCAL:REMOTE is a usage error before any network.
func TestLeaseForwardThroughTheCLI(t *testing.T) {
	host := dockertest.Host(t) // skips (fails with IDLEGRID_REQUIRE_DOCKER=1) without a daemon
	ports := devchaintest.Ports(t, 2)
	g, _, banner := startDevnetBanner(t, "--provider", "--docker", host, "--provider.listen", "127.0.0.1:"+strconv.Itoa(ports[0]))
	if !strings.Contains(banner, "Image with a shell for jobs: idlegrid/devnet:1") {
		t.Fatalf("the devnet imported no busybox image for jobs:\n%s", banner)
	}
	dir := t.TempDir()
	quote, spec := filepath.Join(dir, "quote.json"), filepath.Join(dir, "job.json")
	runJSON(t, g, nil, "quote", "sign", "--machine", "rig-1", "--gpus", "1", "--price", "3.6 USD/h", "--dev-account", "1", "--out", quote)
	var opened leasesOut
	runJSON(t, g, &opened, "lease", "open", "--quote", quote, "--hours", "1", "--pay", "usd", "--dev-account", "2")
	if len(opened.Leases) != 1 {
		t.Fatalf("opened %+v", opened)
	}
	id := opened.Leases[0].ID
	if err := os.WriteFile(spec, []byte(`{"version": 1, "image": {"ref": "idlegrid/devnet:1"},
  "command": ["nc", "-ll", "-p", "8888", "-e", "cat"],
  "ports": [{"port": 8888, "protocol": "tcp"}],
  "resources": {"gpus": 1, "memory": 268435456, "millicpus": 500, "pids": 64, "disk": 268435456}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	runJSON(t, g, nil, "job", "push", spec, "--lease", id, "--dev-account", "2")

	// A malformed LOCAL:REMOTE is one usage line, before the chain is asked anything.
	_, _, err := run(t, append(append([]string{}, g...), "lease", "forward", id, "8888", "--dev-account", "2")...)
	var msg strings.Builder
	if code := reportError(io.Discard, &msg, err, nil); code != exitUsage || !strings.Contains(msg.String(), "LOCAL:REMOTE") {
		t.Fatalf("lease forward %s 8888: exit %d %q, want a usage error naming LOCAL:REMOTE", id, code, msg.String())
	}

	local := "127.0.0.1:" + strconv.Itoa(ports[1])
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errOut syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- newApp(&out, &errOut).RunContext(ctx, append(append([]string{"idlegrid"}, g...),
			"lease", "forward", id, local+":8888", "--dev-account", "2"))
	}()
	deadline := time.Now().Add(time.Minute) // generous: a loaded CI machine under -race
	for !strings.Contains(errOut.String(), "forwarding "+local+" to port 8888 of lease "+id) {
		select {
		case err := <-done:
			t.Fatalf("lease forward stopped: %v\n%s%s", err, out.String(), errOut.String())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("lease forward did not start:\n%s%s", out.String(), errOut.String())
		}
	}
	// The job's nc may still be coming up: dial until a line comes back.
	var echoed string
	for time.Now().Before(deadline) && echoed == "" {
		echoed = func() string {
			c, err := net.DialTimeout("tcp", local, 5*time.Second)
			if err != nil {
				return ""
			}
			defer c.Close()
			c.SetDeadline(time.Now().Add(5 * time.Second))
			if _, err := fmt.Fprintf(c, "hello lease %s\n", id); err != nil {
				return ""
			}
			line, _ := bufio.NewReader(c).ReadString('\n')
			return line
		}()
		if echoed == "" {
			time.Sleep(250 * time.Millisecond)
		}
	}
	if echoed != "hello lease "+id+"\n" {
		t.Fatalf("through the forward came %q, want the line echoed\n%s", echoed, errOut.String())
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("lease forward after Ctrl-C: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("lease forward did not stop on Ctrl-C")
	}
	runJSON(t, g, nil, "lease", "close", id, "--dev-account", "2")
}
