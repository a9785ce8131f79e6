package follow_test

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/idlegrid/idlegrid/oracle/follow"
	"github.com/idlegrid/idlegrid/oracle/retry"
	"github.com/idlegrid/idlegrid/oracle/service"
)

func rpcHTTPError(code int) error {
	return rpc.HTTPError{StatusCode: code, Status: "401 Unauthorized", Body: []byte(`{"error":"invalid api key"}`)}
}

var _ service.Service = (*follow.Follower)(nil)
var _ service.Failer = (*follow.Follower)(nil)

func assertSame(t *testing.T, got, want []string) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("handed over %d logs, a clean follow %d:\n got %v\nwant %v", len(got), len(want), got, want)
	}
}

func TestFollowsToTheHead(t *testing.T) {
	c := newFakeChain("g")
	c.mine(30, "a")
	s := &memStore{}
	cfg := testConfig()
	cfg.InitialRange, cfg.MaxRange = 4, 4
	f, _ := newFollower(t, c, s, cfg, nil)
	if err := f.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	assertSame(t, s.keys(), c.canonicalLogs())
	st, _, _ := s.State(context.Background())
	if st.Next != 31 || st.Final != 30-8 || st.ChainID != 31337 || st.StartBlock != 1 {
		t.Fatalf("state %+v", st)
	}
	// The window holds the hot blocks and the newest final one as its anchor.
	w, _ := s.Window(context.Background())
	if len(w) != 9 || w[0].Number != 22 || w[8].Number != 30 {
		t.Fatalf("window %v", w)
	}
	// Batches below the safe head are final (nothing hot); the rest start hot where they begin.
	for _, h := range s.hotFroms {
		if h < 1 {
			t.Fatalf("hotFrom %d", h)
		}
	}
}

func TestBatchCutAtBlockBoundary(t *testing.T) {
	c := newFakeChain("g")
	c.mine(40, "a")
	s := &memStore{}
	cfg := testConfig()
	cfg.MaxBatchEvents = 3
	f, _ := newFollower(t, c, s, cfg, nil)
	if err := f.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	assertSame(t, s.keys(), c.canonicalLogs())
	if s.applies < 40/3 {
		t.Fatalf("only %d batches for %d logs at 3 a batch", s.applies, len(c.canonicalLogs()))
	}
}

// TestReorgs: after a reorg of any depth within the window, what the store holds equals a clean follow of the
// new chain; deeper than the finality window is ErrReorgTooDeep, never silent drift.
func TestReorgs(t *testing.T) {
	tests := []struct {
		name      string
		depth     int
		newBlocks int
		wantErr   error
	}{
		{"depth 1", 1, 2, nil},
		{"depth 5", 5, 6, nil},
		{"depth 5, head first drops below the cursor", 5, 2, nil},
		{"depth 8 (the whole window)", 8, 9, nil},
		{"depth 12, deeper than the window", 12, 13, follow.ErrReorgTooDeep},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newFakeChain("g")
			c.mine(30, "a")
			s := &memStore{}
			cfg := testConfig()
			f, m := newFollower(t, c, s, cfg, nil)
			if err := f.Sync(context.Background()); err != nil {
				t.Fatal(err)
			}
			c.reorg(tc.depth, tc.newBlocks, "b")
			err := f.Sync(context.Background())
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("want %v, got %v", tc.wantErr, err)
				}
				if testutil.ToFloat64(m.ReorgsTooDeep) != 1 {
					t.Fatal("reorgs_too_deep_total not counted")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if testutil.ToFloat64(m.Reorgs) < 1 {
				t.Fatal("reorg not counted")
			}
			// The chain may have grown past the reorg's blocks meanwhile: follow on to the head.
			c.mine(3, "b")
			if err := f.Sync(context.Background()); err != nil {
				t.Fatal(err)
			}
			assertSame(t, s.keys(), cleanFollow(t, c, cfg))
		})
	}
}

func TestReorgDetectedAfterRestart(t *testing.T) {
	c := newFakeChain("g")
	c.mine(20, "a")
	s := &memStore{}
	cfg := testConfig()
	f, _ := newFollower(t, c, s, cfg, nil)
	if err := f.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	c.reorg(3, 4, "b")
	f2, _ := newFollower(t, c, s, cfg, nil) // a new process on the same store
	if err := f2.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	assertSame(t, s.keys(), cleanFollow(t, c, cfg))
}

func TestChainReset(t *testing.T) {
	t.Run("genesis changed", func(t *testing.T) {
		c := newFakeChain("g")
		c.mine(10, "a")
		s := &memStore{}
		f, _ := newFollower(t, c, s, testConfig(), nil)
		if err := f.Sync(context.Background()); err != nil {
			t.Fatal(err)
		}
		c2 := newFakeChain("other genesis")
		c2.mine(10, "a")
		f2, _ := newFollower(t, c2, s, testConfig(), nil)
		if err := f2.Start(context.Background()); !errors.Is(err, follow.ErrChainReset) {
			t.Fatalf("want ErrChainReset, got %v", err)
		}
		cfg := testConfig()
		cfg.WipeOnReset = true
		f3, _ := newFollower(t, c2, s, cfg, nil)
		if err := f3.Sync(context.Background()); err != nil {
			t.Fatal(err)
		}
		assertSame(t, s.keys(), cleanFollow(t, c2, cfg))
	})
	t.Run("deployment changed", func(t *testing.T) {
		c := newFakeChain("g")
		c.mine(5, "a")
		s := &memStore{}
		f, _ := newFollower(t, c, s, testConfig(), nil)
		if err := f.Sync(context.Background()); err != nil {
			t.Fatal(err)
		}
		cfg := testConfig()
		cfg.Fingerprint = "another deployment"
		f2, _ := newFollower(t, c, s, cfg, nil)
		if err := f2.Sync(context.Background()); !errors.Is(err, follow.ErrDeploymentChanged) {
			t.Fatalf("want ErrDeploymentChanged, got %v", err)
		}
	})
}

// TestGetLogsRangeSplitting: against a node that rejects ranges over 4 blocks, or hangs on ranges over 3 until
// the call times out, the follower splits the range, serves nothing wider than the node allows, tries a wider
// range again after successes, and ends equal to a clean follow.
func TestGetLogsRangeSplitting(t *testing.T) {
	tests := []struct {
		name  string
		setup func(c *fakeChain)
		limit uint64
	}{
		{"node rejects ranges over 4 blocks", func(c *fakeChain) { c.maxRange = 4 }, 4},
		{"node hangs on ranges over 3 blocks", func(c *fakeChain) { c.hangRange = 3 }, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newFakeChain("g")
			c.mine(30, "a")
			cfg := testConfig()
			want := cleanFollow(t, c, cfg)
			c.set(func(c *fakeChain) { c.asked, c.served = nil, nil; tc.setup(c) })
			s := &memStore{}
			cfg.FinalityDepth = 2
			cfg.InitialRange, cfg.MaxRange = 64, 64
			cfg.CallTimeout = 150 * time.Millisecond
			f, m := newFollower(t, c, s, cfg, nil)
			if err := f.Sync(context.Background()); err != nil {
				t.Fatal(err)
			}
			if n := testutil.ToFloat64(m.LogRangeSplits); n < 1 {
				t.Errorf("no range split recorded")
			}
			for _, r := range c.served {
				if span := r[1] - r[0] + 1; span > tc.limit {
					t.Errorf("served a %d-block range %v", span, r)
				}
			}
			grew, split := false, false
			for i := 1; i < len(c.asked); i++ {
				prev, cur := c.asked[i-1], c.asked[i]
				prevSpan, curSpan := prev[1]-prev[0]+1, cur[1]-cur[0]+1
				if cur[0] == prev[0] && curSpan < prevSpan {
					split = true
				}
				if split && cur[0] > prev[1] && curSpan > prevSpan {
					grew = true
				}
			}
			if !split || !grew {
				t.Errorf("want a split then a wider range again; asked %v", c.asked)
			}
			assertSame(t, s.keys(), want)
		})
	}
}

// TestTransientErrorsBackOffAndRecover runs the background loop against a node that rate-limits one call in four
// on average: it retries with backoff and still ends equal to a clean follow.
func TestTransientErrorsBackOffAndRecover(t *testing.T) {
	c := newFakeChain("g")
	c.mine(20, "a")
	cfg := testConfig()
	cfg.InitialRange, cfg.MaxRange = 4, 4
	want := cleanFollow(t, c, cfg)
	c.set(func(c *fakeChain) { c.failRate = 0.25 })
	s := &memStore{}
	f, m := newFollower(t, c, s, cfg, nil)
	var err error
	for range 20 { // Start itself may meet a 429
		if err = f.Start(context.Background()); err == nil {
			break
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	head := c.head()
	waitFor(t, func() bool { return f.Status().Next == head+1 })
	f.Close()
	if n := testutil.ToFloat64(m.RPCErrors.WithLabelValues("transient")); n < 1 {
		t.Errorf("rpc_errors_total{kind=transient} = %v", n)
	}
	assertSame(t, s.keys(), want)
}

// TestStallWatchdog: with the node down, health turns red after the stall timeout (it never hangs), and green
// again once the node is back.
func TestStallWatchdog(t *testing.T) {
	c := newFakeChain("g")
	c.mine(3, "a")
	clock := newClock()
	cfg := testConfig()
	cfg.StallTimeout = 200 * time.Millisecond
	f, m := newFollower(t, c, &memStore{}, cfg, clock)
	if err := f.Healthy(); !errors.Is(err, follow.ErrNotStarted) {
		t.Fatalf("before start: %v", err)
	}
	if err := f.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	waitFor(t, func() bool { return f.Healthy() == nil })
	c.set(func(c *fakeChain) { c.down = true })
	time.Sleep(50 * time.Millisecond) // let the loop hit the failure
	clock.Advance(time.Minute)
	waitFor(t, func() bool { return errors.Is(f.Healthy(), follow.ErrStalled) })
	waitFor(t, func() bool { return testutil.ToFloat64(m.Stalled) == 1 })
	if err := f.Healthy(); err == nil || !strings.Contains(err.Error(), "connection refused") {
		t.Errorf("stall error should carry the last failure: %v", err)
	}
	select {
	case <-f.Done():
		t.Fatal("a stall is not fatal")
	default:
	}
	c.set(func(c *fakeChain) { c.down = false })
	waitFor(t, func() bool { return f.Healthy() == nil })
	waitFor(t, func() bool { return testutil.ToFloat64(m.Stalled) == 0 })
}

// TestUnauthorizedIsFatal: a 401 stops the follower at once with a message saying what to fix, at start and
// while running, instead of a stall minutes later.
func TestUnauthorizedIsFatal(t *testing.T) {
	c := newFakeChain("g")
	c.mine(3, "a")
	c.set(func(c *fakeChain) { c.unauthorized = true })
	f, _ := newFollower(t, c, &memStore{}, testConfig(), nil)
	err := f.Start(context.Background())
	if !errors.Is(err, retry.ErrUnauthorized) || !strings.Contains(err.Error(), "API key") {
		t.Fatalf("start: %v", err)
	}

	c.set(func(c *fakeChain) { c.unauthorized = false })
	f, m := newFollower(t, c, &memStore{}, testConfig(), nil)
	if err := f.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c.set(func(c *fakeChain) { c.unauthorized = true })
	c.mine(2, "a")
	select {
	case <-f.Done():
	case <-time.After(10 * time.Second):
		t.Fatal("a 401 did not stop the follower")
	}
	if !errors.Is(f.Err(), retry.ErrUnauthorized) || !errors.Is(f.Healthy(), retry.ErrUnauthorized) {
		t.Fatalf("err %v, healthy %v", f.Err(), f.Healthy())
	}
	if testutil.ToFloat64(m.Stalled) != 0 {
		t.Fatal("reported as a stall")
	}
}

// TestStoreHaltIsFatalOtherErrorsRetried: a Store error marked with Halt stops the follower (Done, Err); any
// other is retried until it succeeds.
func TestStoreHaltIsFatalOtherErrorsRetried(t *testing.T) {
	c := newFakeChain("g")
	c.mine(12, "a")
	flaky := errors.New("database is locked")
	s := &memStore{failAfter: 1, failWith: flaky}
	f, _ := newFollower(t, c, s, testConfig(), nil)
	if err := f.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { return strings.Contains(f.Status().Error, "database is locked") })
	s.mu.Lock()
	s.failAfter = 0
	s.mu.Unlock()
	waitFor(t, func() bool { return f.Status().Next == c.head()+1 })
	if f.Err() != nil {
		t.Fatalf("a retried error was fatal: %v", f.Err())
	}
	f.Close()

	bad := errors.New("event the contract and the node disagree on")
	s2 := &memStore{failAfter: 1, failWith: follow.Halt(bad)}
	f2, _ := newFollower(t, c, s2, testConfig(), nil)
	if err := f2.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer f2.Close()
	select {
	case <-f2.Done():
	case <-time.After(10 * time.Second):
		t.Fatal("a halting store error did not stop the follower")
	}
	if !errors.Is(f2.Err(), bad) {
		t.Fatalf("err %v", f2.Err())
	}
}

func TestConfigValidate(t *testing.T) {
	if err := testConfig().Validate(); err != nil {
		t.Fatal(err)
	}
	for name, mutate := range map[string]func(*follow.Config){
		"no addresses":        func(c *follow.Config) { c.Addresses = nil },
		"zero address":        func(c *follow.Config) { c.Addresses = append(c.Addresses, [20]byte{}) },
		"poll interval":       func(c *follow.Config) { c.PollInterval = 0 },
		"range":               func(c *follow.Config) { c.InitialRange = c.MaxRange + 1 },
		"batch":               func(c *follow.Config) { c.MaxBatchEvents = 0 },
		"backoff":             func(c *follow.Config) { c.BackoffMax = c.BackoffMin / 2 },
		"stall below polling": func(c *follow.Config) { c.StallTimeout = c.PollInterval },
	} {
		cfg := testConfig()
		mutate(&cfg)
		if err := cfg.Validate(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
