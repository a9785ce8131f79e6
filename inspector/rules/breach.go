package rules

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/oracle"
)

// Lease is what the breach rule needs of a lease, from chain state.
type Lease struct {
	ID      *big.Int
	Machine common.Hash
	Start   time.Time
	// End is when the lease closed (by any means), zero while it is open.
	End time.Time
}

// Leases reads leases from chain state.
type Leases interface {
	Lease(ctx context.Context, id *big.Int) (Lease, error)
}

// BreachConfig configures the breach rule.
type BreachConfig struct {
	// Escrow is the LeaseEscrow: the attestation's target.
	Escrow common.Address
	// DisputeWindow is how long after a lease closed a breach for it is still accepted (protocol v2).
	DisputeWindow time.Duration
}

// Breach is the rule of KIND_BREACH: "lease L's machine was down from D on". Value: D, unix seconds (8 bytes).
//
// A node observes D = max(lease start, its first failed check after the last good one, rounded up to the
// second) when its log has a negative observation (two failed liveness checks in a row, the latest fresh) up
// to min(now, lease end). A leader proposes the k-th smallest observed D: the latest of the k earliest
// proposers' times. A node endorses D only if its own log shows a failure at or before D and no success
// after it, up to min(now, lease end), and D lies within the lease.
type Breach struct {
	cfg    BreachConfig
	leases Leases
	log    *observe.Log
	clock  Clock
}

// NewBreach builds the rule.
func NewBreach(cfg BreachConfig, leases Leases, log *observe.Log, clock Clock) (*Breach, error) {
	switch {
	case cfg.Escrow == (common.Address{}):
		return nil, errors.New("rules: breach: escrow: zero address")
	case cfg.DisputeWindow <= 0:
		return nil, fmt.Errorf("rules: breach: disputeWindow %s must be positive", cfg.DisputeWindow)
	case leases == nil || log == nil:
		return nil, errors.New("rules: breach: leases and a log are required")
	}
	return &Breach{cfg: cfg, leases: leases, log: log, clock: orSystem(clock)}, nil
}

// BreachDecision is the question about lease id (window 0; the agreement moves on to later windows itself).
func BreachDecision(id *big.Int) agree.Decision {
	return agree.Decision{Kind: oracle.KindBreach, Subject: LeaseSubject(id)}
}

// Kind implements agree.Rule.
func (*Breach) Kind() oracle.Kind { return oracle.KindBreach }

// Retry implements agree.Rule: an outage that ended before k agreed leaves signers bound to its time; a new
// outage is asked about in the next window.
func (*Breach) Retry() bool { return true }

// span is the lease and the end of the time considered (now, or the lease's close).
func (b *Breach) span(ctx context.Context, d agree.Decision) (Lease, time.Time, error) {
	id := d.Subject.Big()
	if id.Sign() == 0 {
		return Lease{}, time.Time{}, fmt.Errorf("%w: lease id zero", agree.ErrInvalidValue)
	}
	l, err := b.leases.Lease(ctx, id)
	if err != nil {
		return Lease{}, time.Time{}, fmt.Errorf("rules: breach: lease %s: %w", id, err)
	}
	now := b.clock.Now()
	until := now
	if !l.End.IsZero() {
		if now.After(l.End.Add(b.cfg.DisputeWindow)) {
			return l, time.Time{}, fmt.Errorf("%w: lease %s closed at %s, past the dispute window", agree.ErrInvalidValue, id, l.End.UTC().Format(time.RFC3339))
		}
		if l.End.Before(now) {
			until = l.End
		}
	}
	return l, until, nil
}

// Observe implements agree.Rule.
func (b *Breach) Observe(ctx context.Context, d agree.Decision) ([]byte, bool, error) {
	l, until, err := b.span(ctx, d)
	if errors.Is(err, agree.ErrInvalidValue) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	since, down, err := b.log.Down(ctx, l.Machine, until)
	if err != nil || !down {
		return nil, false, err
	}
	ds := max(ceilSeconds(since), ceilSeconds(l.Start))
	if ds > uint64(until.Unix()) {
		return nil, false, nil
	}
	return encUint64(ds), true, nil
}

// Combine implements agree.Rule.
func (*Breach) Combine(_ agree.Decision, obs []agree.Observation, k int) ([]byte, error) {
	return kthSmallest("downSince", obs, k)
}

// Endorse implements agree.Rule.
func (b *Breach) Endorse(ctx context.Context, d agree.Decision, value []byte) error {
	ds, err := decUint64("downSince", value)
	if err != nil {
		return err
	}
	l, until, err := b.span(ctx, d)
	if err != nil {
		return err
	}
	if ds < ceilSeconds(l.Start) || ds > uint64(until.Unix()) {
		return fmt.Errorf("%w: downSince %d outside lease %s [%d, %d]", agree.ErrInvalidValue, ds, l.ID,
			l.Start.Unix(), until.Unix())
	}
	return b.log.DownThrough(ctx, l.Machine, time.Unix(int64(ds), 0), until)
}

// Attestation implements agree.Rule.
func (b *Breach) Attestation(_ context.Context, d agree.Decision, value []byte) (common.Address, oracle.Payload, error) {
	ds, err := decUint64("downSince", value)
	if err != nil {
		return common.Address{}, nil, err
	}
	return b.cfg.Escrow, oracle.Breach{LeaseID: d.Subject.Big(), DownSince: ds}, nil
}
