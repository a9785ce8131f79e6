// Package node is the indexer node: one service that wires the index database (indexer/sqlstore), the ABI
// decoder (indexer/decode), the shared block follower behind the index, the quote book, the HTTP API and the
// housekeeping, and runs them under oracle/service's lifecycle. `idlegrid indexer run` and the devnet both run
// it; cmd only turns flags into its Config.
//
// It owns the wiring and nothing else: what an event means is the indexer package's, how the chain is followed
// is oracle/follow's. It must never write to the chain or import a provider or inspector package.
package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/console"
	"github.com/idlegrid/idlegrid/indexer/decode"
	"github.com/idlegrid/idlegrid/indexer/server"
	"github.com/idlegrid/idlegrid/indexer/solwatch/solstore"
	"github.com/idlegrid/idlegrid/indexer/sqlstore"
	"github.com/idlegrid/idlegrid/indexer/swaps"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/retry"
	"github.com/idlegrid/idlegrid/oracle/service"
)

// DevFinalityDepth is the finality depth on dev chains, where nothing reorgs deeper than a test makes it.
const DevFinalityDepth = 8

// Config is an indexer node.
type Config struct {
	// RPC is the chain's JSON-RPC URL; over ws:// new heads are pushed and the index trails the chain by
	// milliseconds, over http:// it polls every PollInterval.
	RPC string
	// DeploymentFile names the contracts to index; it is read when the node starts (the devnet writes it
	// just before).
	DeploymentFile string
	// DB is a SQLite file path or a postgres:// URL.
	DB string
	// FinalityDepth nil: 240, or DevFinalityDepth on dev chains.
	FinalityDepth *uint64
	// PollInterval and MaxRange override the follower's defaults when set.
	PollInterval time.Duration
	MaxRange     uint64
	// WipeOnReset wipes and re-indexes when the chain was reset or the deployment changed (dev chains).
	WipeOnReset bool
	// API is the HTTP server's configuration.
	API server.Config
	// Housekeeping is the maintenance cadence.
	Housekeeping indexer.HousekeepingConfig
	// Specs is the machine spec fetcher's configuration (zero: indexer.DefaultSpecFetcherConfig).
	Specs indexer.SpecFetcherConfig
	// Console serves the web console (indexer/console) under /console/.
	Console bool
	// GatewayEndpoints are providers' renter gateways (host:port) the console's gateway proxy may reach, by
	// provider address, until the chain publishes them (a devnet knows its own provider's).
	GatewayEndpoints map[common.Address]string
	// Swaps serves the Solana gateway's transfers under /v1/swaps/ (indexer/swaps over a Solana watcher's
	// mirror; nil: the route answers that this indexer follows no Solana gateway).
	Swaps server.SwapReader
	// Solana, when set (and Swaps is not), runs the node's own Solana watcher and serves its swaps.
	Solana *SolanaConfig
}

// DefaultConfig indexes into idlegrid-index.db and serves on api.DefaultAddr.
func DefaultConfig() Config {
	return Config{DB: "idlegrid-index.db", API: server.DefaultConfig(), Housekeeping: indexer.DefaultHousekeepingConfig()}
}

// Validate reports the first unusable setting (the deployment file and the chain are checked at Start).
func (c Config) Validate() error {
	switch {
	case c.RPC == "":
		return errors.New("indexer node: rpc: required")
	case c.DeploymentFile == "":
		return errors.New("indexer node: deployment file: required")
	case c.DB == "":
		return errors.New("indexer node: db: required")
	case c.PollInterval < 0:
		return fmt.Errorf("indexer node: poll interval %s: must not be negative", c.PollInterval)
	}
	return c.API.Validate()
}

// Chain is what the node reads: the follower's calls and the deployment check.
type Chain interface {
	indexer.Chain
	deployment.Chain
}

// Node is the indexer node, a service.Service (and a Failer: a fatal follower error or a dead listener closes
// Done). Build it with New; Start dials the chain, checks the deployment, opens the database and starts the
// follower, the API and housekeeping, in that order.
type Node struct {
	cfg   Config
	log   zerolog.Logger
	chain Chain // set by WithChain; otherwise dialled at Start

	mu       sync.Mutex
	client   *ethclient.Client
	dep      deployment.Deployment
	db       *sqlstore.DB
	mirror   *solstore.DB
	follower *indexer.Follower
	server   *server.Server
	group    *service.Group
	runner   service.Runner
}

// New prepares a node; nothing touches the chain, the disk or the network until Start.
func New(cfg Config, log zerolog.Logger) (*Node, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &Node{cfg: cfg, log: log}, nil
}

// WithChain makes the node read chain instead of dialling cfg.RPC (an in-process chain).
func (n *Node) WithChain(chain Chain) *Node {
	n.chain = chain
	return n
}

// Name is the service's name.
func (n *Node) Name() string { return "indexer" }

// Start brings the node up. On any failure, what was opened is closed again.
func (n *Node) Start(ctx context.Context) (err error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.group != nil {
		return fmt.Errorf("indexer: %w", service.ErrAlreadyStarted)
	}
	defer func() {
		if err != nil {
			n.release()
		}
	}()
	dep, err := deployment.Load(n.cfg.DeploymentFile)
	if err != nil {
		return err
	}
	n.dep = dep
	chain := n.chain
	if chain == nil {
		if n.client, err = ethclient.DialContext(ctx, n.cfg.RPC); err != nil {
			return fmt.Errorf("indexer: dial %s: %w", n.cfg.RPC, err)
		}
		chain = n.client
	}
	if err := deployment.Verify(ctx, chain, dep); err != nil {
		if retry.Classify(err) == retry.Unauthorized {
			return fmt.Errorf("indexer: %s: %w: %w", n.cfg.RPC, retry.ErrUnauthorized, err)
		}
		return err
	}
	icfg, err := n.followConfig(dep)
	if err != nil {
		return err
	}
	dec, err := decode.New(icfg.Contracts)
	if err != nil {
		return err
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	clock := indexer.SystemClock{}
	if n.db, err = sqlstore.Open(ctx, n.cfg.DB, sqlstore.Options{Clock: clock}); err != nil {
		return err
	}
	if n.follower, err = indexer.New(icfg, chain, n.db, dec, clock, n.log, indexer.NewMetrics(reg)); err != nil {
		return err
	}
	var quotes *indexer.QuoteBook
	if escrow := dep.Contracts.LeaseEscrow; escrow != (common.Address{}) {
		qcfg := indexer.DefaultQuoteBookConfig()
		qcfg.ChainID, qcfg.Escrow = new(big.Int).SetUint64(dep.ChainID), escrow
		if quotes, err = indexer.NewQuoteBook(qcfg, n.db, clock); err != nil {
			return err
		}
	}
	var solanaWatcher service.Service
	swapReader := n.cfg.Swaps
	if n.cfg.Solana != nil && swapReader == nil {
		var book *swaps.Book
		if solanaWatcher, book, err = n.solanaSide(ctx, chain, dep); err != nil {
			return err
		}
		swapReader = book
	}
	deps := server.Deps{
		Machines: n.db, Leases: n.db, History: n.db, Epochs: n.db, Rewards: indexer.NewRewardBook(n.db), Quotes: quotes,
		Follower: n.follower, DB: n.db, Health: n, Deployment: &dep, Gatherer: reg, Registerer: reg, Clock: clock,
		Log: n.log.With().Str("component", "api").Logger(), Series: indexer.NewSeries(n.db), Swaps: swapReader,
	}
	if n.cfg.Console {
		if deps.Console, err = console.Handler(console.Assets()); err != nil {
			return err
		}
	}
	if escrow := dep.Contracts.LeaseEscrow; escrow != (common.Address{}) {
		domain := oracle.GatewayDomain(new(big.Int).SetUint64(dep.ChainID), escrow)
		dir := &gatewayDirectory{leases: n.db, endpoints: n.cfg.GatewayEndpoints}
		if deps.Gateways, err = server.NewGatewayProxy(server.GatewayProxyConfig{Domain: domain}, dir,
			n.log.With().Str("component", "gateway-proxy").Logger()); err != nil {
			return err
		}
	}
	if n.server, err = server.New(n.cfg.API, deps); err != nil {
		return err
	}
	hcfg := n.cfg.Housekeeping
	hcfg.PruneQuotes = hcfg.PruneQuotes && quotes != nil
	housekeeping, err := indexer.NewHousekeeping(hcfg, n.db, n.follower.Status, clock, n.log)
	if err != nil {
		return err
	}
	scfg := n.cfg.Specs
	if scfg == (indexer.SpecFetcherConfig{}) {
		scfg = indexer.DefaultSpecFetcherConfig()
	}
	specs, err := indexer.NewSpecFetcher(scfg, n.db, clock, n.log)
	if err != nil {
		return err
	}
	// The follower first: a chain reset or deployment change fails here, clearly, before anything is served.
	group := service.NewGroup("indexer", n.follower, n.server, housekeeping, specs)
	if solanaWatcher != nil {
		group.Add(solanaWatcher)
	}
	if err := group.Start(ctx); err != nil {
		return err
	}
	n.group = group
	n.runner.Go(func(ctx context.Context) error {
		select {
		case <-ctx.Done():
			return nil
		case <-group.Done():
			return group.Err()
		}
	})
	return nil
}

// followConfig is the follower's configuration for dep: every contract this build has an ABI for.
func (n *Node) followConfig(dep deployment.Deployment) (indexer.Config, error) {
	contracts := map[string]common.Address{}
	known := map[string]bool{}
	for _, name := range decode.Known() {
		known[name] = true
	}
	for _, c := range dep.Contracts.All() {
		switch {
		case known[c.Name]:
			contracts[c.Name] = c.Address
		case c.Name == deployment.MockUSD:
			// A test stablecoin, not a protocol contract: its transfers are not indexed.
		default:
			n.log.Warn().Str("contract", c.Name).Msg("this build has no ABI for the contract: its events are not indexed")
		}
	}
	icfg := indexer.DefaultConfig()
	icfg.Contracts, icfg.StartBlock, icfg.WipeOnReset = contracts, dep.Block, n.cfg.WipeOnReset
	switch {
	case n.cfg.FinalityDepth != nil:
		icfg.FinalityDepth = *n.cfg.FinalityDepth
	case deployment.IsDevChain(dep.ChainID):
		icfg.FinalityDepth = DevFinalityDepth
	}
	if n.cfg.PollInterval > 0 {
		icfg.PollInterval = n.cfg.PollInterval
	}
	if n.cfg.MaxRange > 0 {
		icfg.MaxRange = n.cfg.MaxRange
		icfg.InitialRange = min(icfg.InitialRange, n.cfg.MaxRange)
	}
	return icfg, icfg.Validate()
}

// Close stops the API, housekeeping and the follower (in reverse order of start), then closes the database
// and the chain connection.
func (n *Node) Close() error {
	// The lock is not held while the API shuts down: a /healthz in flight asks the node for its report.
	n.mu.Lock()
	group := n.group
	n.group = nil
	n.mu.Unlock()
	n.runner.Stop()
	var err error
	if group != nil {
		err = group.Close()
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	return errors.Join(err, n.release())
}

func (n *Node) release() error {
	var err error
	if n.db != nil {
		err = n.db.Close()
		n.db = nil
	}
	if n.mirror != nil {
		err = errors.Join(err, n.mirror.Close())
		n.mirror = nil
	}
	if n.client != nil {
		n.client.Close()
		n.client = nil
	}
	return err
}

// Healthy is nil while every part of the node is healthy, the database included.
func (n *Node) Healthy() error {
	var errs []error
	for name, err := range n.HealthReport() {
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
		}
	}
	return errors.Join(errs...)
}

// HealthReport is the health of the follower, API, housekeeping and database, by name ("indexer/follower").
func (n *Node) HealthReport() map[string]error {
	n.mu.Lock()
	group, db := n.group, n.db
	n.mu.Unlock()
	if group == nil {
		return map[string]error{"indexer": service.ErrNotStarted}
	}
	report := group.HealthReport()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	report["indexer/db"] = db.Healthy(ctx)
	return report
}

// Done is closed when a part of the node failed for good.
func (n *Node) Done() <-chan struct{} { return n.runner.Done() }

// Err names the part that failed and why.
func (n *Node) Err() error { return n.runner.Err() }

// Addr is where the API listens (after Start).
func (n *Node) Addr() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.server == nil {
		return ""
	}
	return n.server.Addr()
}

// URL is the API's base URL (after Start).
func (n *Node) URL() string {
	if addr := n.Addr(); addr != "" {
		return "http://" + addr
	}
	return ""
}

// Deployment is the deployment being indexed (after Start).
func (n *Node) Deployment() deployment.Deployment {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.dep
}

// gatewayDirectory finds a lease's gateway: the parties from the index, the endpoint from the configured map.
type gatewayDirectory struct {
	leases    server.LeaseReader
	endpoints map[common.Address]string
}

func (d *gatewayDirectory) GatewayTarget(ctx context.Context, id uint64) (server.GatewayTarget, error) {
	l, found, err := d.leases.Lease(ctx, id)
	if err != nil {
		return server.GatewayTarget{}, err
	}
	if !found {
		return server.GatewayTarget{}, fmt.Errorf("lease %d: %w", id, server.ErrLeaseNotIndexed)
	}
	t := server.GatewayTarget{Renter: l.Renter, Provider: l.Provider, Endpoint: d.endpoints[l.Provider]}
	if t.Endpoint == "" {
		return t, fmt.Errorf("provider %s: %w", l.Provider.Hex(), server.ErrNoGateway)
	}
	return t, nil
}
