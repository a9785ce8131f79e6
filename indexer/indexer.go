// Package indexer mirrors idlegrid's on-chain state into a database: it follows the chain's logs, maps every
// event of every protocol contract into typed tables, and keeps the mirror equal to what a clean index of the
// canonical chain would hold — across reorgs (journaled hot blocks rolled back to the common ancestor), crashes
// (one transaction per batch with the cursor inside) and restarts (the block-hash window is persisted).
//
// This package owns the domain: the rows (model.go), the event mappings (mappings.go), the follower and the
// small interfaces it consumes (Chain, Store, Decoder, Clock). Adapters live in sub-packages: sqlstore
// (SQLite and Postgres), decode (contract ABIs from bindings/), api (HTTP). It never imports the provider or
// inspector packages, and it never writes to the chain.
package indexer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Chain is what the follower reads from a node: go-ethereum's narrow interfaces, satisfied by ethclient,
// the simulated backend's client and any JSON-RPC endpoint alike.
type Chain interface {
	ethereum.ChainIDReader
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// HeadSubscriber is implemented by chains that push new heads (WebSocket, the simulated backend). The follower
// uses it, when present, to wake up as soon as a block arrives instead of waiting for the next poll.
type HeadSubscriber interface {
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// Clock tells the time; tests inject a fake one.
type Clock interface {
	Now() time.Time
}

// SystemClock is the wall clock.
type SystemClock struct{}

// Now returns time.Now().
func (SystemClock) Now() time.Time { return time.Now() }

// BlockRef names a block.
type BlockRef struct {
	Number     uint64
	Hash       common.Hash
	ParentHash common.Hash
	Time       uint64
}

// SyncState is where the index stands, persisted with every batch.
type SyncState struct {
	ChainID     uint64
	GenesisHash common.Hash
	// Deployment fingerprints the indexed contract set and start block; a different one needs a wipe.
	Deployment string
	StartBlock uint64
	// Next is the first block not yet ingested; LastHash the hash of block Next-1 (zero before the first).
	Next     uint64
	LastHash common.Hash
	// Final is the highest ingested block that can no longer be rolled back (its changes are not journaled).
	Final uint64
	// Head is the chain head seen with the last batch.
	Head      uint64
	UpdatedAt time.Time
}

// Batch is one transaction's worth of ingestion.
type Batch struct {
	// Rollback, when set, first undoes every block above Ancestor (journal, history rows, window).
	Rollback bool
	Ancestor uint64
	// Blocks join the persisted block-hash window.
	Blocks []BlockRef
	// Next, LastHash, Final and Head become the new SyncState fields.
	Next     uint64
	LastHash common.Hash
	Final    uint64
	Head     uint64
}

// Store persists the index. Ingest runs project inside one transaction together with the rollback, the window
// and the cursor, so a crash leaves either the whole batch or none of it.
type Store interface {
	// SyncState returns the persisted state; found is false for an empty database.
	SyncState(ctx context.Context) (st SyncState, found bool, err error)
	// Init records the chain identity and starting point of a new index.
	Init(ctx context.Context, st SyncState) error
	// Window returns the persisted block-hash window, ascending.
	Window(ctx context.Context) ([]BlockRef, error)
	// Ingest applies a batch: rollback (if asked), project's changes, window, cursor; all or nothing.
	Ingest(ctx context.Context, b *Batch, project func(RowReader) (*Changes, error)) error
	// Wipe deletes every indexed row and the sync state (the off-chain quote book stays).
	Wipe(ctx context.Context) error
}

// Errors the follower stops on. Each is fatal: the follower turns unhealthy and stays so until restarted.
var (
	// ErrReorgTooDeep: the chain replaced a block the index treated as final (deeper than the finality depth).
	ErrReorgTooDeep = errors.New("reorg deeper than the finality window")
	// ErrChainReset: the chain is not the one indexed (chain id or genesis changed, or the head went below the
	// cursor with no common block in the window), e.g. a restarted devnet.
	ErrChainReset = errors.New("chain reset")
	// ErrDeploymentChanged: the indexed contract addresses or start block differ from the configuration.
	ErrDeploymentChanged = errors.New("deployment changed")
	// ErrMapping: an event could not be mapped (a contract and the indexer disagree); retrying cannot help.
	ErrMapping = errors.New("event mapping failed")
	// ErrStalled: no progress for longer than the stall timeout (the node is down, hanging or refusing).
	ErrStalled = errors.New("indexer stalled")
	// ErrNotStarted: the follower has not started or has stopped.
	ErrNotStarted = errors.New("indexer not running")
)

// Config says what to follow and how.
type Config struct {
	// Contracts to index, by name (GridToken, Staking, AttestationQuorum, LeaseEscrow, GridPriceOracle, Rewards).
	Contracts map[string]common.Address
	// StartBlock is the first block to index (the deployment block).
	StartBlock uint64
	// FinalityDepth: blocks within this many of the head are "hot" and their changes can be rolled back; a
	// reorg deeper than this is ErrReorgTooDeep. Arbitrum One: 240 is what Ponder uses.
	FinalityDepth uint64
	// PollInterval between head checks when caught up (new-head notifications wake the follower earlier).
	PollInterval time.Duration
	// InitialRange and MaxRange bound the eth_getLogs block range; it halves on "range too large" errors and
	// timeouts and doubles back after successes.
	InitialRange uint64
	MaxRange     uint64
	// MaxBatchEvents caps the events written in one transaction (a batch ends at a block boundary).
	MaxBatchEvents int
	// CallTimeout bounds every RPC call; a getLogs that times out is split.
	CallTimeout time.Duration
	// BackoffMin and BackoffMax bound the exponential backoff after transient errors.
	BackoffMin time.Duration
	BackoffMax time.Duration
	// StallTimeout: Healthy fails when no sync step has succeeded for this long.
	StallTimeout time.Duration
	// WipeOnReset wipes the index and starts over when the chain was reset or the deployment changed, instead
	// of stopping with ErrChainReset / ErrDeploymentChanged (for development chains).
	WipeOnReset bool
}

// DefaultConfig is tuned for Arbitrum One over a public RPC.
func DefaultConfig() Config {
	return Config{
		FinalityDepth:  240,
		PollInterval:   time.Second,
		InitialRange:   100,
		MaxRange:       50_000,
		MaxBatchEvents: 20_000,
		CallTimeout:    20 * time.Second,
		BackoffMin:     250 * time.Millisecond,
		BackoffMax:     30 * time.Second,
		StallTimeout:   2 * time.Minute,
	}
}

// Validate reports the first field out of range.
func (c Config) Validate() error {
	switch {
	case len(c.Contracts) == 0:
		return errors.New("indexer: contracts: none configured")
	case c.FinalityDepth > 100_000:
		return fmt.Errorf("indexer: finality depth %d: at most 100000", c.FinalityDepth)
	case c.PollInterval <= 0:
		return fmt.Errorf("indexer: poll interval %s: must be positive", c.PollInterval)
	case c.InitialRange == 0 || c.MaxRange == 0 || c.InitialRange > c.MaxRange:
		return fmt.Errorf("indexer: log range %d..%d: need 0 < initial <= max", c.InitialRange, c.MaxRange)
	case c.MaxBatchEvents < 1:
		return fmt.Errorf("indexer: max batch events %d: must be positive", c.MaxBatchEvents)
	case c.CallTimeout <= 0:
		return fmt.Errorf("indexer: call timeout %s: must be positive", c.CallTimeout)
	case c.BackoffMin <= 0 || c.BackoffMax < c.BackoffMin:
		return fmt.Errorf("indexer: backoff %s..%s: need 0 < min <= max", c.BackoffMin, c.BackoffMax)
	case c.StallTimeout <= c.PollInterval:
		return fmt.Errorf("indexer: stall timeout %s: must exceed the poll interval %s", c.StallTimeout, c.PollInterval)
	}
	for name, addr := range c.Contracts {
		if addr == (common.Address{}) {
			return fmt.Errorf("indexer: contract %s: zero address", name)
		}
	}
	return nil
}
