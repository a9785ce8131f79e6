package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/rules"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

// onChain is the node's view of chain state and its way to post: the quorum's signer set, whether a decision
// is moot, the leases the breach rule reads (from the followed store), and the submitter of what k signed.
type onChain struct {
	conn   *protocol.Conn
	store  *chainStore
	bucket time.Duration
	// verifyRound is the verification rule's round (a window's start is its verifiedAt).
	verifyRound time.Duration
	posted      func(kind oracle.Kind, gas uint64)
	// rules turn a decision's value into its payload (set once the rules are built).
	rules map[oracle.Kind]agree.Rule
}

var (
	_ agree.Chain     = (*onChain)(nil)
	_ agree.Submitter = (*onChain)(nil)
	_ rules.Leases    = (*onChain)(nil)
)

// SignerSet implements agree.Chain.
func (c *onChain) SignerSet(ctx context.Context) (oracle.SignerSet, error) {
	return protocol.NewQuorum(c.conn).SignerSet(ctx)
}

// Decided implements agree.Chain from live chain state: a breach is moot once the lease is breached (in the
// followed events), settled, or closed past its dispute window; a price once the oracle holds an observation at
// or after the window's start; a verification once the machine's latest is as new as the window's; a slash once
// the quorum consumed its attestation; a completion once the LeaseJournal holds an attested one; a Solana
// gateway question once the gateway consumed an answer to it.
func (c *onChain) Decided(ctx context.Context, d agree.Decision) (bool, error) {
	switch d.Kind {
	case oracle.KindBreach:
		if rec, err := c.store.Lease(ctx, d.Subject.Big()); err == nil && rec.Breached {
			return true, nil
		}
		l, err := protocol.NewLeases(c.conn).Get(ctx, d.Subject.Big())
		if err != nil {
			return false, err
		}
		now, err := c.conn.Now(ctx)
		if err != nil {
			return false, err
		}
		return l.Status == oracle.LeaseSettled || (l.Status == oracle.LeaseClosed && now > l.DisputeEndsAt), nil
	case oracle.KindGridPrice:
		_, at, err := protocol.NewPriceOracle(c.conn).Price(ctx)
		if err != nil {
			return false, err
		}
		return at >= d.Window*uint64(c.bucket/time.Second), nil
	case oracle.KindHardwareVerification:
		m, err := protocol.NewMachines(c.conn).Get(ctx, d.Subject)
		if err != nil {
			return false, err
		}
		return m.VerifiedAt >= d.Window*uint64(c.verifyRound/time.Second), nil
	case oracle.KindSlash:
		return protocol.NewQuorum(c.conn).Consumed(ctx, c.conn.Deployment().Contracts.Staking, oracle.KindSlash, d.Key())
	case oracle.KindCompletion:
		r, err := protocol.NewJournal(c.conn).Record(ctx, d.Subject.Big())
		return r.Attested, err
	case oracle.KindRewardRoot:
		next, err := protocol.NewRewards(c.conn).NextEpoch(ctx)
		if err != nil {
			return false, err
		}
		return next > d.Window, nil
	case oracle.KindSolanaDeposit, oracle.KindSolanaOutboundReturn:
		// The gateway consumes one answer per deposit and per outbound transfer, keyed by the subject.
		return protocol.NewQuorum(c.conn).Consumed(ctx, c.conn.Deployment().Contracts.SolanaGateway, d.Kind, d.Subject)
	}
	return false, fmt.Errorf("node: no chain view for kind %s", d.Kind)
}

// Lease implements rules.Leases from the followed store: End is the close, or the prepaid end once it passed
// (an ended lease is over even before someone settles it).
func (c *onChain) Lease(ctx context.Context, id *big.Int) (rules.Lease, error) {
	l, err := c.store.Lease(ctx, id)
	if err != nil {
		return rules.Lease{}, err
	}
	out := rules.Lease{ID: new(big.Int).SetUint64(l.ID), Machine: l.Machine, Start: l.Start, End: l.Closed}
	if out.End.IsZero() && !l.EndsAt.After(time.Now()) {
		out.End = l.EndsAt
	}
	return out, nil
}

// Submit implements agree.Submitter for the v2 ABI: a breach goes to LeaseEscrow.breach, a price to
// GridPriceOracle.postPrice, a hardware verification to NodeRegistry.verifyMachine, a slash to Staking.slash, a
// completion to LeaseJournal.attestCompletion, a reward root to Rewards.postRoot, each through the node's
// transaction submitter.
func (c *onChain) Submit(ctx context.Context, s agree.Signed) error {
	r, ok := c.rules[s.Decision.Kind]
	if !ok {
		return fmt.Errorf("node: no rule for kind %s", s.Decision.Kind)
	}
	_, payload, err := r.Attestation(ctx, s.Decision, s.Value)
	if err != nil {
		return err
	}
	var gas uint64
	switch p := payload.(type) {
	case oracle.Breach:
		b, err := protocol.NewLeases(c.conn).Breach(ctx, oracle.Breach{LeaseID: p.LeaseID, DownSince: p.DownSince}, s.Attestation.ID, s.Packed)
		if err != nil {
			return err
		}
		gas = b.Tx.GasUsed
	case oracle.GridPrice:
		tx, err := protocol.NewPriceOracle(c.conn).Post(ctx, p, s.Attestation.ID, s.Packed)
		if err != nil {
			return err
		}
		gas = tx.GasUsed
	case oracle.HardwareVerification:
		tx, err := protocol.NewMachines(c.conn).Verify(ctx, protocol.Verification{Payload: p, AttestationID: s.Attestation.ID, Signatures: s.Packed})
		if err != nil {
			return err
		}
		gas = tx.GasUsed
	case oracle.Slash:
		res, err := protocol.NewStaking(c.conn).Slash(ctx, p, s.Attestation.ID, s.Packed)
		if err != nil {
			return err
		}
		gas = res.Tx.GasUsed
	case oracle.Completion:
		tx, err := protocol.NewJournal(c.conn).AttestCompletion(ctx, p.LeaseID, p.ResultCID, s.Attestation.ID, s.Packed)
		if err != nil {
			return err
		}
		gas = tx.GasUsed
	case oracle.RewardRoot:
		tx, _, err := protocol.NewRewards(c.conn).PostRoot(ctx, protocol.RootPost{Epoch: p.Epoch, Root: p.Root, CumulativeTotal: p.CumulativeTotal,
			AttestationID: s.Attestation.ID, Signatures: s.Packed})
		if err != nil {
			return err
		}
		gas = tx.GasUsed
	default:
		return fmt.Errorf("node: no entry point posts a %s attestation", s.Decision.Kind)
	}
	if c.posted != nil {
		c.posted(s.Decision.Kind, gas)
	}
	return nil
}

// StaticPeers are the other inspectors' agreement endpoints, from the configuration: v1 registers no
// inspector endpoints on chain (v2's NodeRegistry does; a registry-backed agree.Peers replaces this there).
type StaticPeers struct {
	mu   sync.RWMutex
	urls map[common.Address]string
}

// NewStaticPeers checks each endpoint is an http(s) base URL.
func NewStaticPeers(urls map[common.Address]string) (*StaticPeers, error) {
	p := &StaticPeers{urls: map[common.Address]string{}}
	for a, u := range urls {
		if err := p.Set(a, u); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// Set records (or replaces) one inspector's endpoint.
func (p *StaticPeers) Set(a common.Address, url string) error {
	if !strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "https://") {
		return fmt.Errorf("peers: %s: endpoint %q: want an http(s) base URL", a, url)
	}
	p.mu.Lock()
	p.urls[a] = strings.TrimRight(url, "/")
	p.mu.Unlock()
	return nil
}

// RegistryPeers are the inspectors' endpoints as they registered them in the NodeRegistry (followed into the
// chain store), falling back to the configured ones for an inspector that registered none.
type RegistryPeers struct {
	store    *chainStore
	fallback *StaticPeers
}

// Endpoint implements agree.Peers.
func (p *RegistryPeers) Endpoint(ctx context.Context, a common.Address) (string, error) {
	e, err := p.store.InspectorEndpoint(ctx, a)
	if err != nil {
		return "", err
	}
	switch {
	case e == "":
		return p.fallback.Endpoint(ctx, a)
	case strings.HasPrefix(e, "http://") || strings.HasPrefix(e, "https://"):
		return strings.TrimRight(e, "/"), nil
	}
	return "https://" + e, nil
}

// errNoEndpoint: an inspector of the signer set the configuration names no endpoint for.
var errNoEndpoint = errors.New("no endpoint configured")

// Endpoint implements agree.Peers.
func (p *StaticPeers) Endpoint(_ context.Context, a common.Address) (string, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	u, ok := p.urls[a]
	if !ok {
		return "", fmt.Errorf("peer %s: %w", a, errNoEndpoint)
	}
	return u, nil
}
