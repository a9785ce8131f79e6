package indexer

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/oracle/service"
)

// SpecDue is a listed machine whose spec document is not stored for its current metadata CID (never fetched,
// the CID changed, or a fetch failed and its retry is due).
type SpecDue struct {
	Machine  common.Hash
	Provider common.Address
	CID      string
	Endpoint string
	// Attempts is how many fetches of this CID failed so far.
	Attempts uint32
}

// SpecRecord is the outcome of one fetch of a machine's spec: the spec's fields, or the error (Spec nil).
type SpecRecord struct {
	Machine common.Hash
	CID     string
	Spec    *api.MachineSpec
	Err     string
	// Attempts counts failed fetches of CID; NextAttempt (unix seconds) is when a failed one is tried again.
	Attempts    uint32
	NextAttempt uint64
	FetchedAt   uint64
}

// SpecStore is where the spec fetcher reads what is due and records what it fetched.
type SpecStore interface {
	SpecsDue(ctx context.Context, now uint64, limit int) ([]SpecDue, error)
	// SaveSpec replaces the machine's spec row (one per machine, whatever CID it was for).
	SaveSpec(ctx context.Context, r SpecRecord) error
}

// SpecFetcherConfig is the spec fetcher's cadence and bounds.
type SpecFetcherConfig struct {
	// Every is how often the fetcher looks for machines whose spec is due.
	Every time.Duration
	// Timeout bounds one fetch (dial, TLS, transfer).
	Timeout time.Duration
	// Batch is how many machines one round fetches at most; Parallel how many at once.
	Batch    int
	Parallel int
	// MinBackoff and MaxBackoff bound the wait before a failed fetch is tried again (doubling per attempt).
	MinBackoff time.Duration
	MaxBackoff time.Duration
}

// DefaultSpecFetcherConfig looks every 5 s, fetches 4 at once within 10 s each, retries from 10 s to 1 h.
func DefaultSpecFetcherConfig() SpecFetcherConfig {
	return SpecFetcherConfig{Every: 5 * time.Second, Timeout: 10 * time.Second, Batch: 64, Parallel: 4,
		MinBackoff: 10 * time.Second, MaxBackoff: time.Hour}
}

// MaxSpecStringLen bounds each text field of a spec the indexer stores.
const MaxSpecStringLen = 256

// neverAgain is the NextAttempt of a spec that can never be read: its CID names bytes that do not parse, and
// the same CID always names the same bytes.
const neverAgain = uint64(1) << 62

// SpecFetcher is the service that fetches listed machines' spec documents by their metadata CID from the
// machine's own node (its content gateway, over TLS bound to the provider's key; every block re-hashed
// against the CID), reads them strictly and stores their fields. It runs beside the follower and never
// blocks it: it only reads the index and writes its own table.
type SpecFetcher struct {
	cfg   SpecFetcherConfig
	store SpecStore
	clock Clock
	log   zerolog.Logger

	mu      sync.Mutex
	running bool
	lastErr error
	rounds  uint64
	runner  service.Runner
}

// NewSpecFetcher checks cfg and builds the fetcher.
func NewSpecFetcher(cfg SpecFetcherConfig, store SpecStore, clock Clock, log zerolog.Logger) (*SpecFetcher, error) {
	switch {
	case cfg.Every <= 0 || cfg.Timeout <= 0:
		return nil, fmt.Errorf("indexer: spec fetcher: every %s, timeout %s: must be positive", cfg.Every, cfg.Timeout)
	case cfg.Batch <= 0 || cfg.Parallel <= 0:
		return nil, fmt.Errorf("indexer: spec fetcher: batch %d, parallel %d: must be positive", cfg.Batch, cfg.Parallel)
	case cfg.MinBackoff <= 0 || cfg.MaxBackoff < cfg.MinBackoff:
		return nil, fmt.Errorf("indexer: spec fetcher: backoff %s..%s: need 0 < min <= max", cfg.MinBackoff, cfg.MaxBackoff)
	case store == nil || clock == nil:
		return nil, errors.New("indexer: spec fetcher: store and clock are required")
	}
	return &SpecFetcher{cfg: cfg, store: store, clock: clock, log: log.With().Str("component", "specs").Logger()}, nil
}

// Name is the service's name.
func (f *SpecFetcher) Name() string { return "specs" }

// Start starts the rounds in the background.
func (f *SpecFetcher) Start(context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.running {
		return fmt.Errorf("specs: %w", service.ErrAlreadyStarted)
	}
	f.running = true
	f.runner.Go(f.loop)
	return nil
}

// Close stops the rounds and waits for fetches in flight.
func (f *SpecFetcher) Close() error {
	f.mu.Lock()
	running := f.running
	f.running = false
	f.mu.Unlock()
	if running {
		f.runner.Stop()
	}
	return nil
}

// Healthy is nil while running and the last round could read and write the index (a machine's failed fetch
// is that machine's error, recorded in its row, not the fetcher's).
func (f *SpecFetcher) Healthy() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.running {
		return errors.New("specs: not running")
	}
	return f.lastErr
}

func (f *SpecFetcher) loop(ctx context.Context) error {
	t := time.NewTicker(f.cfg.Every)
	defer t.Stop()
	for {
		_, err := f.Round(ctx)
		f.mu.Lock()
		f.lastErr, f.rounds = err, f.rounds+1
		f.mu.Unlock()
		if err != nil && ctx.Err() == nil {
			f.log.Warn().Err(err).Msg("spec round failed")
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Round fetches the specs due now and records each outcome; it returns how many it recorded.
func (f *SpecFetcher) Round(ctx context.Context) (int, error) {
	now := f.clock.Now()
	due, err := f.store.SpecsDue(ctx, uint64(now.Unix()), f.cfg.Batch)
	if err != nil {
		return 0, fmt.Errorf("specs: %w", err)
	}
	recs := make([]SpecRecord, len(due))
	sem := make(chan struct{}, f.cfg.Parallel)
	var wg sync.WaitGroup
	for i, d := range due {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			recs[i] = f.fetchOne(ctx, d, now)
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return 0, nil // closing: what was fetched is fetched again next time
	}
	for _, r := range recs {
		if err := f.store.SaveSpec(ctx, r); err != nil {
			return 0, fmt.Errorf("specs: save machine %s: %w", r.Machine.Hex(), err)
		}
		if r.Err != "" {
			f.log.Info().Str("machine", r.Machine.Hex()).Str("cid", r.CID).Uint32("attempts", r.Attempts).Str("error", r.Err).Msg("machine spec not read")
		}
	}
	return len(recs), nil
}

func (f *SpecFetcher) fetchOne(ctx context.Context, d SpecDue, now time.Time) SpecRecord {
	rec := SpecRecord{Machine: d.Machine, CID: d.CID, FetchedAt: uint64(now.Unix())}
	raw, err := FetchSpec(ctx, d.Provider, d.Endpoint, d.CID, f.cfg.Timeout)
	if err != nil {
		rec.Err, rec.Attempts = err.Error(), d.Attempts+1
		backoff := f.cfg.MinBackoff << min(d.Attempts, 30)
		if backoff <= 0 || backoff > f.cfg.MaxBackoff {
			backoff = f.cfg.MaxBackoff
		}
		rec.NextAttempt = uint64(now.Add(backoff).Unix())
		return rec
	}
	s, err := ParseSpec(raw, d.Provider)
	if err != nil {
		rec.Err, rec.Attempts, rec.NextAttempt = err.Error(), d.Attempts+1, neverAgain
		return rec
	}
	rec.Spec = &s
	return rec
}

// specLimits bound what one spec fetch may bring: a spec document and no more.
var specLimits = content.Limits{MaxBytes: 4 * oracle.MaxMachineSpecBytes, MaxBlocks: 16,
	MaxBlockSize: 2 * oracle.MaxMachineSpecBytes, MaxPending: 2 * oracle.MaxMachineSpecBytes}

// FetchSpec fetches the document metadata (a CID, optionally ipfs://-prefixed) names from the content gateway
// of the node at endpoint (host:port or https://host:port), whose certificate must be bound to provider's
// key; every block is checked against its CID. It returns the document's bytes (at most
// oracle.MaxMachineSpecBytes+1: ParseSpec refuses more).
func FetchSpec(ctx context.Context, provider common.Address, endpoint, metadata string, timeout time.Duration) ([]byte, error) {
	id, err := cid.Decode(strings.TrimPrefix(metadata, "ipfs://"))
	if err != nil {
		return nil, fmt.Errorf("metadata %q: not a CID", metadata)
	}
	host := strings.TrimPrefix(endpoint, "https://")
	if _, _, err := net.SplitHostPort(host); err != nil || strings.Contains(host, "/") {
		return nil, fmt.Errorf("endpoint %q: want host:port", endpoint)
	}
	hc := &http.Client{Timeout: timeout, Transport: &http.Transport{
		TLSClientConfig: gateway.ClientTLSConfig(provider, nil), TLSHandshakeTimeout: timeout,
		DialContext: (&net.Dialer{Timeout: timeout}).DialContext, DisableKeepAlives: true,
		ForceAttemptHTTP2: false, TLSNextProto: map[string]func(string, *tls.Conn) http.RoundTripper{}}}
	c, err := content.NewClient("https://"+host, hc, specLimits)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	store := content.NewMemoryStore()
	if err := c.Fetch(ctx, id, store); err != nil {
		return nil, err
	}
	return store.ReadFile(ctx, id, oracle.MaxMachineSpecBytes+1)
}

// ParseSpec reads a spec document strictly (oracle.DecodeMachineSpec: bounded, no unknown field, a known
// version) and checks what the indexer stores: the provider is the listing's, every text field is short
// printable UTF-8. Errors name the field.
func ParseSpec(raw []byte, provider common.Address) (api.MachineSpec, error) {
	s, err := oracle.DecodeMachineSpec(raw)
	if err != nil {
		return api.MachineSpec{}, err
	}
	if s.Provider != provider {
		return api.MachineSpec{}, fmt.Errorf("machine spec: provider %s, the listing's is %s", s.Provider.Hex(), provider.Hex())
	}
	for _, f := range []struct{ name, v string }{{"cpu.model", s.CPU.Model}, {"cpu.arch", s.CPU.Arch},
		{"driver", s.Driver}, {"cuda", s.CUDA}, {"region", s.Region}} {
		if len(f.v) > MaxSpecStringLen {
			return api.MachineSpec{}, fmt.Errorf("machine spec: %s: %d bytes, at most %d", f.name, len(f.v), MaxSpecStringLen)
		}
		if !utf8.ValidString(f.v) || strings.ContainsFunc(f.v, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
			return api.MachineSpec{}, fmt.Errorf("machine spec: %s %q: not printable text", f.name, f.v)
		}
	}
	switch {
	case s.CPU.Cores < 0:
		return api.MachineSpec{}, fmt.Errorf("machine spec: cpu.cores %d: negative", s.CPU.Cores)
	case s.MemoryBytes > 1<<62:
		return api.MachineSpec{}, fmt.Errorf("machine spec: memoryBytes %d: out of range", s.MemoryBytes)
	case s.DiskBytes > 1<<62:
		return api.MachineSpec{}, fmt.Errorf("machine spec: diskBytes %d: out of range", s.DiskBytes)
	}
	return api.MachineSpec{CPU: s.CPU.Model, CPUCores: uint32(min(s.CPU.Cores, 1<<31)), CPUArch: s.CPU.Arch,
		MemoryBytes: s.MemoryBytes, DiskBytes: s.DiskBytes, Driver: s.Driver, CUDA: s.CUDA, Region: s.Region,
		BandwidthMbps: s.BandwidthMbps}, nil
}
