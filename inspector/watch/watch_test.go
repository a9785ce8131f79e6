package watch_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/inspector/assign"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/inspector/sqlstore"
	"github.com/idlegrid/idlegrid/inspector/watch"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/liveness"
	"github.com/idlegrid/idlegrid/oracle/service"
)

func testKey(t testing.TB, seed byte) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(bytes.Repeat([]byte{seed}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

type directory map[common.Hash]liveness.Target

func (d directory) Target(_ context.Context, m common.Hash) (liveness.Target, error) {
	t, ok := d[m]
	if !ok {
		return liveness.Target{}, fmt.Errorf("unknown machine %s", m)
	}
	return t, nil
}

// providerNode serves the liveness echo for ids with a fresh node key.
func providerNode(t testing.TB, seed byte, ids []common.Hash) (*httptest.Server, common.Address) {
	t.Helper()
	signer := keys.NewSigner(testKey(t, seed))
	h, err := liveness.NewHandler(liveness.HandlerConfig{Signer: signer, Machines: ids, PerClientRate: 1e9, PerClientBurst: 1e9}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv, signer.Address()
}

func openDB(t testing.TB) *sqlstore.DB {
	t.Helper()
	db, err := sqlstore.Open(context.Background(), filepath.Join(t.TempDir(), "inspector.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func machineIDs(n int) []common.Hash {
	out := make([]common.Hash, n)
	for i := range out {
		out[i] = crypto.Keccak256Hash([]byte(fmt.Sprintf("machine %d", i)))
	}
	return out
}

// TestWatcherRecordsChecks: the watcher checks each machine on schedule; a live node's machine stays up in the
// log, a stopped node's goes down after two failed checks.
func TestWatcherRecordsChecks(t *testing.T) {
	ids := machineIDs(2)
	upSrv, upNode := providerNode(t, 1, ids[:1])
	downSrv, downNode := providerNode(t, 2, ids[1:])
	downSrv.Close() // stopped provider node: connections refused
	dir := directory{
		ids[0]: {URL: upSrv.URL, Machine: ids[0], Node: upNode},
		ids[1]: {URL: downSrv.URL, Machine: ids[1], Node: downNode},
	}
	client, err := liveness.NewClient(liveness.ClientConfig{Signer: keys.NewSigner(testKey(t, 9)), Backoff: time.Millisecond,
		AttemptTimeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	cfg := assign.ScheduleConfig{LivenessEvery: 50 * time.Millisecond, ComputeMin: time.Hour, ComputeMax: time.Hour, FirstCompute: time.Hour}
	sched, err := assign.NewSchedulerSeeded(cfg, [32]byte{1})
	if err != nil {
		t.Fatal(err)
	}
	db := openDB(t)
	lg, _ := observe.NewLog(observe.Config{FailuresNeeded: 2, Fresh: time.Second}, db)
	w, err := watch.NewWatcher(watch.WatcherConfig{}, sched, watch.LivenessChecker{Client: client, Directory: dir}, lg, nil, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	count := map[common.Hash]int{}
	w.OnRecorded(func(o observe.Outcome, err error) {
		if err != nil {
			t.Errorf("record: %v", err)
		}
		mu.Lock()
		count[o.Machine]++
		mu.Unlock()
	})
	w.Set([]assign.Machine{{ID: ids[0]}, {ID: ids[1]}})
	if err := w.Healthy(); !errors.Is(err, service.ErrNotStarted) {
		t.Fatalf("healthy before start: %v", err)
	}
	if err := w.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := w.Start(context.Background()); !errors.Is(err, service.ErrAlreadyStarted) {
		t.Fatalf("second start: %v", err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		mu.Lock()
		enough := count[ids[0]] >= 5 && count[ids[1]] >= 3
		mu.Unlock()
		if enough {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("checks recorded: %v", count)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := w.Healthy(); err != nil {
		t.Fatalf("healthy while running: %v", err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	if _, down, err := lg.Down(context.Background(), ids[0], now); err != nil || down {
		t.Fatalf("live machine down: %v %v", down, err)
	}
	since, down, err := lg.Down(context.Background(), ids[1], now)
	if err != nil || !down {
		t.Fatalf("stopped machine not down: %v", err)
	}
	first, _ := lg.Store().Runs(context.Background(), ids[1], observe.Liveness, time.Time{}, 1)
	if len(first) != 1 || !first[0].First.Equal(since) {
		t.Fatalf("down since %s, first failing run %+v", since, first)
	}
}

// BenchmarkWatcherLiveness measures liveness checks per minute for one inspector node: the watcher, the
// liveness client, a local echo server for 1,000 machines and the SQLite log (synchronous=FULL), all on this
// machine's cores (run with -cpu 2 for the 2-core figure; target ≥ 1,000 machines/min). The schedule asks for
// far more than it can do (every machine every 50 ms), so the figure is the node's capacity.
func BenchmarkWatcherLiveness(b *testing.B) {
	ids := machineIDs(1000)
	srv, node := providerNode(b, 1, ids)
	dir := directory{}
	var set []assign.Machine
	for _, id := range ids {
		dir[id] = liveness.Target{URL: srv.URL, Machine: id, Node: node}
		set = append(set, assign.Machine{ID: id})
	}
	client, _ := liveness.NewClient(liveness.ClientConfig{Signer: keys.NewSigner(testKey(b, 9))})
	sched, _ := assign.NewSchedulerSeeded(assign.ScheduleConfig{LivenessEvery: 50 * time.Millisecond, ComputeMin: time.Hour,
		ComputeMax: time.Hour, FirstCompute: time.Hour}, [32]byte{2})
	db := openDB(b)
	lg, _ := observe.NewLog(observe.DefaultConfig(), db)
	w, _ := watch.NewWatcher(watch.WatcherConfig{}, sched, watch.LivenessChecker{Client: client, Directory: dir}, lg, nil, zerolog.Nop())
	var done, failed atomic.Int64
	finished := make(chan struct{})
	target := int64(b.N)
	w.OnRecorded(func(o observe.Outcome, err error) {
		if err != nil || !o.OK {
			failed.Add(1)
		}
		if done.Add(1) == target {
			close(finished)
		}
	})
	w.Set(set)
	ctx, cancel := context.WithCancel(context.Background())
	b.ResetTimer()
	start := time.Now()
	go func() { _ = w.Run(ctx) }()
	<-finished
	elapsed := time.Since(start)
	cancel()
	b.StopTimer()
	if failed.Load() > 0 {
		b.Fatalf("%d of %d checks failed or were not recorded", failed.Load(), done.Load())
	}
	b.ReportMetric(float64(b.N)/elapsed.Minutes(), "checks/min")
}

type receiptSource []liveness.GPUReceipt

func (r receiptSource) Receipts(context.Context, common.Hash) ([]liveness.GPUReceipt, error) {
	return r, nil
}

// TestReceiptsChecker: leased GPUs of a compute task are checked by signed receipts; a missing GPU or a
// stopped container fails the check; liveness tasks are left to the liveness checker.
func TestReceiptsChecker(t *testing.T) {
	id := machineIDs(1)[0]
	signer := keys.NewSigner(testKey(t, 3))
	gpus := receiptSource{
		{UUID: "GPU-a", LeaseID: big.NewInt(4), ContainerRunning: true, UtilizationPct: 90, EnergyMJ: 1000},
		{UUID: "GPU-b", LeaseID: big.NewInt(4), ContainerRunning: false, UtilizationPct: 0, EnergyMJ: 10},
	}
	h, err := liveness.NewHandler(liveness.HandlerConfig{Signer: signer, Machines: []common.Hash{id}, Receipts: gpus}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	client, _ := liveness.NewClient(liveness.ClientConfig{Signer: keys.NewSigner(testKey(t, 9))})
	dir := directory{id: {URL: srv.URL, Machine: id, Node: signer.Address()}}
	c := watch.Checkers{watch.LivenessChecker{Client: client, Directory: dir}, watch.ReceiptsChecker{Client: client, Directory: dir}}
	ctx := context.Background()
	for _, tc := range []struct {
		leased []string
		ok     bool
	}{{[]string{"GPU-a"}, true}, {[]string{"GPU-a", "GPU-b"}, false}, {[]string{"GPU-c"}, false}} {
		out := c.Check(ctx, assign.Task{Kind: assign.Compute, Machine: id, Leased: tc.leased, Idle: []string{"GPU-z"}})
		if len(out) != 1 || out[0].Kind != observe.Receipts || out[0].OK != tc.ok {
			t.Fatalf("leased %v: %+v", tc.leased, out)
		}
	}
	if out := c.Check(ctx, assign.Task{Kind: assign.Compute, Machine: id, Idle: []string{"GPU-a"}}); len(out) != 0 {
		t.Fatalf("no leased GPU, no receipts: %+v", out)
	}
	out := c.Check(ctx, assign.Task{Kind: assign.Liveness, Machine: id})
	if len(out) != 1 || out[0].Kind != observe.Liveness || !out[0].OK {
		t.Fatalf("liveness: %+v", out)
	}
}
