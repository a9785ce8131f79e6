// Package indexer mirrors idlegrid's on-chain state into a database: it follows the chain's logs, maps every
// event of every protocol contract into typed tables, and keeps the mirror equal to what a clean index of the
// canonical chain would hold — across reorgs (journaled hot blocks rolled back to the common ancestor), crashes
// (one transaction per batch with the cursor inside) and restarts (the block-hash window is persisted).
//
// This package owns the domain: the rows (model.go), the event mappings (mappings.go), the index behind the
// shared follower (follower.go: oracle/follow walks the chain, reorgs included; the index decodes and projects
// each batch), the machine spec fetcher (specs.go: each listed machine's spec document, fetched by its CID from
// the machine's node and verified against it) and the small interfaces it consumes (Store, Decoder, SpecStore,
// and oracle/follow's Chain and Clock). Adapters live in sub-packages: sqlstore
// (SQLite and Postgres), decode (contract ABIs from bindings/), api (HTTP). It never imports the provider or
// inspector packages, it never writes to the chain, and the only other thing it reads is spec documents by CID.
package indexer

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle/follow"
)

// The follower's vocabulary is oracle/follow's, shared with every node that follows the chain.
type (
	// Chain is what the follower reads from a node.
	Chain = follow.Chain
	// HeadSubscriber is implemented by chains that push new heads.
	HeadSubscriber = follow.HeadSubscriber
	// Clock tells the time; tests inject a fake one.
	Clock = follow.Clock
	// SystemClock is the wall clock.
	SystemClock = follow.SystemClock
	// BlockRef names a block.
	BlockRef = follow.BlockRef
	// SyncState is where the index stands, persisted with every batch.
	SyncState = follow.State
	// Batch is one transaction's worth of ingestion.
	Batch = follow.Batch
	// Status is a snapshot of where the follower stands.
	Status = follow.Status
)

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
	ErrReorgTooDeep = follow.ErrReorgTooDeep
	// ErrChainReset: the chain is not the one indexed (chain id or genesis changed, or the head went below the
	// cursor with no common block in the window), e.g. a restarted devnet.
	ErrChainReset = follow.ErrChainReset
	// ErrDeploymentChanged: the indexed contract addresses or start block differ from the configuration.
	ErrDeploymentChanged = follow.ErrDeploymentChanged
	// ErrMapping: an event could not be mapped (a contract and the indexer disagree); retrying cannot help.
	ErrMapping = errors.New("event mapping failed")
	// ErrStalled: no progress for longer than the stall timeout (the node is down, hanging or refusing).
	ErrStalled = follow.ErrStalled
	// ErrNotStarted: the follower has not started or has stopped.
	ErrNotStarted = follow.ErrNotStarted
)

// Config says what to index and how to follow the chain (oracle/follow's settings, whose Addresses and
// Fingerprint New derives from Contracts).
type Config struct {
	follow.Config
	// Contracts to index, by name (GridToken, Staking, AttestationQuorum, LeaseEscrow, GridPriceOracle, Rewards).
	Contracts map[string]common.Address
}

// DefaultConfig is tuned for Arbitrum One over a public RPC.
func DefaultConfig() Config {
	return Config{Config: follow.DefaultConfig()}
}

// Validate reports the first field out of range.
func (c Config) Validate() error {
	if len(c.Contracts) == 0 {
		return errors.New("indexer: contracts: none configured")
	}
	for name, addr := range c.Contracts {
		if addr == (common.Address{}) {
			return fmt.Errorf("indexer: contract %s: zero address", name)
		}
		c.Config.Addresses = append(c.Config.Addresses, addr)
	}
	return c.Config.Validate()
}
