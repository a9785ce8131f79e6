package watch_test

import (
	"context"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/inspector/assign"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/inspector/watch"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/liveness"
)

// pingPath is the baseline's handler: a bare HTTPS round trip on the same server, with no signature anywhere.
const pingPath = "/bench/ping"

// BenchmarkWatcherLivenessManyNodes measures one inspector's liveness checks per minute against 1,000 machines
// behind 100 provider nodes, each its own TLS server with its own node key (as production: one endpoint per
// provider node, machines sharing it), through the watcher at its default concurrency, the liveness client
// (signed request, signed echo, both recovered) and the SQLite log (synchronous=FULL). The schedule asks for
// every machine every 50 ms, far more than can be done, so the figure is the node's capacity. The baseline,
// measured in the same run against the same servers with the same client and concurrency, is the bare HTTPS
// round trip: checks/roundtrip says what share of the transport's own rate a check keeps. Run with -cpu 2
// for the 2-core figure; the target is ≥ 1,000 checks/min.
func BenchmarkWatcherLivenessManyNodes(b *testing.B) {
	const nodes, perNode = 100, 10
	ids := machineIDs(nodes * perNode)
	dir := directory{}
	var servers []*httptest.Server
	var set []assign.Machine
	for i := range nodes {
		signer := keys.NewSigner(testKey(b, byte(10+i)))
		mine := ids[i*perNode : (i+1)*perNode]
		h, err := liveness.NewHandler(liveness.HandlerConfig{Signer: signer, Machines: mine, PerClientRate: 1e9, PerClientBurst: 1e9}, zerolog.Nop())
		if err != nil {
			b.Fatal(err)
		}
		mux := http.NewServeMux()
		mux.Handle(liveness.EchoPath, h)
		mux.HandleFunc(pingPath, func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, `{"ok":true}`) })
		srv := httptest.NewUnstartedServer(mux)
		srv.Config.ErrorLog = log.New(io.Discard, "", 0) // handshakes cut by the cleanup's Close are not errors here
		srv.StartTLS()
		b.Cleanup(srv.Close)
		servers = append(servers, srv)
		for _, id := range mine {
			dir[id] = liveness.Target{URL: srv.URL, Machine: id, Node: signer.Address()}
			set = append(set, assign.Machine{ID: id})
		}
	}
	// One client for all: httptest's TLS servers share one certificate, which srv.Client() trusts.
	tr := servers[0].Client().Transport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 16
	httpc := &http.Client{Transport: tr}
	b.Cleanup(tr.CloseIdleConnections)
	client, err := liveness.NewClient(liveness.ClientConfig{Signer: keys.NewSigner(testKey(b, 9)), HTTP: httpc})
	if err != nil {
		b.Fatal(err)
	}
	sched, err := assign.NewSchedulerSeeded(assign.ScheduleConfig{LivenessEvery: 50 * time.Millisecond, ComputeMin: time.Hour,
		ComputeMax: time.Hour, FirstCompute: time.Hour}, [32]byte{3})
	if err != nil {
		b.Fatal(err)
	}
	lg, err := observe.NewLog(observe.DefaultConfig(), openDB(b))
	if err != nil {
		b.Fatal(err)
	}
	var wcfg watch.WatcherConfig
	w, err := watch.NewWatcher(wcfg, sched, watch.LivenessChecker{Client: client, Directory: dir}, lg, nil, zerolog.Nop())
	if err != nil {
		b.Fatal(err)
	}
	var done, failed atomic.Int64
	machinesSeen := sync.Map{}
	finished := make(chan struct{})
	target := int64(b.N)
	w.OnRecorded(func(o observe.Outcome, err error) {
		if err != nil || !o.OK {
			failed.Add(1)
		}
		machinesSeen.Store(o.Machine, true)
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
	seen := 0
	machinesSeen.Range(func(any, any) bool { seen++; return true })
	checksPerMin := float64(b.N) / elapsed.Minutes()

	// Baseline: the same number of bare HTTPS round trips, spread over the same servers, as many at once as
	// the watcher runs checks (its default concurrency, 64).
	const concurrency = 64
	var next, bad atomic.Int64
	var wg sync.WaitGroup
	t0 := time.Now()
	for range concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := next.Add(1) - 1
				if i >= int64(b.N) {
					return
				}
				resp, err := httpc.Get(servers[i%nodes].URL + pingPath)
				if err != nil {
					bad.Add(1)
					continue
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					bad.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	baseline := float64(b.N) / time.Since(t0).Minutes()
	if bad.Load() > 0 {
		b.Fatalf("%d baseline round trips failed", bad.Load())
	}
	b.ReportMetric(checksPerMin, "checks/min")
	b.ReportMetric(baseline, "baseline-roundtrips/min")
	b.ReportMetric(checksPerMin/baseline, "checks/roundtrip")
	b.ReportMetric(float64(seen), "machines-checked")
	if b.N >= nodes*perNode && seen < nodes*perNode/2 {
		b.Fatalf("only %d of %d machines checked in %d checks: the schedule does not spread", seen, nodes*perNode, b.N)
	}
}
