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
	// USDPerSecond is the price of all GPUs together, in stablecoin units per second.
	USDPerSecond *big.Int
	// MaxDuration is the longest lease (extensions included) the quote allows.
	MaxDuration time.Duration
	// ValidFor is how long, from the chain's current time, the quote can open a lease.
	ValidFor time.Duration
	// Nonce makes the quote single-use; nil picks a random one.
	Nonce *big.Int
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
	case t.USDPerSecond == nil || t.USDPerSecond.Sign() <= 0:
		return oracle.SignedQuote{}, errors.New("sign quote: price must be positive")
	case t.MaxDuration < time.Second:
		return oracle.SignedQuote{}, errors.New("sign quote: max duration must be at least a second")
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
		Provider: signer.Address(), MachineID: t.MachineID, GPUCount: t.GPUs, USDPerSecond: new(big.Int).Set(t.USDPerSecond),
		MaxDuration: uint64(t.MaxDuration / time.Second), Expiry: now + uint64(t.ValidFor/time.Second), Nonce: nonce,
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
	if used {
		return fmt.Errorf("quote nonce %s was already used or cancelled by the provider: ask for a new quote", sq.Quote.Nonce)
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
		Provider: q.Provider, MachineId: q.MachineID, GpuCount: q.GPUCount, UsdPerSecond: q.USDPerSecond,
		MaxDuration: q.MaxDuration, Expiry: q.Expiry, Nonce: q.Nonce,
	}
}
