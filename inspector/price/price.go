// Package price observes GRID/USD for the inspector: each source gives USD per whole GRID with 18 decimals (as
// GridPriceOracle stores it), and Median combines the configured sources into one reading — the median of the
// fresh ones after dropping outliers, refusing when too few fresh sources agree.
//
// A Source has the method set of the node's PriceSource (Name, Price), so a Median is itself a source and plugs
// in wherever one is expected. The package observes only: it never signs, never posts and never decides what
// the network agrees on (inspector/rules does, with the other inspectors).
package price

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"
	"time"
)

// Source observes the rate: USD per whole GRID, 18 decimals. An error means no fresh reading.
type Source interface {
	Name() string
	Price(ctx context.Context) (*big.Int, error)
}

// Fixed is a source that always reads the same rate: a dev chain has no market to observe.
type Fixed struct {
	Rate *big.Int
}

// Name implements Source.
func (Fixed) Name() string { return "fixed" }

// Price implements Source.
func (f Fixed) Price(context.Context) (*big.Int, error) {
	if f.Rate == nil || f.Rate.Sign() <= 0 {
		return nil, errors.New("price: fixed: the rate must be positive")
	}
	return new(big.Int).Set(f.Rate), nil
}

var (
	// ErrTooFewSources means fewer fresh, agreeing readings than the configured minimum.
	ErrTooFewSources = errors.New("price: too few fresh sources")
	// ErrStale means a source's reading is older than its maximum age.
	ErrStale = errors.New("price: stale reading")
)

// MedianConfig configures Median.
type MedianConfig struct {
	// MinSources is how many fresh, agreeing readings are needed (default: a majority of the sources).
	MinSources int
	// MaxDeviationBps drops a reading further than this from the median of all fresh readings (default 500 =
	// 5%): one broken or manipulated source cannot move the result.
	MaxDeviationBps uint32
	// Timeout bounds each source's reading (default 5 s).
	Timeout time.Duration
}

// Median is the median of several sources.
type Median struct {
	cfg     MedianConfig
	sources []Source
}

// NewMedian checks cfg against the sources.
func NewMedian(cfg MedianConfig, sources ...Source) (*Median, error) {
	if len(sources) == 0 {
		return nil, errors.New("price: median: no sources")
	}
	names := map[string]bool{}
	for i, s := range sources {
		if s == nil {
			return nil, fmt.Errorf("price: median: source %d is nil", i)
		}
		if names[s.Name()] {
			return nil, fmt.Errorf("price: median: two sources named %q", s.Name())
		}
		names[s.Name()] = true
	}
	if cfg.MinSources == 0 {
		cfg.MinSources = len(sources)/2 + 1
	}
	if cfg.MinSources < 1 || cfg.MinSources > len(sources) {
		return nil, fmt.Errorf("price: median: minSources %d of %d sources", cfg.MinSources, len(sources))
	}
	if cfg.MaxDeviationBps == 0 {
		cfg.MaxDeviationBps = 500
	}
	if cfg.MaxDeviationBps >= 10_000 {
		return nil, fmt.Errorf("price: median: maxDeviationBps %d must be under 10000", cfg.MaxDeviationBps)
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 5 * time.Second
	}
	return &Median{cfg: cfg, sources: sources}, nil
}

// Name implements Source.
func (m *Median) Name() string {
	names := make([]string, len(m.sources))
	for i, s := range m.sources {
		names[i] = s.Name()
	}
	return "median(" + strings.Join(names, ",") + ")"
}

// Reading is one source's part in a Result.
type Reading struct {
	Source string
	Price  *big.Int
	Err    error
}

// Result is one median reading with how it was made.
type Result struct {
	Price *big.Int
	// Used are the readings the median was taken over; Dropped the outliers; Failed the sources with no
	// fresh reading.
	Used, Dropped, Failed []Reading
}

// Price implements Source.
func (m *Median) Price(ctx context.Context) (*big.Int, error) {
	r, err := m.Read(ctx)
	if err != nil {
		return nil, err
	}
	return r.Price, nil
}

// Read reads every source at once and combines the fresh readings.
func (m *Median) Read(ctx context.Context) (Result, error) {
	readings := make([]Reading, len(m.sources))
	var wg sync.WaitGroup
	for i, s := range m.sources {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cctx, cancel := context.WithTimeout(ctx, m.cfg.Timeout)
			defer cancel()
			p, err := s.Price(cctx)
			if err == nil && (p == nil || p.Sign() <= 0 || p.BitLen() > 256) {
				err = fmt.Errorf("price: %s: %v is not a positive uint256", s.Name(), p)
			}
			readings[i] = Reading{Source: s.Name(), Price: p, Err: err}
		}()
	}
	wg.Wait()
	var res Result
	var fresh []Reading
	for _, r := range readings {
		if r.Err != nil {
			res.Failed = append(res.Failed, r)
		} else {
			fresh = append(fresh, r)
		}
	}
	if len(fresh) < m.cfg.MinSources {
		return res, fmt.Errorf("%w: %d fresh of %d needed%s", ErrTooFewSources, len(fresh), m.cfg.MinSources, failures(res.Failed))
	}
	mid := median(fresh)
	limit := new(big.Int).Mul(mid, big.NewInt(int64(m.cfg.MaxDeviationBps)))
	for _, r := range fresh {
		dev := new(big.Int).Abs(new(big.Int).Sub(r.Price, mid))
		if new(big.Int).Mul(dev, big.NewInt(10_000)).Cmp(limit) > 0 {
			res.Dropped = append(res.Dropped, r)
		} else {
			res.Used = append(res.Used, r)
		}
	}
	if len(res.Used) < m.cfg.MinSources {
		return res, fmt.Errorf("%w: %d of %d fresh sources agree within %d bps, %d needed", ErrTooFewSources,
			len(res.Used), len(fresh), m.cfg.MaxDeviationBps, m.cfg.MinSources)
	}
	res.Price = median(res.Used)
	return res, nil
}

// median of readings: the middle one, or the floor of the mean of the two middle ones.
func median(rs []Reading) *big.Int {
	ps := make([]*big.Int, len(rs))
	for i, r := range rs {
		ps[i] = r.Price
	}
	slices.SortFunc(ps, func(a, b *big.Int) int { return a.Cmp(b) })
	n := len(ps)
	if n%2 == 1 {
		return new(big.Int).Set(ps[n/2])
	}
	s := new(big.Int).Add(ps[n/2-1], ps[n/2])
	return s.Rsh(s, 1)
}

func failures(rs []Reading) string {
	if len(rs) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(" (")
	for i, r := range rs {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s: %v", r.Source, r.Err)
	}
	b.WriteString(")")
	return b.String()
}
