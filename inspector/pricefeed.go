// Package inspector is the inspector node: the staked oracles that observe, attest and post what the contracts
// cannot see for themselves. Its first job is the GRID/USD price feed: observe the rate, have the signer set
// attest it (KIND_GRID_PRICE, k-of-n signatures) and post it to GridPriceOracle, again before the oracle's
// maximum age runs out, so that GRID-paid leases keep a fresh price. Challenges, breach and completion
// attestations and reward roots join it as further services of the same node.
//
// Every job is a service.Service. The package reaches the chain only through oracle/protocol; it never imports
// the bindings, the provider or the indexer packages, and it never holds more than the keys it is given.
package inspector

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/inspector/price"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/service"
)

// PriceSource observes the GRID/USD rate: USD per whole GRID with 18 decimals, as GridPriceOracle stores it.
// price.Median, the median of several configured sources, is the one a real node uses.
type PriceSource = price.Source

// FixedPrice is a source that always observes the same rate: a dev chain has no market to observe.
type FixedPrice = price.Fixed

// PriceFeedConfig sets how often the rate is posted.
type PriceFeedConfig struct {
	// Every is the time between two posts: under the oracle's maximum age (half of it leaves room for a
	// failed attempt).
	Every time.Duration
}

// PriceFeed attests and posts the rate its source observes, as a service: Start posts once before returning
// (so a node that is up can price GRID), then keeps the rate fresh until Close.
type PriceFeed struct {
	cfg     PriceFeedConfig
	source  PriceSource
	conn    *protocol.Conn
	signers []oracle.DigestSigner
	log     zerolog.Logger
	runner  service.Runner

	mu       sync.Mutex
	running  bool
	lastErr  error
	lastPost time.Time
}

// NewPriceFeed prepares a feed: signers attest (at least the signer set's threshold of them), conn's sender
// posts.
func NewPriceFeed(cfg PriceFeedConfig, source PriceSource, conn *protocol.Conn, signers []oracle.DigestSigner, log zerolog.Logger) (*PriceFeed, error) {
	switch {
	case cfg.Every <= 0:
		return nil, fmt.Errorf("inspector: price feed: every %s: must be positive", cfg.Every)
	case source == nil || conn == nil:
		return nil, errors.New("inspector: price feed: a source and a connection are required")
	case len(signers) == 0:
		return nil, errors.New("inspector: price feed: no inspector keys to attest with")
	}
	return &PriceFeed{cfg: cfg, source: source, conn: conn, signers: signers,
		log: log.With().Str("component", "price-feed").Str("source", source.Name()).Logger()}, nil
}

// Name is the service's name.
func (f *PriceFeed) Name() string { return "price-feed" }

// Post observes the rate, then attests and posts, observed now on the chain's clock, the price nearest it that
// the oracle's speed limit allows (protocol.PriceOracle.PostToward): a rate far from the stored one is reached
// over several posts instead of being refused with PriceMoveTooFast.
func (f *PriceFeed) Post(ctx context.Context) error {
	rate, err := f.source.Price(ctx)
	if err != nil {
		return fmt.Errorf("price feed: observe (%s): %w", f.source.Name(), err)
	}
	posted, err := protocol.NewPriceOracle(f.conn).PostToward(ctx, rate, f.signers)
	if err != nil {
		return fmt.Errorf("price feed: post: %w", err)
	}
	f.mu.Lock()
	f.lastPost, f.lastErr = time.Now(), nil
	f.mu.Unlock()
	ev := f.log.Info()
	if !posted.Reached {
		ev = f.log.Warn().Str("observed_usd_per_grid_wei", rate.String())
	}
	ev.Str("usd_per_grid_wei", posted.Price.String()).Uint64("observed_at", posted.ObservedAt).Bool("reached", posted.Reached).
		Msg("GRID/USD posted")
	return nil
}

// Start posts the rate before returning and keeps it fresh.
func (f *PriceFeed) Start(ctx context.Context) error {
	f.mu.Lock()
	if f.running {
		f.mu.Unlock()
		return fmt.Errorf("price feed: %w", service.ErrAlreadyStarted)
	}
	f.mu.Unlock()
	if err := f.Post(ctx); err != nil {
		return err
	}
	f.mu.Lock()
	f.running = true
	f.mu.Unlock()
	f.runner.Go(f.refresh)
	return nil
}

func (f *PriceFeed) refresh(ctx context.Context) error {
	t := time.NewTicker(f.cfg.Every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		pctx, cancel := context.WithTimeout(ctx, f.cfg.Every)
		err := f.Post(pctx)
		cancel()
		if err != nil && ctx.Err() == nil {
			f.mu.Lock()
			f.lastErr = err
			f.mu.Unlock()
			f.log.Warn().Err(err).Msg("GRID/USD refresh failed")
		}
	}
}

// Healthy fails when the last refresh failed.
func (f *PriceFeed) Healthy() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.running {
		return fmt.Errorf("price feed: %w", service.ErrNotStarted)
	}
	return f.lastErr
}

// Close stops refreshing.
func (f *PriceFeed) Close() error {
	f.mu.Lock()
	running := f.running
	f.running = false
	f.mu.Unlock()
	if running {
		f.runner.Stop()
	}
	return nil
}
