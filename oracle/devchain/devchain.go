// Package devchain runs idlegrid's embedded development chain: go-ethereum's simulated backend in process,
// sealing a block every BlockPeriod and serving JSON-RPC over HTTP and WebSocket on loopback, so wallets, the CLI
// and other nodes talk to it exactly as they would to anvil or Arbitrum.
//
// It owns the chain's life cycle only. Deploying contracts and funding accounts with tokens belong to the
// callers; it must never be used for anything but development: its accounts' keys are public.
package devchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/service"
)

// ErrNotStarted is returned by calls that need a running chain.
var ErrNotStarted = fmt.Errorf("devchain: %w", service.ErrNotStarted)

// Config says how the embedded chain runs.
type Config struct {
	// ChainID of the dev chain (31337 by default, like anvil and hardhat).
	ChainID uint64
	// Host is the loopback address the RPC servers bind to.
	Host string
	// HTTPPort and WSPort: JSON-RPC ports. They must differ and be free.
	HTTPPort int
	WSPort   int
	// BlockPeriod seals a block this often; 0 seals only on Commit (tests).
	BlockPeriod time.Duration
	// GasLimit per block (Arbitrum's effective cap is ~32M).
	GasLimit uint64
	// DataDir keeps the chain between runs; empty keeps it in memory.
	DataDir string
	// Accounts is the number of funded dev accounts; each gets AccountBalance wei.
	Accounts       int
	AccountBalance *big.Int
}

// DefaultConfig is a 1-second-block chain on 127.0.0.1:8545 (HTTP) and :8546 (WebSocket) with ten funded
// accounts.
func DefaultConfig() Config {
	return Config{
		ChainID:        deployment.DevChainID,
		Host:           "127.0.0.1",
		HTTPPort:       8545,
		WSPort:         8546,
		BlockPeriod:    time.Second,
		GasLimit:       32_000_000,
		Accounts:       10,
		AccountBalance: new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether)),
	}
}

// Validate reports the first field that is out of range.
func (c Config) Validate() error {
	switch {
	case c.ChainID == 0:
		return errors.New("devchain: chain id: must be non-zero")
	case c.Host == "":
		return errors.New("devchain: host: must be set")
	case net.ParseIP(c.Host) == nil || !net.ParseIP(c.Host).IsLoopback():
		return fmt.Errorf("devchain: host %q: must be a loopback address (the dev chain's keys are public)", c.Host)
	case c.HTTPPort <= 0 || c.HTTPPort > 65535:
		return fmt.Errorf("devchain: http port %d: must be 1-65535", c.HTTPPort)
	case c.WSPort <= 0 || c.WSPort > 65535:
		return fmt.Errorf("devchain: ws port %d: must be 1-65535", c.WSPort)
	case c.WSPort == c.HTTPPort:
		return fmt.Errorf("devchain: ws port %d: must differ from the http port", c.WSPort)
	case c.BlockPeriod < 0:
		return fmt.Errorf("devchain: block period %s: must not be negative", c.BlockPeriod)
	case c.GasLimit < 1_000_000:
		return fmt.Errorf("devchain: gas limit %d: must be at least 1,000,000", c.GasLimit)
	case c.Accounts < 1 || c.Accounts > 100:
		return fmt.Errorf("devchain: accounts %d: must be 1-100", c.Accounts)
	case c.AccountBalance == nil || c.AccountBalance.Sign() <= 0:
		return errors.New("devchain: account balance: must be positive")
	}
	return nil
}

// Account is a funded dev account. Its key is public knowledge: dev chains only.
type Account struct {
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// DevAccounts derives n deterministic dev accounts (the same on every run, so a wallet set up once keeps
// working): key i is keccak256("idlegrid devnet account <i>").
func DevAccounts(n int) []Account {
	out := make([]Account, n)
	for i := range out {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte("idlegrid devnet account " + strconv.Itoa(i))))
		if err != nil {
			// A keccak digest is a valid secp256k1 scalar except with negligible probability; the inputs are
			// fixed, so this cannot happen at run time.
			panic(fmt.Sprintf("devchain: dev key %d: %v", i, err))
		}
		out[i] = Account{Address: crypto.PubkeyToAddress(key.PublicKey), Key: key}
	}
	return out
}

// Chain is the embedded dev chain, a service.Service: Start brings it up, Close saves its head (with a data
// directory) and stops it.
type Chain struct {
	cfg      Config
	log      zerolog.Logger
	accounts []Account

	mu        sync.Mutex
	backend   *simulated.Backend
	sealer    service.Runner
	lastBlock time.Time
}

// New prepares a chain; nothing runs until Start.
func New(cfg Config, log zerolog.Logger) (*Chain, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &Chain{cfg: cfg, log: log.With().Str("component", "devchain").Logger(), accounts: DevAccounts(cfg.Accounts)}, nil
}

// Accounts returns the funded dev accounts.
func (c *Chain) Accounts() []Account { return c.accounts }

// ChainID returns the configured chain id.
func (c *Chain) ChainID() *big.Int { return new(big.Int).SetUint64(c.cfg.ChainID) }

// HTTPEndpoint and WSEndpoint are the JSON-RPC URLs.
func (c *Chain) HTTPEndpoint() string {
	return "http://" + net.JoinHostPort(c.cfg.Host, strconv.Itoa(c.cfg.HTTPPort))
}

// WSEndpoint is the JSON-RPC over WebSocket URL.
func (c *Chain) WSEndpoint() string {
	return "ws://" + net.JoinHostPort(c.cfg.Host, strconv.Itoa(c.cfg.WSPort))
}

// Name is the service's name.
func (c *Chain) Name() string { return "devchain" }

// Start brings the chain up: genesis (or the data directory's chain), RPC servers, and the block sealer. A
// context that has already ended starts nothing; once Start returns nil the chain runs until Close.
func (c *Chain) Start(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.backend != nil {
		return fmt.Errorf("devchain: %w", service.ErrAlreadyStarted)
	}
	for _, port := range []int{c.cfg.HTTPPort, c.cfg.WSPort} {
		if err := portFree(c.cfg.Host, port); err != nil {
			return err
		}
	}
	alloc := types.GenesisAlloc{}
	for _, a := range c.accounts {
		alloc[a.Address] = types.Account{Balance: new(big.Int).Set(c.cfg.AccountBalance)}
	}
	backend, err := newBackend(alloc, c.cfg)
	if err != nil {
		return err
	}
	if err := c.restoreHead(backend); err != nil {
		backend.Close()
		return err
	}
	c.backend = backend
	c.lastBlock = time.Now()
	c.sealer.Go(c.seal)
	c.log.Info().Uint64("chain_id", c.cfg.ChainID).Str("http", c.HTTPEndpoint()).Str("ws", c.WSEndpoint()).
		Dur("block_period", c.cfg.BlockPeriod).Str("datadir", c.cfg.DataDir).Msg("dev chain started")
	return nil
}

// newBackend wraps simulated.NewBackend, which panics when the node cannot start (a port taken between our
// check and its listen, an unusable data directory): a bad flag must end in an error, not a crash.
func newBackend(alloc types.GenesisAlloc, cfg Config) (backend *simulated.Backend, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("devchain: start node: %v", r)
		}
	}()
	chainConfig := *params.AllDevChainProtocolChanges
	chainConfig.ChainID = new(big.Int).SetUint64(cfg.ChainID)
	// Arbitrum runs Cancun: go-ethereum's dev config also enables every later fork (Prague, Osaka and beyond,
	// with their gas repricings), which would make gas, and so the CLI's figures, differ from the target chain.
	chainConfig.PragueTime, chainConfig.OsakaTime, chainConfig.BogotaTime = nil, nil, nil
	backend = simulated.NewBackend(alloc, func(nc *node.Config, ec *ethconfig.Config) {
		nc.DataDir = cfg.DataDir
		nc.HTTPHost, nc.HTTPPort = cfg.Host, cfg.HTTPPort
		nc.HTTPModules = []string{"eth", "net", "web3"}
		nc.HTTPVirtualHosts = []string{"localhost", cfg.Host}
		nc.HTTPCors = []string{"*"}
		nc.WSHost, nc.WSPort = cfg.Host, cfg.WSPort
		nc.WSModules = []string{"eth", "net", "web3"}
		nc.WSOrigins = []string{"*"}
		ec.Genesis.Config = &chainConfig
		ec.Genesis.GasLimit = cfg.GasLimit
		ec.Miner.GasCeil = cfg.GasLimit
		ec.NetworkId = cfg.ChainID
		ec.RPCGasCap = 50_000_000
		ec.RPCTxFeeCap = 100 // ether
		if cfg.DataDir != "" {
			// The simulated backend re-forks to genesis on start; to come back to the saved head its state
			// must still be on disk, so keep every state (archive, hash scheme). Dev chains are small.
			ec.StateScheme = rawdb.HashScheme
			ec.NoPruning = true
		}
	})
	return backend, nil
}

const headFile = "idlegrid-devchain-head"

// saveHead records the head block hash in the data directory, for restoreHead.
func (c *Chain) saveHead(backend *simulated.Backend) error {
	if c.cfg.DataDir == "" {
		return nil
	}
	head, err := backend.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		return fmt.Errorf("devchain: read head to save: %w", err)
	}
	return os.WriteFile(filepath.Join(c.cfg.DataDir, headFile), []byte(head.Hash().Hex()), 0o644)
}

// restoreHead moves a restarted chain back to the head saved by saveHead.
func (c *Chain) restoreHead(backend *simulated.Backend) error {
	if c.cfg.DataDir == "" {
		return nil
	}
	raw, err := os.ReadFile(filepath.Join(c.cfg.DataDir, headFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil // a new data directory
	}
	if err != nil {
		return fmt.Errorf("devchain: read saved head: %w", err)
	}
	hash := common.HexToHash(strings.TrimSpace(string(raw)))
	// The start-up fork to genesis put the saved chain's transactions back into the pool; they are already in
	// the blocks we return to.
	backend.Rollback()
	if err := backend.Fork(hash); err != nil {
		return fmt.Errorf("devchain: data dir %s: restore head %s: %w (start with a fresh data dir)", c.cfg.DataDir, hash, err)
	}
	return nil
}

func portFree(host string, port int) error {
	l, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
	if err != nil {
		return fmt.Errorf("devchain: port %d on %s is not free (another devnet or anvil running?): %w", port, host, err)
	}
	return l.Close()
}

func (c *Chain) seal(ctx context.Context) error {
	if c.cfg.BlockPeriod == 0 {
		return nil
	}
	t := time.NewTicker(c.cfg.BlockPeriod)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			c.Commit()
		}
	}
}

// Commit seals a block now with the pending transactions.
func (c *Chain) Commit() common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.backend == nil {
		return common.Hash{}
	}
	c.lastBlock = time.Now()
	return c.backend.Commit()
}

// AdjustTime seals an empty block `d` later than the last one (tests; fails with pending transactions).
func (c *Chain) AdjustTime(d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.backend == nil {
		return ErrNotStarted
	}
	c.lastBlock = time.Now()
	return c.backend.AdjustTime(d)
}

// Client is an in-process client of the chain (no HTTP round trip).
func (c *Chain) Client() (simulated.Client, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.backend == nil {
		return nil, ErrNotStarted
	}
	return c.backend.Client(), nil
}

// Healthy fails when the chain is not running or has not sealed a block for three periods.
func (c *Chain) Healthy() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.backend == nil {
		return ErrNotStarted
	}
	if c.cfg.BlockPeriod > 0 {
		if age := time.Since(c.lastBlock); age > 3*c.cfg.BlockPeriod {
			return fmt.Errorf("devchain: no block for %s (period %s)", age.Round(time.Millisecond), c.cfg.BlockPeriod)
		}
	}
	return nil
}

// Close stops sealing and shuts the node down. Safe to call more than once.
func (c *Chain) Close() error {
	c.mu.Lock()
	backend := c.backend
	c.backend = nil
	c.mu.Unlock()
	if backend == nil {
		return nil
	}
	c.sealer.Stop()
	err := c.saveHead(backend)
	err = errors.Join(err, backend.Close())
	c.log.Info().Msg("dev chain stopped")
	return err
}
