package indexer

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/service"
)

// Maintainer is what housekeeping asks of a store.
type Maintainer interface {
	// Analyze refreshes the query planner's statistics (Postgres needs them for the market search).
	Analyze(ctx context.Context) error
	// PruneQuotes deletes quotes that expired before `before`, and used or cancelled ones.
	PruneQuotes(ctx context.Context, before uint64) (int64, error)
}

// HousekeepingConfig sets the cadence.
type HousekeepingConfig struct {
	// Check is how often housekeeping looks at the follower's progress.
	Check time.Duration
	// Every is the longest time between two rounds (analyze, prune); the first round runs once caught up.
	Every time.Duration
	// KeepExpired keeps expired quotes this long before pruning them.
	KeepExpired time.Duration
	// PruneQuotes is false when the deployment has no quote book.
	PruneQuotes bool
}

// DefaultHousekeepingConfig: statistics once caught up and every ten minutes, with quotes an hour past their
// expiry pruned.
func DefaultHousekeepingConfig() HousekeepingConfig {
	return HousekeepingConfig{Check: 10 * time.Second, Every: 10 * time.Minute, KeepExpired: time.Hour, PruneQuotes: true}
}

// Housekeeping is the index's maintenance service: planner statistics once the follower has caught up and
// then every Every, with dead quotes pruned at the same time. Its failures are logged and retried next round,
// never fatal: the index stays correct without them, only slower or larger.
type Housekeeping struct {
	cfg    HousekeepingConfig
	store  Maintainer
	status func() Status
	clock  Clock
	log    zerolog.Logger
	runner service.Runner

	mu      sync.Mutex
	running bool
	lastErr error
	rounds  int
}

// NewHousekeeping prepares housekeeping over store; status tells where the follower stands.
func NewHousekeeping(cfg HousekeepingConfig, store Maintainer, status func() Status, clock Clock, log zerolog.Logger) (*Housekeeping, error) {
	if cfg.Check <= 0 || cfg.Every < cfg.Check || cfg.KeepExpired < 0 {
		return nil, fmt.Errorf("indexer: housekeeping: check %s, every %s, keep expired %s: need 0 < check <= every, keep >= 0", cfg.Check, cfg.Every, cfg.KeepExpired)
	}
	if store == nil || status == nil || clock == nil {
		return nil, errors.New("indexer: housekeeping: store, status and clock are required")
	}
	return &Housekeeping{cfg: cfg, store: store, status: status, clock: clock, log: log.With().Str("component", "housekeeping").Logger()}, nil
}

// Name is the service's name.
func (h *Housekeeping) Name() string { return "housekeeping" }

// Start starts the rounds in the background.
func (h *Housekeeping) Start(context.Context) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.running {
		return fmt.Errorf("housekeeping: %w", service.ErrAlreadyStarted)
	}
	h.running = true
	h.runner.Go(h.loop)
	return nil
}

// Close stops the rounds.
func (h *Housekeeping) Close() error {
	h.mu.Lock()
	running := h.running
	h.running = false
	h.mu.Unlock()
	if running {
		h.runner.Stop()
	}
	return nil
}

// Healthy is nil while running: a failed round is logged, and only reported here until one succeeds.
func (h *Housekeeping) Healthy() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.running {
		return fmt.Errorf("housekeeping: %w", service.ErrNotStarted)
	}
	return h.lastErr
}

// Rounds is how many rounds have completed (tests).
func (h *Housekeeping) Rounds() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.rounds
}

func (h *Housekeeping) loop(ctx context.Context) error {
	t := time.NewTicker(h.cfg.Check)
	defer t.Stop()
	analyzed := false
	last := h.clock.Now()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		st := h.status()
		caughtUp := st.Next > 0 && st.Lag <= 1
		if (analyzed || !caughtUp) && h.clock.Now().Sub(last) < h.cfg.Every {
			continue
		}
		err := h.round(ctx)
		analyzed, last = analyzed || caughtUp, h.clock.Now()
		h.mu.Lock()
		h.lastErr = err
		h.rounds++
		h.mu.Unlock()
	}
}

func (h *Housekeeping) round(ctx context.Context) error {
	var errs []error
	if err := h.store.Analyze(ctx); err != nil {
		h.log.Warn().Err(err).Msg("analyze")
		errs = append(errs, fmt.Errorf("analyze: %w", err))
	}
	if h.cfg.PruneQuotes {
		before := h.clock.Now().Add(-h.cfg.KeepExpired).Unix()
		pruned, err := h.store.PruneQuotes(ctx, uint64(max(before, 0)))
		switch {
		case err != nil:
			h.log.Warn().Err(err).Msg("prune quotes")
			errs = append(errs, fmt.Errorf("prune quotes: %w", err))
		case pruned > 0:
			h.log.Info().Int64("quotes", pruned).Msg("pruned expired and used quotes")
		}
	}
	return errors.Join(errs...)
}
