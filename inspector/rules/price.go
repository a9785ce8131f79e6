package rules

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/oracle"
)

// PriceSource observes GRID/USD (USD per whole GRID, 18 decimals). inspector/price.Median is one; its method
// set is the node's PriceSource.
type PriceSource interface {
	Name() string
	Price(ctx context.Context) (*big.Int, error)
}

// PriceConfig configures the price rule.
type PriceConfig struct {
	// Oracle is the GridPriceOracle: the attestation's target.
	Oracle common.Address
	// Bucket is the time one price answers for (default 5 min): window = unix time / bucket, and the
	// observation time posted is the bucket's start.
	Bucket time.Duration
	// ToleranceBps is how far a proposed price may be from this node's own reading for it to sign (default
	// 100 = 1%).
	ToleranceBps uint32
	// ReadingTTL is how long one reading of the source is reused (default 30 s): a round asks every node for
	// its observation, and a node should not hit its sources once per peer.
	ReadingTTL time.Duration
}

// Price is the rule of KIND_GRID_PRICE. Value: price (32 bytes, big-endian) ‖ observedAt (8 bytes, the
// bucket's start). A node observes its source's reading; a leader proposes the median reading; a node
// endorses a price within ToleranceBps of its own reading, for the current or the previous bucket.
type Price struct {
	cfg    PriceConfig
	source PriceSource
	clock  Clock

	mu      sync.Mutex
	reading *big.Int
	readAt  time.Time
}

// NewPrice builds the rule.
func NewPrice(cfg PriceConfig, source PriceSource, clock Clock) (*Price, error) {
	if cfg.Oracle == (common.Address{}) {
		return nil, errors.New("rules: price: oracle: zero address")
	}
	if source == nil {
		return nil, errors.New("rules: price: a source is required")
	}
	if cfg.Bucket <= 0 {
		cfg.Bucket = 5 * time.Minute
	}
	if cfg.Bucket%time.Second != 0 {
		return nil, fmt.Errorf("rules: price: bucket %s: whole seconds", cfg.Bucket)
	}
	if cfg.ToleranceBps == 0 {
		cfg.ToleranceBps = 100
	}
	if cfg.ToleranceBps >= 10_000 {
		return nil, fmt.Errorf("rules: price: toleranceBps %d must be under 10000", cfg.ToleranceBps)
	}
	if cfg.ReadingTTL <= 0 {
		cfg.ReadingTTL = 30 * time.Second
	}
	return &Price{cfg: cfg, source: source, clock: orSystem(clock)}, nil
}

// Decision is the price question for the bucket of now.
func (p *Price) Decision(now time.Time) agree.Decision {
	return agree.Decision{Kind: oracle.KindGridPrice, Subject: PriceSubject, Window: uint64(now.Unix()) / uint64(p.cfg.Bucket/time.Second)}
}

// Kind implements agree.Rule.
func (*Price) Kind() oracle.Kind { return oracle.KindGridPrice }

// Retry implements agree.Rule: the next bucket asks again anyway.
func (*Price) Retry() bool { return false }

func (p *Price) read(ctx context.Context) (*big.Int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.clock.Now()
	if p.reading != nil && now.Sub(p.readAt) < p.cfg.ReadingTTL {
		return p.reading, nil
	}
	r, err := p.source.Price(ctx)
	if err != nil {
		return nil, fmt.Errorf("rules: price: %s: %w", p.source.Name(), err)
	}
	if r == nil || r.Sign() <= 0 || r.BitLen() > 256 {
		return nil, fmt.Errorf("rules: price: %s gave %v, not a positive uint256", p.source.Name(), r)
	}
	p.reading, p.readAt = new(big.Int).Set(r), now
	return p.reading, nil
}

func encPrice(price *big.Int, at uint64) []byte {
	out := make([]byte, 40)
	price.FillBytes(out[:32])
	copy(out[32:], encUint64(at))
	return out
}

func decPrice(b []byte) (*big.Int, uint64, error) {
	if len(b) != 40 {
		return nil, 0, fmt.Errorf("%w: price value: %d bytes, want 40", agree.ErrInvalidValue, len(b))
	}
	p := new(big.Int).SetBytes(b[:32])
	if p.Sign() == 0 {
		return nil, 0, fmt.Errorf("%w: price: zero", agree.ErrInvalidValue)
	}
	at, _ := decUint64("observedAt", b[32:])
	return p, at, nil
}

func (p *Price) bucketStart(w uint64) uint64 { return w * uint64(p.cfg.Bucket/time.Second) }

// Observe implements agree.Rule.
func (p *Price) Observe(ctx context.Context, d agree.Decision) ([]byte, bool, error) {
	if d.Window != p.Decision(p.clock.Now()).Window {
		return nil, false, nil // only the present is observed
	}
	r, err := p.read(ctx)
	if err != nil {
		return nil, false, err
	}
	return encPrice(r, p.bucketStart(d.Window)), true, nil
}

// Combine implements agree.Rule: the median reading (the lower one of an even count), which is within every
// honest reading's spread when fewer than half the readings are outliers.
func (p *Price) Combine(d agree.Decision, obs []agree.Observation, k int) ([]byte, error) {
	var prices []*big.Int
	for _, o := range obs {
		if !o.Has {
			continue
		}
		if v, at, err := decPrice(o.Value); err == nil && at == p.bucketStart(d.Window) {
			prices = append(prices, v)
		}
	}
	if len(prices) < k || k <= 0 {
		return nil, fmt.Errorf("%w: %d readings, k = %d", agree.ErrNoQuorum, len(prices), k)
	}
	slices.SortFunc(prices, func(a, b *big.Int) int { return a.Cmp(b) })
	return encPrice(prices[(len(prices)-1)/2], p.bucketStart(d.Window)), nil
}

// Endorse implements agree.Rule.
func (p *Price) Endorse(ctx context.Context, d agree.Decision, value []byte) error {
	v, at, err := decPrice(value)
	if err != nil {
		return err
	}
	if err := checkWindow(d, p.clock.Now(), p.cfg.Bucket); err != nil {
		return err
	}
	if at != p.bucketStart(d.Window) {
		return fmt.Errorf("%w: observedAt %d is not window %d's start %d", agree.ErrInvalidValue, at, d.Window, p.bucketStart(d.Window))
	}
	own, err := p.read(ctx)
	if err != nil {
		return err
	}
	diff := new(big.Int).Abs(new(big.Int).Sub(v, own))
	limit := new(big.Int).Mul(own, big.NewInt(int64(p.cfg.ToleranceBps)))
	if new(big.Int).Mul(diff, big.NewInt(10_000)).Cmp(limit) > 0 {
		return fmt.Errorf("%w: price %s is more than %d bps from this node's %s (%s)", errPriceDisagrees, v, p.cfg.ToleranceBps, own, p.source.Name())
	}
	return nil
}

// errPriceDisagrees: the price is valid but not what this node reads. It counts as not observed.
var errPriceDisagrees = fmt.Errorf("price disagrees: %w", notObserved)

// Attestation implements agree.Rule.
func (p *Price) Attestation(_ context.Context, _ agree.Decision, value []byte) (common.Address, oracle.Payload, error) {
	v, at, err := decPrice(value)
	if err != nil {
		return common.Address{}, nil, err
	}
	return p.cfg.Oracle, oracle.GridPrice{Price: v, ObservedAt: at}, nil
}
