package indexer_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/oracle/service"
)

// maintainer is a hand-written indexer.Maintainer counting its calls.
type maintainer struct {
	mu       sync.Mutex
	analyzed int
	pruned   []uint64
	fail     error
}

func (m *maintainer) Analyze(context.Context) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.analyzed++
	return m.fail
}

func (m *maintainer) PruneQuotes(_ context.Context, before uint64) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.pruned = append(m.pruned, before)
	return 1, nil
}

func (m *maintainer) counts() (int, int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.analyzed, len(m.pruned)
}

var _ service.Service = (*indexer.Housekeeping)(nil)

// TestHousekeepingCadence: no round while the follower catches up, one as soon as it has, then one per Every
// on the clock; a failing round shows in Healthy and clears with the next good one.
func TestHousekeepingCadence(t *testing.T) {
	m := &maintainer{}
	clock := newClock()
	var mu sync.Mutex
	status := indexer.Status{Next: 10, Lag: 50}
	cfg := indexer.DefaultHousekeepingConfig()
	cfg.Check = 5 * time.Millisecond
	h, err := indexer.NewHousekeeping(cfg, m, func() indexer.Status { mu.Lock(); defer mu.Unlock(); return status }, clock, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	time.Sleep(50 * time.Millisecond)
	if a, _ := m.counts(); a != 0 {
		t.Fatalf("analyzed %d times while catching up", a)
	}
	mu.Lock()
	status = indexer.Status{Next: 60, Lag: 0}
	mu.Unlock()
	waitFor(t, func() bool { a, p := m.counts(); return a == 1 && p == 1 })
	time.Sleep(50 * time.Millisecond)
	if a, _ := m.counts(); a != 1 {
		t.Fatalf("analyzed %d times before the interval passed", a)
	}
	m.mu.Lock()
	m.fail = errors.New("database is locked")
	m.mu.Unlock()
	clock.Advance(cfg.Every)
	waitFor(t, func() bool { a, _ := m.counts(); return a == 2 })
	waitFor(t, func() bool { return h.Healthy() != nil })
	m.mu.Lock()
	m.fail = nil
	want := uint64(clock.Now().Add(-cfg.KeepExpired).Unix())
	m.mu.Unlock()
	clock.Advance(cfg.Every)
	waitFor(t, func() bool { return h.Healthy() == nil })
	m.mu.Lock()
	got := m.pruned[1]
	m.mu.Unlock()
	if got != want {
		t.Fatalf("pruned quotes expired before %d, want %d (an hour ago)", got, want)
	}
	h.Close()
	if err := h.Healthy(); !errors.Is(err, service.ErrNotStarted) {
		t.Fatalf("healthy after close: %v", err)
	}
}
