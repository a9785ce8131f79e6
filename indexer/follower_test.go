package indexer_test

import (
	"context"
	"errors"
	"os"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/decode"
	"github.com/idlegrid/idlegrid/indexer/sqlstore"
	"github.com/idlegrid/idlegrid/indexer/sqlstore/pgtest"
	"github.com/idlegrid/idlegrid/indexer/sqlstore/storetest"
	"github.com/idlegrid/idlegrid/indexer/testchain"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// fakeClock is a settable clock (the watchdog tests move it).
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *fakeClock { return &fakeClock{t: time.Unix(1_700_000_000, 0)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func testConfig(c *testchain.Chain) indexer.Config {
	cfg := indexer.DefaultConfig()
	cfg.Contracts = c.Contracts
	cfg.StartBlock = c.DeployBlock
	cfg.FinalityDepth = 8
	cfg.PollInterval = 10 * time.Millisecond
	cfg.BackoffMin, cfg.BackoffMax = time.Millisecond, 10*time.Millisecond
	cfg.CallTimeout = 10 * time.Second
	return cfg
}

func newFollower(t testing.TB, chain indexer.Chain, db indexer.Store, cfg indexer.Config, clock indexer.Clock) (*indexer.Follower, *indexer.Metrics) {
	t.Helper()
	dec, err := decode.New(cfg.Contracts)
	if err != nil {
		t.Fatal(err)
	}
	m := indexer.NewMetrics(nil)
	if clock == nil {
		clock = newClock()
	}
	f, err := indexer.New(cfg, chain, db, dec, clock, zerolog.Nop(), m)
	if err != nil {
		t.Fatal(err)
	}
	return f, m
}

// activity sends a few protocol transactions per block from accounts 1..n-1; seed varies what they do so two
// branches of a fork differ while touching the same accounts.
func activity(c *testchain.Chain, seed, blocks int) {
	for b := range blocks {
		i := 1 + (seed+b)%(len(c.Accounts)-1)
		c.Stake(i, indexer.RoleProvider, testchain.Ether(int64(300+seed*7+b)))
		id := testchain.MachineID(seed*1000 + b)
		c.ListMachine(i, id, testchain.Classes[(seed+b)%len(testchain.Classes)], 1+uint32(b%2))
		if b%3 == 2 {
			c.Call(i, indexer.Staking, c.Staking.PackUnbond(indexer.RoleProvider, testchain.Ether(10)))
		}
		if b%4 == 3 {
			c.Call(i, indexer.NodeRegistry, c.Registry.PackUpdateMachineMetadata(id, "ipfs://v2", "https://v2.example"))
		}
		if b%5 == 4 {
			c.Call(i, indexer.NodeRegistry, c.Registry.PackDelistMachine(id))
		}
		// Every third block the machine listed in the block before is leased through LeaseEscrow.
		if prev := b - 1; b%3 == 1 && prev%5 != 4 {
			owner := 1 + (seed+prev)%(len(c.Accounts)-1)
			renter := 1 + (owner % (len(c.Accounts) - 1))
			expiry := c.Head().Time + 3600
			q := c.SignQuote(owner, testchain.MachineID(seed*1000+prev), 1, int64(100+b), 86_400, expiry, int64(seed*1000+b))
			c.OpenLease(renter, q, 600)
		}
		c.Mine()
	}
}

func snapshot(t testing.TB, db *sqlstore.DB) map[string][]string {
	t.Helper()
	s, err := db.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// cleanIndex indexes the chain as it is now into a fresh database of the same dialect.
func cleanIndex(t *testing.T, c *testchain.Chain, d sqlstore.Dialect, cfg indexer.Config) map[string][]string {
	t.Helper()
	db := storetest.MustOpenDB(t, d, nil)
	f, _ := newFollower(t, c.Client, db, cfg, nil)
	if err := f.Sync(context.Background()); err != nil {
		t.Fatalf("clean index: %v", err)
	}
	return snapshot(t, db)
}

func assertSameIndex(t *testing.T, got, want map[string][]string) {
	t.Helper()
	for table, rows := range want {
		if !reflect.DeepEqual(got[table], rows) {
			t.Errorf("table %s differs from a clean index:\n got %d rows: %v\nwant %d rows: %v", table, len(got[table]), got[table], len(rows), rows)
		}
	}
}

func TestFollowerIndexesStakingActivity(t *testing.T) {
	storetest.Each(t, nil, func(t *testing.T, db *sqlstore.DB) {
		c := testchain.New(t, testchain.Options{})
		activity(c, 0, 12)
		f, m := newFollower(t, c.Client, db, testConfig(c), nil)
		if err := f.Sync(context.Background()); err != nil {
			t.Fatal(err)
		}
		snap := snapshot(t, db)
		// 12 listings, 2 of them delisted; every listing, stake, unbond and transfer is an event.
		if n := len(snap["machines"]); n != 12 {
			t.Errorf("machines: %d rows, want 12", n)
		}
		if n := len(snap["leases"]); n != 3 { // blocks 1, 4, 7 (block 10 would lease a machine delisted in 9)
			t.Errorf("leases: %d rows, want 3", n)
		}
		if n := testutil.ToFloat64(m.Events); n < 12*5 {
			t.Errorf("events ingested %v, want at least %d", n, 12*5)
		}
		st, _, _ := db.SyncState(context.Background())
		if head := c.Head().Number.Uint64(); st.Next != head+1 {
			t.Errorf("next block %d, head %d", st.Next, head)
		}
		// Idempotent: a second sync changes nothing.
		if err := f.Sync(context.Background()); err != nil {
			t.Fatal(err)
		}
		assertSameIndex(t, snapshot(t, db), snap)
	})
}

// TestReorgMatchesCleanIndex forks the chain at several depths below the indexed head, builds a different,
// longer branch, and checks the followed index equals a clean index of the new chain, or, deeper than the
// finality window, that the follower stops with ErrReorgTooDeep.
func TestReorgMatchesCleanIndex(t *testing.T) {
	const finality = 8
	tests := []struct {
		name         string
		depth        uint64
		syncAtFork   bool // sync while the head is still the fork point (head below the cursor)
		wantTooDeep  bool
		branchBlocks int
	}{
		{name: "depth 1", depth: 1, branchBlocks: 3},
		{name: "depth 5", depth: 5, branchBlocks: 7},
		{name: "depth 5, head first drops below the cursor", depth: 5, syncAtFork: true, branchBlocks: 7},
		{name: "depth 8 (the whole window)", depth: finality, branchBlocks: 10},
		{name: "depth 12, deeper than the window", depth: 12, wantTooDeep: true, branchBlocks: 14},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			storetest.Each(t, nil, func(t *testing.T, db *sqlstore.DB) {
				ctx := context.Background()
				c := testchain.New(t, testchain.Options{})
				activity(c, 0, 16)
				cfg := testConfig(c)
				cfg.FinalityDepth = finality
				f, m := newFollower(t, c.Client, db, cfg, nil)
				if err := f.Sync(ctx); err != nil {
					t.Fatal(err)
				}
				head := c.Head().Number.Uint64()
				c.Fork(head - tc.depth)
				if tc.syncAtFork && !tc.wantTooDeep {
					if err := f.Sync(ctx); err != nil {
						t.Fatalf("sync with the head below the cursor: %v", err)
					}
					assertSameIndex(t, snapshot(t, db), cleanIndex(t, c, db.Dialect(), cfg))
				}
				activity(c, 1, tc.branchBlocks)
				err := f.Sync(ctx)
				if tc.wantTooDeep {
					if !errors.Is(err, indexer.ErrReorgTooDeep) {
						t.Fatalf("want ErrReorgTooDeep, got %v", err)
					}
					if n := testutil.ToFloat64(m.ReorgsTooDeep); n != 1 {
						t.Errorf("reorgs_too_deep_total = %v", n)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				if n := testutil.ToFloat64(m.Reorgs); n < 1 {
					t.Errorf("reorgs_total = %v", n)
				}
				assertSameIndex(t, snapshot(t, db), cleanIndex(t, c, db.Dialect(), cfg))
			})
		})
	}
}

// TestReorgDetectedAfterRestart: the window is persisted, so a follower started on an existing index notices a
// reorg that happened while it was down.
func TestReorgDetectedAfterRestart(t *testing.T) {
	storetest.Each(t, nil, func(t *testing.T, db *sqlstore.DB) {
		ctx := context.Background()
		c := testchain.New(t, testchain.Options{})
		activity(c, 0, 10)
		cfg := testConfig(c)
		f, _ := newFollower(t, c.Client, db, cfg, nil)
		if err := f.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		c.Fork(c.Head().Number.Uint64() - 3)
		activity(c, 2, 5)
		f2, m2 := newFollower(t, c.Client, db, cfg, nil)
		if err := f2.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		if n := testutil.ToFloat64(m2.Reorgs); n != 1 {
			t.Errorf("reorgs after restart = %v, want 1", n)
		}
		assertSameIndex(t, snapshot(t, db), cleanIndex(t, c, db.Dialect(), cfg))
	})
}

func TestChainResetDetected(t *testing.T) {
	ctx := context.Background()
	t.Run("genesis changed", func(t *testing.T) {
		db := storetest.MustOpenDB(t, sqlstore.SQLite, nil)
		a := testchain.New(t, testchain.Options{})
		activity(a, 0, 3)
		cfg := testConfig(a)
		f, _ := newFollower(t, a.Client, db, cfg, nil)
		if err := f.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		// A different genesis (another account set), same contract addresses.
		b := testchain.New(t, testchain.Options{Accounts: 9})
		cfgB := testConfig(b)
		cfgB.Contracts, cfgB.StartBlock = cfg.Contracts, cfg.StartBlock
		fb, m := newFollower(t, b.Client, db, cfgB, nil)
		if err := fb.Sync(ctx); !errors.Is(err, indexer.ErrChainReset) {
			t.Fatalf("want ErrChainReset, got %v", err)
		}
		if n := testutil.ToFloat64(m.ChainResets); n != 1 {
			t.Errorf("chain_resets_total = %v", n)
		}
	})
	t.Run("head below the cursor, same genesis (restarted devnet)", func(t *testing.T) {
		db := storetest.MustOpenDB(t, sqlstore.SQLite, nil)
		a := testchain.New(t, testchain.Options{})
		activity(a, 0, 12)
		cfg := testConfig(a)
		f, _ := newFollower(t, a.Client, db, cfg, nil)
		if err := f.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		// Same accounts, same deployments: the same genesis and addresses, but a new, shorter history.
		b := testchain.New(t, testchain.Options{})
		c := testConfig(b)
		c.Contracts, c.StartBlock = cfg.Contracts, cfg.StartBlock
		fb, _ := newFollower(t, b.Client, db, c, nil)
		err := fb.Sync(ctx)
		if !errors.Is(err, indexer.ErrChainReset) {
			t.Fatalf("want ErrChainReset, got %v", err)
		}
		// With WipeOnReset the follower starts over and ends equal to a clean index of the new chain.
		c.WipeOnReset = true
		activity(b, 3, 2)
		fw, _ := newFollower(t, b.Client, db, c, nil)
		if err := fw.Start(ctx); err != nil {
			t.Fatal(err)
		}
		defer fw.Close()
		waitFor(t, func() bool {
			st := fw.Status()
			return st.Next == b.Head().Number.Uint64()+1 && st.Error == ""
		})
		fw.Close()
		assertSameIndex(t, snapshot(t, db), cleanIndex(t, b, sqlstore.SQLite, c))
	})
	t.Run("deployment changed", func(t *testing.T) {
		db := storetest.MustOpenDB(t, sqlstore.SQLite, nil)
		a := testchain.New(t, testchain.Options{})
		cfg := testConfig(a)
		f, _ := newFollower(t, a.Client, db, cfg, nil)
		if err := f.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		cfg.StartBlock++
		f2, _ := newFollower(t, a.Client, db, cfg, nil)
		if err := f2.Sync(ctx); !errors.Is(err, indexer.ErrDeploymentChanged) {
			t.Fatalf("want ErrDeploymentChanged, got %v", err)
		}
	})
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("timed out waiting")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
