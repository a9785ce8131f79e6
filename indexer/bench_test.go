package indexer_test

import (
	"context"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/indexer/decode"
	"github.com/idlegrid/idlegrid/indexer/sqlstore"
	"github.com/idlegrid/idlegrid/indexer/sqlstore/storetest"
	"github.com/idlegrid/idlegrid/indexer/testchain"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/gpuclass"
)

// The benchmarks behind the figures in README.md. They build their data once per run (not in `go test`):
//
//	go test ./indexer -run '^$' -bench . -benchtime 1x -timeout 30m
//
// IDLEGRID_BENCH_EVENTS sets the backfill size (default 100000).

var (
	benchChainOnce sync.Once
	benchChain     *testchain.Chain
	benchEvents    int
	benchFillTime  time.Duration
)

// filledChain is a simulated chain with at least n protocol events: 200 providers that transfer GRID, stake,
// list a machine, update its metadata and unbond, round after round.
func filledChain(b *testing.B, n int) *testchain.Chain {
	benchChainOnce.Do(func() {
		start := time.Now()
		c := testchain.New(b, testchain.Options{Accounts: 201, GasLimit: 2_000_000_000, KeepOpen: true})
		staking := c.Contracts[indexer.Staking]
		events := 0
		accounts := len(c.Accounts) - 1
		for round := 0; events < n; round++ {
			for i := 1; i <= accounts; i++ {
				to1, to2 := c.Accounts[1+i%accounts].Addr, c.Accounts[1+(i+1)%accounts].Addr
				c.CallGas(i, indexer.GridToken, c.Token.PackTransfer(to1, big.NewInt(int64(1+round))), 200_000)
				c.CallGas(i, indexer.GridToken, c.Token.PackTransfer(to2, big.NewInt(int64(2+round))), 200_000)
				events += 2
				if round == 0 {
					c.CallGas(i, indexer.GridToken, c.Token.PackApprove(staking, testchain.Ether(1_000_000)), 200_000)
					c.CallGas(i, indexer.Staking, c.Staking.PackStake(indexer.RoleProvider, testchain.Ether(10_000)), 1_000_000)
					c.CallGas(i, indexer.NodeRegistry, c.Registry.PackListMachine(testchain.MachineID(i), classID(testchain.Classes[i%4]), uint32(1+i%8), "ipfs://m", "https://m.example"), 2_000_000)
					events += 4
					continue
				}
				c.CallGas(i, indexer.Staking, c.Staking.PackStake(indexer.RoleProvider, big.NewInt(int64(1000+round))), 1_000_000)
				c.CallGas(i, indexer.NodeRegistry, c.Registry.PackUpdateMachineMetadata(testchain.MachineID(i), "ipfs://m/"+strconv.Itoa(round), "https://m.example"), 1_000_000)
				events += 3
				if round%12 == 0 {
					c.CallGas(i, indexer.Staking, c.Staking.PackUnbond(indexer.RoleProvider, big.NewInt(int64(round))), 1_000_000)
					events++
				}
			}
			c.Mine()
		}
		benchChain, benchEvents, benchFillTime = c, events, time.Since(start)
	})
	return benchChain
}

// profile writes a CPU profile of what follows to $IDLEGRID_BENCH_PROFILE/<name>.pprof when that is set.
func profile(b *testing.B, name string) func() {
	dir := os.Getenv("IDLEGRID_BENCH_PROFILE")
	if dir == "" {
		return func() {}
	}
	f, err := os.Create(filepath.Join(dir, name+".pprof"))
	if err != nil {
		b.Fatal(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		b.Fatal(err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }
}

// cpuTime is the CPU time (user + system) this process has used: throughput per CPU-second does not depend on
// what else the shared machine runs.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func benchSize() int {
	if v, err := strconv.Atoi(os.Getenv("IDLEGRID_BENCH_EVENTS")); err == nil && v > 0 {
		return v
	}
	return 100_000
}

// BenchmarkBackfill indexes the filled chain from scratch, over the in-process JSON-RPC client (eth_getLogs,
// headers, JSON encoding included), into SQLite and into Postgres.
func BenchmarkBackfill(b *testing.B) {
	c := filledChain(b, benchSize())
	b.Logf("chain: %d protocol events in %d blocks (filled in %s)", benchEvents, c.Head().Number.Uint64(), benchFillTime.Round(time.Second))
	for _, d := range storetest.Dialects {
		b.Run(d.String(), func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				db := storetest.MustOpenDB(b, d, nil)
				cfg := testConfig(c)
				cfg.FinalityDepth = 8
				f, m := newFollower(b, c.Client, db, cfg, nil)
				stop := profile(b, "backfill-"+d.String())
				b.StartTimer()
				start, cpu0 := time.Now(), cpuTime()
				if err := f.Sync(context.Background()); err != nil {
					b.Fatal(err)
				}
				took, cpu := time.Since(start), cpuTime()-cpu0
				stop()
				b.StopTimer()
				n := readCounter(m)
				b.ReportMetric(float64(n)/took.Seconds(), "events/s")
				b.Logf("%s: %d events in %s = %.0f events/s (process CPU %s: node and indexer together, %.0f events per CPU-second)",
					d, int(n), took.Round(time.Millisecond), float64(n)/took.Seconds(), cpu.Round(time.Millisecond), float64(n)/cpu.Seconds())
			}
		})
	}
}

// BenchmarkIngestOnly isolates the store: the same events, fetched and decoded beforehand, projected and
// written in batches of 20,000.
func BenchmarkIngestOnly(b *testing.B) {
	c := filledChain(b, benchSize())
	cfg := testConfig(c)
	events := collectEvents(b, c, cfg)
	for _, d := range storetest.Dialects {
		b.Run(d.String(), func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				db := storetest.MustOpenDB(b, d, nil)
				if err := db.Init(context.Background(), indexer.SyncState{ChainID: 1, Deployment: "bench", Next: 0}); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				start, cpu0 := time.Now(), cpuTime()
				for i := 0; i < len(events); i += 20_000 {
					batch := events[i:min(i+20_000, len(events))]
					last := batch[len(batch)-1].Block
					err := db.Ingest(context.Background(), &indexer.Batch{Next: last + 1, Final: last, Head: last}, func(r indexer.RowReader) (*indexer.Changes, error) {
						p := indexer.NewProjection(context.Background(), r, last+1, nil)
						for j := range batch {
							if err := p.Apply(&batch[j]); err != nil {
								return nil, err
							}
						}
						return p.Changes()
					})
					if err != nil {
						b.Fatal(err)
					}
				}
				took, cpu := time.Since(start), cpuTime()-cpu0
				b.StopTimer()
				b.ReportMetric(float64(len(events))/took.Seconds(), "events/s")
				b.Logf("%s: %d events in %s = %.0f events/s (process CPU %s, %.0f events per CPU-second)", d, len(events),
					took.Round(time.Millisecond), float64(len(events))/took.Seconds(), cpu.Round(time.Millisecond), float64(len(events))/cpu.Seconds())
			}
		})
	}
}

// collectEvents fetches and decodes every protocol log of the chain, in order.
func collectEvents(b *testing.B, c *testchain.Chain, cfg indexer.Config) []indexer.Event {
	b.Helper()
	dec, err := decode.New(cfg.Contracts)
	if err != nil {
		b.Fatal(err)
	}
	logs, err := c.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(cfg.StartBlock), ToBlock: c.Head().Number, Addresses: dec.Addresses()})
	if err != nil {
		b.Fatal(err)
	}
	events := make([]indexer.Event, 0, len(logs))
	for i := range logs {
		ev, ok, err := dec.Decode(&logs[i])
		if err != nil {
			b.Fatal(err)
		}
		if ok {
			events = append(events, ev)
		}
	}
	return events
}

func readCounter(m *indexer.Metrics) float64 { return testutil.ToFloat64(m.Events) }

// ---------------------------------------------------------------- market search

// BenchmarkMarketSearch measures QuoteBook.Search (the store query, ranking and, when nothing matches, the
// explanation) over 100,000 listed machines with a live quote each, for a random mix of requests.
func BenchmarkMarketSearch(b *testing.B) {
	for _, d := range storetest.Dialects {
		b.Run(d.String(), func(b *testing.B) {
			clock := newClock()
			db := storetest.MustOpenDB(b, d, clock)
			machines := 100_000
			if v, err := strconv.Atoi(os.Getenv("IDLEGRID_BENCH_MACHINES")); err == nil && v > 0 {
				machines = v
			}
			start := time.Now()
			fillMarket(b, db, clock, machines)
			if err := db.Analyze(context.Background()); err != nil {
				b.Fatal(err)
			}
			b.Logf("%s: %d machines and quotes written in %s", d, machines, time.Since(start).Round(time.Millisecond))
			book, err := indexer.NewQuoteBook(func() indexer.QuoteBookConfig {
				c := indexer.DefaultQuoteBookConfig()
				c.ChainID, c.Escrow = big.NewInt(31337), marketEscrow
				return c
			}(), db, clock)
			if err != nil {
				b.Fatal(err)
			}
			rng := rand.New(rand.NewPCG(3, 4))
			hours := []time.Duration{time.Hour, 2 * time.Hour, 8 * time.Hour, 24 * time.Hour, 72 * time.Hour}
			// One request in ten asks for what nobody offers (a class not listed, 16 GPUs on one machine, a
			// month): those take the explanation path.
			request := func() indexer.QuoteRequest {
				r := indexer.QuoteRequest{Class: marketClasses[rng.IntN(len(marketClasses))], GPUs: []uint32{1, 1, 2, 4, 8}[rng.IntN(5)],
					Duration: hours[rng.IntN(len(hours))], Limit: 10}
				switch rng.IntN(30) {
				case 0:
					r.Class = "B200"
				case 1:
					r.GPUs = 16
				case 2:
					r.Duration = 30 * 24 * time.Hour
				}
				if rng.IntN(3) == 0 {
					p := uint64(1+rng.IntN(20)) * 1_000_000
					r.MaxMicroUSDPerHour = &p
				}
				return r
			}
			for range 200 { // warm caches
				if _, err := book.Search(context.Background(), request()); err != nil {
					b.Fatal(err)
				}
			}
			b.ResetTimer()
			for range b.N {
				const queries = 3000
				lat := make([]time.Duration, queries)
				empty := 0
				byReason := map[string][]time.Duration{}
				type slow struct {
					d time.Duration
					r indexer.QuoteRequest
					n int
				}
				var slowest []slow
				for i := range lat {
					r := request()
					t0 := time.Now()
					res, err := book.Search(context.Background(), r)
					lat[i] = time.Since(t0)
					if os.Getenv("IDLEGRID_BENCH_SLOW") != "" && lat[i] > 5*time.Millisecond {
						slowest = append(slowest, slow{lat[i], r, len(res.Matches)})
					}
					if err != nil {
						b.Fatal(err)
					}
					reason := "matched"
					if len(res.Matches) == 0 {
						empty++
						reason = res.Explanation.Reason
					}
					byReason[reason] = append(byReason[reason], lat[i])
				}
				for _, sl := range slowest {
					capUSD := "-"
					if sl.r.MaxMicroUSDPerHour != nil {
						capUSD = api.FormatMicroUSD(*sl.r.MaxMicroUSDPerHour)
					}
					b.Logf("  slow %s: class %s gpus %d %s cap %s -> %d matches", sl.d.Round(time.Microsecond), sl.r.Class, sl.r.GPUs, sl.r.Duration, capUSD, sl.n)
				}
				for reason, l := range byReason {
					sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
					b.Logf("  %s: %d searches, p50 %s, max %s", reason, len(l), l[len(l)/2].Round(time.Microsecond), l[len(l)-1].Round(time.Microsecond))
				}
				sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
				p := func(q float64) time.Duration { return lat[int(q*float64(len(lat)-1))] }
				b.ReportMetric(float64(p(0.50).Microseconds())/1000, "p50-ms")
				b.ReportMetric(float64(p(0.99).Microseconds())/1000, "p99-ms")
				b.Logf("%s: %d searches (%d explained, no match): p50 %s p90 %s p99 %s max %s", d, queries, empty,
					p(0.5).Round(time.Microsecond), p(0.9).Round(time.Microsecond), p(0.99).Round(time.Microsecond), lat[len(lat)-1].Round(time.Microsecond))
			}
		})
	}
}

var (
	marketEscrow  = common.HexToAddress("0xe5c0000000000000000000000000000000000001")
	marketClasses = []string{"RTX3090", "RTX4090", "A100-40GB", "A100-80GB", "H100", "H200", "SIM"}
)

// fillMarket lists `machines` machines of 2,000 providers (5% of them slashed below their locks), reserves some
// GPUs, and stores one live quote per machine at a random price and maximum duration.
func fillMarket(b *testing.B, db *sqlstore.DB, clock *fakeClock, machines int) {
	b.Helper()
	ctx := context.Background()
	if err := db.Init(ctx, indexer.SyncState{ChainID: 31337, Deployment: "bench", Next: 1}); err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	const providers = 2_000
	provider := func(i int) common.Address { return common.BigToAddress(big.NewInt(int64(0x100000 + i))) }
	var evs []indexer.Event
	li := uint(0)
	add := func(block uint64, contract, name string, args map[string]any) {
		li++
		evs = append(evs, indexer.Event{Contract: contract, Name: name, Block: block, LogIndex: li, Time: 1_000 + block, Args: indexer.NewArgs(args)})
	}
	for p := range providers {
		add(1, indexer.Staking, "Staked", map[string]any{"account": provider(p), "role": uint8(0), "payer": provider(p),
			"amount": testchain.Ether(1_000_000), "active": testchain.Ether(1_000_000)})
	}
	gpus := []uint32{1, 2, 4, 8}
	for m := range machines {
		id := crypto.Keccak256Hash([]byte("bench machine " + strconv.Itoa(m)))
		n := gpus[rng.IntN(len(gpus))]
		add(1, indexer.NodeRegistry, "MachineListed", map[string]any{"machineId": [32]byte(id), "provider": provider(m % providers),
			"gpuClass": (classID(marketClasses[m%len(marketClasses)])), "gpuCount": n, "lockedStake": testchain.Ether(int64(100 * n)),
			"index": uint32(m), "metadataCID": "ipfs://x", "endpoint": "https://x.example"})
		if rng.IntN(3) == 0 {
			// The first 1..n slots held for a day.
			held := 1 + rng.IntN(int(n))
			add(1, indexer.NodeRegistry, "GpusReserved", map[string]any{"machineId": [32]byte(id), "gpuMask": uint32(1)<<held - 1,
				"until": uint64(clock.Now().Unix()) + 86_400})
		}
	}
	for p := 0; p < providers; p += 20 {
		add(1, indexer.Staking, "Slashed", map[string]any{"offender": provider(p), "role": uint8(0), "kind": uint8(1), "evidenceId": [32]byte(common.BigToHash(big.NewInt(int64(p + 1)))),
			"requested": testchain.Ether(999_990), "slashed": testchain.Ether(999_990), "burned": testchain.Ether(999_990), "toRenter": new(big.Int), "toReporters": new(big.Int)})
	}
	for i := 0; i < len(evs); i += 50_000 {
		batch := evs[i:min(i+50_000, len(evs))]
		if err := db.Ingest(ctx, &indexer.Batch{Next: 2, Final: 1, Head: 1}, func(r indexer.RowReader) (*indexer.Changes, error) {
			p := indexer.NewProjection(ctx, r, 2, nil)
			for j := range batch {
				if err := p.Apply(&batch[j]); err != nil {
					return nil, err
				}
			}
			return p.Changes()
		}); err != nil {
			b.Fatal(err)
		}
	}
	// One quote per machine. Signatures are irrelevant to search latency: the quotes are written directly.
	now := uint64(clock.Now().Unix())
	durations := []uint64{3600, 4 * 3600, 24 * 3600, 7 * 24 * 3600}
	for m := range machines {
		id := crypto.Keccak256Hash([]byte("bench machine " + strconv.Itoa(m)))
		mach, found, err := db.Machine(ctx, id)
		if err != nil || !found {
			b.Fatalf("machine %d: %v", m, err)
		}
		ups := int64(100 + rng.IntN(5_000)) // 0.36 to 18.4 USD/h
		q := oracle.Quote{Provider: mach.Provider, MachineID: id, GPUCount: 1 + uint32(rng.IntN(int(mach.GPUCount))), USDPerSecondWad: testchain.MicroUSDPerSecond(ups),
			MaxDuration: durations[rng.IntN(len(durations))], Expiry: now + 3600 + uint64(rng.IntN(86_400)), Nonce: big.NewInt(int64(m))}
		digest, err := q.Digest(oracle.QuoteDomain(big.NewInt(31337), marketEscrow))
		if err != nil {
			b.Fatal(err)
		}
		per := uint64(ups) * 3600
		if err := db.PutQuote(ctx, indexer.StoredQuote{Digest: digest, Quote: q, Signature: make([]byte, 65), GPUClass: mach.GPUClass,
			MicroUSDPerHour: per, MicroUSDPerGPUHour: per / uint64(q.GPUCount), PostedAt: now}, 64, now); err != nil {
			b.Fatal(err)
		}
	}
}

// ---------------------------------------------------------------- live lag

// BenchmarkLiveLag runs the follower in the background (new heads pushed by the in-process client) while the
// chain seals a block of 20 stakes (40 events) every 250 ms regardless, and measures how long after each block
// is sealed it is indexed, and how many earlier blocks were still unindexed whenever a block was sealed.
func BenchmarkLiveLag(b *testing.B) {
	for range b.N {
		c := testchain.New(b, testchain.Options{Accounts: 21})
		for i := 1; i <= 20; i++ {
			c.Call(i, indexer.GridToken, c.Token.PackApprove(c.Contracts[indexer.Staking], testchain.Ether(1_000_000)))
		}
		c.Mine()
		db := storetest.MustOpenDB(b, sqlstore.SQLite, nil)
		cfg := testConfig(c)
		cfg.PollInterval = time.Second // the new-head subscription should make this irrelevant
		f, _ := newFollower(b, c.Client, db, cfg, indexer.SystemClock{})
		if err := f.Start(context.Background()); err != nil {
			b.Fatal(err)
		}
		const blocks = 120
		// A watcher notes when each block is indexed; the chain seals every 250 ms whatever the index does.
		var mu sync.Mutex
		indexedAt := map[uint64]time.Time{}
		stop := make(chan struct{})
		watched := make(chan struct{})
		go func() {
			defer close(watched)
			for {
				select {
				case <-stop:
					return
				case <-time.After(100 * time.Microsecond):
				}
				next := f.Status().Next
				now := time.Now()
				mu.Lock()
				for n := next - 1; n > 0; n-- {
					if _, ok := indexedAt[n]; ok {
						break
					}
					indexedAt[n] = now
				}
				mu.Unlock()
			}
		}()
		sealedAt := map[uint64]time.Time{}
		maxBehind := uint64(0)
		for n := range blocks {
			for i := 1; i <= 20; i++ {
				c.Call(i, indexer.Staking, c.Staking.PackStake(indexer.RoleProvider, big.NewInt(int64(1+n))))
			}
			indexed := f.Status().Next // blocks below are indexed
			h := c.Mine()
			sealedAt[h.Number.Uint64()] = time.Now()
			if prev := h.Number.Uint64(); n > 0 && prev > indexed && prev-indexed > maxBehind {
				maxBehind = prev - indexed // earlier blocks still unindexed when this one was sealed
			}
			time.Sleep(250 * time.Millisecond)
		}
		time.Sleep(500 * time.Millisecond)
		close(stop)
		<-watched
		var lags []time.Duration
		for n, t0 := range sealedAt {
			t1, ok := indexedAt[n]
			if !ok {
				b.Fatalf("block %d never indexed", n)
			}
			lags = append(lags, max(0, t1.Sub(t0)))
		}
		f.Close()
		sort.Slice(lags, func(i, j int) bool { return lags[i] < lags[j] })
		p := func(q float64) time.Duration { return lags[int(q*float64(len(lags)-1))] }
		b.ReportMetric(float64(p(0.99).Microseconds())/1000, "p99-lag-ms")
		b.ReportMetric(float64(maxBehind), "max-blocks-behind")
		b.Logf("%d blocks of 40 events: sealed-to-indexed p50 %s p99 %s max %s; at most %d block(s) behind when the next was sealed",
			blocks, p(0.5).Round(time.Microsecond), p(0.99).Round(time.Microsecond), lags[len(lags)-1].Round(time.Microsecond), maxBehind)
	}
}

// classID is a GPU class's bytes32 id (the test's classes are valid).
func classID(name string) [32]byte {
	id, err := gpuclass.ID(name)
	if err != nil {
		panic(err)
	}
	return id
}
