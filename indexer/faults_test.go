package indexer_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/sqlstore"
	"github.com/idlegrid/idlegrid/indexer/sqlstore/storetest"
	"github.com/idlegrid/idlegrid/indexer/testchain"
)

// flakyChain is a node with limits and failures, wrapped around a real chain: it rejects getLogs ranges
// wider than maxRange like hosted RPCs do, hangs on ranges wider than hangRange until the call times out,
// answers a failRate share of calls with a 429, and fails everything while down.
type flakyChain struct {
	indexer.Chain
	mu        sync.Mutex
	maxRange  uint64
	hangRange uint64
	failRate  float64
	rng       *rand.Rand
	down      bool
	asked     [][2]uint64 // getLogs ranges asked for
	served    [][2]uint64 // getLogs ranges answered
}

func (c *flakyChain) fail() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.down {
		return errors.New("dial tcp 127.0.0.1:8545: connect: connection refused")
	}
	if c.failRate > 0 && c.rng.Float64() < c.failRate {
		return errors.New("429 Too Many Requests: rate limited")
	}
	return nil
}

func (c *flakyChain) setDown(down bool) {
	c.mu.Lock()
	c.down = down
	c.mu.Unlock()
}

func (c *flakyChain) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if err := c.fail(); err != nil {
		return nil, err
	}
	return c.Chain.HeaderByNumber(ctx, n)
}

func (c *flakyChain) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if err := c.fail(); err != nil {
		return nil, err
	}
	span := q.ToBlock.Uint64() - q.FromBlock.Uint64() + 1
	c.mu.Lock()
	c.asked = append(c.asked, [2]uint64{q.FromBlock.Uint64(), q.ToBlock.Uint64()})
	c.mu.Unlock()
	if c.hangRange > 0 && span > c.hangRange {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	if c.maxRange > 0 && span > c.maxRange {
		return nil, fmt.Errorf("query exceeds max block range %d", c.maxRange)
	}
	logs, err := c.Chain.FilterLogs(ctx, q)
	if err == nil {
		c.mu.Lock()
		c.served = append(c.served, [2]uint64{q.FromBlock.Uint64(), q.ToBlock.Uint64()})
		c.mu.Unlock()
	}
	return logs, err
}

func TestGetLogsRangeSplitting(t *testing.T) {
	c := testchain.New(t, testchain.Options{})
	activity(c, 0, 30)
	tests := []struct {
		name  string
		chain *flakyChain
		limit uint64
	}{
		{"node rejects ranges over 4 blocks", &flakyChain{Chain: c.Client, maxRange: 4}, 4},
		{"node hangs on ranges over 3 blocks", &flakyChain{Chain: c.Client, hangRange: 3}, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			db := storetest.MustOpenDB(t, sqlstore.SQLite, nil)
			cfg := testConfig(c)
			cfg.FinalityDepth = 2
			cfg.InitialRange, cfg.MaxRange = 64, 64
			cfg.CallTimeout = 150 * time.Millisecond
			f, m := newFollower(t, tc.chain, db, cfg, nil)
			if err := f.Sync(context.Background()); err != nil {
				t.Fatal(err)
			}
			if n := testutil.ToFloat64(m.LogRangeSplits); n < 1 {
				t.Errorf("no range split recorded")
			}
			for _, r := range tc.chain.served {
				if span := r[1] - r[0] + 1; span > tc.limit {
					t.Errorf("served a %d-block range %v", span, r)
				}
			}
			// After successes at the reduced range the follower tries a wider one again.
			grew, split := false, false
			for i := 1; i < len(tc.chain.asked); i++ {
				prev, cur := tc.chain.asked[i-1], tc.chain.asked[i]
				prevSpan, curSpan := prev[1]-prev[0]+1, cur[1]-cur[0]+1
				if cur[0] == prev[0] && curSpan < prevSpan {
					split = true
				}
				if split && cur[0] > prev[1] && curSpan > prevSpan {
					grew = true
				}
			}
			if !split || !grew {
				t.Errorf("want a split then a wider range again; asked %v", tc.chain.asked)
			}
			assertSameIndex(t, snapshot(t, db), cleanIndex(t, c, sqlstore.SQLite, cfg))
		})
	}
}

// TestTransientErrorsBackOffAndRecover runs the background loop against a node that rate-limits one call in four
// call on average: it retries with backoff and still ends equal to a clean index.
func TestTransientErrorsBackOffAndRecover(t *testing.T) {
	c := testchain.New(t, testchain.Options{})
	activity(c, 0, 20)
	db := storetest.MustOpenDB(t, sqlstore.SQLite, nil)
	fc := &flakyChain{Chain: c.Client, failRate: 0.25, rng: rand.New(rand.NewPCG(1, 2))}
	cfg := testConfig(c)
	cfg.InitialRange, cfg.MaxRange = 4, 4
	f, m := newFollower(t, fc, db, cfg, nil)
	if err := f.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	head := c.Head().Number.Uint64()
	waitFor(t, func() bool { return f.Status().Next == head+1 })
	f.Close()
	if n := testutil.ToFloat64(m.RPCErrors.WithLabelValues("transient")); n < 1 {
		t.Errorf("rpc_errors_total{kind=transient} = %v", n)
	}
	assertSameIndex(t, snapshot(t, db), cleanIndex(t, c, sqlstore.SQLite, cfg))
}

// TestStallWatchdog: with the node down, health turns red after the stall timeout (it never hangs), and green
// again once the node is back.
func TestStallWatchdog(t *testing.T) {
	c := testchain.New(t, testchain.Options{})
	db := storetest.MustOpenDB(t, sqlstore.SQLite, nil)
	fc := &flakyChain{Chain: c.Client}
	clock := newClock()
	cfg := testConfig(c)
	cfg.StallTimeout = 200 * time.Millisecond
	f, m := newFollower(t, fc, db, cfg, clock)
	if err := f.Healthy(); !errors.Is(err, indexer.ErrNotStarted) {
		t.Fatalf("before start: %v", err)
	}
	if err := f.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	waitFor(t, func() bool { return f.Healthy() == nil })
	fc.setDown(true)
	time.Sleep(50 * time.Millisecond) // let the loop hit the failure
	clock.Advance(time.Minute)
	waitFor(t, func() bool { return errors.Is(f.Healthy(), indexer.ErrStalled) })
	waitFor(t, func() bool { return testutil.ToFloat64(m.Stalled) == 1 })
	if err := f.Healthy(); err == nil || !containsAll(err.Error(), "connection refused") {
		t.Errorf("stall error should carry the last failure: %v", err)
	}
	fc.setDown(false)
	waitFor(t, func() bool { return f.Healthy() == nil })
	waitFor(t, func() bool { return testutil.ToFloat64(m.Stalled) == 0 })
}

func containsAll(s string, subs ...string) bool {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return false
		}
	}
	return true
}

// failingStore fails the batch after `after` committed ones: a crash between batches.
type failingStore struct {
	indexer.Store
	after   int
	batches int
}

var errCrash = errors.New("simulated crash")

func (s *failingStore) Ingest(ctx context.Context, b *indexer.Batch, project func(indexer.RowReader) (*indexer.Changes, error)) error {
	if s.batches >= s.after {
		return errCrash
	}
	s.batches++
	return s.Store.Ingest(ctx, b, project)
}

// TestRestartAfterFailedBatches stops ingestion at several batch boundaries and restarts a new follower on the
// same database each time; the result equals a clean index (no duplicates, no gaps).
func TestRestartAfterFailedBatches(t *testing.T) {
	c := testchain.New(t, testchain.Options{})
	activity(c, 0, 24)
	storetest.Each(t, nil, func(t *testing.T, db *sqlstore.DB) {
		cfg := testConfig(c)
		cfg.InitialRange, cfg.MaxRange = 3, 3
		for _, after := range []int{1, 2, 5} {
			f, _ := newFollower(t, c.Client, &failingStore{Store: db, after: after}, cfg, nil)
			if err := f.Sync(context.Background()); !errors.Is(err, errCrash) {
				t.Fatalf("want the simulated crash, got %v", err)
			}
		}
		f, _ := newFollower(t, c.Client, db, cfg, nil)
		if err := f.Sync(context.Background()); err != nil {
			t.Fatal(err)
		}
		assertSameIndex(t, snapshot(t, db), cleanIndex(t, c, db.Dialect(), cfg))
	})
}

// crashChildEnv marks the re-executed test binary as the indexer process to be killed.
const crashChildEnv = "IDLEGRID_INDEXER_CRASH_CHILD"

type crashJob struct {
	RPC       string
	DB        string
	Contracts map[string]common.Address
	Start     uint64
}

// TestKillAnywhereAndRestart runs the indexer in a child process against the chain over HTTP JSON-RPC, kills
// it with SIGKILL at random moments (mid-batch included), restarts it, and checks the final database equals a
// clean index.
func TestKillAnywhereAndRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	c := testchain.New(t, testchain.Options{HTTP: true})
	activity(c, 0, 120)
	job := crashJob{RPC: c.HTTPEndpoint, DB: filepath.Join(t.TempDir(), "crash.db"), Contracts: c.Contracts, Start: c.DeployBlock}
	raw, _ := json.Marshal(job)
	watch, err := sqlstore.Open(context.Background(), job.DB, sqlstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer watch.Close()
	next := func() uint64 {
		st, _, err := watch.SyncState(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return st.Next
	}
	rng := rand.New(rand.NewPCG(7, 11))
	kills := 0
	for run := 0; run < 8; run++ {
		before := next()
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.v")
		cmd.Env = append(os.Environ(), crashChildEnv+"="+string(raw))
		out := &strings.Builder{}
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		// Kill it a random moment after it has made progress: between batches or in the middle of one.
		killed := false
	wait:
		for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); {
			select {
			case err := <-done:
				if err != nil {
					t.Fatalf("child run %d: %v\n%s", run, err, out)
				}
				break wait
			case <-time.After(2 * time.Millisecond):
			}
			if next() > before {
				time.Sleep(time.Duration(rng.IntN(15_000)) * time.Microsecond)
				_ = cmd.Process.Signal(syscall.SIGKILL)
				<-done
				killed = true
				break
			}
		}
		if killed {
			kills++
		}
	}
	// A last run to the head.
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+string(raw))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("final child run: %v\n%s", err, out)
	}
	if kills < 4 {
		t.Errorf("only %d of 8 runs were killed before reaching the head", kills)
	}
	cfg := testConfig(c)
	assertSameIndex(t, snapshot(t, watch), cleanIndex(t, c, sqlstore.SQLite, cfg))
	t.Logf("killed the indexer %d times", kills)
}

// TestCrashChild is the indexer process of TestKillAnywhereAndRestart (it does nothing in a normal run).
func TestCrashChild(t *testing.T) {
	raw := os.Getenv(crashChildEnv)
	if raw == "" {
		t.Skip("only runs as TestKillAnywhereAndRestart's child")
	}
	var job crashJob
	if err := json.Unmarshal([]byte(raw), &job); err != nil {
		t.Fatal(err)
	}
	client, err := ethclient.Dial(job.RPC)
	if err != nil {
		t.Fatal(err)
	}
	db, err := sqlstore.Open(context.Background(), job.DB, sqlstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cfg := indexer.DefaultConfig()
	cfg.Contracts, cfg.StartBlock, cfg.FinalityDepth = job.Contracts, job.Start, 8
	cfg.InitialRange, cfg.MaxRange = 1, 1 // one block per transaction: many chances to die mid-way
	f, _ := newFollower(t, client, db, cfg, nil)
	if err := f.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
}
