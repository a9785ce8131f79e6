package protocol

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/bindings/leaseescrow"
	"github.com/idlegrid/idlegrid/oracle"
)

// QuoteTerms are what a provider offers; Sign turns them into a quote.
type QuoteTerms struct {
	MachineID common.Hash
	GPUs      uint32
	// USDPerSecondWad is the price of all GPUs together in USD per second with 18 decimals (see
	// USDPerSecondWad to compute it from a price per GPU-hour).
	USDPerSecondWad *big.Int
	// MinDuration is billed at least, even if the renter closes at once (0: none).
	MinDuration time.Duration
	// MaxDuration is the longest lease (extensions included) the quote allows.
	MaxDuration time.Duration
	// ValidFor is how long, from the chain's current time, the quote can open leases.
	ValidFor time.Duration
	// Nonce identifies the quote for cancellation (and is used up by a single-use quote); nil picks a random
	// one.
	Nonce *big.Int
	// Renter, when set, is the only account that may open the quote.
	Renter common.Address
	// SingleUse makes the first lease use the quote up; otherwise it opens leases until it expires or is
	// cancelled, as long as the machine has free GPUs.
	SingleUse bool
}

// maxUSDPerSecondWad is the escrow's bound on a quote's price (exclusive): 2^128.
var maxUSDPerSecondWad = new(big.Int).Lsh(big.NewInt(1), 128)

// USDPerSecondWad converts a price per GPU for each period (USD with 18 decimals per GPU per period: 1.8 USD
// per GPU-hour is 1.8e18 with period one hour) into the quote's price for gpus GPUs per second, floored:
// perGPU × gpus / period. A price that floors to zero is refused, and so is one the escrow would refuse.
func USDPerSecondWad(perGPU *big.Int, gpus uint32, period time.Duration) (*big.Int, error) {
	switch {
	case perGPU == nil || perGPU.Sign() <= 0:
		return nil, errors.New("price must be positive")
	case gpus == 0:
		return nil, errors.New("GPU count must be at least 1")
	case period < time.Second || period%time.Second != 0:
		return nil, fmt.Errorf("price period %s must be a whole number of seconds", period)
	}
	v := new(big.Int).Mul(perGPU, big.NewInt(int64(gpus)))
	v.Quo(v, big.NewInt(int64(period/time.Second)))
	switch {
	case v.Sign() == 0:
		return nil, fmt.Errorf("price %s USD-wei per GPU per %s is below 10^-18 USD per second for %d GPU(s): raise it", perGPU, period, gpus)
	case v.Cmp(maxUSDPerSecondWad) >= 0:
		return nil, fmt.Errorf("price of %s USD-wei per second is beyond what the escrow accepts (below 2^128)", v)
	}
	return v, nil
}

// Quotes signs, checks and cancels providers' quotes for this deployment's LeaseEscrow.
type Quotes struct{ c *Conn }

// NewQuotes gives quote operations over c.
func NewQuotes(c *Conn) *Quotes { return &Quotes{c: c} }

// Domain is the EIP-712 domain quotes are signed under: this chain's LeaseEscrow.
func (q *Quotes) Domain() oracle.Domain {
	return oracle.QuoteDomain(q.c.ChainID(), q.c.d.Contracts.LeaseEscrow)
}

// Sign checks terms against the chain (the machine is listed by the signer and has the GPUs) and signs the
// quote as its provider. The digest is checked against LeaseEscrow.quoteDigest, so a quote that would not
// verify on chain is never handed out.
func (q *Quotes) Sign(ctx context.Context, signer oracle.DigestSigner, t QuoteTerms) (oracle.SignedQuote, error) {
	switch {
	case t.GPUs == 0:
		return oracle.SignedQuote{}, errors.New("sign quote: GPU count must be at least 1")
	case t.USDPerSecondWad == nil || t.USDPerSecondWad.Sign() <= 0:
		return oracle.SignedQuote{}, errors.New("sign quote: price must be positive")
	case t.USDPerSecondWad.Cmp(maxUSDPerSecondWad) >= 0:
		return oracle.SignedQuote{}, errors.New("sign quote: price must be below 2^128 USD-wei per second")
	case t.MaxDuration < time.Second:
		return oracle.SignedQuote{}, errors.New("sign quote: max duration must be at least a second")
	case t.MinDuration < 0 || t.MinDuration%time.Second != 0:
		return oracle.SignedQuote{}, errors.New("sign quote: min duration must be a whole number of seconds")
	case t.MinDuration > t.MaxDuration:
		return oracle.SignedQuote{}, fmt.Errorf("sign quote: min duration %s is above the max duration %s", t.MinDuration, t.MaxDuration)
	case t.ValidFor < time.Second:
		return oracle.SignedQuote{}, errors.New("sign quote: validity must be at least a second")
	}
	m, err := NewMachines(q.c).Get(ctx, t.MachineID)
	if err != nil {
		return oracle.SignedQuote{}, fmt.Errorf("sign quote: %w", err)
	}
	switch {
	case m.Provider != signer.Address():
		return oracle.SignedQuote{}, fmt.Errorf("sign quote: machine %s belongs to %s, not the signer %s", t.MachineID, m.Provider, signer.Address())
	case !m.Listed:
		return oracle.SignedQuote{}, fmt.Errorf("sign quote: machine %s is not listed (list it first)", t.MachineID)
	case t.GPUs > m.GPUs:
		return oracle.SignedQuote{}, fmt.Errorf("sign quote: %d GPUs asked, machine %s has %d", t.GPUs, t.MachineID, m.GPUs)
	}
	now, err := q.c.Now(ctx)
	if err != nil {
		return oracle.SignedQuote{}, err
	}
	nonce := t.Nonce
	if nonce == nil {
		if nonce, err = randomNonce(); err != nil {
			return oracle.SignedQuote{}, err
		}
	}
	quote := oracle.Quote{
		Provider: signer.Address(), MachineID: t.MachineID, GPUCount: t.GPUs, USDPerSecondWad: new(big.Int).Set(t.USDPerSecondWad),
		MinDuration: uint64(t.MinDuration / time.Second), MaxDuration: uint64(t.MaxDuration / time.Second),
		Expiry: now + uint64(t.ValidFor/time.Second), Nonce: nonce, Renter: t.Renter, SingleUse: t.SingleUse,
	}
	if t.Renter == signer.Address() {
		return oracle.SignedQuote{}, errors.New("sign quote: the renter is the provider itself")
	}
	if err := q.checkDigest(ctx, quote); err != nil {
		return oracle.SignedQuote{}, err
	}
	return oracle.SignQuote(ctx, signer, q.Domain(), quote)
}

// checkDigest compares the Go digest with the escrow's: they differ only if the deployment file points at
// the wrong escrow or the hashing drifted from the contract.
func (q *Quotes) checkDigest(ctx context.Context, quote oracle.Quote) error {
	digest, err := quote.Digest(q.Domain())
	if err != nil {
		return fmt.Errorf("quote digest: %w", err)
	}
	esc := leaseescrow.NewLeaseEscrow()
	onChain, err := call(ctx, q.c, q.c.d.Contracts.LeaseEscrow, esc.PackQuoteDigest(toBinding(quote)), esc.UnpackQuoteDigest)
	if err != nil {
		return fmt.Errorf("LeaseEscrow.quoteDigest: %w", err)
	}
	if common.Hash(onChain) != digest {
		return fmt.Errorf("quote digest mismatch: Go %s, LeaseEscrow %x: is the deployment file for this chain?", digest, onChain)
	}
	return nil
}

// Check tells, before any gas is spent, why LeaseEscrow would refuse sq: a signature not by the provider for
// this deployment, an expired quote, a used or cancelled nonce, or a machine the provider no longer lists.
func (q *Quotes) Check(ctx context.Context, sq oracle.SignedQuote) error {
	if err := sq.Verify(q.Domain()); err != nil {
		// The signature does not match: either the quote was changed after its provider signed it, or it was
		// signed for another chain or deployment. A machine the quote's provider lists here says the former.
		if m, merr := NewMachines(q.c).Get(ctx, sq.Quote.MachineID); merr == nil && m.Provider == sq.Quote.Provider && m.Provider != (common.Address{}) {
			return fmt.Errorf("quote: %w: the quote was modified after signing (its machine is %s's here, so it is for this deployment): ask the provider for the quote as signed", err, sq.Quote.Provider)
		}
		return fmt.Errorf("quote: %w (signed for another chain or deployment? its machine is not listed by %s here)", err, sq.Quote.Provider)
	}
	now, err := q.c.Now(ctx)
	if err != nil {
		return err
	}
	if sq.Quote.Expiry < now {
		return fmt.Errorf("quote expired at %s (chain time %s): ask the provider for a new one",
			time.Unix(int64(sq.Quote.Expiry), 0).UTC().Format(time.RFC3339), time.Unix(int64(now), 0).UTC().Format(time.RFC3339))
	}
	used, err := q.NonceUsed(ctx, sq.Quote.Provider, sq.Quote.Nonce)
	if err != nil {
		return err
	}
	switch {
	case used && sq.Quote.SingleUse:
		return fmt.Errorf("quote nonce %s was already used (the quote is single-use) or cancelled by the provider: ask for a new quote", sq.Quote.Nonce)
	case used:
		return fmt.Errorf("quote nonce %s was cancelled by the provider: ask for a new quote", sq.Quote.Nonce)
	}
	m, err := NewMachines(q.c).Get(ctx, sq.Quote.MachineID)
	if err != nil {
		return err
	}
	if m.Provider != sq.Quote.Provider || !m.Listed {
		return fmt.Errorf("machine %s is no longer listed by %s", sq.Quote.MachineID, sq.Quote.Provider)
	}
	if sq.Quote.GPUCount > m.GPUs {
		return fmt.Errorf("the quote is for %d GPUs but machine %s has only %d: it can never open a lease; ask the provider for a new quote", sq.Quote.GPUCount, sq.Quote.MachineID, m.GPUs)
	}
	if !m.Rentable {
		return fmt.Errorf("machine %s is not rentable now: %s", sq.Quote.MachineID, m.WhyNotRentable(now))
	}
	if free := m.FreeGPUs(); free < sq.Quote.GPUCount {
		return fmt.Errorf("machine %s has %d free GPUs, the quote needs %d: other leases hold the rest until they end", sq.Quote.MachineID, free, sq.Quote.GPUCount)
	}
	return nil
}

// Cancel cancels one of the account's quote nonces, so no quote carrying it can open a lease.
func (q *Quotes) Cancel(ctx context.Context, nonce *big.Int) (Tx, error) {
	esc := leaseescrow.NewLeaseEscrow()
	tx, _, err := q.c.send(ctx, "cancel quote", q.c.d.Contracts.LeaseEscrow, esc.PackCancelQuote(nonce))
	return tx, err
}

// NonceUsed reports whether provider's quote nonce was used or cancelled.
func (q *Quotes) NonceUsed(ctx context.Context, provider common.Address, nonce *big.Int) (bool, error) {
	esc := leaseescrow.NewLeaseEscrow()
	return call(ctx, q.c, q.c.d.Contracts.LeaseEscrow, esc.PackIsNonceUsed(provider, nonce), esc.UnpackIsNonceUsed)
}

// randomNonce is a random 64-bit nonce: collisions between a provider's quotes are negligible, and the escrow
// keeps nonces in an unordered bitmap, so no order is needed.
func randomNonce() (*big.Int, error) {
	n, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 64))
	if err != nil {
		return nil, fmt.Errorf("random quote nonce: %w", err)
	}
	return n, nil
}

func toBinding(q oracle.Quote) leaseescrow.ILeaseEscrowQuote {
	return leaseescrow.ILeaseEscrowQuote{
		Provider: q.Provider, MachineId: q.MachineID, GpuCount: q.GPUCount, UsdPerSecondWad: q.USDPerSecondWad,
		MinDuration: q.MinDuration, MaxDuration: q.MaxDuration, Expiry: q.Expiry, Nonce: q.Nonce, Renter: q.Renter, SingleUse: q.SingleUse,
	}
}
