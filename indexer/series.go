package indexer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle/amount"
)

// Series: the time series the console plots, computed from the index (the store's rows) in fixed buckets over
// a window. Each is bounded: at most MaxSeriesPoints buckets, and at most MaxSeriesRows rows read.

// Series limits.
const (
	MaxSeriesPoints = 500
	MaxSeriesRows   = 20_000
)

// ErrBadWindow is a window or bucket the series cannot be computed over.
var ErrBadWindow = errors.New("bad series window")

// Window is [From, To) in unix seconds, cut into buckets of Bucket seconds.
type Window struct {
	From, To, Bucket uint64
}

// Validate reports a window that is empty, inverted or cut into too many buckets.
func (w Window) Validate() error {
	switch {
	case w.Bucket == 0:
		return fmt.Errorf("%w: bucket must be positive", ErrBadWindow)
	case w.To <= w.From:
		return fmt.Errorf("%w: to (%d) must be after from (%d)", ErrBadWindow, w.To, w.From)
	case (w.To-w.From+w.Bucket-1)/w.Bucket > MaxSeriesPoints:
		return fmt.Errorf("%w: %d buckets of %ds, at most %d", ErrBadWindow, (w.To-w.From+w.Bucket-1)/w.Bucket, w.Bucket, MaxSeriesPoints)
	}
	return nil
}

// Buckets is how many buckets the window has.
func (w Window) Buckets() int { return int((w.To - w.From + w.Bucket - 1) / w.Bucket) }

// index is the bucket of t (t in the window).
func (w Window) index(t uint64) int { return int((t - w.From) / w.Bucket) }

// start is the start time of bucket i.
func (w Window) start(i int) uint64 { return w.From + uint64(i)*w.Bucket }

// SeriesLease is a lease as the series read it. EndsAt is the close time once closed (the index keeps it so).
type SeriesLease struct {
	ID              uint64
	Class           string
	Provider        common.Address
	GPUCount        uint32
	USDPerSecondWad *amount.Int
	StartedAt       uint64
	EndsAt          uint64
}

// ListingChange is a machine listed (GPUs > 0) or delisted (GPUs < 0) at Time.
type ListingChange struct {
	Time uint64
	GPUs int64
}

// LeaseMoney is a provider's settled pay (a breach lowers a closed lease's held payout before it settles, so
// settlements are final).
type LeaseMoney struct {
	Time     uint64
	PayToken string
	Amount   *big.Int
}

// LeaseOutcome is a check of a machine that the chain recorded: a lease completed (attested or not) or breached.
type LeaseOutcome struct {
	Time    uint64 `json:"time"`
	LeaseID uint64 `json:"leaseId"`
	Kind    string `json:"kind"` // "completed", "completed_attested", "breached"
}

// SeriesStore reads what the series are made of, newest first, at most limit rows each.
type SeriesStore interface {
	// SeriesLeases are leases of class ("" any) overlapping [from, to).
	SeriesLeases(ctx context.Context, class string, from, to uint64, limit int) ([]SeriesLease, error)
	// ListingChanges are machine listings and delistings at or after from.
	ListingChanges(ctx context.Context, from uint64, limit int) ([]ListingChange, error)
	// ProviderMoney are the provider's settlements at or after from.
	ProviderMoney(ctx context.Context, provider common.Address, from uint64, limit int) ([]LeaseMoney, error)
	// MachineOutcomes are the machine's lease outcomes at or after from.
	MachineOutcomes(ctx context.Context, machine common.Hash, from uint64, limit int) ([]LeaseOutcome, error)
	Stats(ctx context.Context) (Stats, error)
	// TimeRange is the time of the first indexed event and of the newest indexed block (0, 0 when empty).
	TimeRange(ctx context.Context) (first, last uint64, err error)
}

// Default windows: the last day (or since the first event, when later) in 48 buckets.
const (
	DefaultSeriesSpan    = 24 * 3600
	DefaultSeriesBuckets = 48
)

// Window resolves a series window: from, to and bucket as asked (nil: the default). The default end is now or
// the newest indexed block's time, whichever is later (a dev chain's clock runs ahead of the wall's); the
// default start is a day earlier, or the first indexed event when that is later.
func (s *Series) Window(ctx context.Context, from, to, bucket *uint64, now uint64) (Window, error) {
	first, last, err := s.store.TimeRange(ctx)
	if err != nil {
		return Window{}, err
	}
	var w Window
	if to != nil {
		w.To = *to
	} else {
		w.To = max(now, last) + 1
	}
	if from != nil {
		w.From = *from
	} else {
		w.From = w.To - min(w.To, DefaultSeriesSpan)
		if first > w.From && first < w.To {
			w.From = first
		}
	}
	if bucket != nil {
		w.Bucket = *bucket
	} else if w.To > w.From {
		w.Bucket = max(1, (w.To-w.From+DefaultSeriesBuckets-1)/DefaultSeriesBuckets)
	}
	return w, w.Validate()
}

// PricePoint is one bucket of lease prices: leases opened in it, and their price per GPU-hour.
type PricePoint struct {
	Time   uint64 `json:"time"`
	Leases uint64 `json:"leases"`
	// Micro-USD per GPU-hour: lowest, median and highest of the bucket's leases (0 when none opened).
	MinMicroUSDPerGPUHour    uint64 `json:"minMicroUsdPerGpuHour"`
	MedianMicroUSDPerGPUHour uint64 `json:"medianMicroUsdPerGpuHour"`
	MaxMicroUSDPerGPUHour    uint64 `json:"maxMicroUsdPerGpuHour"`
}

// PriceSeries is the price of leases opened over time, for one class or all.
type PriceSeries struct {
	Class  string       `json:"class"`
	From   uint64       `json:"from"`
	Bucket uint64       `json:"bucket"`
	Points []PricePoint `json:"points"`
	// Truncated is set when more rows matched than were read (the oldest were left out).
	Truncated bool `json:"truncated"`
}

// GPUPoint is GPUs listed and rented at the end of a bucket (the most rented during it).
type GPUPoint struct {
	Time   uint64 `json:"time"`
	Listed uint64 `json:"listed"`
	Rented uint64 `json:"rented"`
}

// GPUSeries is GPUs listed and rented over time.
type GPUSeries struct {
	From      uint64     `json:"from"`
	Bucket    uint64     `json:"bucket"`
	Points    []GPUPoint `json:"points"`
	Truncated bool       `json:"truncated"`
}

// EarningsPoint is what a provider earned in a bucket, per pay token, and the running totals.
type EarningsPoint struct {
	Time      uint64      `json:"time"`
	USD       *amount.Int `json:"usd"`
	GRID      *amount.Int `json:"grid"`
	TotalUSD  *amount.Int `json:"totalUsd"`
	TotalGRID *amount.Int `json:"totalGrid"`
}

// EarningsSeries is a provider's earnings over time (its settlements: pay that left the dispute window).
type EarningsSeries struct {
	Provider  common.Address  `json:"provider"`
	From      uint64          `json:"from"`
	Bucket    uint64          `json:"bucket"`
	Points    []EarningsPoint `json:"points"`
	Truncated bool            `json:"truncated"`
}

// CheckSeries is a machine's recorded checks, oldest first.
type CheckSeries struct {
	Machine   common.Hash    `json:"machine"`
	From      uint64         `json:"from"`
	Checks    []LeaseOutcome `json:"checks"`
	Truncated bool           `json:"truncated"`
}

// Series computes the series over a store.
type Series struct {
	store SeriesStore
}

// wadPerMicroUSD: quotes price in 18-decimal USD, the series in micro-USD.
const wadPerMicroUSD = 1_000_000_000_000

// NewSeries reads from store.
func NewSeries(store SeriesStore) *Series { return &Series{store: store} }

func perGPUHour(l SeriesLease) uint64 {
	if l.USDPerSecondWad == nil || l.GPUCount == 0 {
		return 0
	}
	// USD per second with 18 decimals for all the GPUs, as micro-USD per GPU-hour, rounded up.
	v := new(big.Int).Mul(l.USDPerSecondWad.Big(), big.NewInt(3600))
	d := new(big.Int).Mul(big.NewInt(wadPerMicroUSD), big.NewInt(int64(l.GPUCount)))
	v.Add(v, new(big.Int).Sub(d, big.NewInt(1)))
	v.Div(v, d)
	if !v.IsUint64() {
		return ^uint64(0)
	}
	return v.Uint64()
}

// Prices is the price per GPU-hour of the leases opened in each bucket.
func (s *Series) Prices(ctx context.Context, class string, w Window) (PriceSeries, error) {
	if err := w.Validate(); err != nil {
		return PriceSeries{}, err
	}
	leases, err := s.store.SeriesLeases(ctx, class, w.From, w.To, MaxSeriesRows+1)
	if err != nil {
		return PriceSeries{}, err
	}
	out := PriceSeries{Class: class, From: w.From, Bucket: w.Bucket, Truncated: len(leases) > MaxSeriesRows}
	prices := make([][]uint64, w.Buckets())
	for _, l := range leases[:min(len(leases), MaxSeriesRows)] {
		if l.StartedAt < w.From || l.StartedAt >= w.To {
			continue
		}
		i := w.index(l.StartedAt)
		prices[i] = append(prices[i], perGPUHour(l))
	}
	out.Points = make([]PricePoint, len(prices))
	for i, ps := range prices {
		p := PricePoint{Time: w.start(i), Leases: uint64(len(ps))}
		if len(ps) > 0 {
			slices.Sort(ps)
			p.MinMicroUSDPerGPUHour, p.MaxMicroUSDPerGPUHour = ps[0], ps[len(ps)-1]
			p.MedianMicroUSDPerGPUHour = ps[len(ps)/2]
			if len(ps)%2 == 0 {
				p.MedianMicroUSDPerGPUHour = (ps[len(ps)/2-1] + ps[len(ps)/2]) / 2
			}
		}
		out.Points[i] = p
	}
	return out, nil
}

// GPUs is GPUs listed (at each bucket's end) and rented (the most at once during the bucket) over time. Listed
// counts are walked back from today's total through the listing changes since the window's start.
func (s *Series) GPUs(ctx context.Context, w Window, now uint64) (GPUSeries, error) {
	if err := w.Validate(); err != nil {
		return GPUSeries{}, err
	}
	stats, err := s.store.Stats(ctx)
	if err != nil {
		return GPUSeries{}, err
	}
	changes, err := s.store.ListingChanges(ctx, w.From, MaxSeriesRows+1)
	if err != nil {
		return GPUSeries{}, err
	}
	leases, err := s.store.SeriesLeases(ctx, "", w.From, w.To, MaxSeriesRows+1)
	if err != nil {
		return GPUSeries{}, err
	}
	out := GPUSeries{From: w.From, Bucket: w.Bucket, Truncated: len(changes) > MaxSeriesRows || len(leases) > MaxSeriesRows}
	changes = changes[:min(len(changes), MaxSeriesRows)]
	leases = leases[:min(len(leases), MaxSeriesRows)]
	n := w.Buckets()
	out.Points = make([]GPUPoint, n)
	// Listed: start from now and undo the changes newest first; the count at a bucket's end is today's minus
	// every change after it.
	listed := int64(stats.GPUsListed)
	ci := 0 // changes are newest first
	for i := n - 1; i >= 0; i-- {
		end := w.start(i) + w.Bucket
		for ci < len(changes) && changes[ci].Time >= end {
			listed -= changes[ci].GPUs
			ci++
		}
		out.Points[i] = GPUPoint{Time: w.start(i), Listed: uint64(max(listed, 0))}
	}
	// Rented: a sweep over lease starts and ends gives the most GPUs held at once in each bucket.
	type edge struct {
		t     uint64
		delta int64
	}
	var edges []edge
	for _, l := range leases {
		edges = append(edges, edge{l.StartedAt, int64(l.GPUCount)}, edge{l.EndsAt, -int64(l.GPUCount)})
	}
	slices.SortFunc(edges, func(a, b edge) int {
		if a.t != b.t {
			return int(int64(a.t) - int64(b.t))
		}
		return int(a.delta - b.delta) // ends before starts at the same second
	})
	var held int64
	ei := 0
	for ei < len(edges) && edges[ei].t < w.From {
		held += edges[ei].delta
		ei++
	}
	for i := range n {
		end := w.start(i) + w.Bucket
		peak := held
		for ei < len(edges) && edges[ei].t < end {
			held += edges[ei].delta
			peak = max(peak, held)
			ei++
		}
		if w.start(i) > now {
			peak = 0
		}
		out.Points[i].Rented = uint64(max(peak, 0))
	}
	return out, nil
}

// Earnings is what provider earned per bucket, per pay token, with running totals from the window's start.
func (s *Series) Earnings(ctx context.Context, provider common.Address, w Window) (EarningsSeries, error) {
	if err := w.Validate(); err != nil {
		return EarningsSeries{}, err
	}
	money, err := s.store.ProviderMoney(ctx, provider, w.From, MaxSeriesRows+1)
	if err != nil {
		return EarningsSeries{}, err
	}
	out := EarningsSeries{Provider: provider, From: w.From, Bucket: w.Bucket, Truncated: len(money) > MaxSeriesRows}
	n := w.Buckets()
	usd, grid := make([]*big.Int, n), make([]*big.Int, n)
	for i := range n {
		usd[i], grid[i] = new(big.Int), new(big.Int)
	}
	for _, m := range money[:min(len(money), MaxSeriesRows)] {
		if m.Time < w.From || m.Time >= w.To {
			continue
		}
		dst := usd
		if m.PayToken == "GRID" {
			dst = grid
		}
		dst[w.index(m.Time)].Add(dst[w.index(m.Time)], m.Amount)
	}
	totalUSD, totalGRID := new(big.Int), new(big.Int)
	out.Points = make([]EarningsPoint, n)
	for i := range n {
		totalUSD.Add(totalUSD, usd[i])
		totalGRID.Add(totalGRID, grid[i])
		out.Points[i] = EarningsPoint{Time: w.start(i), USD: amount.NewInt(usd[i]), GRID: amount.NewInt(grid[i]),
			TotalUSD: amount.NewInt(new(big.Int).Set(totalUSD)), TotalGRID: amount.NewInt(new(big.Int).Set(totalGRID))}
	}
	return out, nil
}

// Checks is the machine's recorded checks since from, oldest first.
func (s *Series) Checks(ctx context.Context, machine common.Hash, from uint64) (CheckSeries, error) {
	got, err := s.store.MachineOutcomes(ctx, machine, from, MaxSeriesRows+1)
	if err != nil {
		return CheckSeries{}, err
	}
	out := CheckSeries{Machine: machine, From: from, Truncated: len(got) > MaxSeriesRows}
	got = got[:min(len(got), MaxSeriesRows)]
	slices.Reverse(got)
	out.Checks = append([]LeaseOutcome{}, got...)
	return out, nil
}
