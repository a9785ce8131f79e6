package indexer

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/oracle"
)

// The quote book: providers post EIP-712 signed quotes (the same ones LeaseEscrow.openLease takes); the book
// checks them against the indexed chain state and answers renters' searches with a ranked list, or with an
// explanation of why nothing matches. Quotes are off-chain data: reorgs never remove them, but every search
// re-checks the chain state they depend on (listing, free GPUs, stake, nonce), so used, cancelled, expired or
// orphaned quotes simply stop matching.

// StoredQuote is a signed quote as the book keeps it, with prices in micro-USD: the API's Quote, the one shape
// the book stores, the server serves and clients read.
type StoredQuote = api.Quote

// QuoteChainState is what the chain says about a quote's machine, provider and nonce.
type QuoteChainState struct {
	Machine     *Machine // nil: never listed
	Stake       *Stake   // the provider's provider-pool stake; nil: none
	NonceStatus string   // "", QuoteNonceUsed or QuoteNonceCancelled
}

// QuoteSearch is a search as the store runs it.
type QuoteSearch struct {
	Class              string
	GPUs               uint32
	Duration           uint64  // seconds
	MaxMicroUSDPerHour *uint64 // micro-USD per hour for the whole quote
	MinExpiry          uint64  // unix seconds: quotes expiring earlier are left out
	// Now is the time the machines' GPUs must be free at (unix seconds).
	Now uint64
	// NeedsVerification: the class must hold an unexpired hardware verification (verified_until > Now).
	NeedsVerification bool
	// Renter also matches quotes bound to this renter; nil: only quotes anyone may open.
	Renter *common.Address
	Limit  int
}

// QuoteMatch is one ranked result as the store finds it.
type QuoteMatch struct {
	StoredQuote
	Machine MachineView
}

// QuoteFunnel counts what survives each constraint of a search, in order; the book explains an empty result
// from the first step that drops to zero. Counts stop at Cap (the store need not count past it), and the steps
// after the first zero are not computed.
type QuoteFunnel struct {
	Cap            uint64
	ClassMachines  uint64 // listed machines of the class
	EnoughGPUs     uint64 // ... with at least the requested GPUs
	FreeGPUs       uint64 // ... with that many free
	Collateralised uint64 // ... whose provider's stake covers its listings
	Verified       uint64 // ... holding an unexpired hardware verification (or exempt from it)
	LiveQuotes     uint64 // unexpired, unused quotes of those machines with enough GPUs, free to take
	DurationOK     uint64 // ... allowing the requested duration
	PriceOK        uint64 // ... at or under the price cap
	// Details for the message.
	Classes                 []string // classes with listed machines
	MostGPUs                uint32   // the largest listed machine of the class
	CheapestMicroUSDPerHour *uint64  // among DurationOK
	LongestDuration         *uint64  // among LiveQuotes
}

// QuoteStore keeps quotes and reads the chain state they depend on.
type QuoteStore interface {
	QuoteChainState(ctx context.Context, provider common.Address, machine common.Hash, nonce string) (QuoteChainState, error)
	// VerificationRule is the NodeRegistry's rule as indexed: is verification required, which classes are exempt.
	VerificationRule(ctx context.Context) (VerificationRule, error)
	// PutQuote stores q unless its machine already has maxLive unexpired quotes (ErrTooManyQuotes); posting the
	// same quote again is a no-op.
	PutQuote(ctx context.Context, q StoredQuote, maxLive int, now uint64) error
	Quote(ctx context.Context, digest common.Hash) (StoredQuote, bool, error)
	SearchQuotes(ctx context.Context, s QuoteSearch) ([]QuoteMatch, error)
	QuoteFunnel(ctx context.Context, s QuoteSearch) (QuoteFunnel, error)
	// PruneQuotes deletes quotes that expired before `before`, and used or cancelled ones.
	PruneQuotes(ctx context.Context, before uint64) (int64, error)
}

// Quote book errors.
var (
	ErrQuoteRejected = errors.New("quote rejected")
	ErrTooManyQuotes = errors.New("too many live quotes for this machine")
	ErrBadRequest    = errors.New("bad search")
)

// QuoteRejection says which field of a posted quote is wrong and why.
type QuoteRejection struct {
	Field  string
	Reason string
}

func (e *QuoteRejection) Error() string {
	return fmt.Sprintf("quote rejected: %s: %s", e.Field, e.Reason)
}

// Is makes errors.Is(err, ErrQuoteRejected) hold.
func (e *QuoteRejection) Is(target error) bool { return target == ErrQuoteRejected }

func reject(field, format string, args ...any) error {
	return &QuoteRejection{Field: field, Reason: fmt.Sprintf(format, args...)}
}

// QuoteBookConfig configures the book.
type QuoteBookConfig struct {
	// ChainID and Escrow are the EIP-712 domain quotes are signed under.
	ChainID *big.Int
	Escrow  common.Address
	// MinValidity: a posted quote must stay openable at least this long.
	MinValidity time.Duration
	// SearchMargin: quotes expiring within this are not offered (the renter needs time to open the lease).
	SearchMargin time.Duration
	// MaxQuotesPerMachine bounds a machine's unexpired quotes.
	MaxQuotesPerMachine int
}

// DefaultQuoteBookConfig needs ChainID and Escrow filled in.
func DefaultQuoteBookConfig() QuoteBookConfig {
	return QuoteBookConfig{MinValidity: time.Minute, SearchMargin: time.Minute, MaxQuotesPerMachine: 64}
}

// QuoteBook is the marketplace's order book of signed quotes.
type QuoteBook struct {
	cfg    QuoteBookConfig
	store  QuoteStore
	clock  Clock
	domain oracle.Domain
}

// NewQuoteBook checks the configuration; it does no I/O.
func NewQuoteBook(cfg QuoteBookConfig, store QuoteStore, clock Clock) (*QuoteBook, error) {
	d := oracle.QuoteDomain(cfg.ChainID, cfg.Escrow)
	if err := d.Validate(); err != nil {
		return nil, fmt.Errorf("quote book: %w", err)
	}
	if cfg.MaxQuotesPerMachine < 1 || cfg.MinValidity < 0 || cfg.SearchMargin < 0 {
		return nil, errors.New("quote book: max quotes per machine must be positive, durations non-negative")
	}
	return &QuoteBook{cfg: cfg, store: store, clock: clock, domain: d}, nil
}

// maxUSDPerSecondWad is the contract's bound on a quote's price (< 2^128).
var maxUSDPerSecondWad = new(big.Int).Lsh(big.NewInt(1), 128)

// Post verifies a signed quote against its signature and the indexed chain state, and stores it. A machine that
// is not rentable today only because its verification lapsed may still be quoted (it is left out of searches
// until it is verified again).
func (b *QuoteBook) Post(ctx context.Context, sq oracle.SignedQuote) (StoredQuote, error) {
	q := sq.Quote
	now := b.clock.Now()
	switch {
	case q.Provider == (common.Address{}):
		return StoredQuote{}, reject("provider", "missing")
	case q.MachineID == (common.Hash{}):
		return StoredQuote{}, reject("machineId", "missing")
	case q.GPUCount == 0:
		return StoredQuote{}, reject("gpuCount", "must be at least 1")
	case q.USDPerSecondWad == nil || q.USDPerSecondWad.Sign() <= 0:
		return StoredQuote{}, reject("usdPerSecondWad", "must be positive")
	case q.USDPerSecondWad.Cmp(maxUSDPerSecondWad) >= 0:
		return StoredQuote{}, reject("usdPerSecondWad", "must be below 2^128")
	case q.MaxDuration == 0:
		return StoredQuote{}, reject("maxDuration", "must be positive")
	case q.MinDuration > q.MaxDuration:
		return StoredQuote{}, reject("minDuration", "%d s is above maxDuration %d s", q.MinDuration, q.MaxDuration)
	case q.Nonce == nil || q.Nonce.Sign() < 0:
		return StoredQuote{}, reject("nonce", "missing")
	case q.Expiry < uint64(now.Add(b.cfg.MinValidity).Unix()):
		return StoredQuote{}, reject("expiry", "%d is less than %s from now (%d)", q.Expiry, b.cfg.MinValidity, now.Unix())
	}
	perHour, ok := api.MicroUSDPerHour(q.USDPerSecondWad)
	if !ok || perHour > math.MaxInt64 {
		return StoredQuote{}, reject("usdPerSecondWad", "%s is above %d micro-USD per hour", q.USDPerSecondWad, int64(math.MaxInt64))
	}
	if err := sq.Verify(b.domain); err != nil {
		return StoredQuote{}, reject("signature", "%v (domain %q v%s, chain %s, escrow %s)", err, b.domain.Name, b.domain.Version, b.domain.ChainID, b.domain.VerifyingContract.Hex())
	}
	digest, err := q.Digest(b.domain)
	if err != nil {
		return StoredQuote{}, reject("quote", "%v", err)
	}
	st, err := b.store.QuoteChainState(ctx, q.Provider, q.MachineID, q.Nonce.String())
	if err != nil {
		return StoredQuote{}, err
	}
	m := st.Machine
	switch {
	case m == nil:
		return StoredQuote{}, reject("machineId", "machine %s was never listed", q.MachineID.Hex())
	case m.Provider != q.Provider:
		return StoredQuote{}, reject("machineId", "machine %s belongs to provider %s", q.MachineID.Hex(), m.Provider.Hex())
	case !m.Listed:
		return StoredQuote{}, reject("machineId", "machine %s is delisted", q.MachineID.Hex())
	case q.GPUCount > m.GPUCount:
		return StoredQuote{}, reject("gpuCount", "%d GPUs quoted, the machine has %d", q.GPUCount, m.GPUCount)
	case st.Stake == nil || !st.Stake.Collateralised:
		return StoredQuote{}, reject("provider", "under-staked: its provider stake no longer covers its listings")
	case st.NonceStatus == QuoteNonceCancelled || (q.SingleUse && st.NonceStatus == QuoteNonceUsed):
		return StoredQuote{}, reject("nonce", "nonce %s is already %s", q.Nonce, st.NonceStatus)
	}
	stored := StoredQuote{
		Digest: digest, Quote: q, Signature: append(hexutil.Bytes(nil), sq.Signature...), GPUClass: m.GPUClass,
		MicroUSDPerHour: perHour, MicroUSDPerGPUHour: (perHour + uint64(q.GPUCount) - 1) / uint64(q.GPUCount),
		PostedAt: uint64(now.Unix()),
	}
	if err := b.store.PutQuote(ctx, stored, b.cfg.MaxQuotesPerMachine, uint64(now.Unix())); err != nil {
		if errors.Is(err, ErrTooManyQuotes) {
			return StoredQuote{}, reject("machineId", "the machine already has %d live quotes", b.cfg.MaxQuotesPerMachine)
		}
		return StoredQuote{}, err
	}
	return stored, nil
}

// Get returns a stored quote.
func (b *QuoteBook) Get(ctx context.Context, digest common.Hash) (StoredQuote, bool, error) {
	return b.store.Quote(ctx, digest)
}

// QuoteRequest is a renter's search.
type QuoteRequest struct {
	Class string
	GPUs  uint32
	// Duration of the lease wanted.
	Duration time.Duration
	// MaxMicroUSDPerHour caps the price of the whole quote (micro-USD per hour); nil: no cap.
	MaxMicroUSDPerHour *uint64
	// Renter also sees the quotes bound to it; nil: only quotes anyone may open.
	Renter *common.Address
	Limit  int
}

// Search returns the best live quotes for a request, cheapest first, or an explanation.
func (b *QuoteBook) Search(ctx context.Context, r QuoteRequest) (*api.SearchResponse, error) {
	switch {
	case r.Class == "":
		return nil, fmt.Errorf("%w: class is required", ErrBadRequest)
	case r.GPUs == 0:
		return nil, fmt.Errorf("%w: gpus must be at least 1", ErrBadRequest)
	case r.Duration < time.Second:
		return nil, fmt.Errorf("%w: duration must be at least a second", ErrBadRequest)
	}
	if r.Limit <= 0 || r.Limit > MaxPageLimit {
		r.Limit = 10
	}
	rule, err := b.store.VerificationRule(ctx)
	if err != nil {
		return nil, err
	}
	now := b.clock.Now()
	s := QuoteSearch{
		Class: r.Class, GPUs: r.GPUs, Duration: uint64(r.Duration / time.Second), MaxMicroUSDPerHour: r.MaxMicroUSDPerHour,
		MinExpiry: uint64(now.Add(b.cfg.SearchMargin).Unix()), Now: uint64(now.Unix()), NeedsVerification: rule.Needs(r.Class),
		Renter: r.Renter, Limit: r.Limit,
	}
	matches, err := b.store.SearchQuotes(ctx, s)
	if err != nil {
		return nil, err
	}
	if len(matches) > 0 {
		out := make([]api.QuoteMatch, len(matches))
		for i, m := range matches {
			m.Machine.Judge(rule, s.Now)
			out[i] = api.QuoteMatch{Quote: m.StoredQuote, Machine: m.Machine.Summary(), TotalMicroUSD: api.MicroUSDFor(m.Quote, s.Duration)}
		}
		return &api.SearchResponse{Matches: out}, nil
	}
	f, err := b.store.QuoteFunnel(ctx, s)
	if err != nil {
		return nil, err
	}
	return &api.SearchResponse{Matches: []api.QuoteMatch{}, Explanation: explain(s, f)}, nil
}

// explain names the first constraint that left nothing.
func explain(s QuoteSearch, f QuoteFunnel) *api.Explanation {
	steps := []struct {
		name string
		n    uint64
	}{
		{"listed machines of class " + s.Class, f.ClassMachines},
		{fmt.Sprintf("with at least %d GPUs", s.GPUs), f.EnoughGPUs},
		{fmt.Sprintf("with %d GPUs free", s.GPUs), f.FreeGPUs},
		{"whose provider's stake covers its listings", f.Collateralised},
		{"holding an unexpired hardware verification", f.Verified},
		{"live quotes on them (unexpired, unused, GPUs free)", f.LiveQuotes},
		{fmt.Sprintf("allowing %s", time.Duration(s.Duration)*time.Second), f.DurationOK},
		{"at or under the price cap", f.PriceOK},
	}
	e := &api.Explanation{}
	for _, st := range steps {
		e.Funnel = append(e.Funnel, api.FunnelStep{Step: st.name, Count: st.n, AtLeast: f.Cap > 0 && st.n >= f.Cap})
		if st.n == 0 {
			break
		}
	}
	switch {
	case f.ClassMachines == 0:
		e.Reason = api.ReasonNoMachinesOfClass
		if len(f.Classes) == 0 {
			e.Message = fmt.Sprintf("no machine of class %s is listed (no machine is listed at all)", s.Class)
		} else {
			e.Message = fmt.Sprintf("no machine of class %s is listed; listed classes: %s", s.Class, strings.Join(f.Classes, ", "))
		}
	case f.EnoughGPUs == 0:
		e.Reason = api.ReasonNotEnoughGPUs
		e.Message = fmt.Sprintf("no %s machine has %d GPUs (the largest has %d); leases are per machine", s.Class, s.GPUs, f.MostGPUs)
	case f.FreeGPUs == 0:
		e.Reason = api.ReasonAllBusy
		e.Message = fmt.Sprintf("all %d %s machines with %d+ GPUs are busy: none has %d GPUs free", f.EnoughGPUs, s.Class, s.GPUs, s.GPUs)
	case f.Collateralised == 0:
		e.Reason = api.ReasonProvidersUnderStaked
		e.Message = fmt.Sprintf("the providers of the %d free %s machines are under-staked (a slash left their stake below what their listings lock): they cannot take leases", f.FreeGPUs, s.Class)
	case f.Verified == 0:
		e.Reason = api.ReasonNotVerified
		e.Message = fmt.Sprintf("none of the %d %s machines that could take the lease holds an unexpired hardware verification (the registry requires one for %s): they cannot be rented until the inspectors verify them", f.Collateralised, s.Class, s.Class)
	case f.LiveQuotes == 0:
		e.Reason = api.ReasonNoLiveQuotes
		e.Message = fmt.Sprintf("%d %s machines could take the lease, but none has a live quote for %d+ GPUs open to you (unexpired, nonce neither cancelled nor used by a single-use quote, no more GPUs than the machine has free)", f.Verified, s.Class, s.GPUs)
	case f.DurationOK == 0:
		e.Reason = api.ReasonDurationTooLong
		e.Message = fmt.Sprintf("no live quote allows %s (between its minimum and maximum duration)", time.Duration(s.Duration)*time.Second)
		if f.LongestDuration != nil {
			e.Message += fmt.Sprintf(" (the longest allows %s)", time.Duration(*f.LongestDuration)*time.Second)
		}
	default:
		e.Reason = api.ReasonPriceAboveMax
		e.Message = "every matching quote is above your price cap"
		if f.CheapestMicroUSDPerHour != nil && s.MaxMicroUSDPerHour != nil {
			e.Message = fmt.Sprintf("the cheapest matching quote is %s USD/hour, above your cap of %s USD/hour",
				api.FormatMicroUSD(*f.CheapestMicroUSDPerHour), api.FormatMicroUSD(*s.MaxMicroUSDPerHour))
		}
	}
	return e
}
