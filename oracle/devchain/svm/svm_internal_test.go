package svm

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/idlegrid/idlegrid/oracle/service"
)

// TestCheckOursRefusesAnotherNode: a node that answers on the URL but is not the one started (another
// process took the port) is ErrNotOurs.
func TestCheckOursRefusesAnotherNode(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cfg := DefaultConfig()
	cfg.SlotInterval = 0
	a, err := Start(ctx, cfg)
	if (errors.Is(err, ErrNoNode) || errors.Is(err, ErrNoLiteSVM)) && os.Getenv("IDLEGRID_REQUIRE_SVM") != "1" {
		t.Skipf("the local Solana node cannot run here: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := a.checkOurs(ctx); err != nil {
		t.Fatalf("a's own check: %v", err)
	}
	impostor := &Node{URL: b.URL, Identity: a.Identity, GenesisHash: a.GenesisHash}
	if err := impostor.checkOurs(ctx); !errors.Is(err, ErrNotOurs) {
		t.Fatalf("another node on the URL: want ErrNotOurs, got %v", err)
	}
	if err := a.Healthy(); err != nil {
		t.Fatal(err)
	}
	a.Close()
	if err := a.Healthy(); err == nil {
		t.Fatal("a closed node is healthy")
	}
}

// TestLifecycle: the node is a service.Service and a service.Failer. Close is not a failure; a process that
// exits on its own is one (Done, Err), and a closed node starts again as a new cluster.
func TestLifecycle(t *testing.T) {
	n := New(DefaultConfig())
	if n.Name() != "svm" {
		t.Fatalf("name %q", n.Name())
	}
	if err := n.Healthy(); !errors.Is(err, service.ErrNotStarted) {
		t.Fatalf("healthy before start: %v", err)
	}
	ended, cancel := context.WithCancel(context.Background())
	cancel()
	if err := n.Start(ended); !errors.Is(err, context.Canceled) {
		t.Fatalf("start with an ended context: %v", err)
	}
	if err := n.Healthy(); !errors.Is(err, service.ErrNotStarted) {
		t.Fatalf("an ended context started something: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := n.Start(ctx); err != nil {
		if errors.Is(err, ErrNoNode) || errors.Is(err, ErrNoLiteSVM) {
			if os.Getenv("IDLEGRID_REQUIRE_SVM") == "1" {
				t.Fatal(err)
			}
			t.Skipf("the local Solana node cannot run here: %v", err)
		}
		t.Fatal(err)
	}
	if err := n.Start(ctx); !errors.Is(err, service.ErrAlreadyStarted) {
		t.Fatalf("second start: %v", err)
	}
	if err := n.Healthy(); err != nil {
		t.Fatalf("healthy: %v", err)
	}
	first := n.GenesisHash
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-n.Done():
		t.Fatalf("Close counted as a failure: %v", n.Err())
	default:
	}
	if err := n.Healthy(); !errors.Is(err, service.ErrNotStarted) {
		t.Fatalf("healthy after close: %v", err)
	}
	if err := n.Close(); err != nil {
		t.Fatalf("second close: %v", err)
	}

	if err := n.Start(ctx); err != nil {
		t.Fatalf("restart: %v", err)
	}
	defer n.Close()
	if n.GenesisHash == first {
		t.Fatal("a restarted node kept its genesis hash: replay keys of two clusters would collide")
	}
	n.mu.Lock()
	p := n.proc
	n.mu.Unlock()
	if err := p.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-n.Done():
	case <-time.After(10 * time.Second):
		t.Fatal("a killed node did not fail")
	}
	if err := n.Err(); err == nil || !strings.Contains(err.Error(), "svm: node exited") {
		t.Fatalf("err: %v", err)
	}
	if err := n.Healthy(); err == nil {
		t.Fatal("a killed node is healthy")
	}
}
