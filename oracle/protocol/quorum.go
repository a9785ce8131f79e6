package protocol

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/bindings/priceoracle"
	"github.com/idlegrid/idlegrid/bindings/quorum"
	"github.com/idlegrid/idlegrid/oracle"
)

// Quorum reads and rotates the inspector signer set, and gathers k-of-n signatures from local inspector
// signers.
type Quorum struct{ c *Conn }

// NewQuorum gives signer-set operations over c.
func NewQuorum(c *Conn) *Quorum { return &Quorum{c: c} }

func (q *Quorum) addr() common.Address { return q.c.d.Contracts.AttestationQuorum }

// Domain is the EIP-712 domain inspectors sign attestations under.
func (q *Quorum) Domain() oracle.Domain { return oracle.AttestationDomain(q.c.ChainID(), q.addr()) }

// SignerSet is the active signer set (version 0 with no signers before the first is applied).
func (q *Quorum) SignerSet(ctx context.Context) (oracle.SignerSet, error) {
	qb := quorum.NewAttestationQuorum()
	s, err := call(ctx, q.c, q.addr(), qb.PackSignerSet(), qb.UnpackSignerSet)
	if err != nil {
		return oracle.SignerSet{}, fmt.Errorf("signer set: %w", err)
	}
	return oracle.SignerSet{Version: s.Version, Threshold: s.Threshold, Signers: s.Signers}, nil
}

// Propose proposes a signer set (governance only); it can be applied after the quorum's delay.
func (q *Quorum) Propose(ctx context.Context, signers []common.Address, threshold uint8) (Tx, error) {
	if err := (oracle.SignerSet{Threshold: threshold, Signers: signers}).Validate(); err != nil {
		return Tx{}, fmt.Errorf("propose signer set: %w", err)
	}
	qb := quorum.NewAttestationQuorum()
	tx, _, err := q.c.send(ctx, "propose signer set", q.addr(), qb.PackProposeSignerSet(signers, threshold))
	return tx, err
}

// Apply applies the proposed signer set once its delay has passed (anyone may call it).
func (q *Quorum) Apply(ctx context.Context) (Tx, error) {
	qb := quorum.NewAttestationQuorum()
	tx, _, err := q.c.send(ctx, "apply signer set", q.addr(), qb.PackApplySignerSet())
	return tx, err
}

// Attest builds the attestation of payload for the consumer contract target under the active signer set,
// has each of signers sign it and packs a threshold of the signatures for the quorum. It is how inspectors
// running in one process (devnet, tests) produce what a consumer's attested call takes.
func (q *Quorum) Attest(ctx context.Context, target common.Address, id common.Hash, payload oracle.Payload, signers []oracle.DigestSigner) (oracle.Attestation, []byte, error) {
	set, err := q.SignerSet(ctx)
	if err != nil {
		return oracle.Attestation{}, nil, err
	}
	if len(set.Signers) == 0 {
		return oracle.Attestation{}, nil, errors.New("attest: no signer set has been applied")
	}
	att, err := oracle.NewAttestation(target, id, set.Version, payload)
	if err != nil {
		return oracle.Attestation{}, nil, err
	}
	sigs := make([][]byte, 0, len(signers))
	for _, s := range signers {
		sig, err := oracle.SignAttestation(ctx, s, q.Domain(), att)
		if err != nil {
			return oracle.Attestation{}, nil, err
		}
		sigs = append(sigs, sig)
	}
	packed, err := oracle.Aggregate(q.Domain(), att, set, sigs)
	if err != nil {
		return oracle.Attestation{}, nil, fmt.Errorf("attest %s: %w", att.Kind, err)
	}
	return att, packed, nil
}

// PriceOracle reads and posts the attested GRID/USD rate.
type PriceOracle struct{ c *Conn }

// NewPriceOracle gives price operations over c.
func NewPriceOracle(c *Conn) *PriceOracle { return &PriceOracle{c: c} }

// Address is the oracle contract: the target of price attestations.
func (p *PriceOracle) Address() common.Address { return p.c.d.Contracts.GridPriceOracle }

// Price is the current GRID/USD rate (USD per GRID, 18 decimals) and when it was observed. A rate never
// posted or older than the oracle's maximum age comes back as the NoPrice or StalePrice revert.
func (p *PriceOracle) Price(ctx context.Context) (*big.Int, uint64, error) {
	po := priceoracle.NewGridPriceOracle()
	out, err := call(ctx, p.c, p.Address(), po.PackGridUsdPrice(), po.UnpackGridUsdPrice)
	if err != nil {
		return nil, 0, fmt.Errorf("GRID/USD price: %w", err)
	}
	return out.Arg0, out.Arg1, nil
}

// Post submits an attested observation (KIND_GRID_PRICE, target the oracle). Anyone may submit it.
func (p *PriceOracle) Post(ctx context.Context, price oracle.GridPrice, id common.Hash, signatures []byte) (Tx, error) {
	po := priceoracle.NewGridPriceOracle()
	tx, _, err := p.c.send(ctx, "post GRID price", p.Address(), po.PackPostPrice(price.Price, price.ObservedAt, id, signatures))
	return tx, err
}

// PriceLimit is the oracle's speed limit and the state it applies to: a post may move Price by at most
// Price × MaxMoveBpsPerHour × (block time − PostedAt) / (1e4 × 1 hour). MaxMoveBpsPerHour 0 (or no price yet)
// means no limit.
type PriceLimit struct {
	Price             *big.Int
	ObservedAt        uint64
	PostedAt          uint64
	MaxMoveBpsPerHour uint32
}

// Limit reads the stored price (fresh or not), when it was posted and the speed limit.
func (p *PriceOracle) Limit(ctx context.Context) (PriceLimit, error) {
	po := priceoracle.NewGridPriceOracle()
	var l PriceLimit
	var err error
	if l.Price, err = call(ctx, p.c, p.Address(), po.PackPrice(), po.UnpackPrice); err != nil {
		return PriceLimit{}, fmt.Errorf("GRID/USD price: %w", err)
	}
	if l.ObservedAt, err = call(ctx, p.c, p.Address(), po.PackObservedAt(), po.UnpackObservedAt); err != nil {
		return PriceLimit{}, fmt.Errorf("GRID/USD observation time: %w", err)
	}
	if l.PostedAt, err = call(ctx, p.c, p.Address(), po.PackPostedAt(), po.UnpackPostedAt); err != nil {
		return PriceLimit{}, fmt.Errorf("GRID/USD post time: %w", err)
	}
	if l.MaxMoveBpsPerHour, err = call(ctx, p.c, p.Address(), po.PackMaxMoveBpsPerHour(), po.UnpackMaxMoveBpsPerHour); err != nil {
		return PriceLimit{}, fmt.Errorf("GRID/USD speed limit: %w", err)
	}
	return l, nil
}

// StepToward is the price nearest target that a post mined at block time at may set: target itself when
// within the limit, else the current price moved toward it by the most the limit allows (floored, so the
// contract's check holds).
func (l PriceLimit) StepToward(target *big.Int, at uint64) *big.Int {
	if l.MaxMoveBpsPerHour == 0 || l.Price == nil || l.Price.Sign() == 0 {
		return new(big.Int).Set(target)
	}
	elapsed := uint64(0)
	if at > l.PostedAt {
		elapsed = at - l.PostedAt
	}
	// move × 1e4 × 3600 ≤ price × cap × elapsed
	maxMove := new(big.Int).Mul(l.Price, new(big.Int).SetUint64(uint64(l.MaxMoveBpsPerHour)))
	maxMove.Mul(maxMove, new(big.Int).SetUint64(elapsed))
	maxMove.Quo(maxMove, big.NewInt(10_000*3600))
	diff := new(big.Int).Sub(target, l.Price)
	if new(big.Int).Abs(diff).Cmp(maxMove) <= 0 {
		return new(big.Int).Set(target)
	}
	if diff.Sign() > 0 {
		return new(big.Int).Add(l.Price, maxMove)
	}
	return new(big.Int).Sub(l.Price, maxMove)
}

// PricePost is what PostToward posted.
type PricePost struct {
	Tx         Tx
	Price      *big.Int
	ObservedAt uint64
	// Reached: the posted price is the target; otherwise the speed limit held it back, and a later post
	// (the allowance grows with time since this one) moves on.
	Reached bool
}

// PostToward attests, with signers, and posts the price nearest target the speed limit allows now, observed
// at the chain's current time. Price feeds step toward a far target over several posts this way instead of
// being refused with PriceMoveTooFast. The price at the chain's next block may allow more, never less.
func (p *PriceOracle) PostToward(ctx context.Context, target *big.Int, signers []oracle.DigestSigner) (PricePost, error) {
	if target == nil || target.Sign() <= 0 {
		return PricePost{}, errors.New("post price: the target must be positive")
	}
	lim, err := p.Limit(ctx)
	if err != nil {
		return PricePost{}, err
	}
	now, err := p.c.Now(ctx)
	if err != nil {
		return PricePost{}, err
	}
	if now <= lim.ObservedAt {
		return PricePost{}, fmt.Errorf("post price: the chain's time %d is not past the last observation %d: wait for the next block", now, lim.ObservedAt)
	}
	price := lim.StepToward(target, now)
	if price.Sign() == 0 {
		return PricePost{}, errors.New("post price: the step toward the target reached zero")
	}
	obs := oracle.GridPrice{Price: price, ObservedAt: now}
	id := crypto.Keccak256Hash([]byte("idlegrid grid price"), common.BigToHash(price).Bytes(), common.BigToHash(new(big.Int).SetUint64(now)).Bytes())
	_, sigs, err := NewQuorum(p.c).Attest(ctx, p.Address(), id, obs, signers)
	if err != nil {
		return PricePost{}, err
	}
	tx, err := p.Post(ctx, obs, id, sigs)
	if err != nil {
		return PricePost{}, err
	}
	return PricePost{Tx: tx, Price: price, ObservedAt: now, Reached: price.Cmp(target) == 0}, nil
}
