package protocol

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

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
