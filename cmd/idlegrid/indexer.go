package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
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

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/indexer/decode"
	"github.com/idlegrid/idlegrid/indexer/sqlstore"
	"github.com/idlegrid/idlegrid/oracle/deployment"
)

var (
	indexerRPCFlag = &cli.StringFlag{
		Name:     "rpc",
		Usage:    "JSON-RPC `URL` of the chain to index (http(s):// or ws(s)://; WebSocket gets new heads pushed)",
		Value:    "http://127.0.0.1:8545",
		EnvVars:  []string{"IDLEGRID_RPC"},
		Category: "CHAIN",
	}
	indexerDeploymentFlag = &cli.StringFlag{
		Name:     "deployment",
		Usage:    "deployment `FILE` naming the contracts and their start block (deployments/<chain>.json)",
		Value:    filepath.Join("deployments", "devnet.json"),
		EnvVars:  []string{"IDLEGRID_DEPLOYMENT"},
		Category: "CHAIN",
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
				Flags: []cli.Flag{indexerRPCFlag, indexerDeploymentFlag, indexerDBFlag, indexerListenFlag, indexerFinalityFlag,
					indexerPollFlag, indexerMaxRangeFlag, indexerWipeFlag, indexerCORSFlag, indexerRateFlag},
				Action: func(c *cli.Context) error {
					cfg := indexerNodeConfig{
						RPC: c.String(indexerRPCFlag.Name), DeploymentFile: c.String(indexerDeploymentFlag.Name),
						DB: c.String(indexerDBFlag.Name), Listen: c.String(indexerListenFlag.Name),
						PollInterval: c.Duration(indexerPollFlag.Name), MaxRange: c.Uint64(indexerMaxRangeFlag.Name),
						WipeOnReset: c.Bool(indexerWipeFlag.Name), CORSOrigins: c.StringSlice(indexerCORSFlag.Name),
						RateLimit: c.Float64(indexerRateFlag.Name),
					}
					if c.IsSet(indexerFinalityFlag.Name) {
						d := c.Uint64(indexerFinalityFlag.Name)
						cfg.FinalityDepth = &d
					}
					dep, err := deployment.Load(cfg.DeploymentFile)
					if err != nil {
						return err
					}
					client, err := ethclient.DialContext(c.Context, cfg.RPC)
					if err != nil {
						return fmt.Errorf("--%s %s: %w", indexerRPCFlag.Name, cfg.RPC, err)
					}
					defer client.Close()
					node, err := newIndexerNode(c.Context, cfg, dep, client, logger(c))
					if err != nil {
						return err
					}
					defer node.Close()
					fmt.Fprintf(c.App.ErrWriter, "indexing %s (chain id %d) into %s; API on http://%s\n", dep.Chain, dep.ChainID, redactDSN(cfg.DB), node.Addr())
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
	n := &indexerNode{log: log, db: db}
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
	return errors.Join(n.server.Close(), n.follower.Close(), n.db.Close())
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
