// Package follow is the reorg-safe block follower every idlegrid node shares (the indexer, the provider node,
// the inspector node): it walks a chain's headers and the logs of a set of contracts into a Store, block range
// by block range, and keeps the Store equal to what the canonical chain says across reorgs, crashes and
// restarts.
//
//   - Blocks within FinalityDepth of the head are hot: their headers (number, hash, parent) go into the Store's
//     window, so a reorg can be found and undone. Older blocks are final and are handed over in large batches
//     with only the newest kept as the window's anchor.
//   - A parent-hash mismatch, or a head at or below the cursor with another hash, starts an ancestor search down
//     the window; the Store then rolls back to the common ancestor and applies the new branch in one Apply.
//     A reorg that replaces a final block is ErrReorgTooDeep; a chain that is not the one followed (chain id,
//     genesis, or no common block at all) is ErrChainReset; a different contract set is ErrDeploymentChanged.
//   - eth_getLogs ranges adapt: they halve when the node says a range or its result is too large or when the
//     call times out, narrow when a response holds more than a batch, and grow back after successes. A batch
//     holds at most MaxBatchEvents logs, cut at a block boundary; the next final range is fetched while the
//     current batch is applied.
//   - Failures are classified once, by oracle/retry: transient ones are retried with backoff by the loop, 401 and
//     403 stop the follower at once, and the watchdog turns Healthy red after StallTimeout without progress.
//
// The Follower is a service.Service. What a batch means belongs to the Store (the indexer decodes and projects
// it into its tables; a provider node looks for its own leases): this package never decodes a log, never
// writes to a chain and never imports a node package.
package follow

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Chain is what the follower reads from a node: go-ethereum's narrow interfaces, satisfied by ethclient, the
// simulated backend's client and any JSON-RPC endpoint alike.
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

// State is where the Store stands, persisted with every batch.
type State struct {
	ChainID     uint64
	GenesisHash common.Hash
	// Deployment fingerprints the followed contract set and start block (Fingerprint); a different one needs a
	// wipe.
	Deployment string
	StartBlock uint64
	// Next is the first block not yet applied; LastHash the hash of block Next-1 (zero before the first).
	Next     uint64
	LastHash common.Hash
	// Final is the highest applied block that can no longer be rolled back.
	Final uint64
	// Head is the chain head seen with the last batch.
	Head      uint64
	UpdatedAt time.Time
}

// Batch is one Apply's worth of chain.
type Batch struct {
	// Rollback, when set, first undoes every block above Ancestor.
	Rollback bool
	Ancestor uint64
	// Blocks join the persisted block-hash window.
	Blocks []BlockRef
	// Next, LastHash, Final and Head become the new State fields.
	Next     uint64
	LastHash common.Hash
	Final    uint64
	Head     uint64
	// HotFrom is the first block of the batch that is hot: changes made by blocks at or above it must be
	// undoable (journaled); blocks below it are final.
	HotFrom uint64
	// Logs are the followed contracts' logs of the batch's blocks, in chain order, each with BlockTimestamp set.
	Logs []types.Log
}

// Store persists what the follower hands over. Apply must be atomic: a crash leaves either the whole batch
// (rollback, logs' effects, window, cursor) or none of it.
type Store interface {
	// State returns the persisted state; found is false for an empty store.
	State(ctx context.Context) (st State, found bool, err error)
	// Init records the chain identity and starting point of a new store.
	Init(ctx context.Context, st State) error
	// Window returns the persisted block-hash window, ascending.
	Window(ctx context.Context) ([]BlockRef, error)
	// Apply applies a batch: rollback (if asked), the logs, the window, the cursor; all or nothing. An error
	// wrapped with Halt stops the follower for good; any other is retried with backoff.
	Apply(ctx context.Context, b *Batch) error
	// Wipe deletes everything followed and the state.
	Wipe(ctx context.Context) error
}

// Errors the follower stops on. Each is fatal: the follower turns unhealthy (and Done closes) until restarted.
var (
	// ErrReorgTooDeep: the chain replaced a block treated as final (deeper than the finality depth).
	ErrReorgTooDeep = errors.New("reorg deeper than the finality window")
	// ErrChainReset: the chain is not the one followed (chain id or genesis changed, or the head went below the
	// cursor with no common block in the window), e.g. a restarted devnet.
	ErrChainReset = errors.New("chain reset")
	// ErrDeploymentChanged: the followed contract addresses or start block differ from the configuration.
	ErrDeploymentChanged = errors.New("deployment changed")
	// ErrStalled: no progress for longer than the stall timeout (the node is down, hanging or refusing).
	ErrStalled = errors.New("follower stalled")
	// ErrNotStarted: the follower has not started or has stopped.
	ErrNotStarted = errors.New("follower not running")
)

// haltError marks a Store error the follower must not retry.
type haltError struct{ err error }

func (e *haltError) Error() string { return e.err.Error() }
func (e *haltError) Unwrap() error { return e.err }

// Halt marks err as fatal: a Store whose Apply returns it stops the follower instead of being retried (the
// indexer halts on an event it cannot map: retrying cannot help).
func Halt(err error) error {
	if err == nil {
		return nil
	}
	return &haltError{err}
}

// Config says what to follow and how.
type Config struct {
	// Addresses are the contracts whose logs are followed.
	Addresses []common.Address
	// Fingerprint identifies the followed deployment (Fingerprint); a store built for another is refused.
	Fingerprint string
	// StartBlock is the first block to follow (the deployment block).
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
	// MaxBatchEvents caps the logs handed over in one batch (a batch ends at a block boundary).
	MaxBatchEvents int
	// CallTimeout bounds every RPC call; a getLogs that times out is split.
	CallTimeout time.Duration
	// BackoffMin and BackoffMax bound the exponential backoff after transient errors.
	BackoffMin time.Duration
	BackoffMax time.Duration
	// StallTimeout: Healthy fails when no step has succeeded for this long.
	StallTimeout time.Duration
	// WipeOnReset wipes the store and starts over when the chain was reset or the deployment changed, instead
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
	case len(c.Addresses) == 0:
		return errors.New("follow: addresses: none configured")
	case c.FinalityDepth > 100_000:
		return fmt.Errorf("follow: finality depth %d: at most 100000", c.FinalityDepth)
	case c.PollInterval <= 0:
		return fmt.Errorf("follow: poll interval %s: must be positive", c.PollInterval)
	case c.InitialRange == 0 || c.MaxRange == 0 || c.InitialRange > c.MaxRange:
		return fmt.Errorf("follow: log range %d..%d: need 0 < initial <= max", c.InitialRange, c.MaxRange)
	case c.MaxBatchEvents < 1:
		return fmt.Errorf("follow: max batch events %d: must be positive", c.MaxBatchEvents)
	case c.CallTimeout <= 0:
		return fmt.Errorf("follow: call timeout %s: must be positive", c.CallTimeout)
	case c.BackoffMin <= 0 || c.BackoffMax < c.BackoffMin:
		return fmt.Errorf("follow: backoff %s..%s: need 0 < min <= max", c.BackoffMin, c.BackoffMax)
	case c.StallTimeout <= c.PollInterval:
		return fmt.Errorf("follow: stall timeout %s: must exceed the poll interval %s", c.StallTimeout, c.PollInterval)
	}
	for _, addr := range c.Addresses {
		if addr == (common.Address{}) {
			return errors.New("follow: addresses: the zero address")
		}
	}
	return nil
}

// Fingerprint identifies a deployment: its contracts by name and the start block.
func Fingerprint(contracts map[string]common.Address, start uint64) string {
	parts := make([]string, 0, len(contracts)+1)
	for name, addr := range contracts {
		parts = append(parts, name+"="+strings.ToLower(addr.Hex()))
	}
	sort.Strings(parts)
	return strings.Join(parts, ",") + fmt.Sprintf(";start=%d", start)
}
