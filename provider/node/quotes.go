package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/service"
)

// PricingPolicy is what the node offers: a price per GPU-hour for its machine's class, the lease lengths it
// takes, and how long a quote stays openable.
type PricingPolicy struct {
	// USDPerGPUHour is the price of one GPU for an hour; 0 posts no quote (the operator signs its own).
	USDPerGPUHour float64
	// Sizes are the GPU counts offered (each quote is for one size); empty offers 1 and all free GPUs.
	Sizes []uint32
	// MinDuration and MaxDuration bound a lease.
	MinDuration, MaxDuration time.Duration
	// Lifetime is how long a quote stays openable; the node re-posts at half of it.
	Lifetime time.Duration
}

// DefaultPricingPolicy posts no quotes until a price is set: leases of 1 hour to 7 days, quotes valid 10 minutes.
func DefaultPricingPolicy() PricingPolicy {
	return PricingPolicy{MinDuration: time.Minute, MaxDuration: 7 * 24 * time.Hour, Lifetime: 10 * time.Minute}
}

// Validate names the first field out of range.
func (p PricingPolicy) Validate() error {
	switch {
	case p.USDPerGPUHour < 0 || p.USDPerGPUHour > 1e6:
		return fmt.Errorf("pricing.usd_per_gpu_hour %v: 0 to 1,000,000", p.USDPerGPUHour)
	case p.MinDuration < time.Second || p.MaxDuration < p.MinDuration:
		return fmt.Errorf("pricing: min %s, max %s: need 1s <= min <= max", p.MinDuration, p.MaxDuration)
	case p.Lifetime < 10*time.Second || p.Lifetime > 24*time.Hour:
		return fmt.Errorf("pricing.quote_lifetime %s: 10s to 24h", p.Lifetime)
	}
	for _, s := range p.Sizes {
		if s == 0 || s > 64 {
			return fmt.Errorf("pricing.sizes: %d: 1 to 64 GPUs", s)
		}
	}
	return nil
}

// QuoteTerms are the terms of one quote the node signs.
type QuoteTerms struct {
	Machine common.Hash
	GPUs    uint32
	// USDPerSecondWad is the price of all the GPUs in USD per second, with 18 decimals (what a v2 quote carries).
	USDPerSecondWad *big.Int
	MinDuration     time.Duration
	MaxDuration     time.Duration
	ValidFor        time.Duration
}

// QuoteSigner signs quotes with the provider's key, for this deployment.
type QuoteSigner interface {
	SignQuote(ctx context.Context, t QuoteTerms) (oracle.SignedQuote, error)
}

// QuoteBook is where quotes are posted (the indexer's book, through indexer/api).
type QuoteBook interface {
	PostQuote(ctx context.Context, q oracle.SignedQuote) error
}

// Quoter posts the pricing policy's quotes for the machine's free GPUs and re-posts them before they expire;
// a size the machine no longer has free is not offered again. A service.Service.
type Quoter struct {
	policy   PricingPolicy
	machine  common.Hash
	machines Machines
	signer   QuoteSigner
	book     QuoteBook
	clock    Clock
	log      zerolog.Logger

	runner service.Runner
	mu     sync.Mutex
	posted map[uint32]time.Time // size → expiry of the last quote posted
	health error
}

// NewQuoter builds a quoter; nothing runs until Start.
func NewQuoter(p PricingPolicy, machine common.Hash, m Machines, s QuoteSigner, b QuoteBook, clock Clock, log zerolog.Logger) (*Quoter, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if m == nil || s == nil || b == nil {
		return nil, errors.New("quoter: machines, signer and book are required")
	}
	if clock == nil {
		clock = systemClock{}
	}
	return &Quoter{policy: p, machine: machine, machines: m, signer: s, book: b, clock: clock, posted: map[uint32]time.Time{},
		log: log.With().Str("component", "quoter").Logger()}, nil
}

// Name implements service.Service.
func (q *Quoter) Name() string { return "quoter" }

// Start runs the posting loop.
func (q *Quoter) Start(context.Context) error {
	q.runner.Go(func(ctx context.Context) error {
		every := q.policy.Lifetime / 4
		for {
			if err := q.PostDue(ctx); err != nil && ctx.Err() == nil {
				q.log.Warn().Err(err).Msg("post quotes")
			}
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(every):
			}
		}
	})
	return nil
}

// Close stops the loop.
func (q *Quoter) Close() error { q.runner.Stop(); return nil }

// Healthy is the last posting round's error.
func (q *Quoter) Healthy() error {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.health
}

// sizes are the GPU counts to offer with free GPUs free.
func (q *Quoter) sizes(free uint32) []uint32 {
	want := q.policy.Sizes
	if len(want) == 0 {
		want = []uint32{1, free}
	}
	var out []uint32
	for _, s := range want {
		if s >= 1 && s <= free && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return out
}

// PostDue signs and posts a quote for every size the machine has free whose last quote expires within half a
// lifetime. It returns the sizes posted.
func (q *Quoter) PostDue(ctx context.Context) (err error) {
	defer func() {
		q.mu.Lock()
		q.health = err
		q.mu.Unlock()
	}()
	if q.policy.USDPerGPUHour == 0 {
		return nil
	}
	m, err := q.machines.Machine(ctx, q.machine)
	if err != nil {
		return err
	}
	if !m.Listed {
		return fmt.Errorf("machine %s is not listed", q.machine)
	}
	free := m.GPUs - min(m.Reserved, m.GPUs)
	now := q.clock.Now()
	var errs []error
	for _, size := range q.sizes(free) {
		q.mu.Lock()
		exp := q.posted[size]
		q.mu.Unlock()
		if exp.Sub(now) > q.policy.Lifetime/2 {
			continue
		}
		// USD per second for size GPUs with 18 decimals, as `idlegrid quote sign --price` computes it: the price
		// per GPU-hour in wad (to the nano-USD the float carries), times the GPUs, over an hour, rounded down.
		perGPUHour, _ := new(big.Float).Mul(big.NewFloat(q.policy.USDPerGPUHour), big.NewFloat(1e9)).Int(nil)
		wad := new(big.Int).Mul(perGPUHour, big.NewInt(1e9))
		wad.Mul(wad, big.NewInt(int64(size)))
		wad.Quo(wad, big.NewInt(3600))
		sq, err := q.signer.SignQuote(ctx, QuoteTerms{Machine: q.machine, GPUs: size, USDPerSecondWad: wad,
			MinDuration: q.policy.MinDuration, MaxDuration: q.policy.MaxDuration, ValidFor: q.policy.Lifetime})
		if err != nil {
			errs = append(errs, fmt.Errorf("sign quote for %d GPUs: %w", size, err))
			continue
		}
		if err := q.book.PostQuote(ctx, sq); err != nil {
			errs = append(errs, fmt.Errorf("post quote for %d GPUs: %w", size, err))
			continue
		}
		q.mu.Lock()
		q.posted[size] = now.Add(q.policy.Lifetime)
		q.mu.Unlock()
		q.log.Info().Uint32("gpus", size).Str("usd_per_second_wad", wad.String()).Msg("quote posted")
	}
	return errors.Join(errs...)
}
