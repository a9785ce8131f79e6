package main

import (
	"fmt"
	"math"
	"net"
	"strconv"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/indexer/console"
	"github.com/idlegrid/idlegrid/indexer/node"
	"github.com/idlegrid/idlegrid/indexer/server"
	"github.com/idlegrid/idlegrid/indexer/sqlstore"
	"github.com/idlegrid/idlegrid/oracle/service"
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
		Value:    api.DefaultAddr,
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
		Value:    api.DefaultAddr,
		EnvVars:  []string{"IDLEGRID_INDEXER_LISTEN"},
		Category: "INDEXER",
	}
	indexerFinalityFlag = &cli.Uint64Flag{
		Name:     "finality-depth",
		Usage:    "blocks below the head that can still be reorged (`N`); deeper reorgs stop the indexer. Default: 240, 8 on dev chains",
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
	indexerSolanaFlag = &cli.StringFlag{
		Name:     "solana-deployment",
		Usage:    "also follow the Solana gateway of this deployment FILE (idlegrid devnet --solana writes one) and serve its swaps under /v1/swaps/",
		EnvVars:  []string{"IDLEGRID_INDEXER_SOLANA_DEPLOYMENT"},
		Category: "INDEXER",
	}
	indexerSolanaMirrorFlag = &cli.StringFlag{
		Name:     "solana-mirror",
		Usage:    "the Solana watcher's SQLite FILE (with --solana-deployment)",
		Value:    "idlegrid-solana-mirror.db",
		EnvVars:  []string{"IDLEGRID_INDEXER_SOLANA_MIRROR"},
		Category: "INDEXER",
	}
	indexerConsoleFlag = &cli.BoolFlag{
		Name:     "console",
		Usage:    "serve the web console (rent, provide and inspect from a browser wallet) under /console/",
		Value:    true,
		EnvVars:  []string{"IDLEGRID_CONSOLE"},
		Category: "INDEXER",
	}
	indexerRateFlag = &cli.Float64Flag{
		Name:     "rate-limit",
		Usage:    "API requests per second allowed per client IP",
		Value:    server.DefaultConfig().RatePerSecond,
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
					indexerPollFlag, indexerMaxRangeFlag, indexerWipeFlag, indexerCORSFlag, indexerRateFlag, indexerConsoleFlag,
					indexerSolanaFlag, solanaRPCFlag, indexerSolanaMirrorFlag},
				Action: runIndexer,
			},
		},
	}
}

// runIndexer turns the flags into the indexer node's configuration and runs the node until interrupted or
// until it fails for good (a deep reorg, a chain reset, a refused API key).
func runIndexer(c *cli.Context) error {
	cfg := node.DefaultConfig()
	cfg.RPC, cfg.DeploymentFile, cfg.DB = flagString(c, rpcFlag), flagString(c, deploymentFlag), c.String(indexerDBFlag.Name)
	cfg.PollInterval, cfg.MaxRange = c.Duration(indexerPollFlag.Name), c.Uint64(indexerMaxRangeFlag.Name)
	cfg.WipeOnReset, cfg.Console = c.Bool(indexerWipeFlag.Name), c.Bool(indexerConsoleFlag.Name)
	cfg.API.Listen, cfg.API.AllowedOrigins = c.String(indexerListenFlag.Name), c.StringSlice(indexerCORSFlag.Name)
	if err := checkListenAddr(indexerListenFlag.Name, cfg.API.Listen); err != nil {
		return err
	}
	rate := c.Float64(indexerRateFlag.Name)
	if !(rate > 0) || math.IsInf(rate, 1) { // it fell back to the default
		return usageError("--%s %v: give requests per second, more than 0", indexerRateFlag.Name, rate)
	}
	cfg.API.RatePerSecond, cfg.API.RateBurst = rate, max(1, int(2*rate))
	if f := c.String(indexerSolanaFlag.Name); f != "" {
		cfg.Solana = &node.SolanaConfig{DeploymentFile: f, RPC: c.String(solanaRPCFlag.Name), Mirror: c.String(indexerSolanaMirrorFlag.Name),
			WipeOnReset: cfg.WipeOnReset}
	}
	if c.IsSet(indexerFinalityFlag.Name) {
		d := c.Uint64(indexerFinalityFlag.Name)
		cfg.FinalityDepth = &d
	}
	n, err := node.New(cfg, logger(c))
	if err != nil {
		return err
	}
	if intr := interruptsOf(c.App); intr != nil {
		intr.setGrace(10 * time.Second) // the API lets requests in flight finish (5 s at most), then the database closes
	}
	if err := n.Start(c.Context); err != nil {
		return err
	}
	dep := n.Deployment()
	fmt.Fprintf(c.App.ErrWriter, "indexing %s (chain id %d) into %s; API on %s\n", dep.Chain, dep.ChainID, sqlstore.RedactDSN(cfg.DB), n.URL())
	if cfg.Console {
		fmt.Fprintf(c.App.ErrWriter, "web console on %s%s\n", n.URL(), console.Prefix)
	}
	err = service.Wait(c.Context, n)
	if cerr := n.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("indexer stopped: %w", err)
	}
	return nil
}

// checkListenAddr refuses a listen address that cannot be listened on, naming its flag: a usage error, not a
// start-up failure.
func checkListenAddr(flag, addr string) error {
	_, port, err := net.SplitHostPort(addr)
	if err == nil {
		_, err = strconv.ParseUint(port, 10, 16)
	}
	if err != nil {
		return usageError("--%s %q: give HOST:PORT, like 127.0.0.1:8547 (port 0 picks a free one)", flag, addr)
	}
	return nil
}
