package safety_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/assign"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/inspector/rules"
	"github.com/idlegrid/idlegrid/inspector/sqlstore"
	"github.com/idlegrid/idlegrid/inspector/watch"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/liveness"
)

// Timing of the simulated network. Checks come every 1.5 s instead of every minute; the jitter keeps its real
// size (300 ms spikes, dropped requests that cost a whole attempt), so it weighs five times more against the
// check period than it would in production.
const (
	livenessEvery  = 1500 * time.Millisecond
	attemptTimeout = time.Second
	backoff        = 100 * time.Millisecond
	fresh          = 5 * time.Second
	roundTimeout   = 2500 * time.Millisecond
	k              = 3
	n              = 5
)

var (
	domain = oracle.AttestationDomain(big.NewInt(31337), common.HexToAddress("0xa11"))
	escrow = common.HexToAddress("0xe5c")
)

type breach struct {
	lease     int64
	downSince uint64
	signers   []common.Address
	window    uint64
}

// chain is the fake chain: signer set, leases, and the escrow's breach entry point, which checks each packed
// attestation as AttestationQuorum would and accepts one breach per lease.
type chain struct {
	mu       sync.Mutex
	set      oracle.SignerSet
	leases   map[int64]rules.Lease
	breaches []breach
	rejected []error
}

func (c *chain) SignerSet(context.Context) (oracle.SignerSet, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.set, nil
}

func (c *chain) Decided(_ context.Context, d agree.Decision) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, b := range c.breaches {
		if rules.LeaseSubject(big.NewInt(b.lease)) == d.Subject {
			return true, nil
		}
	}
	return false, nil
}

func (c *chain) Lease(_ context.Context, id *big.Int) (rules.Lease, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	l, ok := c.leases[id.Int64()]
	if !ok {
		return rules.Lease{}, fmt.Errorf("no lease %s", id)
	}
	return l, nil
}

func (c *chain) submit(s agree.Signed) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, err := oracle.VerifyPacked(domain, s.Attestation, c.set, s.Packed); err != nil {
		c.rejected = append(c.rejected, err)
		return err
	}
	id := s.Decision.Subject.Big().Int64()
	for _, b := range c.breaches {
		if b.lease == id {
			return errors.New("revert: lease already breached")
		}
	}
	if len(s.Value) != 8 {
		return fmt.Errorf("breach value of %d bytes", len(s.Value))
	}
	c.breaches = append(c.breaches, breach{lease: id, downSince: new(big.Int).SetBytes(s.Value).Uint64(), signers: s.Signers, window: s.Decision.Window})
	return nil
}

func (c *chain) Breaches() []breach {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]breach(nil), c.breaches...)
}

// submitter is one inspector's path to the chain; a hook lets a test stop a leader at the moment it submits.
type submitter struct {
	chain *chain
	hook  func(ctx context.Context) error
}

func (s *submitter) Submit(ctx context.Context, sg agree.Signed) error {
	if s.hook != nil {
		if err := s.hook(ctx); err != nil {
			return err
		}
	}
	return s.chain.submit(sg)
}

type peerBook struct {
	mu   sync.Mutex
	urls map[common.Address]string
}

func (p *peerBook) Endpoint(_ context.Context, a common.Address) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if u, ok := p.urls[a]; ok {
		return u, nil
	}
	return "", fmt.Errorf("no endpoint for %s", a)
}

// provider is a provider node's liveness endpoint for one machine.
type provider struct {
	signer  *keys.Signer
	machine common.Hash
	srv     *httptest.Server
	stopped atomic.Int64 // unix ms of the stop, 0 while running
}

func (p *provider) stop() {
	p.stopped.Store(time.Now().UnixMilli())
	p.srv.CloseClientConnections()
	p.srv.Close()
}

type directory struct{ w *world }

func (d directory) Target(_ context.Context, m common.Hash) (liveness.Target, error) {
	for _, p := range d.w.providers {
		if p.machine == m {
			return liveness.Target{URL: p.srv.URL, Machine: m, Node: p.signer.Address()}, nil
		}
	}
	return liveness.Target{}, fmt.Errorf("unknown machine %s", m)
}

// jitter is an inspector's network: each request is dropped (it vanishes; the attempt times out) with
// probability drop, or delayed 300 ms with probability spike.
type jitter struct {
	next        http.RoundTripper
	drop, spike float64
	mu          sync.Mutex
	rng         *rand.Rand
	dropped     atomic.Int64
	spiked      atomic.Int64
}

func (j *jitter) RoundTrip(r *http.Request) (*http.Response, error) {
	j.mu.Lock()
	x := j.rng.Float64()
	j.mu.Unlock()
	switch {
	case x < j.drop:
		j.dropped.Add(1)
		<-r.Context().Done()
		return nil, r.Context().Err()
	case x < j.drop+j.spike:
		j.spiked.Add(1)
		select {
		case <-time.After(300 * time.Millisecond):
		case <-r.Context().Done():
			return nil, r.Context().Err()
		}
	}
	return j.next.RoundTrip(r)
}

type inspector struct {
	key     *ecdsa.PrivateKey
	addr    common.Address
	db      *sqlstore.DB
	log     *observe.Log
	rule    agree.Rule
	node    *agree.Node
	srv     *httptest.Server
	sub     *submitter
	net     *jitter
	metrics *agree.Metrics
	cancel  context.CancelFunc
	done    sync.WaitGroup
	lying   bool
	stopped atomic.Bool
}

type world struct {
	t          *testing.T
	chain      *chain
	peers      *peerBook
	providers  []*provider
	inspectors []*inspector
	policy     assign.Policy
}

func keysSorted(t *testing.T, seed string) []*ecdsa.PrivateKey {
	ks := make([]*ecdsa.PrivateKey, n)
	for i := range ks {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("%s %d", seed, i))))
		if err != nil {
			t.Fatal(err)
		}
		ks[i] = k
	}
	sort.Slice(ks, func(i, j int) bool {
		a, b := crypto.PubkeyToAddress(ks[i].PublicKey), crypto.PubkeyToAddress(ks[j].PublicKey)
		return bytes.Compare(a[:], b[:]) < 0
	})
	return ks
}

// newWorld starts providers (one machine each, one open lease each: lease i+1 on machine i) and five
// inspectors; liars is how many of the inspectors (the first ones) collude.
func newWorld(t *testing.T, machines int, drop, spike float64, liars int) *world {
	w := &world{t: t, chain: &chain{leases: map[int64]rules.Lease{}}, peers: &peerBook{urls: map[common.Address]string{}},
		policy: assign.Policy{K: k, Spare: 1}}
	start := time.Now().Add(-time.Minute)
	for i := 0; i < machines; i++ {
		pk, _ := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("%s provider %d", t.Name(), i))))
		p := &provider{signer: keys.NewSigner(pk), machine: crypto.Keccak256Hash([]byte(fmt.Sprintf("%s machine %d", t.Name(), i)))}
		h, err := liveness.NewHandler(liveness.HandlerConfig{Signer: p.signer, Machines: []common.Hash{p.machine}}, zerolog.Nop())
		if err != nil {
			t.Fatal(err)
		}
		p.srv = httptest.NewServer(h)
		w.providers = append(w.providers, p)
		w.chain.leases[int64(i+1)] = rules.Lease{ID: big.NewInt(int64(i + 1)), Machine: p.machine, Start: start}
	}
	ks := keysSorted(t, t.Name())
	w.chain.set = oracle.SignerSet{Version: 1, Threshold: k}
	for _, key := range ks {
		w.chain.set.Signers = append(w.chain.set.Signers, crypto.PubkeyToAddress(key.PublicKey))
	}
	dir := t.TempDir()
	for i, key := range ks {
		in := &inspector{key: key, addr: crypto.PubkeyToAddress(key.PublicKey), lying: i < liars,
			net: &jitter{next: http.DefaultTransport, drop: drop, spike: spike, rng: rand.New(rand.NewPCG(uint64(i), uint64(time.Now().UnixNano())))}}
		w.inspectors = append(w.inspectors, in)
		w.start(in, filepath.Join(dir, fmt.Sprintf("inspector%d.db", i)))
	}
	t.Cleanup(func() {
		for _, in := range w.inspectors {
			w.kill(in)
		}
		for _, p := range w.providers {
			if p.stopped.Load() == 0 {
				p.srv.Close()
			}
		}
	})
	return w
}

// lyingBreach observes every lease down since a minute ago and endorses anything.
type lyingBreach struct{ *rules.Breach }

func (lyingBreach) Observe(context.Context, agree.Decision) ([]byte, bool, error) {
	return new(big.Int).SetUint64(uint64(time.Now().Add(-time.Minute).Unix())).FillBytes(make([]byte, 8)), true, nil
}
func (lyingBreach) Endorse(context.Context, agree.Decision, []byte) error { return nil }

func (w *world) start(in *inspector, dbPath string) {
	t := w.t
	db, err := sqlstore.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	in.db = db
	in.log, err = observe.NewLog(observe.Config{FailuresNeeded: 2, Fresh: fresh}, db)
	if err != nil {
		t.Fatal(err)
	}
	br, err := rules.NewBreach(rules.BreachConfig{Escrow: escrow, DisputeWindow: time.Hour}, w.chain, in.log, nil)
	if err != nil {
		t.Fatal(err)
	}
	in.rule = br
	if in.lying {
		in.rule = lyingBreach{br}
	}
	if in.sub == nil {
		in.sub = &submitter{chain: w.chain}
	}
	in.metrics = agree.NewMetrics(prometheus.NewRegistry())
	signer := keys.NewSigner(in.key)
	cfg := agree.DefaultConfig(domain)
	cfg.RoundTimeout, cfg.RequestTimeout, cfg.MinRoundGap = roundTimeout, time.Second, 200*time.Millisecond
	in.node, err = agree.New(cfg, agree.Deps{Signer: signer, Store: db, Chain: w.chain, Peers: w.peers, Submitter: in.sub,
		Rules: []agree.Rule{in.rule}, Metrics: in.metrics, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	in.srv = httptest.NewServer(in.node.Handler())
	w.peers.mu.Lock()
	w.peers.urls[in.addr] = in.srv.URL
	w.peers.mu.Unlock()

	client, err := liveness.NewClient(liveness.ClientConfig{Signer: signer, HTTP: &http.Client{Transport: in.net},
		AttemptTimeout: attemptTimeout, Backoff: backoff})
	if err != nil {
		t.Fatal(err)
	}
	sched, err := assign.NewScheduler(assign.ScheduleConfig{LivenessEvery: livenessEvery, ComputeMin: time.Hour, ComputeMax: time.Hour, FirstCompute: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	watcher, err := watch.NewWatcher(watch.WatcherConfig{}, sched, watch.LivenessChecker{Client: client, Directory: directory{w}}, in.log, nil, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	var mine []assign.Machine
	var leases []int64
	for i, p := range w.providers {
		if in.lying || w.policy.Observes(in.addr, p.machine, 1, w.chain.set.Signers) {
			mine = append(mine, assign.Machine{ID: p.machine})
			leases = append(leases, int64(i+1))
		}
	}
	watcher.Set(mine)
	ctx, cancel := context.WithCancel(context.Background())
	in.cancel = cancel
	in.done.Add(2)
	go func() { defer in.done.Done(); _ = watcher.Run(ctx) }()
	go func() { defer in.done.Done(); w.pursue(ctx, in, leases) }()
}

// pursue is the node's breach duty: for each lease whose machine it observes, while its own log says the
// machine is down, drive the decision.
func (w *world) pursue(ctx context.Context, in *inspector, leases []int64) {
	var mu sync.Mutex
	running := map[int64]bool{}
	var wg sync.WaitGroup
	defer wg.Wait()
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		for _, id := range leases {
			mu.Lock()
			busy := running[id]
			mu.Unlock()
			if busy {
				continue
			}
			d := rules.BreachDecision(big.NewInt(id))
			if _, ok, err := in.rule.Observe(ctx, d); err != nil || !ok {
				continue
			}
			if decided, _ := w.chain.Decided(ctx, d); decided {
				continue
			}
			mu.Lock()
			running[id] = true
			mu.Unlock()
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, _ = in.node.Decide(ctx, d)
				mu.Lock()
				running[id] = false
				mu.Unlock()
			}()
		}
	}
}

// kill stops an inspector at once: its loops, its peer endpoint, its node and its database.
func (w *world) kill(in *inspector) {
	if in.stopped.Swap(true) {
		return
	}
	in.srv.CloseClientConnections()
	in.srv.Close()
	in.cancel()
	in.node.Close()
	in.done.Wait()
	in.db.Close()
}

func (w *world) inspector(a common.Address) *inspector {
	for _, in := range w.inspectors {
		if in.addr == a {
			return in
		}
	}
	return nil
}

func (w *world) observers(p *provider) []*inspector {
	var out []*inspector
	for _, a := range w.policy.Observers(p.machine, 1, w.chain.set.Signers) {
		out = append(out, w.inspector(a))
	}
	return out
}

func (w *world) waitBreach(lease int64, within time.Duration) breach {
	w.t.Helper()
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		for _, b := range w.chain.Breaches() {
			if b.lease == lease {
				return b
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	w.t.Fatalf("no breach of lease %d within %s (rejected: %v)", lease, within, w.chain.rejected)
	return breach{}
}

// firstFailure is in's first failed check of m after its last good one, from its own log.
func firstFailure(t *testing.T, in *inspector, m common.Hash) (time.Time, bool) {
	t.Helper()
	r, ok, err := in.db.LatestRun(context.Background(), m, observe.Liveness)
	if err != nil {
		t.Fatal(err)
	}
	if !ok || r.OK {
		return time.Time{}, false
	}
	return r.First, true
}

func ceilSec(t time.Time) uint64 {
	s := uint64(t.Unix())
	if t.Nanosecond() > 0 {
		s++
	}
	return s
}
