package node

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/provider/job"
)

// specStore is the part of Store that AcceptSpec uses, in memory (the embedded nil Store panics on the rest).
type specStore struct {
	Store
	mu     sync.Mutex
	specs  map[string]time.Time
	leases []Lease
}

func (s *specStore) RecordSpec(_ context.Context, c string, at time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.specs[c] = at
	return nil
}

func (s *specStore) PendingSpecs(_ context.Context, since time.Time) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, at := range s.specs {
		if !at.Before(since) {
			n++
		}
	}
	return n, nil
}

func (s *specStore) DropSpecs(_ context.Context, before time.Time) ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for c, at := range s.specs {
		if at.Before(before) {
			out = append(out, c)
			delete(s.specs, c)
		}
	}
	return out, nil
}

func (s *specStore) Leases(context.Context) ([]Lease, error) { return s.leases, nil }
func (s *specStore) Workloads(context.Context) ([]Workload, error) {
	return nil, nil
}

type stepClock struct{ now time.Time }

func (c *stepClock) Now() time.Time { return c.now }

// TestForgottenSpecsLeaveTheStore: anyone may push job specs before a lease (no token), and the node forgets
// those no lease bound within the TTL; their bytes must go with them, or a stranger pushing specs at the
// pending limit grows the provider's disk by up to PendingSpecs × 64 KiB every TTL, forever. A spec an open
// lease binds is kept.
func TestForgottenSpecsLeaveTheStore(t *testing.T) {
	ctx := context.Background()
	clock := &stepClock{now: time.Unix(1_800_000_000, 0)}
	st := &specStore{specs: map[string]time.Time{}}
	store := content.NewMemoryStore()
	n := &Node{cfg: DefaultConfig(), deps: Deps{Store: st, Content: store, Clock: clock}, log: zerolog.Nop()}
	lim := DefaultUploadLimits()
	spec := func(cmd string) *job.Spec {
		return &job.Spec{Version: job.Version, Image: job.Image{Ref: "busybox"}, Command: []string{cmd},
			Resources: job.Resources{GPUs: 1, Memory: 128 << 20, MilliCPUs: 1000, Pids: 64, Disk: 256 << 20}}
	}
	stray, bound := spec("stray"), spec("bound")
	for _, s := range []*job.Spec{stray, bound} {
		c, err := n.AcceptSpec(ctx, s.Encode(), lim)
		if err != nil || c != s.CID() {
			t.Fatalf("accept %s: %v, %v", s.CID(), c, err)
		}
	}
	st.leases = []Lease{{ID: 7, Job: bound.Digest()}}
	clock.now = clock.now.Add(lim.SpecTTL + time.Minute)
	if _, err := n.AcceptSpec(ctx, spec("later").Encode(), lim); err != nil { // drops the two above
		t.Fatal(err)
	}
	if ok, err := store.Has(ctx, stray.CID()); err != nil || ok {
		t.Errorf("a spec no lease bound is still stored after the node forgot it (has %v, %v)", ok, err)
	}
	if ok, err := store.Has(ctx, bound.CID()); err != nil || !ok {
		t.Errorf("the spec open lease 7 binds was removed (has %v, %v)", ok, err)
	}
}
