package svm

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"
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
