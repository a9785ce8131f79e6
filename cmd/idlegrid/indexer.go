package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"
	"golang.org/x/sync/errgroup"

	"github.com/idlegrid/idlegrid/cmd/internal/devnet"
	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/indexer/decode"
	"github.com/idlegrid/idlegrid/indexer/sqlstore"
	"github.com/idlegrid/idlegrid/oracle/deployment"
)

var (
	devnetIndexerFlag = &cli.BoolFlag{
		Name:     "indexer",
		Usage:    "run the indexer and its API in process (--indexer=false to leave it out)",
		Value:    true,
		Category: "DEVNET",
	}
	devnetIndexerListenFlag = &cli.StringFlag{
		Name:     "indexer.listen",
		Usage:    "`ADDR` of the in-process indexer's API",
		Value:    api.DefaultConfig().Listen,
		Category: "DEVNET",
	}
	indexerDBFlag = &cli.StringFlag{
		Name:     "db",
		Usage:    "index database: a SQLite file `PATH`, or postgres://user:pass@host/db",
		Value:    "idlegrid-index.db",
		EnvVars:  []string{"IDLEGRID_INDEX_DB"},
		Category: "INDEXER",
	}
	indexerListenFlag = &cli.StringFlag{
		Name:     "listen",
		Usage:    "`ADDR` the HTTP API (and /metrics, /healthz) listens on",
		Value:    api.DefaultConfig().Listen,
		EnvVars:  []string{"IDLEGRID_INDEXER_LISTEN"},
		Category: "INDEXER",
	}
	indexerFinalityFlag = &cli.Uint64Flag{
		Name:     "finality-depth",
		Usage:    "blocks below the head that can still be reorged (`N`); deeper reorgs stop the indexer. Default: 240, 8 on dev chains (chain id 31337/1337)",
		EnvVars:  []string{"IDLEGRID_FINALITY_DEPTH"},
		Category: "INDEXER",
	}
	indexerPollFlag = &cli.DurationFlag{
		Name:     "poll-interval",
		Usage:    "how often to check for new blocks when caught up (new heads over WebSocket wake it earlier)",
		Value:    indexer.DefaultConfig().PollInterval,
		EnvVars:  []string{"IDLEGRID_POLL_INTERVAL"},
		Category: "INDEXER",
	}
	indexerMaxRangeFlag = &cli.Uint64Flag{
		Name:     "max-log-range",
		Usage:    "largest eth_getLogs block range (`N`); it shrinks by itself when the node refuses",
		Value:    indexer.DefaultConfig().MaxRange,
		EnvVars:  []string{"IDLEGRID_MAX_LOG_RANGE"},
		Category: "INDEXER",
	}
	indexerWipeFlag = &cli.BoolFlag{
		Name:     "wipe-on-reset",
		Usage:    "wipe and re-index when the chain was reset (new genesis, head below the index) or the deployment changed, instead of stopping",
		EnvVars:  []string{"IDLEGRID_WIPE_ON_RESET"},
		Category: "INDEXER",
	}
	indexerCORSFlag = &cli.StringSliceFlag{
		Name:     "cors-origin",
		Usage:    "`ORIGIN` allowed to call the API from a browser (repeat; * for any)",
		Value:    cli.NewStringSlice("*"),
		EnvVars:  []string{"IDLEGRID_CORS_ORIGINS"},
		Category: "INDEXER",
	}
	indexerRateFlag = &cli.Float64Flag{
		Name:     "rate-limit",
		Usage:    "API requests per second allowed per client IP",
		Value:    api.DefaultConfig().RatePerSecond,
		EnvVars:  []string{"IDLEGRID_RATE_LIMIT"},
		Category: "INDEXER",
	}
)

func indexerCommand() *cli.Command {
	return &cli.Command{
		Name:  "indexer",
		Usage: "mirror the protocol's state into SQLite or Postgres and serve it (and the quote book) over HTTP",
		Subcommands: []*cli.Command{
			{
				Name:  "run",
				Usage: "follow the chain, index every protocol event and serve the query API until interrupted",
				Flags: []cli.Flag{rpcFlag, deploymentFlag, indexerDBFlag, indexerListenFlag, indexerFinalityFlag,
					indexerPollFlag, indexerMaxRangeFlag, indexerWipeFlag, indexerCORSFlag, indexerRateFlag},
				Action: func(c *cli.Context) error {
					cfg := indexerNodeConfig{
						RPC: flagString(c, rpcFlag), DeploymentFile: flagString(c, deploymentFlag),
						DB: c.String(indexerDBFlag.Name), Listen: c.String(indexerListenFlag.Name),
						PollInterval: c.Duration(indexerPollFlag.Name), MaxRange: c.Uint64(indexerMaxRangeFlag.Name),
						WipeOnReset: c.Bool(indexerWipeFlag.Name), CORSOrigins: c.StringSlice(indexerCORSFlag.Name),
						RateLimit: c.Float64(indexerRateFlag.Name),
					}
					if c.IsSet(indexerFinalityFlag.Name) {
						d := c.Uint64(indexerFinalityFlag.Name)
						cfg.FinalityDepth = &d
					}
					node, err := dialIndexerNode(c.Context, cfg, logger(c))
					if err != nil {
						return err
					}
					defer node.Close()
					fmt.Fprintf(c.App.ErrWriter, "indexing %s (chain id %d) into %s; API on http://%s\n", node.dep.Chain, node.dep.ChainID, redactDSN(cfg.DB), node.Addr())
					return node.Run(c.Context)
				},
			},
		},
	}
}

// indexerNodeConfig is what `indexer run` (and `devnet`, in process) configure.
type indexerNodeConfig struct {
	RPC            string
	DeploymentFile string
	DB             string
	Listen         string
	// FinalityDepth nil: 240, or 8 on dev chains.
	FinalityDepth *uint64
	PollInterval  time.Duration
	MaxRange      uint64
	WipeOnReset   bool
	CORSOrigins   []string
	RateLimit     float64
}

// indexerChain is what the node needs from a chain client: the follower's reads and deployment checks.
type indexerChain interface {
	indexer.Chain
	deployment.Chain
}

// indexerNode wires the store, follower, quote book and API. Build it with newIndexerNode, then Run it;
// Close releases everything (in reverse order of start).
type indexerNode struct {
	log      zerolog.Logger
	dep      deployment.Deployment
	client   *ethclient.Client // when the node dialled the chain itself
	db       *sqlstore.DB
	follower *indexer.Follower
	server   *api.Server
	quotes   *indexer.QuoteBook
}

// newIndexerNode checks the deployment against the chain, opens the database and builds the components.
func newIndexerNode(ctx context.Context, cfg indexerNodeConfig, dep deployment.Deployment, chain indexerChain, log zerolog.Logger) (*indexerNode, error) {
	if err := deployment.Verify(ctx, chain, dep); err != nil {
		return nil, err
	}
	contracts := map[string]common.Address{}
	known := map[string]bool{}
	for _, n := range decode.Known() {
		known[n] = true
	}
	for _, c := range dep.Contracts.All() {
		switch {
		case known[c.Name]:
			contracts[c.Name] = c.Address
		case c.Name == "MockUSD":
			// A test stablecoin, not a protocol contract: its transfers are not indexed.
		default:
			log.Warn().Str("contract", c.Name).Msg("this build has no ABI for the contract: its events are not indexed")
		}
	}
	icfg := indexer.DefaultConfig()
	icfg.Contracts, icfg.StartBlock, icfg.WipeOnReset = contracts, dep.Block, cfg.WipeOnReset
	switch {
	case cfg.FinalityDepth != nil:
		icfg.FinalityDepth = *cfg.FinalityDepth
	case dep.ChainID == 31337 || dep.ChainID == 1337:
		icfg.FinalityDepth = 8
	}
	if cfg.PollInterval > 0 {
		icfg.PollInterval = cfg.PollInterval
	}
	if cfg.MaxRange > 0 {
		icfg.MaxRange = cfg.MaxRange
		icfg.InitialRange = min(icfg.InitialRange, cfg.MaxRange)
	}
	if err := icfg.Validate(); err != nil {
		return nil, err
	}
	dec, err := decode.New(contracts)
	if err != nil {
		return nil, err
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	clock := indexer.SystemClock{}
	db, err := sqlstore.Open(ctx, cfg.DB, sqlstore.Options{Clock: clock})
	if err != nil {
		return nil, err
	}
	n := &indexerNode{log: log, dep: dep, db: db}
	n.follower, err = indexer.New(icfg, chain, db, dec, clock, log, indexer.NewMetrics(reg))
	if err != nil {
		db.Close()
		return nil, err
	}
	if escrow := dep.Contracts.LeaseEscrow; escrow != (common.Address{}) {
		qcfg := indexer.DefaultQuoteBookConfig()
		qcfg.ChainID, qcfg.Escrow = chainIDBig(dep.ChainID), escrow
		if n.quotes, err = indexer.NewQuoteBook(qcfg, db, clock); err != nil {
			db.Close()
			return nil, err
		}
	}
	acfg := api.DefaultConfig()
	if cfg.Listen != "" {
		acfg.Listen = cfg.Listen
	}
	if cfg.CORSOrigins != nil {
		acfg.AllowedOrigins = cfg.CORSOrigins
	}
	if cfg.RateLimit > 0 {
		acfg.RatePerSecond, acfg.RateBurst = cfg.RateLimit, max(1, int(2*cfg.RateLimit))
	}
	n.server, err = api.New(acfg, api.Deps{
		Machines: db, Leases: db, History: db, Epochs: db, Rewards: indexer.NewRewardBook(db), Quotes: n.quotes,
		Follower: n.follower, DB: db, Gatherer: reg, Registerer: reg, Clock: clock, Log: log.With().Str("component", "api").Logger(),
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	// Start the follower now: a chain reset or deployment change fails here, clearly, before serving.
	if err := n.follower.Start(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if err := n.server.Start(ctx); err != nil {
		n.follower.Close()
		db.Close()
		return nil, err
	}
	return n, nil
}

// Addr is where the API listens.
func (n *indexerNode) Addr() string { return n.server.Addr() }

// Run serves until ctx ends or the follower stops on a fatal error, pruning dead quotes now and then.
func (n *indexerNode) Run(ctx context.Context) error {
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		t := time.NewTicker(2 * time.Second)
		defer t.Stop()
		for {
			select {
			case <-gctx.Done():
				return nil
			case <-t.C:
			}
			if err := n.follower.Healthy(); err != nil && !errors.Is(err, indexer.ErrStalled) {
				return fmt.Errorf("indexer stopped: %w", err)
			}
		}
	})
	g.Go(func() error {
		// Housekeeping: planner statistics once caught up and every ten minutes, with dead quotes pruned.
		analyzed := false
		t := time.NewTicker(10 * time.Second)
		defer t.Stop()
		last := time.Now()
		for {
			select {
			case <-gctx.Done():
				return nil
			case <-t.C:
			}
			st := n.follower.Status()
			caughtUp := st.Next > 0 && st.Lag <= 1
			if (!analyzed && caughtUp) || time.Since(last) > 10*time.Minute {
				if err := n.db.Analyze(gctx); err != nil {
					n.log.Warn().Err(err).Msg("analyze")
				}
				analyzed, last = analyzed || caughtUp, time.Now()
				if n.quotes != nil {
					if pruned, err := n.db.PruneQuotes(gctx, uint64(time.Now().Add(-time.Hour).Unix())); err != nil {
						n.log.Warn().Err(err).Msg("prune quotes")
					} else if pruned > 0 {
						n.log.Info().Int64("quotes", pruned).Msg("pruned expired and used quotes")
					}
				}
			}
		}
	})
	err := g.Wait()
	if ctx.Err() != nil {
		return nil // interrupted: a clean stop
	}
	return err
}

// Close stops the API, then the follower, then the database.
func (n *indexerNode) Close() error {
	err := errors.Join(n.server.Close(), n.follower.Close(), n.db.Close())
	if n.client != nil {
		n.client.Close()
	}
	return err
}

// dialIndexerNode loads the deployment file, dials the chain and builds the node.
func dialIndexerNode(ctx context.Context, cfg indexerNodeConfig, log zerolog.Logger) (*indexerNode, error) {
	dep, err := deployment.Load(cfg.DeploymentFile)
	if err != nil {
		return nil, err
	}
	client, err := ethclient.DialContext(ctx, cfg.RPC)
	if err != nil {
		return nil, fmt.Errorf("--%s %s: %w", rpcFlag.Name, cfg.RPC, err)
	}
	n, err := newIndexerNode(ctx, cfg, dep, client, log)
	if err != nil {
		client.Close()
		return nil, err
	}
	n.client = client
	return n, nil
}

// indexerComponent runs the indexer inside `idlegrid devnet` (a devnet.Component): once the suite is deployed
// it dials the dev chain over WebSocket (new heads are pushed, so the index trails the chain by milliseconds),
// indexes it and serves the API.
type indexerComponent struct {
	cfg    indexerNodeConfig
	log    zerolog.Logger
	node   *indexerNode
	cancel context.CancelFunc
	done   chan error
}

func (c *indexerComponent) Start(ctx context.Context) error {
	node, err := dialIndexerNode(ctx, c.cfg, c.log)
	if err != nil {
		return fmt.Errorf("indexer: %w", err)
	}
	runCtx, cancel := context.WithCancel(context.Background())
	c.node, c.cancel, c.done = node, cancel, make(chan error, 1)
	go func() { c.done <- node.Run(runCtx) }()
	return nil
}

func (c *indexerComponent) Healthy() error {
	if c.node == nil {
		return indexer.ErrNotStarted
	}
	return c.node.follower.Healthy()
}

func (c *indexerComponent) Close() error {
	if c.node == nil {
		return nil
	}
	c.cancel()
	err := <-c.done
	return errors.Join(err, c.node.Close())
}

func chainIDBig(id uint64) *big.Int { return new(big.Int).SetUint64(id) }

// redactDSN hides a Postgres password in logs.
func redactDSN(dsn string) string {
	if at := strings.LastIndex(dsn, "@"); at > 0 && strings.Contains(dsn, "://") {
		scheme, rest, _ := strings.Cut(dsn, "://")
		user, _, _ := strings.Cut(rest[:strings.LastIndex(rest, "@")], ":")
		return scheme + "://" + user + ":***" + dsn[at:]
	}
	return dsn
}

// devnetIndexer configures the in-process indexer of `idlegrid devnet`: it follows the dev chain over
// WebSocket, keeps its index next to the chain's data directory (or in a temporary one), wipes it when the
// chain was reset, and treats 8 blocks as final.
func devnetIndexer(cfg devnet.Config, listen string, log zerolog.Logger) (*devnetIndexerComponent, error) {
	if cfg.DeploymentFile == "" {
		return nil, errors.New("devnet: the in-process indexer needs --deployment (or --indexer=false)")
	}
	dir, tmp := cfg.Chain.DataDir, ""
	if dir == "" {
		var err error
		if tmp, err = os.MkdirTemp("", "idlegrid-devnet-index-"); err != nil {
			return nil, err
		}
		dir = tmp
	}
	depth := uint64(8)
	// The indexer is optional in a devnet: a busy API port must not keep the chain from starting.
	if l, err := net.Listen("tcp", listen); err != nil {
		log.Warn().Err(err).Str("listen", listen).Msg("indexer API port busy; using a free one")
		listen = "127.0.0.1:0"
	} else {
		l.Close()
	}
	return &devnetIndexerComponent{
		indexerComponent: indexerComponent{log: log, cfg: indexerNodeConfig{
			RPC: fmt.Sprintf("ws://%s:%d", cfg.Chain.Host, cfg.Chain.WSPort), DeploymentFile: cfg.DeploymentFile,
			DB: filepath.Join(dir, "index.db"), Listen: listen, FinalityDepth: &depth, PollInterval: cfg.Chain.BlockPeriod,
			WipeOnReset: true, CORSOrigins: []string{"*"},
		}},
		tmp: tmp,
	}, nil
}

// devnetIndexerComponent is the devnet's indexer, removing its temporary index when the devnet stops.
type devnetIndexerComponent struct {
	indexerComponent
	tmp string
}

func (c *devnetIndexerComponent) cleanup() {
	if c.tmp != "" {
		os.RemoveAll(c.tmp)
	}
}

// API is the URL of the running indexer's API.
func (c *devnetIndexerComponent) API() string {
	if c.node == nil {
		return ""
	}
	return "http://" + c.node.Addr()
}
