package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/indexer/solwatch/solstore"
	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/assign"
	"github.com/idlegrid/idlegrid/inspector/bridge"
	"github.com/idlegrid/idlegrid/inspector/bridge/bridgestore"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/inspector/price"
	inrewards "github.com/idlegrid/idlegrid/inspector/rewards"
	"github.com/idlegrid/idlegrid/inspector/rules"
	"github.com/idlegrid/idlegrid/inspector/sqlstore"
	"github.com/idlegrid/idlegrid/inspector/watch"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/follow"
	"github.com/idlegrid/idlegrid/oracle/liveness"
	"github.com/idlegrid/idlegrid/oracle/proof"
	"github.com/idlegrid/idlegrid/oracle/proofsession"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/service"
)

// Chain is what the node reads from an Ethereum node: contract calls and logs for the protocol types, headers
// and logs for the follower. ethclient.Client is one.
type Chain interface {
	protocol.Chain
	follow.Chain
}

// Deps are what a node is built from; the command makes them (keystore, RPC, configured price sources).
type Deps struct {
	Chain      Chain
	Deployment deployment.Deployment
	// Signer is the inspector key: it signs checks, peer messages and attestations.
	Signer oracle.DigestSigner
	// Sender sends the node's transactions (a chain.Submitter from the same key, or another funded one).
	Sender protocol.Sender
	// Price is the GRID/USD source (nil: no price duty).
	Price price.Source
	// Challenges is the GPU class table (nil: no compute checks).
	Challenges ChallengeTable
	// Solana is the Solana gateway duty (nil: none): the node runs its own watcher of the vaults and the
	// bridge, and agrees on kinds 7 and 8 with the other inspectors.
	Solana *SolanaDeps
	// Registry receives the node's metrics (nil: a new one, served at /metrics).
	Registry *prometheus.Registry
	Log      zerolog.Logger
}

// Node is an inspector node: one service.Group of
//
//	store     the two SQLite files (check log and signatures; followed chain state)
//	follower  NodeRegistry, LeaseEscrow, AttestationQuorum and Rewards into the chain store (oracle/follow)
//	peers     the agreement endpoint (agree.Path) on Config.Listen
//	watcher   the scheduled checks: liveness, compute (proof sessions) and leased GPUs' receipts
//	duties    which machines this node observes this epoch; breaches to drive; the price bucket; reward roots
//	ops       /healthz and /metrics on Config.Ops
type Node struct {
	*service.Group

	cfg  Config
	deps Deps
	log  zerolog.Logger
	m    *metrics

	mu        sync.Mutex
	db        *sqlstore.DB
	chainDB   *chainStore
	agree     *agree.Node
	watcher   *watch.Watcher
	obs       *observe.Log
	breach    *rules.Breach
	price     *rules.Price
	verify    *rules.Verification
	downtime  *rules.Downtime
	fraud     *rules.Fraud
	results   *resultFetcher
	roots     *rewardRoots
	dir       *MetadataDirectory
	on        *onChain
	listen    string
	opsAddr   string
	observing []common.Hash
	bridgeDB  *bridgestore.DB
	mirrorDB  *solstore.DB
	bridge    *bridge.Bridge
}

// New checks the configuration and prepares the node; nothing runs until Start.
func New(cfg Config, deps Deps) (*Node, error) {
	switch {
	case deps.Chain == nil || deps.Signer == nil || deps.Sender == nil:
		return nil, errors.New("node: a chain, a signer and a sender are required")
	}
	if err := deps.Deployment.Validate(); err != nil {
		return nil, err
	}
	if err := cfg.Validate(deps.Deployment); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	if deps.Solana != nil {
		if err := deps.Solana.validate(); err != nil {
			return nil, fmt.Errorf("node: %w", err)
		}
	}
	if deps.Registry == nil {
		deps.Registry = prometheus.NewRegistry()
	}
	n := &Node{cfg: cfg, deps: deps, m: newMetrics(deps.Registry),
		log: deps.Log.With().Str("inspector", deps.Signer.Address().Hex()).Logger()}
	n.Group = service.NewGroup("inspector",
		&stores{n: n},
		service.Build("follower", n.follower),
		service.Build("peers", n.peers),
		service.Build("watcher", n.newWatcher),
		&duties{n: n},
	)
	if deps.Solana != nil {
		n.Group.Add(service.Build("solana", n.solanaServices))
	}
	if cfg.Ops != "" {
		n.Group.Add(&ops{n: n})
	}
	return n, nil
}

// Metrics is the registry the node's series are in (served at /metrics).
func (n *Node) Metrics() prometheus.Gatherer { return n.deps.Registry }

// Address is the inspector's address.
func (n *Node) Address() common.Address { return n.deps.Signer.Address() }

// PeerURL is the agreement endpoint's base URL (after Start).
func (n *Node) PeerURL() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.listen == "" {
		return ""
	}
	return "http://" + n.listen
}

// OpsAddr is where /healthz and /metrics answer (after Start; "" without).
func (n *Node) OpsAddr() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.opsAddr
}

// Observing is the machines this node checks this epoch.
func (n *Node) Observing() []common.Hash {
	n.mu.Lock()
	defer n.mu.Unlock()
	return slices.Clone(n.observing)
}

// DB is the node's check log and signature store (after Start): tests and the CLI read it.
func (n *Node) DB() *sqlstore.DB {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.db
}

// chainStoreFile is the follower's file. It was chain-v2.db before the node followed the quorum and Rewards too
// (the followed contracts are part of the store's fingerprint, so that file is refused and may be deleted).
const chainStoreFile = "chain-v2-rewards.db"

// stores opens the node's two SQLite files.
type stores struct{ n *Node }

func (s *stores) Name() string { return "store" }

func (s *stores) Start(ctx context.Context) error {
	n := s.n
	if err := os.MkdirAll(n.cfg.DataDir, 0o700); err != nil {
		return fmt.Errorf("data dir: %w", err)
	}
	db, err := sqlstore.Open(ctx, filepath.Join(n.cfg.DataDir, "inspector.db"))
	if err != nil {
		return err
	}
	cdb, err := openChainStore(ctx, filepath.Join(n.cfg.DataDir, chainStoreFile))
	if err != nil {
		db.Close()
		return err
	}
	n.mu.Lock()
	n.db, n.chainDB = db, cdb
	n.mu.Unlock()
	if err := n.openSolanaStores(ctx); err != nil {
		db.Close()
		cdb.Close()
		return err
	}
	return nil
}

func (s *stores) Close() error {
	n := s.n
	n.mu.Lock()
	db, cdb := n.db, n.chainDB
	n.mu.Unlock()
	var errs []error
	if db != nil {
		errs = append(errs, db.Close())
	}
	if cdb != nil {
		errs = append(errs, cdb.Close())
	}
	errs = append(errs, n.closeSolanaStores())
	return errors.Join(errs...)
}

func (s *stores) Healthy() error {
	n := s.n
	n.mu.Lock()
	db := n.db
	n.mu.Unlock()
	if db == nil {
		return service.ErrNotStarted
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	return db.Healthy(ctx)
}

// follower follows the NodeRegistry (machine listings, verifications, inspector endpoints), LeaseEscrow
// (leases, breaches), the AttestationQuorum (signer sets, consumed attestations with their signers) and Rewards
// (posted roots, funding) into the chain store.
func (n *Node) follower(context.Context) (service.Service, error) {
	d := n.deps.Deployment
	cfg := follow.DefaultConfig()
	cfg.Addresses = []common.Address{d.Contracts.NodeRegistry, d.Contracts.LeaseEscrow, d.Contracts.AttestationQuorum, d.Contracts.Rewards}
	cfg.StartBlock = d.Block
	cfg.Fingerprint = follow.Fingerprint(map[string]common.Address{deployment.NodeRegistry: d.Contracts.NodeRegistry,
		deployment.LeaseEscrow: d.Contracts.LeaseEscrow, deployment.AttestationQuorum: d.Contracts.AttestationQuorum,
		deployment.Rewards: d.Contracts.Rewards}, d.Block)
	cfg.FinalityDepth, cfg.PollInterval = n.cfg.FinalityDepth, n.cfg.PollInterval
	cfg.WipeOnReset = deployment.IsDevChain(d.ChainID)
	return follow.New("follower", cfg, n.deps.Chain, n.chainDB, follow.SystemClock{}, n.log, follow.NewMetrics(n.deps.Registry, "inspector"))
}

// peers builds the agreement node and serves its peer protocol.
func (n *Node) peers(ctx context.Context) (service.Service, error) {
	conn := protocol.NewConn(n.deps.Chain, n.deps.Deployment, n.deps.Sender)
	obs, err := observe.NewLog(observe.Config{FailuresNeeded: n.cfg.FailuresNeeded, Fresh: n.cfg.Fresh}, n.db)
	if err != nil {
		return nil, err
	}
	dir := NewMetadataDirectory(n.chainDB, n.cfg.ContentGateways, 10*time.Second)
	if deployment.IsDevChain(n.deps.Deployment.ChainID) {
		dir.AllowPrivateMetadata() // a dev chain's nodes all live on loopback
	}
	n.mu.Lock()
	n.dir = dir
	n.mu.Unlock()
	on := &onChain{conn: conn, store: n.chainDB, bucket: n.cfg.PriceBucket, verifyRound: n.cfg.VerificationRound, rules: map[oracle.Kind]agree.Rule{},
		posted: func(k oracle.Kind, gas uint64) {
			n.m.posted.WithLabelValues(k.String()).Inc()
			n.m.gas.WithLabelValues(k.String()).Add(float64(gas))
		}}
	br, err := rules.NewBreach(rules.BreachConfig{Escrow: n.deps.Deployment.Contracts.LeaseEscrow, DisputeWindow: n.cfg.DisputeWindow}, on, obs, nil)
	if err != nil {
		return nil, err
	}
	rs := []agree.Rule{br}
	var pr *rules.Price
	if n.deps.Price != nil && n.cfg.PriceBucket > 0 {
		pr, err = rules.NewPrice(rules.PriceConfig{Oracle: n.deps.Deployment.Contracts.GridPriceOracle, Bucket: n.cfg.PriceBucket,
			ToleranceBps: n.cfg.PriceToleranceBps}, n.deps.Price, nil)
		if err != nil {
			return nil, err
		}
		rs = append(rs, pr)
	}
	n.on = on
	contracts := n.deps.Deployment.Contracts
	vr, err := rules.NewVerification(rules.VerificationConfig{Kind: oracle.KindHardwareVerification, Target: contracts.NodeRegistry,
		Round: n.cfg.VerificationRound, Validity: n.cfg.VerificationValidity, MaxAge: n.cfg.VerificationMaxAge}, n.verificationPayload, obs, nil)
	if err != nil {
		return nil, err
	}
	dt, err := rules.NewDowntime(rules.DowntimeConfig{Kind: oracle.KindSlash, Target: contracts.Staking, MinDowntime: n.cfg.MinDowntime},
		func(m common.Hash, _ uint64) (oracle.Payload, error) { return n.slashOrder(m, oracle.SlashDowntime) }, obs, nil)
	if err != nil {
		return nil, err
	}
	fr, err := rules.NewFraud(rules.FraudConfig{Kind: oracle.KindSlash, Target: contracts.Staking, Window: n.cfg.FraudWindow},
		func(m common.Hash, _ uint64) (oracle.Payload, error) { return n.slashOrder(m, oracle.SlashFraud) }, obs)
	if err != nil {
		return nil, err
	}
	cr, err := rules.NewCompletion(contracts.LeaseJournal, n.db)
	if err != nil {
		return nil, err
	}
	rs = append(rs, vr, &slashRule{downtime: dt, fraud: fr, machines: n.machineIDs}, cr)
	roots := &rewardRoots{store: n.chainDB, schedule: &chainSchedule{chain: n.deps.Chain, target: contracts.Rewards},
		params: inrewards.Params{ClassWeights: n.cfg.RewardClassWeights, InspectorBps: n.cfg.RewardInspectorBps}}
	rr, err := rules.NewRoot(contracts.Rewards, roots)
	if err != nil {
		return nil, err
	}
	rs = append(rs, rr)
	for _, r := range rs {
		on.rules[r.Kind()] = r
	}
	static, err := NewStaticPeers(n.cfg.Peers)
	if err != nil {
		return nil, err
	}
	peers := &RegistryPeers{store: n.chainDB, fallback: static}
	var sbr *bridge.Bridge
	var handlers map[string]agree.Handler
	var link func(*agree.Node)
	if n.deps.Solana != nil {
		var srs []agree.Rule
		if sbr, srs, handlers, link, err = n.solanaBridge(conn); err != nil {
			return nil, err
		}
		rs = append(rs, srs...)
		for _, r := range srs {
			on.rules[r.Kind()] = r
		}
	}
	acfg := agree.DefaultConfig(protocol.NewQuorum(conn).Domain())
	acfg.RoundTimeout, acfg.RequestTimeout = n.cfg.RoundTimeout, n.cfg.RequestTimeout
	an, err := agree.New(acfg, agree.Deps{Signer: n.deps.Signer, Store: n.db, Chain: on, Peers: peers, Submitter: on,
		Rules: rs, Handlers: handlers, Metrics: agree.NewMetrics(n.deps.Registry), Log: n.log})
	if err != nil {
		return nil, err
	}
	if link != nil {
		link(an)
	}
	n.mu.Lock()
	n.obs, n.on, n.breach, n.price, n.agree = obs, on, br, pr, an
	n.verify, n.downtime, n.fraud = vr, dt, fr
	n.roots, n.bridge = roots, sbr
	n.mu.Unlock()
	return &peerServer{n: n, node: an}, nil
}

// peerServer serves the agreement protocol.
type peerServer struct {
	n    *Node
	node *agree.Node
	srv  *http.Server
	done chan error
	// stop cancels the requests in flight (their contexts derive from it) when the server closes.
	stop context.CancelFunc
}

func (p *peerServer) Name() string { return "peers" }

func (p *peerServer) Start(ctx context.Context) error {
	var lc net.ListenConfig
	l, err := lc.Listen(ctx, "tcp", p.n.cfg.Listen)
	if err != nil {
		return fmt.Errorf("peers: listen on %s: %w", p.n.cfg.Listen, err)
	}
	mux := http.NewServeMux()
	mux.Handle(agree.Path, p.node.Handler())
	// Messages are small and answered at once: a connection idle between them, or one slow to send a request,
	// is closed rather than held (without IdleTimeout a kept-alive connection waited for ever).
	p.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 30 * time.Second, IdleTimeout: 2 * time.Minute,
		MaxHeaderBytes: 16 << 10}
	base, stop := context.WithCancel(context.Background())
	p.srv.BaseContext, p.stop = func(net.Listener) context.Context { return base }, stop
	p.done = make(chan error, 1)
	go func() { p.done <- p.srv.Serve(l) }()
	p.n.mu.Lock()
	p.n.listen = l.Addr().String()
	p.n.mu.Unlock()
	return nil
}

func (p *peerServer) Close() error {
	if p.srv == nil {
		return nil
	}
	// A request in flight (a co-signing that waits on a Solana node, a sign request on a slow chain read) is
	// cancelled rather than waited for: the peer retries with another leader or after the restart.
	p.stop()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	err := p.srv.Shutdown(ctx)
	if errors.Is(err, context.DeadlineExceeded) {
		// A handler that does not watch its context: drop its connection instead of failing the shutdown.
		p.n.log.Warn().Msg("peers: requests still running after 3s of shutdown: their connections are closed")
		err = p.srv.Close()
	}
	<-p.done
	p.node.Close()
	p.srv = nil
	return err
}

func (p *peerServer) Healthy() error {
	if p.srv == nil {
		return service.ErrNotStarted
	}
	select {
	case err := <-p.done:
		p.done <- err
		return fmt.Errorf("peers: listener stopped: %w", err)
	default:
		return nil
	}
}

// newWatcher builds the checkers and the watcher.
func (n *Node) newWatcher(context.Context) (service.Service, error) {
	dir := n.dir
	lc, err := liveness.NewClient(liveness.ClientConfig{Signer: n.deps.Signer, HTTP: dir.HTTPClient(), Attempts: n.cfg.LivenessAttempts,
		AttemptTimeout: n.cfg.LivenessAttemptTimeout, Backoff: n.cfg.LivenessBackoff})
	if err != nil {
		return nil, err
	}
	results := newResultFetcher(lc, dir, n.db, filepath.Join(n.cfg.DataDir, "results"))
	results.failed = func(reason string) { n.m.resultFailures.WithLabelValues(reason).Inc() }
	checkers := watch.Checkers{watch.LivenessChecker{Client: lc, Directory: dir}}
	if n.deps.Challenges != nil {
		vcfg := proof.DefaultVerifierConfig()
		vcfg.AllowSimulated = n.cfg.AllowSimulated
		verifier, err := proof.NewVerifier(vcfg, nil, n.log)
		if err != nil {
			return nil, err
		}
		pc, err := proofsession.NewClient(proofsession.ClientConfig{Signer: n.deps.Signer, Verifier: verifier, Dialer: dir.Dialer()}, n.log)
		if err != nil {
			return nil, err
		}
		checkers = append(checkers, &ComputeChecker{Client: pc, Receipts: lc, Directory: dir, Challenges: n.deps.Challenges,
			Inspector: n.deps.Signer.Address(), Log: n.log})
	}
	sched, err := assign.NewScheduler(n.cfg.Schedule)
	if err != nil {
		return nil, err
	}
	w, err := watch.NewWatcher(watch.WatcherConfig{Concurrency: n.cfg.CheckConcurrency, CheckTimeout: n.cfg.CheckTimeout},
		sched, timed{checkers, n.m}, n.obs, nil, n.log)
	if err != nil {
		return nil, err
	}
	w.OnRecorded(func(o observe.Outcome, err error) {
		res := "ok"
		switch {
		case err != nil:
			res = "unrecorded"
		case o.Forged:
			res = "forged"
		case !o.OK:
			res = "failed"
		}
		n.m.checks.WithLabelValues(o.Kind.String(), res).Inc()
	})
	n.mu.Lock()
	n.watcher, n.results = w, results
	n.mu.Unlock()
	return w, nil
}

// timed measures each check's duration by task kind (a compute check's time is mostly verification).
type timed struct {
	c watch.Checker
	m *metrics
}

func (t timed) Check(ctx context.Context, task assign.Task) []observe.Outcome {
	start := time.Now()
	out := t.c.Check(ctx, task)
	t.m.checkSeconds.WithLabelValues(task.Kind.String()).Observe(time.Since(start).Seconds())
	return out
}

// duties is the node's loop: assign machines, drive breaches, post the price.
type duties struct {
	n      *Node
	runner service.Runner

	mu         sync.Mutex
	running    map[common.Hash]bool
	lastErr    error
	started    bool
	registered bool
}

func (d *duties) Name() string { return "duties" }

func (d *duties) Start(context.Context) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.started {
		return fmt.Errorf("duties: %w", service.ErrAlreadyStarted)
	}
	d.started, d.running = true, map[common.Hash]bool{}
	d.runner.Go(d.loop)
	return nil
}

func (d *duties) Close() error {
	d.mu.Lock()
	started := d.started
	d.started = false
	d.mu.Unlock()
	if started {
		d.runner.Stop()
	}
	return nil
}

func (d *duties) Healthy() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if !d.started {
		return service.ErrNotStarted
	}
	return d.lastErr
}

func (d *duties) loop(ctx context.Context) error {
	n := d.n
	var wg sync.WaitGroup
	defer wg.Wait()
	tick := time.NewTicker(n.cfg.DutyEvery)
	defer tick.Stop()
	for {
		err := d.round(ctx, &wg)
		d.mu.Lock()
		d.lastErr = err
		d.mu.Unlock()
		if err != nil && ctx.Err() == nil {
			n.log.Warn().Err(err).Msg("duties")
		}
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		case <-n.chainDB.changed:
		}
	}
}

// round assigns this epoch's machines to the watcher and starts the decisions due.
func (d *duties) round(ctx context.Context, wg *sync.WaitGroup) error {
	n := d.n
	set, err := n.on.SignerSet(ctx)
	if err != nil {
		return fmt.Errorf("signer set: %w", err)
	}
	me := n.deps.Signer.Address()
	if !slices.Contains(set.Signers, me) {
		n.watcher.Set(nil)
		return fmt.Errorf("%s is not in the quorum's signer set (version %d): nothing to observe or sign", me, set.Version)
	}
	listed, err := n.chainDB.Machines(ctx)
	if err != nil {
		return err
	}
	ids := make([]common.Hash, len(listed))
	byID := map[common.Hash]Listing{}
	for i, m := range listed {
		ids[i], byID[m.ID] = m.ID, m
	}
	now := time.Now()
	mine := n.cfg.Policy.Mine(me, assign.Epoch(now, n.cfg.Epoch), set.Signers, ids)
	machines := make([]assign.Machine, 0, len(mine))
	for _, id := range mine {
		m := assign.Machine{ID: id, Unverified: true}
		if r, ok, err := n.db.LatestRun(ctx, id, observe.Compute); err == nil && ok && r.OK {
			m.Unverified = false
		}
		for i := uint32(0); i < byID[id].GPUs; i++ {
			// The scheduler needs the GPUs only to make a compute task; the checker resolves their UUIDs.
			m.GPUs = append(m.GPUs, assign.GPU{UUID: fmt.Sprint(i)})
		}
		machines = append(machines, m)
	}
	n.watcher.Set(machines)
	n.mu.Lock()
	n.observing = mine
	n.mu.Unlock()
	n.m.observed.Set(float64(len(mine)))

	// Breaches: every lease of an observed machine, open or closed within the dispute window, whose machine
	// this node's own log shows down.
	leases, err := n.chainDB.Leases(ctx, now.Add(-n.cfg.DisputeWindow))
	if err != nil {
		return err
	}
	for _, l := range leases {
		if l.Breached || !slices.Contains(mine, l.Machine) {
			continue
		}
		dec := rules.BreachDecision(new(big.Int).SetUint64(l.ID))
		if _, ok, err := n.breach.Observe(ctx, dec); err != nil || !ok {
			continue
		}
		d.decide(ctx, wg, dec)
	}
	// Completions: every ended lease of an observed machine, once this node verified its result itself.
	for _, l := range leases {
		if slices.Contains(mine, l.Machine) && (!l.Closed.IsZero() || !l.EndsAt.After(now)) {
			d.completion(ctx, wg, l, now)
		}
	}
	if n.price != nil {
		d.decide(ctx, wg, n.price.Decision(now))
	}
	// Protocol v2: verify the machines this node passed, slash the ones down for long or caught forging.
	for _, m := range mine {
		for _, dec := range []struct {
			d    agree.Decision
			rule agree.Rule
			in   agree.Decision
		}{
			{n.verify.Decision(m, now), n.verify, n.verify.Decision(m, now)},
			{DowntimeDecision(m, 0), n.downtime, n.downtime.Decision(m)},
			{FraudDecision(m, uint64(now.Unix())/uint64(n.cfg.FraudWindow/time.Second)), n.fraud, n.fraud.Decision(m, now)},
		} {
			if _, ok, err := dec.rule.Observe(ctx, dec.in); err != nil || !ok {
				continue
			}
			d.decide(ctx, wg, dec.d)
		}
	}
	// Reward roots: the next epoch once the follower's final blocks are past its end; then its tree to the
	// indexer once the root landed.
	if epoch, due, err := n.roots.Due(ctx); err != nil {
		n.log.Warn().Err(err).Msg("reward schedule")
	} else if due {
		d.decide(ctx, wg, rules.RootDecision(epoch))
	}
	if err := n.uploadTrees(ctx); err != nil {
		n.log.Warn().Err(err).Msg("reward tree upload")
	}
	d.mu.Lock()
	registered := d.registered
	d.mu.Unlock()
	if !registered {
		if err := n.registerEndpoint(ctx); err != nil {
			return err
		}
		d.mu.Lock()
		d.registered = true
		d.mu.Unlock()
	}
	return nil
}

// completion drives the completion of ended lease l once this node verified its result, and starts the
// verification (in the background: a result may be large) while it has not.
func (d *duties) completion(ctx context.Context, wg *sync.WaitGroup, l LeaseRecord, now time.Time) {
	n := d.n
	dec := rules.CompletionDecision(new(big.Int).SetUint64(l.ID))
	if _, ok, err := n.db.Result(ctx, l.ID); err != nil || ok {
		if ok {
			d.decide(ctx, wg, dec)
		}
		return
	}
	if !n.results.due(l.ID, now) {
		return
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		if done, err := n.on.Decided(ctx, dec); err != nil || done {
			n.results.skip(l.ID)
			return
		}
		r, err := n.results.fetch(ctx, l)
		if err != nil {
			if ctx.Err() == nil && !errors.Is(err, liveness.ErrNoResult) {
				n.log.Info().Err(err).Uint64("lease", l.ID).Msg("lease result not verified")
			}
			return
		}
		n.log.Info().Uint64("lease", l.ID).Str("cid", r.CID).Msg("lease result verified")
		d.decide(ctx, wg, dec)
	}()
}

// machineIDs are the listed machines' ids (the slash rule resolves its subjects among them).
func (n *Node) machineIDs(ctx context.Context) ([]common.Hash, error) {
	ms, err := n.chainDB.Machines(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]common.Hash, len(ms))
	for i, m := range ms {
		out[i] = m.ID
	}
	return out, nil
}

// decide drives dec in the background unless a drive of the same question runs or the chain settled it.
func (d *duties) decide(ctx context.Context, wg *sync.WaitGroup, dec agree.Decision) {
	n := d.n
	key := dec.Key()
	d.mu.Lock()
	busy := d.running[key]
	d.mu.Unlock()
	if busy {
		return
	}
	if done, err := n.on.Decided(ctx, dec); err != nil || done {
		return
	}
	d.mu.Lock()
	d.running[key] = true
	d.mu.Unlock()
	wg.Add(1)
	go func() {
		defer wg.Done()
		submitted, err := n.agree.Decide(ctx, dec)
		switch {
		case err != nil && ctx.Err() == nil:
			n.log.Info().Err(err).Stringer("decision", dec).Msg("decision open")
		case submitted:
			n.log.Info().Stringer("decision", dec).Msg("attestation posted")
		}
		d.mu.Lock()
		delete(d.running, key)
		d.mu.Unlock()
	}()
}

// ops serves /healthz (the group's health report) and /metrics.
type ops struct {
	n    *Node
	srv  *http.Server
	done chan error
}

func (o *ops) Name() string { return "ops" }

func (o *ops) Start(ctx context.Context) error {
	var lc net.ListenConfig
	l, err := lc.Listen(ctx, "tcp", o.n.cfg.Ops)
	if err != nil {
		return fmt.Errorf("ops: listen on %s: %w", o.n.cfg.Ops, err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(o.n.deps.Registry, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", o.healthz)
	o.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	o.done = make(chan error, 1)
	go func() { o.done <- o.srv.Serve(l) }()
	o.n.mu.Lock()
	o.n.opsAddr = l.Addr().String()
	o.n.mu.Unlock()
	return nil
}

// Health is /healthz's body.
type Health struct {
	OK    bool              `json:"ok"`
	Parts map[string]string `json:"parts"`
	// Observing is how many machines this node checks this epoch.
	Observing int `json:"observing"`
}

func (o *ops) healthz(w http.ResponseWriter, _ *http.Request) {
	h := Health{OK: true, Parts: map[string]string{}, Observing: len(o.n.Observing())}
	for part, err := range o.n.Group.HealthReport() {
		if err != nil {
			h.OK, h.Parts[part] = false, err.Error()
		} else {
			h.Parts[part] = "ok"
		}
	}
	w.Header().Set("Content-Type", "application/json")
	if !h.OK {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	_ = json.NewEncoder(w).Encode(h)
}

func (o *ops) Close() error {
	if o.srv == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	err := o.srv.Shutdown(ctx)
	<-o.done
	o.srv = nil
	return err
}

func (o *ops) Healthy() error {
	if o.srv == nil {
		return service.ErrNotStarted
	}
	return nil
}

// metrics are the node's own series (agreement and follower series are registered by their packages).
type metrics struct {
	checks       *prometheus.CounterVec
	checkSeconds *prometheus.HistogramVec
	posted       *prometheus.CounterVec
	gas          *prometheus.CounterVec
	observed     prometheus.Gauge
	// resultFailures counts ended leases' result fetches that failed: none published, a statement that is not
	// the node's word, content not served or not hashing.
	resultFailures *prometheus.CounterVec
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		checks: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "idlegrid", Subsystem: "inspector", Name: "checks_total",
			Help: "Checks recorded, by kind (liveness, compute, receipts) and result (ok, failed, forged, unrecorded)."}, []string{"kind", "result"}),
		checkSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: "idlegrid", Subsystem: "inspector", Name: "check_seconds",
			Help:    "Time one check took, by task kind (a compute check's is mostly proof verification).",
			Buckets: prometheus.ExponentialBuckets(0.005, 2, 14)}, []string{"kind"}),
		posted: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "idlegrid", Subsystem: "inspector", Name: "attestations_posted_total",
			Help: "Attestations this node posted on chain, by kind."}, []string{"kind"}),
		gas: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "idlegrid", Subsystem: "inspector", Name: "gas_used_total",
			Help: "Gas this node's posts used, by kind."}, []string{"kind"}),
		observed: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "idlegrid", Subsystem: "inspector", Name: "observed_machines",
			Help: "Machines this node checks this epoch."}),
		resultFailures: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "idlegrid", Subsystem: "inspector", Name: "result_failures_total",
			Help: "Ended leases' result fetches that failed, by kind (none: no result published; statement: not the node's signed word; content: not served, or not hashing to its CID)."}, []string{"kind"}),
	}
	if reg != nil {
		reg.MustRegister(m.checks, m.checkSeconds, m.posted, m.gas, m.observed, m.resultFailures)
	}
	return m
}
