package indexer_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/sqlstore"
	"github.com/idlegrid/idlegrid/indexer/sqlstore/storetest"
	"github.com/idlegrid/idlegrid/indexer/testchain"
)

// The follower's fault tests (getLogs range splitting against a limited or hanging node, transient errors
// backed off, the stall watchdog, 401s) moved with it to oracle/follow; what stays here are the index's own:
// batches failing then a restart, and the indexer killed at random moments.

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
