// Package devchain runs idlegrid's embedded development chain: go-ethereum's simulated backend in process,
// sealing a block every BlockPeriod and serving JSON-RPC over HTTP and WebSocket on loopback, so wallets, the CLI
// and other nodes talk to it exactly as they would to anvil or Arbitrum. Like anvil it answers evm_increaseTime
// and evm_mine, so tests pass a dispute window or a reward epoch without waiting.
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
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
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
	// APIs are extra JSON-RPC namespaces served over HTTP beside eth, net and web3 (the devnet's control of
	// its own services: devnet_stopProvider).
	APIs []rpc.API
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
	backend   *embedded
	sealer    service.Runner
	lastBlock time.Time
	restored  Restored
	// moved is how far IncreaseTime moved the chain's time past the wall clock (not kept across restarts).
	moved time.Duration
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
	backend, err := startEmbedded(alloc, c.cfg, append([]rpc.API{{Namespace: "evm", Service: &evmAPI{c: c}}}, c.cfg.APIs...))
	if err != nil {
		return err
	}
	c.restored = Restored{Block: backend.head()}
	c.backend = backend
	c.lastBlock = time.Now()
	c.sealer.Go(c.seal)
	c.log.Info().Uint64("chain_id", c.cfg.ChainID).Str("http", c.HTTPEndpoint()).Str("ws", c.WSEndpoint()).
		Dur("block_period", c.cfg.BlockPeriod).Str("datadir", c.cfg.DataDir).Msg("dev chain started")
	return nil
}

// Restored says where Start found the data directory's chain.
type Restored struct {
	// Block is the head the chain resumed at (0: a new data directory, or none).
	Block uint64
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
			if c.idleAhead() {
				// Blocks need strictly increasing whole-second timestamps, so a burst of blocks (the devnet's
				// set-up seals dozens in a second) leaves the chain's clock ahead of the wall clock. With nothing
				// to mine, wait for the wall clock instead of sealing yet another second ahead.
				c.mu.Lock()
				c.lastBlock = time.Now()
				c.mu.Unlock()
				continue
			}
			c.Commit()
		}
	}
}

// idleAhead reports whether the head's timestamp is ahead of the wall clock (plus what IncreaseTime moved) and no
// transaction waits.
func (c *Chain) idleAhead() bool {
	c.mu.Lock()
	backend, moved := c.backend, c.moved
	c.mu.Unlock()
	if backend == nil {
		return false
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	client := backend.client
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil || head.Time <= uint64(time.Now().Add(moved).Unix()) {
		return false
	}
	pending, err := client.PendingTransactionCount(ctx)
	return err == nil && pending == 0
}

// Commit seals a block now with the pending transactions.
func (c *Chain) Commit() common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.backend == nil {
		return common.Hash{}
	}
	c.lastBlock = time.Now()
	h, err := c.backend.commit()
	if err != nil {
		c.log.Error().Err(err).Msg("block sealed but not flushed to disk")
	}
	return h
}

// Restored says where Start found the data directory's chain (zero for a fresh one).
func (c *Chain) Restored() Restored {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.restored
}

// AdjustTime seals an empty block `d` later than the last one (tests; fails with pending transactions).
func (c *Chain) AdjustTime(d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.backend == nil {
		return ErrNotStarted
	}
	c.lastBlock = time.Now()
	return c.backend.adjustTime(d)
}

// IncreaseTime seals a block d after the head (anvil's evm_increaseTime then evm_mine): tests of what only
// happens later on chain (a dispute window's end) run on the devnet without waiting. Transactions pending then
// are sealed first, in a block at the usual time. It answers the new head's timestamp. Later blocks keep
// their period from there (the chain's time stays that far ahead of the wall clock until a restart).
func (c *Chain) IncreaseTime(d time.Duration) (uint64, error) {
	if d < time.Second {
		return 0, fmt.Errorf("devchain: increase time by %s: at least a second", d)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.backend == nil {
		return 0, ErrNotStarted
	}
	var err error
	// The simulated beacon moves time only in an empty block: seal what is pending, and try again (the pool
	// may hand a transaction just sent to the next block only).
	for i := range 20 {
		if err = c.backend.adjustTime(d); err == nil {
			break
		}
		if _, cerr := c.backend.commit(); cerr != nil {
			return 0, cerr
		}
		time.Sleep(time.Duration(i+1) * 10 * time.Millisecond)
	}
	if err != nil {
		return 0, fmt.Errorf("devchain: increase time: %w", err)
	}
	c.lastBlock = time.Now()
	c.moved += d // the sealer keeps sealing from the moved time on, as it does from the wall clock's
	return c.backend.eth.BlockChain().CurrentBlock().Time, nil
}

// evmAPI is anvil's evm_increaseTime and evm_mine on the dev chain (both seal a block at once: this chain
// holds no time offset for a later block).
type evmAPI struct{ c *Chain }

// rpcSeconds is a count of seconds given as a JSON number or a hex quantity, as anvil takes either.
type rpcSeconds uint64

func (s *rpcSeconds) UnmarshalJSON(b []byte) error {
	var q hexutil.Uint64
	if len(b) > 0 && b[0] == '"' {
		if err := q.UnmarshalJSON(b); err != nil {
			return fmt.Errorf("seconds: want a whole number or a hex quantity, got %s", b)
		}
		*s = rpcSeconds(q)
		return nil
	}
	n, err := strconv.ParseUint(string(b), 10, 64)
	if err != nil {
		return fmt.Errorf("seconds: want a whole number or a hex quantity, got %s", b)
	}
	*s = rpcSeconds(n)
	return nil
}

// maxIncrease bounds one increase (a typo of seconds for milliseconds would move the chain by years).
const maxIncrease = 10 * 365 * 24 * time.Hour

// IncreaseTime is evm_increaseTime: seals a block that many seconds after the head; answers the seconds.
func (a *evmAPI) IncreaseTime(s rpcSeconds) (hexutil.Uint64, error) {
	if uint64(s) > uint64(maxIncrease/time.Second) {
		return 0, fmt.Errorf("seconds: %d, at most %d", uint64(s), uint64(maxIncrease/time.Second))
	}
	if _, err := a.c.IncreaseTime(time.Duration(s) * time.Second); err != nil {
		return 0, err
	}
	return hexutil.Uint64(s), nil
}

// Mine is evm_mine: seals a block now.
func (a *evmAPI) Mine() (string, error) {
	if h := a.c.Commit(); h == (common.Hash{}) {
		return "", ErrNotStarted
	}
	return "0x0", nil
}

// Client is an in-process client of the chain (no HTTP round trip).
func (c *Chain) Client() (*ethclient.Client, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.backend == nil {
		return nil, ErrNotStarted
	}
	return c.backend.client, nil
}

// Healthy fails when the chain is not running or has not sealed a block for three periods.
// stallFloor is the shortest silence of the sealer that Healthy reports.
const stallFloor = 2 * time.Second

func (c *Chain) Healthy() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.backend == nil {
		return ErrNotStarted
	}
	if c.cfg.BlockPeriod > 0 {
		// The sealer is stuck when it has not ticked for a few periods; with short test periods a loaded machine
		// delays ticks by more than that without anything being wrong, hence the floor.
		if age := time.Since(c.lastBlock); age > max(3*c.cfg.BlockPeriod, stallFloor) {
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
	err := backend.close()
	c.log.Info().Msg("dev chain stopped")
	return err
}
