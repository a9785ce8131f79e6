// Package solwatch is the indexer's Solana watcher: it follows the gateway's vaults at `finalized` commitment
// (getSignaturesForAddress, then getTransaction for each new signature), parses each transaction with
// oracle/solgateway and mirrors deposits, releases and refunds into its Store, with a cursor per vault
// committed in the same database transaction as the rows it covers, so a kill -9 anywhere loses and doubles
// nothing.
//
// It owns the follow loop, its cursor and its health. It never acts on a transaction that is not finalized
// (every read asks for finalized and entries that say otherwise are not applied), never writes to any chain,
// and never decides whether a deposit is served (the inspectors do, reading its Store).
package solwatch

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/rpc"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/retry"
	"github.com/idlegrid/idlegrid/oracle/service"
	"github.com/idlegrid/idlegrid/oracle/solgateway"
)

// Errors.
var (
	// ErrChainReset: the node's genesis hash is not the one the store was filled from (a restarted dev node,
	// or the wrong cluster). Wipe the store or point the watcher at the right node.
	ErrChainReset = errors.New("solwatch: the cluster's genesis hash changed")
	// ErrClosed: the watcher was closed.
	ErrClosed = errors.New("solwatch: closed")
)

// Chain is the slice of Solana JSON-RPC the watcher reads. *rpc.Client satisfies it.
type Chain interface {
	GetGenesisHash(ctx context.Context) (solana.Hash, error)
	GetSignaturesForAddressWithOpts(ctx context.Context, account solana.PublicKey, opts *rpc.GetSignaturesForAddressOpts) ([]*rpc.TransactionSignature, error)
	GetTransaction(ctx context.Context, sig solana.Signature, opts *rpc.GetTransactionOpts) (*rpc.GetTransactionResult, error)
}

// Cursor is the newest signature of a vault whose effects are in the store.
type Cursor struct {
	Signature solana.Signature
	Slot      uint64
}

// Batch is what one store transaction applies for one vault: the parsed transactions, in chain order, and the
// cursor after them.
type Batch struct {
	Vault  solana.PublicKey
	Parsed []solgateway.Parsed
	Cursor Cursor
}

// Store is the watcher's database.
type Store interface {
	// Cluster is the genesis hash the store was filled from (ok false when empty).
	Cluster(ctx context.Context) (h solana.Hash, ok bool, err error)
	// SetCluster records the genesis hash; Wipe empties the store.
	SetCluster(ctx context.Context, h solana.Hash) error
	Wipe(ctx context.Context) error
	// Cursor of a vault (zero when none).
	Cursor(ctx context.Context, vault solana.PublicKey) (Cursor, error)
	// Apply writes a batch's rows and moves the vault's cursor in one transaction. Rows already present (a
	// transaction touching both vaults, or one applied again) are left as they are.
	Apply(ctx context.Context, b Batch) error
}

// Config tunes the watcher.
type Config struct {
	Deployment solgateway.Deployment
	// PollInterval between passes once caught up.
	PollInterval time.Duration
	// PageSize of getSignaturesForAddress (1..1000); BatchSize transactions per store transaction.
	PageSize  int
	BatchSize int
	// CallTimeout bounds each RPC call; StallTimeout turns Healthy red when no pass succeeded for that long.
	CallTimeout  time.Duration
	StallTimeout time.Duration
	// WipeOnReset wipes the store when the cluster changed (a dev node) instead of stopping with ErrChainReset.
	WipeOnReset bool
}

// DefaultConfig polls every 2 s (a slot is ~400 ms; finality ~13 s), 1000 signatures a page, 100 transactions
// a store transaction.
func DefaultConfig(d solgateway.Deployment) Config {
	return Config{Deployment: d, PollInterval: 2 * time.Second, PageSize: 1000, BatchSize: 100,
		CallTimeout: 30 * time.Second, StallTimeout: 2 * time.Minute}
}

// Validate reports the first field that is out of range.
func (c Config) Validate() error {
	if err := c.Deployment.Validate(); err != nil {
		return err
	}
	switch {
	case c.PollInterval <= 0:
		return fmt.Errorf("solwatch: poll interval %v: must be positive", c.PollInterval)
	case c.PageSize < 1 || c.PageSize > 1000:
		return fmt.Errorf("solwatch: page size %d: want 1..1000", c.PageSize)
	case c.BatchSize < 1:
		return fmt.Errorf("solwatch: batch size %d: must be positive", c.BatchSize)
	case c.CallTimeout <= 0 || c.StallTimeout <= 0:
		return errors.New("solwatch: call and stall timeouts: must be positive")
	}
	return nil
}

// Watcher follows the vaults. It is a service.Service: a chain reset stops it for good (Done, Err).
type Watcher struct {
	cfg    Config
	chain  Chain
	store  Store
	log    zerolog.Logger
	runner service.Runner

	mu          sync.Mutex
	running     bool
	lastSuccess time.Time
	lastErr     error
}

// New makes a watcher; it does no I/O until Start or Sync.
func New(cfg Config, chain Chain, store Store, log zerolog.Logger) (*Watcher, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &Watcher{cfg: cfg, chain: chain, store: store, log: log.With().Str("component", "solwatch").Logger()}, nil
}

// Name is the service's name.
func (w *Watcher) Name() string { return "solwatch" }

// Start checks the cluster, then follows the vaults in the background until Close.
func (w *Watcher) Start(ctx context.Context) error {
	w.mu.Lock()
	running := w.running
	w.mu.Unlock()
	if running {
		return fmt.Errorf("solwatch: %w", service.ErrAlreadyStarted)
	}
	if err := w.CheckCluster(ctx); err != nil {
		return err
	}
	w.mu.Lock()
	w.running, w.lastSuccess = true, time.Now()
	w.mu.Unlock()
	w.runner.Go(w.loop)
	return nil
}

// loop syncs until ctx ends, backing off (oracle/retry's schedule) after failures; a chain reset is returned:
// the watcher's fatal error.
func (w *Watcher) loop(ctx context.Context) error {
	backoff := retry.Policy{InitialBackoff: w.cfg.PollInterval, MaxBackoff: time.Minute}.Backoff()
	for {
		n, err := w.Sync(ctx)
		wait := w.cfg.PollInterval
		switch {
		case ctx.Err() != nil:
			return nil
		case errors.Is(err, ErrChainReset):
			w.log.Error().Err(err).Msg("stopped")
			return err
		case err != nil:
			wait = backoff.NextBackOff()
			w.log.Warn().Err(err).Dur("retry_in", wait).Msg("sync failed")
		default:
			backoff.Reset()
			if n > 0 {
				w.log.Debug().Int("transactions", n).Msg("synced")
				continue // more may be waiting
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
	}
}

// Close stops the loop and waits for it.
func (w *Watcher) Close() error {
	w.mu.Lock()
	running := w.running
	w.running = false
	w.mu.Unlock()
	if running {
		w.runner.Stop()
	}
	return nil
}

// Done is closed when the watcher stopped on a chain reset.
func (w *Watcher) Done() <-chan struct{} { return w.runner.Done() }

// Err is why the watcher stopped (nil until Done is closed).
func (w *Watcher) Err() error { return w.runner.Err() }

// Healthy is red after a fatal error or when no pass has succeeded for StallTimeout.
func (w *Watcher) Healthy() error {
	if err := w.runner.Err(); err != nil {
		return err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.running {
		return fmt.Errorf("solwatch: %w", service.ErrNotStarted)
	}
	if time.Since(w.lastSuccess) > w.cfg.StallTimeout {
		return fmt.Errorf("solwatch: no successful sync for %v (last error: %v)", time.Since(w.lastSuccess).Round(time.Second), w.lastErr)
	}
	return nil
}

// CheckCluster compares the node's genesis hash with the deployment's and the store's.
func (w *Watcher) CheckCluster(ctx context.Context) error {
	cctx, cancel := context.WithTimeout(ctx, w.cfg.CallTimeout)
	defer cancel()
	g, err := w.chain.GetGenesisHash(cctx)
	if err != nil {
		return fmt.Errorf("solwatch: genesis hash: %w", err)
	}
	if g != w.cfg.Deployment.Cluster {
		return fmt.Errorf("%w: the node's is %s, the deployment's %s", ErrChainReset, g, w.cfg.Deployment.Cluster)
	}
	stored, ok, err := w.store.Cluster(ctx)
	if err != nil {
		return err
	}
	switch {
	case !ok:
		return w.store.SetCluster(ctx, g)
	case stored == g:
		return nil
	case w.cfg.WipeOnReset:
		w.log.Warn().Stringer("was", stored).Stringer("now", g).Msg("cluster changed: wiping the store")
		if err := w.store.Wipe(ctx); err != nil {
			return err
		}
		return w.store.SetCluster(ctx, g)
	default:
		return fmt.Errorf("%w: the store holds %s, the node is %s (wipe the store, or set WipeOnReset on a dev node)", ErrChainReset, stored, g)
	}
}

// Sync makes one pass over every vault and returns how many transactions it applied.
func (w *Watcher) Sync(ctx context.Context) (int, error) {
	total := 0
	for _, v := range w.cfg.Deployment.Vaults() {
		n, err := w.syncVault(ctx, v.Account)
		total += n
		if err != nil {
			w.mu.Lock()
			w.lastErr = err
			w.mu.Unlock()
			return total, err
		}
	}
	w.mu.Lock()
	w.lastSuccess = time.Now()
	w.mu.Unlock()
	return total, nil
}

func (w *Watcher) syncVault(ctx context.Context, vault solana.PublicKey) (int, error) {
	cur, err := w.store.Cursor(ctx, vault)
	if err != nil {
		return 0, err
	}
	sigs, err := w.newSignatures(ctx, vault, cur)
	if err != nil {
		return 0, err
	}
	applied := 0
	for len(sigs) > 0 {
		n := min(len(sigs), w.cfg.BatchSize)
		b := Batch{Vault: vault, Cursor: cur}
		for _, s := range sigs[:n] {
			if s.Err == nil {
				p, found, err := w.fetch(ctx, s.Signature)
				if err != nil {
					return applied, err
				}
				if !found {
					// Listed as finalized but not served at finalized: not final here yet. Stop before it.
					w.log.Warn().Stringer("signature", s.Signature).Msg("listed but not finalized yet; retrying later")
					sigs = nil
					break
				}
				b.Parsed = append(b.Parsed, p)
			}
			b.Cursor = Cursor{Signature: s.Signature, Slot: s.Slot}
		}
		if b.Cursor == cur {
			break
		}
		if err := w.store.Apply(ctx, b); err != nil {
			return applied, err
		}
		applied += len(b.Parsed)
		cur = b.Cursor
		if sigs != nil {
			sigs = sigs[n:]
		}
	}
	return applied, nil
}

// newSignatures lists the vault's finalized signatures newer than the cursor, oldest first. It stops at the
// first entry a node marks as not finalized: nothing at or after it is applied in this pass.
func (w *Watcher) newSignatures(ctx context.Context, vault solana.PublicKey, cur Cursor) ([]*rpc.TransactionSignature, error) {
	var newestFirst []*rpc.TransactionSignature
	var before solana.Signature
	for {
		limit := w.cfg.PageSize
		cctx, cancel := context.WithTimeout(ctx, w.cfg.CallTimeout)
		page, err := w.chain.GetSignaturesForAddressWithOpts(cctx, vault, &rpc.GetSignaturesForAddressOpts{
			Limit: &limit, Before: before, Until: cur.Signature, Commitment: rpc.CommitmentFinalized,
		})
		cancel()
		if err != nil {
			return nil, fmt.Errorf("solwatch: signatures of %s: %w", vault, err)
		}
		newestFirst = append(newestFirst, page...)
		if len(page) < limit {
			break
		}
		before = page[len(page)-1].Signature
	}
	out := make([]*rpc.TransactionSignature, 0, len(newestFirst))
	for i := len(newestFirst) - 1; i >= 0; i-- {
		s := newestFirst[i]
		if s.ConfirmationStatus != "" && s.ConfirmationStatus != rpc.ConfirmationStatusFinalized {
			w.log.Warn().Stringer("signature", s.Signature).Str("status", string(s.ConfirmationStatus)).Msg("node listed a non-finalized signature at finalized; not applied")
			break
		}
		if s.Slot < cur.Slot {
			return nil, fmt.Errorf("solwatch: %s lists %s at slot %d, below the cursor's slot %d", vault, s.Signature, s.Slot, cur.Slot)
		}
		out = append(out, s)
	}
	return out, nil
}

func (w *Watcher) fetch(ctx context.Context, sig solana.Signature) (solgateway.Parsed, bool, error) {
	cctx, cancel := context.WithTimeout(ctx, w.cfg.CallTimeout)
	defer cancel()
	v0 := uint64(0)
	res, err := w.chain.GetTransaction(cctx, sig, &rpc.GetTransactionOpts{
		Encoding: solana.EncodingBase64, Commitment: rpc.CommitmentFinalized, MaxSupportedTransactionVersion: &v0,
	})
	if errors.Is(err, rpc.ErrNotFound) {
		return solgateway.Parsed{}, false, nil
	}
	if err != nil {
		return solgateway.Parsed{}, false, fmt.Errorf("solwatch: transaction %s: %w", sig, err)
	}
	if res.Transaction == nil || res.Meta == nil {
		return solgateway.Parsed{}, false, fmt.Errorf("solwatch: transaction %s: the node sent no transaction or metadata", sig)
	}
	tx, err := res.Transaction.GetTransaction()
	if err != nil {
		return solgateway.Parsed{}, false, fmt.Errorf("solwatch: transaction %s: decode: %w", sig, err)
	}
	if len(tx.Signatures) == 0 || tx.Signatures[0] != sig {
		return solgateway.Parsed{}, false, fmt.Errorf("solwatch: transaction %s: the node sent another transaction", sig)
	}
	var bt int64
	if res.BlockTime != nil {
		bt = int64(*res.BlockTime)
	}
	p, err := solgateway.Parse(w.cfg.Deployment, res.Slot, bt, tx, res.Meta)
	if err != nil {
		return solgateway.Parsed{}, false, err
	}
	for _, u := range p.Unattributed {
		w.log.Warn().Stringer("signature", sig).Str("vault", u.Vault.Symbol).Int64("delta", u.Delta).Msg("vault balance changed without a top-level transfer")
	}
	return p, true, nil
}
